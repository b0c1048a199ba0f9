/**
 * Compare: the same case under another jurisdiction or another edition, side by side. The other side is any
 * (edition, jurisdiction) pair; a compared edition is applied regardless of its effective dates, so editions and
 * jurisdictions plug in the same way.
 */
import type { Outcome, SafeEvaluateResult } from "../../src/index.js";
import { EDITIONS, editionById, evaluateCase } from "./editions.js";
import { h, replace } from "./dom.js";
import { editionOf, hasBasis } from "./form.js";
import { code, editionName, lang, loc, t } from "./i18n.js";
import { localizeIssue } from "../../src/i18n/issues.js";
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
  const row = (key: string, label: string, f: (o: Outcome) => string): Row => ({
    key,
    label,
    a: val(a, errA, f),
    b: val(b, errB, f),
  });
  const yn = (v: boolean) => (v ? t("yes") : t("no"));
  return [
    row("ruleSet", t("ruleSet"), (o) => editionName(o.ruleSet)),
    row("jurisdiction", t("jurisdiction"), (o) => loc(o.jurisdiction.name)),
    row("disposition", t("disposition"), (o) => code("disposition", o.disposition)),
    row("tier", t("tier"), (o) => (o.tier ? loc(o.tier.label) : "—")),
    row("fine", t("fine"), fineText),
    row(
      "firstViolation",
      t("firstViolation"),
      (o) => `${code("firstViolation", o.firstViolation.applies)}${o.firstViolation.listed ? ` · ${t("listed")}` : ""}`,
    ),
    row("unmet", t("unmet"), (o) => o.firstViolation.unmet.map((u) => loc(u.label)).join("、") || "—"),
    row("sanctions", t("sanctions"), (o) => o.sanctions.map((s) => loc(s.label)).join("；") || "—"),
    row("simpleProcedure", t("simpleProcedure"), (o) => yn(o.procedure.simpleProcedure)),
    row("legalReview", t("legalReview"), (o) => yn(o.procedure.legalReview)),
    row("hearing", t("hearing"), (o) => yn(o.procedure.hearing)),
    row("grounds", t("grounds"), (o) =>
      o.grounds.map((g) => code("ground", g.code)).join(lang() === "zh" ? "、" : ", "),
    ),
    row("citations", t("citations"), (o) => o.citations.map(lawName).join("\n")),
  ];
}

/** Renders the compare panel: the controls for side B and the table. */
export function renderCompare(root: HTMLElement, state: PageState, onChange: () => void): void {
  let a: SafeEvaluateResult;
  const current = editionOf(state);
  if (!state.compare) {
    replace(
      root,
      h("p", { class: "muted" }, t("compareHint")),
      h(
        "div",
        { class: "buttons" },
        h(
          "button",
          {
            type: "button",
            "data-action": "compare-jurisdictions",
            onclick: () => {
              const other = current.edition.jurisdictions.find(
                (j) => j.basisAvailable && j.id.split("/")[0] !== state.case.jurisdiction.split("/")[0],
              );
              state.compare = { edition: current.id, jurisdiction: other?.id ?? state.case.jurisdiction };
              onChange();
            },
          },
          t("compareJurisdictions"),
        ),
        h(
          "button",
          {
            type: "button",
            "data-action": "compare-editions",
            disabled: EDITIONS.length < 2,
            onclick: () => {
              const other = EDITIONS.find((e) => e.id !== current.id) ?? current;
              // The other edition may not be loaded yet: the page loads every edition for a comparison.
              state.compare = { edition: other.id, jurisdiction: state.case.jurisdiction };
              onChange();
            },
          },
          t("compareEditions"),
        ),
        EDITIONS.length < 2 ? h("span", { class: "muted" }, " ", t("oneEdition")) : null,
      ),
    );
    return;
  }
  const cmp = state.compare;
  let switched: string | null = null;
  // Never a comparison of one side with itself: the same edition and place move B to the other edition.
  if (cmp.edition === current.id && cmp.jurisdiction === state.case.jurisdiction && EDITIONS.length > 1) {
    const other = editionById(EDITIONS.find((e) => e.id !== current.id)!.id)!;
    cmp.edition = other.id;
    if (!other.edition.jurisdictions.some((j) => j.id === cmp.jurisdiction))
      cmp.jurisdiction = other.edition.jurisdictions[0]!.id;
    switched = editionName(other.edition);
  }
  const editionB = editionById(cmp.edition) ?? current;
  // Both sides are evaluated the same way (one named edition, whatever its dates), so only the edition or the
  // jurisdiction differs; side A is the edition the form shows.
  a = evaluateCase(state.case, { edition: current.id, trace: false, anyDate: true });
  const b = evaluateCase(
    { ...state.case, jurisdiction: cmp.jurisdiction },
    { edition: editionB.id, trace: false, anyDate: true },
  );
  const message = (r: SafeEvaluateResult, edition: typeof current, input: unknown) =>
    r.ok
      ? ""
      : `${t("error")}：${r.issues.map((i) => localizeIssue(i, lang(), { input, ruleSet: edition.ruleSet })).join("；")}`;
  const table = rows(
    a.ok ? a.outcome : null,
    b.ok ? b.outcome : null,
    message(a, current, state.case),
    message(b, editionB, { ...state.case, jurisdiction: cmp.jurisdiction }),
  );
  const differing = table.filter((r) => r.a !== r.b && r.key !== "ruleSet" && r.key !== "jurisdiction").length;

  const editionSelect = h(
    "select",
    {
      "data-path": "compare.edition",
      onchange: () => {
        cmp.edition = editionSelect.value;
        const e = editionById(cmp.edition);
        if (e && !e.edition.jurisdictions.some((j) => j.id === cmp.jurisdiction))
          cmp.jurisdiction = e.edition.jurisdictions[0]!.id;
        onChange();
      },
    },
    EDITIONS.map((e) =>
      h("option", { value: e.id }, `${editionName(e.edition)}${e.id === current.id ? t("compareSameA") : ""}`),
    ),
  );
  editionSelect.value = editionB.id;
  const jurisdictionSelect = h(
    "select",
    {
      "data-path": "compare.jurisdiction",
      onchange: () => {
        cmp.jurisdiction = jurisdictionSelect.value;
        onChange();
      },
    },
    editionB.edition.jurisdictions.map((j) =>
      h(
        "option",
        { value: j.id },
        `${loc(j.name)}${hasBasis(editionB, editionB.matters.get(state.case.matter), j.id) ? "" : `（${t("noBasisMatter")}）`}`,
      ),
    ),
  );
  jurisdictionSelect.value = cmp.jurisdiction;

  replace(
    root,
    h("p", { class: "muted" }, t("compareHint")),
    switched
      ? h("p", { class: "conflict", "data-testid": "compare-switched" }, t("compareSame", { edition: switched }))
      : null,
    h(
      "div",
      { class: "compare-controls" },
      h("span", {}, `${t("sideB")}：`),
      h("label", {}, `${t("edition")} `, editionSelect),
      h("label", {}, `${t("jurisdiction")} `, jurisdictionSelect),
      h(
        "button",
        {
          type: "button",
          "data-action": "compare-off",
          "aria-label": t("closeCompare"),
          onclick: () => {
            state.compare = null;
            onChange();
          },
        },
        "×",
      ),
    ),
    h(
      "p",
      { class: "diff-count", "data-testid": "diff-count", "data-value": differing },
      differing === 0 ? t("noDifferences") : `${differing} ${t("differences")}`,
    ),
    h(
      "table",
      { class: "compare", "data-testid": "compare" },
      h("thead", {}, h("tr", {}, h("th", {}, t("item")), h("th", {}, t("sideA")), h("th", {}, t("sideB")))),
      h(
        "tbody",
        {},
        table.map((r) =>
          h(
            "tr",
            { "data-row": r.key, class: r.a !== r.b ? "diff" : "" },
            h("th", {}, r.label),
            h("td", { class: "side-a" }, r.a),
            h("td", { class: "side-b" }, r.b),
          ),
        ),
      ),
    ),
  );
}
