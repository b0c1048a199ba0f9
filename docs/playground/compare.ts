/**
 * Compare: the same case under another jurisdiction or another edition, side by side. The other side is any
 * (edition, jurisdiction) pair; a compared edition is applied regardless of its effective dates, so editions and
 * jurisdictions plug in the same way.
 */
import type { Outcome, SafeEvaluateResult } from "../../src/index.js";
import { EDITIONS, editionById, evaluateCase } from "./editions.js";
import { h, replace } from "./dom.js";
import { editionOf } from "./form.js";
import { code, loc, t } from "./i18n.js";
import { fineText, lawName } from "./outcome.js";
import type { PageState } from "./state.js";

/** One compared item: its label and its value on each side, as text. */
interface Row {
  key: string;
  label: string;
  a: string;
  b: string;
}

function rows(a: Outcome | null, b: Outcome | null, errA: string, errB: string): Row[] {
  const val = (o: Outcome | null, err: string, f: (o: Outcome) => string) => (o ? f(o) : err);
  const row = (key: string, label: string, f: (o: Outcome) => string): Row => ({ key, label, a: val(a, errA, f), b: val(b, errB, f) });
  const yn = (v: boolean) => (v ? t("yes") : t("no"));
  return [
    row("ruleSet", t("ruleSet"), (o) => o.ruleSet.id),
    row("jurisdiction", t("jurisdiction"), (o) => `${loc(o.jurisdiction.name)}（${o.jurisdiction.basis}）`),
    row("disposition", t("disposition"), (o) => code(o.disposition)),
    row("tier", t("tier"), (o) => (o.tier ? loc(o.tier.label) : "—")),
    row("fine", t("fine"), fineText),
    row("firstViolation", t("firstViolation"), (o) => `${code(o.firstViolation.applies)}${o.firstViolation.listed ? ` · ${t("listed")}` : ""}`),
    row("unmet", t("unmet"), (o) => o.firstViolation.unmet.map((u) => loc(u.label)).join("、") || "—"),
    row("sanctions", t("sanctions"), (o) => o.sanctions.map((s) => loc(s.label)).join("；") || "—"),
    row("simpleProcedure", t("simpleProcedure"), (o) => yn(o.procedure.simpleProcedure)),
    row("legalReview", t("legalReview"), (o) => yn(o.procedure.legalReview)),
    row("hearing", t("hearing"), (o) => yn(o.procedure.hearing)),
    row("grounds", t("grounds"), (o) => o.grounds.map((g) => code(g.code)).join("、")),
    row("citations", t("citations"), (o) => o.citations.map(lawName).join("\n")),
  ];
}

/** Renders the compare panel: the controls for side B and the table. */
export function renderCompare(root: HTMLElement, state: PageState, onChange: () => void): void {
  let a: SafeEvaluateResult;
  const current = editionOf(state);
  if (!state.compare) {
    replace(root,
      h("p", { class: "muted" }, t("compareHint")),
      h("div", { class: "buttons" },
        h("button", { type: "button", "data-action": "compare-jurisdictions", onclick: () => {
          const other = current.edition.jurisdictions.find((j) => j.basisAvailable && j.id.split("/")[0] !== state.case.jurisdiction.split("/")[0]);
          state.compare = { edition: current.id, jurisdiction: other?.id ?? state.case.jurisdiction };
          onChange();
        } }, t("compareJurisdictions")),
        h("button", { type: "button", "data-action": "compare-editions", disabled: EDITIONS.length < 2, onclick: () => {
          const other = EDITIONS.find((e) => e.id !== current.id) ?? current;
          state.compare = { edition: other.id, jurisdiction: state.case.jurisdiction };
          onChange();
        } }, t("compareEditions")),
        EDITIONS.length < 2 ? h("span", { class: "muted" }, " ", t("oneEdition")) : null));
    return;
  }
  const cmp = state.compare;
  const editionB = editionById(cmp.edition) ?? current;
  // Both sides are evaluated the same way (one named edition, whatever its dates), so only the edition or the
  // jurisdiction differs; side A is the edition the form shows.
  a = evaluateCase(state.case, { edition: current.id, trace: false, anyDate: true });
  const b = evaluateCase({ ...state.case, jurisdiction: cmp.jurisdiction }, { edition: editionB.id, trace: false, anyDate: true });
  const message = (r: SafeEvaluateResult) => (r.ok ? "" : `${t("error")}：${r.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("；")}`);
  const table = rows(a.ok ? a.outcome : null, b.ok ? b.outcome : null, message(a), message(b));
  const differing = table.filter((r) => r.a !== r.b && r.key !== "ruleSet" && r.key !== "jurisdiction").length;

  const editionSelect = h("select", { "data-path": "compare.edition", onchange: () => {
    cmp.edition = editionSelect.value;
    const e = editionById(cmp.edition);
    if (e && !e.edition.jurisdictions.some((j) => j.id === cmp.jurisdiction)) cmp.jurisdiction = e.edition.jurisdictions[0]!.id;
    onChange();
  } }, EDITIONS.map((e) => h("option", { value: e.id }, e.id)));
  editionSelect.value = editionB.id;
  const jurisdictionSelect = h("select", { "data-path": "compare.jurisdiction", onchange: () => {
    cmp.jurisdiction = jurisdictionSelect.value;
    onChange();
  } }, editionB.edition.jurisdictions.map((j) => h("option", { value: j.id }, `${loc(j.name)}${j.basisAvailable ? "" : `（${t("noBasis")}）`}`)));
  jurisdictionSelect.value = cmp.jurisdiction;

  replace(root,
    h("p", { class: "muted" }, t("compareHint")),
    h("div", { class: "compare-controls" },
      h("span", {}, `${t("sideB")}：`),
      h("label", {}, `${t("edition")} `, editionSelect),
      h("label", {}, `${t("jurisdiction")} `, jurisdictionSelect),
      h("button", { type: "button", "data-action": "compare-off", onclick: () => {
        state.compare = null;
        onChange();
      } }, "×")),
    h("p", { class: "diff-count", "data-testid": "diff-count", "data-value": differing }, differing === 0 ? t("noDifferences") : `${differing} ${t("differences")}`),
    h("table", { class: "compare", "data-testid": "compare" },
      h("thead", {}, h("tr", {}, h("th", {}, t("item")), h("th", {}, t("sideA")), h("th", {}, t("sideB")))),
      h("tbody", {}, table.map((r) =>
        h("tr", { "data-row": r.key, class: r.a !== r.b ? "diff" : "" },
          h("th", {}, r.label), h("td", { class: "side-a" }, r.a), h("td", { class: "side-b" }, r.b))))));
}
