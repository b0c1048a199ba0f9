/** Rendering of an Outcome: the summary, sanctions, procedure, grounds, citations and the trace. */
import type { Citation, Issue, Outcome, Provenance } from "../../src/index.js";
import LAW_TITLES from "virtual:law-titles";
import { h } from "./dom.js";
import { code, loc, t } from "./i18n.js";

/** `《上海市市容环境卫生管理条例》第二十八条第二款`. */
export const lawName = (c: Citation): string => `${LAW_TITLES[c.law] ? `《${LAW_TITLES[c.law]}》` : c.law}${c.article}`;

/** The fine as shown: `40–60 元`, or "no fine". */
export function fineText(o: Outcome): string {
  if (!o.fine) return t("noFine");
  return `${o.fine.min === o.fine.max ? o.fine.min : `${o.fine.min}–${o.fine.max}`} ${t("yuan")}`;
}

const flag = (on: boolean): string => (on ? t("yes") : t("no"));

/** The summary block; its `data-testid` elements carry the raw values for tests and scripts. */
export function summary(o: Outcome): HTMLElement {
  const fv = o.firstViolation;
  return h("dl", { class: "summary" },
    h("dt", {}, t("disposition")),
    h("dd", {}, h("span", { class: `badge badge-${o.disposition}`, "data-testid": "disposition", "data-value": o.disposition }, code(o.disposition))),
    h("dt", {}, t("tier")),
    h("dd", { "data-testid": "tier", "data-value": o.tier?.id ?? "" }, o.tier ? `${loc(o.tier.label)}` : "—", o.tier ? h("code", { class: "muted id" }, o.tier.id) : null),
    h("dt", {}, t("fine")),
    h("dd", { "data-testid": "fine", "data-min": o.fine?.min ?? "", "data-max": o.fine?.max ?? "" },
      h("strong", { class: "fine" }, fineText(o)), o.disposition === "may-waive" && o.fine ? h("span", { class: "muted" }, " ", t("ifNotWaived")) : null),
    h("dt", {}, t("firstViolation")),
    h("dd", { "data-testid": "first-violation", "data-value": fv.applies, "data-listed": String(fv.listed) },
      h("span", { class: `verdict verdict-${fv.applies}` }, code(fv.applies)), " · ", fv.listed ? t("listed") : t("notListed"),
      fv.unmet.length > 0
        ? h("div", { class: "unmet", "data-testid": "unmet" }, `${t("unmet")}：`,
            fv.unmet.map((u, i) => [i > 0 ? "、" : "", h("span", { class: "unmet-item", "data-id": u.id }, loc(u.label))]))
        : null),
    h("dt", {}, t("procedure")),
    h("dd", { "data-testid": "procedure", "data-simple": String(o.procedure.simpleProcedure), "data-review": String(o.procedure.legalReview), "data-hearing": String(o.procedure.hearing) },
      h("span", { class: `flag flag-${o.procedure.simpleProcedure}` }, `${t("simpleProcedure")}：${flag(o.procedure.simpleProcedure)}`),
      h("span", { class: `flag flag-${o.procedure.legalReview}` }, `${t("legalReview")}：${flag(o.procedure.legalReview)}`),
      h("span", { class: `flag flag-${o.procedure.hearing}` }, `${t("hearing")}：${flag(o.procedure.hearing)}`)),
    h("dt", {}, t("ruleSet")),
    h("dd", { "data-testid": "rule-set", "data-value": o.ruleSet.id }, h("code", {}, o.ruleSet.id), " · ", `${t("basis")} `, h("code", {}, o.jurisdiction.basis)),
  );
}

/** Everything else: sanctions, grounds, citations (with their text) and the trace. */
export function details(o: Outcome): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  if (o.sanctions.length > 0) {
    blocks.push(h("section", { class: "block" }, h("h3", {}, t("sanctions")),
      h("ul", { "data-testid": "sanctions" }, o.sanctions.map((s) =>
        h("li", { "data-code": s.code }, loc(s.label), s.mandatory ? "" : h("span", { class: "muted" }, `（${t("optional")}）`))))));
  }
  blocks.push(h("section", { class: "block" }, h("h3", {}, t("grounds")),
    h("ul", { "data-testid": "grounds" }, o.grounds.map((g) =>
      h("li", { "data-code": g.code },
        h("strong", {}, code(g.code)), g.ref ? h("code", { class: "muted id" }, g.ref) : null, " — ",
        g.citation ? lawName(g.citation) : g.source ? g.source.title : "—",
        g.mandatory ? "" : h("span", { class: "muted" }, `（${t("discretionary")}）`))))));
  blocks.push(h("section", { class: "block" }, h("h3", {}, t("citations")),
    h("ol", { class: "citations", "data-testid": "citations" }, o.citations.map((c) =>
      h("li", {}, h("div", { class: "cite-ref" }, lawName(c)), h("blockquote", {}, c.text))))));
  if (o.trace) {
    blocks.push(h("section", { class: "block" }, h("h3", {}, t("trace")), h("p", { class: "muted" }, t("traceHint")),
      h("div", { class: "trace", "data-testid": "trace" }, o.trace.map((s, i) =>
        h("details", { class: `step step-${s.result}` },
          h("summary", {}, h("span", { class: "step-no" }, String(i + 1)), " ", h("strong", {}, code(s.step)),
            " ", h("span", { class: `result result-${s.result}` }, code(s.result)), " ", h("span", { class: "note" }, typeof s.note === "string" ? s.note : loc(s.note))),
          h("div", { class: "step-body" },
            h("div", {}, h("span", { class: "muted" }, `${t("reads")}：`), h("code", { class: "reads" }, JSON.stringify(s.reads))),
            s.citation ? h("div", { class: "cite" }, h("div", { class: "cite-ref" }, lawName(s.citation)), h("blockquote", {}, s.citation.text)) : null))))));
  }
  return blocks;
}

/** Issues no field claims, listed above the outcome. */
export function issueList(issues: readonly Issue[]): HTMLElement {
  return h("div", { class: "issues", role: "alert", "data-testid": "issues" }, h("p", {}, t("invalid")),
    issues.length > 0 ? h("ul", {}, issues.map((i) => h("li", {}, i.path.length ? h("code", {}, i.path.join(".")) : null, " ", i.message))) : null);
}

/** One provenance line: status badge, note and source. */
export function provenance(label: string, p: Provenance | undefined): HTMLElement | null {
  if (!p) return null;
  const src = p.source;
  return h("li", { class: "prov" },
    h("span", { class: "prov-label" }, label), " ",
    h("span", { class: `status status-${p.status}` }, code(p.status)), " ",
    p.note ? h("span", {}, p.note) : null,
    src ? h("div", { class: "muted" }, `${t("source")}：`, src.url ? h("a", { href: src.url, rel: "noreferrer", target: "_blank" }, src.title) : src.title,
      src.documentNumber ? ` ${src.documentNumber}` : "", src.date ? ` (${src.date})` : "") : null);
}
