/**
 * The case form, generated from the edition's catalogue and the matter's declared facts. Every control carries
 * `data-path` (the case field it edits, as the library's issue paths name it: `facts.area`, `party.age`,
 * `priorViolations.0.on`), and every field has a slot for that path's error.
 */
import type { FactDeclaration, Issue, MatterFile } from "../../src/index.js";
import {
  AUTO,
  EDITIONS,
  formEdition,
  formEditionId,
  formEditionIfLoaded,
  inForceOn,
  type Edition,
} from "./editions.js";
import { h, replace } from "./dom.js";
import { code, editionName, lang, loc, t } from "./i18n.js";
import { defaultFacts, MAX_PRIORS, type PageState } from "./state.js";

/** What a change needs: `structure` when the form itself must be rebuilt (other matter, edition, rows). */
export type OnChange = (structure: boolean) => void;

const HARMS = ["none", "minor", "moderate", "serious"] as const;
const CORRECTIONS = ["in-time", "late", "refused", "not-ordered"] as const;
const MENTAL_STATES = ["sound", "incapable", "intermittent-lucid", "partially-incapable"] as const;

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A labelled field with its error slot. */
function field(path: string, label: string, control: Node, ...extra: (Node | string | null)[]): HTMLElement {
  return h(
    "div",
    { class: "field", "data-field": path },
    h("label", { class: "field-label", for: `f-${path}` }, label),
    h("div", { class: "field-control" }, control, ...extra),
    h("div", { class: "field-error", "data-error-for": path, role: "alert" }),
  );
}

function select(
  path: string,
  value: string,
  options: [string, string, boolean?][],
  onChange: (v: string) => void,
): HTMLSelectElement {
  const el = h(
    "select",
    { id: `f-${path}`, "data-path": path, onchange: () => onChange(el.value) },
    options.map(([v, label, disabled]) => h("option", { value: v, disabled: disabled ?? false }, label)),
  );
  el.value = value;
  return el;
}

/** The edition whose catalogue the form shows for a state. */
export const editionOf = (state: PageState): Edition => formEdition(state.edition, state.case.occurredOn);

/** The matter the form shows, if the edition has it. */
export const matterOf = (state: PageState): MatterFile | undefined => editionOf(state).matters.get(state.case.matter);

/** Builds the whole form into `root`. */
export function renderForm(root: HTMLElement, state: PageState, onChange: OnChange): void {
  const c = state.case;
  const edition = editionOf(state);
  const matter = matterOf(state);
  const jurisdictions = edition.edition.jurisdictions.map((j) => [j.id, loc(j.name)] as [string, string]);
  const withBasis = new Set(
    edition.edition.jurisdictions.filter((j) => hasBasis(edition, matter, j.id)).map((j) => j.id),
  );
  const caseJurisdictions = edition.edition.jurisdictions.map(
    (j) => [j.id, `${loc(j.name)}${withBasis.has(j.id) ? "" : `（${t("noBasisMatter")}）`}`] as [string, string],
  );

  // Edition and jurisdiction
  const editionOptions: [string, string][] = [
    ...(EDITIONS.length > 1 ? [[AUTO, t("editionAuto")] as [string, string]] : []),
    ...EDITIONS.map((e) => [e.id, editionName(e.edition)] as [string, string]),
  ];
  const editionSelect = select("edition", state.edition, editionOptions, (v) => {
    state.edition = v;
    reconcile(state);
    onChange(true);
  });
  const anyDate =
    state.edition === AUTO
      ? null
      : h(
          "label",
          { class: "inline" },
          h("input", {
            type: "checkbox",
            "data-path": "anyDate",
            checked: state.anyDate,
            onchange: (e: Event) => {
              state.anyDate = (e.target as HTMLInputElement).checked;
              onChange(true);
            },
          }),
          " ",
          t("anyDate"),
        );

  const matterSelect = h(
    "select",
    {
      id: "f-matter",
      "data-path": "matter",
      onchange: () => {
        c.matter = matterSelect.value;
        c.facts = defaultFacts(state.edition, c.matter, c.occurredOn);
        const m = matterOf(state);
        if (m && !m.parties.includes(c.party.type)) c.party = { type: m.parties[0]! };
        state.chart = null;
        onChange(true);
      },
    },
    (["cityscape", "ecology"] as const).map((domain) =>
      h(
        "optgroup",
        { label: code("domain", domain) },
        edition.ruleSet.matters
          .filter((m) => m.domain === domain)
          .map((m) => h("option", { value: m.id }, loc(m.name))),
      ),
    ),
  );
  matterSelect.value = c.matter;

  const caseSection = h(
    "fieldset",
    { class: "group" },
    h("legend", {}, t("caseSection")),
    field("edition", t("edition"), editionSelect, anyDate, editionConflict(state, onChange)),
    field("matter", t("matter"), matterSelect),
    field(
      "jurisdiction",
      t("jurisdiction"),
      select("jurisdiction", c.jurisdiction, caseJurisdictions, (v) => {
        c.jurisdiction = v;
        onChange(true);
      }),
      basisHint(state, edition, withBasis, onChange),
    ),
  );

  // Facts
  const facts = Object.entries(matter?.facts ?? {});
  const factsSection = h(
    "fieldset",
    { class: "group" },
    h("legend", {}, t("facts")),
    facts.length === 0
      ? h("p", { class: "muted" }, t("noFacts"))
      : facts.map(([name, decl]) => factField(state, name, decl, onChange)),
  );

  // Party
  const party = c.party;
  const partySection = h(
    "fieldset",
    { class: "group" },
    h("legend", {}, t("party")),
    field(
      "party.type",
      t("partyType"),
      select(
        "party.type",
        party.type,
        (["individual", "unit"] as const).map((p) => [p, code("partyType", p)] as [string, string]),
        (v) => {
          c.party = { type: v as "individual" | "unit" };
          onChange(true);
        },
      ),
    ),
    party.type === "individual"
      ? [
          field(
            "party.age",
            t("age"),
            h("input", {
              id: "f-party.age",
              type: "number",
              min: 0,
              max: 150,
              step: 1,
              "data-path": "party.age",
              value: party.age === undefined ? "" : String(party.age),
              oninput: (e: Event) => {
                const v = (e.target as HTMLInputElement).value;
                if (party.type !== "individual") return;
                if (v === "") delete party.age;
                else party.age = Number(v);
                onChange(false);
              },
            }),
          ),
          field(
            "party.mentalState",
            t("mentalState"),
            select(
              "party.mentalState",
              party.mentalState ?? "",
              [["", t("notGiven")], ...MENTAL_STATES.map((m) => [m, code("mentalState", m)] as [string, string])],
              (v) => {
                if (party.type !== "individual") return;
                if (v === "") delete party.mentalState;
                else party.mentalState = v as (typeof MENTAL_STATES)[number];
                onChange(false);
              },
            ),
          ),
        ]
      : null,
  );

  // Dates
  const dateField = (key: "occurredOn" | "endedOn" | "discoveredOn" | "decidedOn", optional: boolean) =>
    field(
      key,
      t(key),
      h("input", {
        id: `f-${key}`,
        type: "date",
        "data-path": key,
        value: c[key] ?? "",
        onchange: (e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          const before = formEditionId(state.edition, c.occurredOn);
          if (optional && v === "") delete c[key];
          else c[key] = v;
          const after = formEditionId(state.edition, c.occurredOn);
          if (after !== before) reconcile(state);
          // The date can start or end a conflict with the chosen edition, whose notice is part of the form.
          onChange(after !== before || (key === "occurredOn" && state.edition !== AUTO));
        },
      }),
    );
  const datesSection = h(
    "fieldset",
    { class: "group" },
    h("legend", {}, t("dates")),
    h(
      "div",
      { class: "grid2" },
      dateField("occurredOn", false),
      dateField("discoveredOn", false),
      dateField("endedOn", true),
      dateField("decidedOn", true),
    ),
  );

  // Circumstances, harm, correction, no fault
  const circumstances = edition.edition.generalRules.circumstances;
  const circSection = h(
    "fieldset",
    { class: "group" },
    h("legend", {}, t("circumstances")),
    h(
      "div",
      { class: "field", "data-field": "circumstances" },
      h(
        "div",
        { class: "checks" },
        circumstances.map((ci) =>
          h(
            "label",
            { class: "check", title: ci.citation ? `${ci.citation.article}：${ci.citation.text}` : "" },
            h("input", {
              type: "checkbox",
              value: ci.id,
              "data-path": "circumstances",
              checked: c.circumstances.includes(ci.id),
              onchange: (e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                c.circumstances = on
                  ? [...c.circumstances.filter((x) => x !== ci.id), ci.id]
                  : c.circumstances.filter((x) => x !== ci.id);
                onChange(false);
              },
            }),
            h(
              "span",
              {},
              loc(ci.label),
              " ",
              h("span", { class: `kind kind-${ci.kind}` }, code("circumstanceKind", ci.kind)),
            ),
          ),
        ),
      ),
      h("div", { class: "field-error", "data-error-for": "circumstances", role: "alert" }),
    ),
    h(
      "div",
      { class: "grid2" },
      field(
        "harm",
        t("harm"),
        select(
          "harm",
          c.harm,
          HARMS.map((x) => [x, code("harm", x)]),
          (v) => {
            c.harm = v as (typeof HARMS)[number];
            onChange(false);
          },
        ),
      ),
      field(
        "correction",
        t("correction"),
        select(
          "correction",
          c.correction,
          CORRECTIONS.map((x) => [x, code("correction", x)]),
          (v) => {
            c.correction = v as (typeof CORRECTIONS)[number];
            onChange(false);
          },
        ),
      ),
    ),
    field(
      "noFaultProven",
      "",
      h(
        "label",
        { class: "inline" },
        h("input", {
          type: "checkbox",
          id: "f-noFaultProven",
          "data-path": "noFaultProven",
          checked: c.noFaultProven === true,
          onchange: (e: Event) => {
            if ((e.target as HTMLInputElement).checked) c.noFaultProven = true;
            else delete c.noFaultProven;
            onChange(false);
          },
        }),
        " ",
        t("noFault"),
      ),
    ),
  );

  // Prior violations
  const matterOptions = edition.ruleSet.matters.map((m) => [m.id, loc(m.name)] as [string, string]);
  const priorsSection = h(
    "fieldset",
    { class: "group" },
    h("legend", {}, t("priors")),
    h(
      "div",
      { class: "field", "data-field": "priorViolations" },
      c.priorViolations.length === 0 ? h("p", { class: "muted" }, t("noPriors")) : null,
      c.priorViolations.map((p, i) =>
        h(
          "div",
          { class: "prior-row", "data-prior": i },
          field(
            `priorViolations.${i}.matter`,
            t("priorMatter"),
            select(`priorViolations.${i}.matter`, p.matter, matterOptions, (v) => {
              p.matter = v;
              onChange(false);
            }),
          ),
          field(
            `priorViolations.${i}.on`,
            t("priorOn"),
            h("input", {
              id: `f-priorViolations.${i}.on`,
              type: "date",
              "data-path": `priorViolations.${i}.on`,
              value: p.on,
              onchange: (e: Event) => {
                p.on = (e.target as HTMLInputElement).value;
                onChange(false);
              },
            }),
          ),
          field(
            `priorViolations.${i}.jurisdiction`,
            t("priorJurisdiction"),
            select(`priorViolations.${i}.jurisdiction`, p.jurisdiction, jurisdictions, (v) => {
              p.jurisdiction = v;
              onChange(false);
            }),
          ),
          h(
            "button",
            {
              type: "button",
              class: "remove",
              "data-action": "remove-prior",
              onclick: () => {
                c.priorViolations.splice(i, 1);
                onChange(true);
              },
            },
            t("remove"),
          ),
        ),
      ),
      h("div", { class: "field-error", "data-error-for": "priorViolations", role: "alert" }),
      h(
        "button",
        {
          type: "button",
          "data-action": "add-prior",
          disabled: c.priorViolations.length >= MAX_PRIORS,
          onclick: () => {
            if (c.priorViolations.length >= MAX_PRIORS) return;
            c.priorViolations.push({ matter: c.matter, on: addDays(c.occurredOn, -30), jurisdiction: c.jurisdiction });
            onChange(true);
          },
        },
        "＋ ",
        t("addPrior"),
      ),
      c.priorViolations.length >= MAX_PRIORS
        ? h("span", { class: "muted", "data-testid": "priors-max" }, " ", t("priorsMax", { n: MAX_PRIORS }))
        : null,
    ),
  );

  replace(root, caseSection, factsSection, partySection, datesSection, circSection, priorsSection);
}

function factField(state: PageState, name: string, decl: FactDeclaration, onChange: OnChange): HTMLElement {
  const facts = state.case.facts;
  const path = `facts.${name}`;
  const help = decl.description ? h("div", { class: "help" }, loc(decl.description)) : null;
  const current = facts[name];
  switch (decl.type) {
    case "number": {
      const input = h("input", {
        id: `f-${path}`,
        type: "number",
        "data-path": path,
        min: decl.min,
        max: decl.max ?? null,
        step: decl.integer ? 1 : "any",
        value: typeof current === "number" ? String(current) : "",
        oninput: () => {
          if (input.value === "") delete facts[name];
          else facts[name] = Number(input.value);
          onChange(false);
        },
      });
      const range = `${decl.min}${decl.max !== undefined ? `–${decl.max}` : "+"}`;
      return field(
        path,
        loc(decl.label),
        input,
        h("span", { class: "unit" }, decl.unit ? loc(decl.unit) : "", h("span", { class: "muted" }, ` (${range})`)),
        help,
      );
    }
    case "money": {
      const input = h("input", {
        id: `f-${path}`,
        type: "text",
        inputmode: "decimal",
        "data-path": path,
        value: typeof current === "string" ? current : "",
        oninput: () => {
          if (input.value === "") delete facts[name];
          else facts[name] = input.value.trim();
          onChange(false);
        },
      });
      return field(path, loc(decl.label), input, h("span", { class: "unit" }, t("yuan")), help);
    }
    case "enum":
      return field(
        path,
        loc(decl.label),
        select(
          path,
          typeof current === "string" ? current : "",
          decl.values.map((v) => [v.value, loc(v.label)]),
          (v) => {
            facts[name] = v;
            onChange(false);
          },
        ),
        help,
      );
    case "boolean":
      return field(
        path,
        "",
        h(
          "label",
          { class: "inline" },
          h("input", {
            id: `f-${path}`,
            type: "checkbox",
            "data-path": path,
            checked: current === true,
            onchange: (e: Event) => {
              facts[name] = (e.target as HTMLInputElement).checked;
              onChange(false);
            },
          }),
          " ",
          loc(decl.label),
        ),
        help,
      );
  }
}

/** Whether a matter has a legal basis in a jurisdiction: its own or the nearest parent's, where law texts exist. */
export function hasBasis(edition: Edition, matter: MatterFile | undefined, jurisdiction: string): boolean {
  if (!matter) return false;
  const declared = new Map(edition.edition.jurisdictions.map((j) => [j.id, j]));
  for (let j: string | undefined = jurisdiction; j; j = j.includes("/") ? j.slice(0, j.lastIndexOf("/")) : undefined) {
    if (declared.get(j)?.basisAvailable === false) return false;
    if (Object.hasOwn(matter.bases, j)) return true;
  }
  return false;
}

/** Under the jurisdiction: which places have a basis, and the fix when the chosen one has none. */
function basisHint(state: PageState, edition: Edition, withBasis: Set<string>, onChange: OnChange): HTMLElement | null {
  const names = edition.edition.jurisdictions.filter((j) => withBasis.has(j.id)).map((j) => loc(j.name));
  if (withBasis.has(state.case.jurisdiction)) {
    return h(
      "div",
      { class: "help", "data-testid": "basis-list" },
      `${t("basisHere")}：`,
      names.join(lang() === "zh" ? "、" : ", ") || t("none"),
    );
  }
  const target = edition.edition.jurisdictions.find((j) => withBasis.has(j.id));
  return h(
    "div",
    { class: "conflict", "data-testid": "no-basis", role: "note" },
    h("p", {}, t("noBasisHint"), " ", `${t("basisHere")}：`, names.join(lang() === "zh" ? "、" : ", ") || t("none")),
    target
      ? h(
          "button",
          {
            type: "button",
            "data-action": "fix-jurisdiction",
            onclick: () => {
              state.case.jurisdiction = target.id;
              onChange(true);
            },
          },
          t("fixJurisdiction", { place: loc(target.name) }),
        )
      : null,
  );
}

/** With a chosen edition not in force on the date of the act: why that matters and the fixes, one click each. */
function editionConflict(state: PageState, onChange: OnChange): HTMLElement | null {
  if (state.edition === AUTO || state.anyDate) return null;
  const chosen = editionOf(state);
  const date = state.case.occurredOn;
  const e = chosen.edition;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    (e.effectiveFrom <= date && (e.effectiveTo === null || date <= e.effectiveTo))
  )
    return null;
  const inForce = inForceOn(date);
  return h(
    "div",
    { class: "conflict", role: "note", "data-testid": "edition-conflict" },
    h(
      "p",
      {},
      t("editionConflict", {
        edition: editionName(e),
        from: e.effectiveFrom,
        to: e.effectiveTo ? t("editionTo", { to: e.effectiveTo }) : "",
        date,
      }),
      inForce ? "" : ` ${t("noEditionOnDate")}`,
    ),
    h(
      "div",
      { class: "buttons" },
      EDITIONS.length > 1
        ? h(
            "button",
            {
              type: "button",
              "data-action": "fix-edition-auto",
              onclick: () => {
                state.edition = AUTO;
                reconcile(state);
                onChange(true);
              },
            },
            t("fixAuto"),
          )
        : null,
      inForce && inForce.id !== chosen.id
        ? h(
            "button",
            {
              type: "button",
              "data-action": "fix-edition-use",
              onclick: () => {
                state.edition = inForce.id;
                reconcile(state);
                onChange(true);
              },
            },
            t("fixUse", { edition: editionName(inForce.edition) }),
          )
        : null,
      h(
        "button",
        {
          type: "button",
          "data-action": "fix-edition-any-date",
          onclick: () => {
            state.anyDate = true;
            onChange(true);
          },
        },
        t("fixAnyDate"),
      ),
    ),
  );
}

/** After the edition changes: keep the case inside the new catalogue where it can. */
export function reconcile(state: PageState): void {
  // An edition not loaded yet is reconciled with once it is (the page calls this again then).
  const edition = formEditionIfLoaded(state.edition, state.case.occurredOn);
  if (!edition) return;
  const c = state.case;
  if (!edition.matters.has(c.matter)) {
    c.matter = edition.ruleSet.matters[0]!.id;
    c.facts = defaultFacts(state.edition, c.matter, c.occurredOn);
    state.chart = null;
  }
  const known = new Set(edition.edition.generalRules.circumstances.map((ci) => ci.id));
  c.circumstances = c.circumstances.filter((id) => known.has(id));
}

/** An issue with its message in the page's language. */
export type ShownIssue = Issue & { text: string };

/** Shows each issue beside the field its path names; returns the issues no field claims. */
export function showIssues(root: HTMLElement, issues: readonly ShownIssue[]): ShownIssue[] {
  for (const el of root.querySelectorAll<HTMLElement>("[data-error-for]")) el.textContent = "";
  for (const el of root.querySelectorAll<HTMLElement>(".field.has-error")) el.classList.remove("has-error");
  const unclaimed: ShownIssue[] = [];
  for (const issue of issues) {
    let slot: HTMLElement | null = null;
    for (let n = issue.path.length; n > 0 && !slot; n--) {
      slot = root.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(issue.path.slice(0, n).join("."))}"]`);
    }
    if (!slot) {
      unclaimed.push(issue);
      continue;
    }
    slot.textContent = slot.textContent ? `${slot.textContent}；${issue.text}` : issue.text;
    slot.closest(".field")?.classList.add("has-error");
  }
  return unclaimed;
}
