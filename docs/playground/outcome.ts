/** Rendering of an Outcome: the summary, sanctions, procedure, grounds, citations and the trace. */
import type { Citation, Localized, Outcome, Provenance } from "../../src/index.js";
import { traceReason, type AnyTraceStep, type TraceLookups } from "../../src/i18n/trace.js";
import LAW_TITLES from "virtual:law-titles";
import { h } from "./dom.js";
import { editionById } from "./editions.js";
import { code, editionName, lang, loc, t, text } from "./i18n.js";
import type { ShownIssue } from "./form.js";

/** `《上海市市容环境卫生管理条例》第二十八条第二款`. */
export const lawName = (c: Citation): string => `${LAW_TITLES[c.law] ? `《${LAW_TITLES[c.law]}》` : c.law}${c.article}`;

/** The fine as shown: `40–60 元`, or "no fine". */
export function fineText(o: Outcome): string {
  if (!o.fine) return t("noFine");
  return `${o.fine.min === o.fine.max ? o.fine.min : `${o.fine.min}–${o.fine.max}`} ${t("yuan")}`;
}

const flag = (on: boolean): string => (on ? t("yes") : t("no"));

/** The summary block; its `data-testid` elements carry the raw values for tests and scripts. */
export function summary(o: Outcome, place: (id: string) => string): HTMLElement {
  const fv = o.firstViolation;
  return h(
    "dl",
    { class: "summary" },
    h("dt", {}, t("disposition")),
    h(
      "dd",
      {},
      h(
        "span",
        { class: `badge badge-${o.disposition}`, "data-testid": "disposition", "data-value": o.disposition },
        code("disposition", o.disposition),
      ),
    ),
    h("dt", {}, t("tier")),
    h("dd", { "data-testid": "tier", "data-value": o.tier?.id ?? "" }, o.tier ? `${loc(o.tier.label)}` : "—"),
    h("dt", {}, t("fine")),
    h(
      "dd",
      { "data-testid": "fine", "data-min": o.fine?.min ?? "", "data-max": o.fine?.max ?? "" },
      h("strong", { class: "fine" }, fineText(o)),
      o.disposition === "may-waive" && o.fine ? h("span", { class: "muted" }, " ", t("ifNotWaived")) : null,
    ),
    h("dt", {}, t("firstViolation")),
    h(
      "dd",
      { "data-testid": "first-violation", "data-value": fv.applies, "data-listed": String(fv.listed) },
      h("span", { class: `verdict verdict-${fv.applies}` }, code("firstViolation", fv.applies)),
      " · ",
      fv.listed ? t("listed") : t("notListed"),
      fv.unmet.length > 0
        ? h(
            "div",
            { class: "unmet", "data-testid": "unmet" },
            `${t("unmet")}：`,
            fv.unmet.map((u, i) => [
              i > 0 ? "、" : "",
              h("span", { class: "unmet-item", "data-id": u.id }, loc(u.label)),
            ]),
          )
        : null,
    ),
    h("dt", {}, t("procedure")),
    h(
      "dd",
      {
        "data-testid": "procedure",
        "data-simple": String(o.procedure.simpleProcedure),
        "data-review": String(o.procedure.legalReview),
        "data-hearing": String(o.procedure.hearing),
      },
      h(
        "span",
        { class: `flag flag-${o.procedure.simpleProcedure}` },
        `${t("simpleProcedure")}：${flag(o.procedure.simpleProcedure)}`,
      ),
      h(
        "span",
        { class: `flag flag-${o.procedure.legalReview}` },
        `${t("legalReview")}：${flag(o.procedure.legalReview)}`,
      ),
      h("span", { class: `flag flag-${o.procedure.hearing}` }, `${t("hearing")}：${flag(o.procedure.hearing)}`),
    ),
    h("dt", {}, t("ruleSet")),
    h(
      "dd",
      { "data-testid": "rule-set", "data-value": o.ruleSet.id },
      editionName(o.ruleSet),
      " · ",
      `${t("basis")}：`,
      place(o.jurisdiction.basis),
    ),
  );
}

/** Everything else: sanctions, grounds, citations (with their text) and the trace. */
export function details(o: Outcome, lookups: Required<TraceLookups>): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  if (o.sanctions.length > 0) {
    blocks.push(
      h(
        "section",
        { class: "block" },
        h("h3", {}, t("sanctions")),
        h(
          "ul",
          { "data-testid": "sanctions" },
          o.sanctions.map((s) =>
            h(
              "li",
              { "data-code": s.code },
              loc(s.label),
              s.mandatory ? "" : h("span", { class: "muted" }, `（${t("optional")}）`),
            ),
          ),
        ),
      ),
    );
  }
  blocks.push(
    h(
      "section",
      { class: "block" },
      h("h3", {}, t("grounds")),
      h(
        "ul",
        { "data-testid": "grounds" },
        o.grounds.map((g) =>
          h(
            "li",
            { "data-code": g.code },
            h("strong", {}, code("ground", g.code)),
            g.ref ? h("span", { class: "muted" }, `（${refName(g.ref, lookups)}）`) : null,
            " — ",
            g.citation ? lawName(g.citation) : g.source ? g.source.title : "—",
            g.mandatory ? "" : h("span", { class: "muted" }, `（${t("discretionary")}）`),
          ),
        ),
      ),
    ),
  );
  blocks.push(
    h(
      "section",
      { class: "block" },
      h("h3", {}, t("citations")),
      h(
        "ol",
        { class: "citations", "data-testid": "citations" },
        o.citations.map((c) => h("li", {}, h("div", { class: "cite-ref" }, lawName(c)), h("blockquote", {}, c.text))),
      ),
    ),
  );
  if (o.trace) {
    blocks.push(
      h(
        "section",
        { class: "block" },
        h("h3", {}, t("trace")),
        h("p", { class: "muted" }, t("traceHint")),
        h(
          "ol",
          { class: "trace", "data-testid": "trace" },
          (o.trace as AnyTraceStep[]).map((s) =>
            h(
              "li",
              { class: `step step-${s.result}`, "data-step": s.step, "data-result": s.result },
              h(
                "details",
                {},
                h(
                  "summary",
                  {},
                  h("strong", {}, code("traceStep", s.step)),
                  " ",
                  h("span", { class: `result result-${s.result}` }, code("traceResult", s.result)),
                  h("div", { class: "reason" }, traceReason(s, lang(), o, lookups)),
                  s.citation ? h("div", { class: "muted step-cite" }, `${t("article")}：${lawName(s.citation)}`) : null,
                ),
                h(
                  "div",
                  { class: "step-body" },
                  readsList(s.reads, lookups),
                  s.citation ? h("blockquote", {}, s.citation.text) : null,
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
  return blocks;
}

/** Issues no field claims, listed above the outcome. */
export function issueList(issues: readonly ShownIssue[]): HTMLElement {
  return h(
    "div",
    { class: "issues", role: "alert", "data-testid": "issues" },
    h("p", {}, t("invalid")),
    issues.length > 0
      ? h(
          "ul",
          {},
          issues.map((i) => h("li", { "data-code": i.code }, i.text)),
        )
      : null,
  );
}

/** A ground's reference (a circumstance, precondition or jurisdiction id) by name. */
function refName(ref: string, lookups: Required<TraceLookups>): string {
  const edition = editionById(ref);
  return lookups.circumstance(ref) ?? lookups.jurisdiction(ref) ?? (edition ? editionName(edition.edition) : ref);
}

/** What a trace step read, as labelled values. */
function readsList(reads: Record<string, unknown>, lookups: Required<TraceLookups>): HTMLElement | null {
  const items = Object.entries(reads).filter(([, v]) => v !== undefined && v !== null);
  if (items.length === 0) return null;
  return h(
    "div",
    { class: "reads" },
    h("span", { class: "muted" }, `${t("reads")}：`),
    items.map(([k, v], i) => [
      i > 0 ? (lang() === "zh" ? "；" : "; ") : "",
      readName(k),
      " ",
      readValue(k, v, lookups),
    ]),
  );
}

const READ_NAMES: Record<string, Localized> = {
  jurisdiction: { zh: "地区", en: "jurisdiction" },
  priorCount: { zh: "此前违法次数", en: "prior violations" },
  party: { zh: "当事人", en: "party" },
  tier: { zh: "阶次", en: "tier" },
  occurredOn: { zh: "行为发生日", en: "occurred" },
  endedOn: { zh: "行为终了日", en: "ended" },
  discoveredOn: { zh: "发现日", en: "discovered" },
  decidedOn: { zh: "决定日", en: "decided" },
  harm: { zh: "危害后果", en: "harm" },
  correction: { zh: "改正情况", en: "correction" },
  minor: { zh: "违法行为轻微", en: "minor" },
  circumstances: { zh: "情节", en: "circumstances" },
  age: { zh: "年龄", en: "age" },
  mentalState: { zh: "精神状态", en: "mental state" },
  fineMax: { zh: "罚款上限", en: "fine maximum" },
};

let factLabel: (name: string) => string | undefined = () => undefined;
let factValue: (name: string, v: unknown) => string | undefined = () => undefined;
/** How the trace names the current matter's facts and their values. */
export function setFactNames(label: typeof factLabel, value: typeof factValue): void {
  factLabel = label;
  factValue = value;
}

function readName(k: string): string {
  const n = READ_NAMES[k];
  return `${n ? loc(n) : (factLabel(k) ?? k)}${lang() === "zh" ? "：" : ": "}`;
}

function readValue(k: string, v: unknown, lookups: Required<TraceLookups>): string {
  const yn = (b: boolean) => (b ? t("yes") : t("no"));
  if (k === "harm") return code("harm", String(v));
  if (k === "correction") return code("correction", String(v));
  if (k === "party") return code("partyType", String(v));
  if (k === "mentalState") return code("mentalState", String(v));
  if (k === "tier") return lookups.tier(String(v)) ?? code("tierLevel", String(v));
  if (k === "jurisdiction") return lookups.jurisdiction(String(v)) ?? String(v);
  if (k === "circumstances")
    return Array.isArray(v) && v.length > 0
      ? v.map((c) => lookups.circumstance(String(c)) ?? String(c)).join("、")
      : t("none");
  if (k === "fineMax") return `${String(v)} ${t("yuan")}`;
  if (typeof v === "boolean") return factValue(k, v) ?? yn(v);
  return factValue(k, v) ?? String(v);
}

/** One provenance line: status badge, note and source. */
export function provenance(label: string, p: Provenance | undefined): HTMLElement | null {
  if (!p) return null;
  const src = p.source;
  return h(
    "li",
    { class: "prov" },
    h("span", { class: "prov-label" }, label),
    " ",
    h("span", { class: `status status-${p.status}` }, code("provenance", p.status)),
    " ",
    provenanceNote(p),
    src
      ? h(
          "div",
          { class: "muted" },
          `${t("source")}：`,
          src.url ? h("a", { href: src.url, rel: "noreferrer", target: "_blank" }, src.title) : src.title,
          src.documentNumber ? ` ${src.documentNumber}` : "",
          src.date ? ` (${src.date})` : "",
        )
      : null,
  );
}

/** A provenance note in the page's language: the rule data's note where it can be read, else what the status means. */
function provenanceNote(p: Provenance): HTMLElement | null {
  const given = text(p.note as string | Localized | undefined);
  if (given) return h("span", {}, given);
  if (lang() === "en") return null;
  const key =
    p.status === "statute"
      ? "provStatute"
      : p.status === "formula"
        ? "provFormulaNote"
        : p.status === "published"
          ? "provPublished"
          : "provModelled";
  return h("span", {}, t(key));
}
