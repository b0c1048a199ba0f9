/**
 * The cailiang playground: a case form generated from the rule data, the live outcome with its citations and trace,
 * a comparison, a chart and a shareable link. Everything runs in the page with the library's browser entry points
 * (`cailiang` and `cailiang/rules`); there is no server.
 */
import type { Outcome, SafeEvaluateResult } from "../../src/index.js";
import { localizeIssues } from "../../src/i18n/issues.js";
import type { TraceLookups } from "../../src/i18n/trace.js";
import { renderChart } from "./chart.js";
import { renderCompare } from "./compare.js";
import { byId, h, replace } from "./dom.js";
import { ensureLoaded, evaluateCase, missingIds } from "./editions.js";
import { editionOf, matterOf, reconcile, renderForm, showIssues } from "./form.js";
import { code, editionName, lang, loc, setLang, t, type StringKey } from "./i18n.js";
import { details, fineText, issueList, provenance, setFactNames, summary } from "./outcome.js";
import {
  decodeState,
  defaultState,
  encodeState,
  MAX_HASH,
  neededForHash,
  needsOf,
  type LinkNote,
  type PageState,
} from "./state.js";
import { creditSection } from "./credit.js";
import { loadSchemas, SchemasNotLoaded } from "./schemas-lazy.js";

const started = performance.now();
// The rule data of the editions the link (or the default case) needs comes first; any other edition is fetched
// when the case first needs it (see `loadThenRender`).
await ensureLoaded(neededForHash(location.hash));
const first = decodeState(location.hash);
// An oversized link is dropped from the address at once: nothing after this reads it again.
if (location.hash.length > MAX_HASH) history.replaceState(null, "", location.pathname + location.search);
let state: PageState = first?.state ?? defaultState();
let notes: LinkNote[] = first?.notes ?? [];
let lastHash = "";

/** Evaluates the current case (with its trace). */
const evaluateCurrent = (): SafeEvaluateResult =>
  evaluateCase(state.case, { edition: state.edition, trace: true, anyDate: state.anyDate });

/** Names of the current edition's and matter's ids, for the trace and the grounds. */
function lookups(): Required<TraceLookups> {
  const edition = editionOf(state);
  const matter = matterOf(state);
  return {
    tier: (id) => {
      const tier = matter?.tiers.find((x) => x.id === id);
      return tier ? loc(tier.label) : id === "reduced" ? code("tierLevel", "reduced") : undefined;
    },
    circumstance: (id) => {
      const c = edition.edition.generalRules.circumstances.find((x) => x.id === id);
      if (c) return loc(c.label);
      for (const basis of Object.values(matter?.bases ?? {})) {
        for (const p of [basis.statutory.individual, basis.statutory.unit]) {
          const pre = p?.preconditions?.find((x) => x.id === id);
          if (pre) return loc(pre.label);
        }
      }
      return undefined;
    },
    jurisdiction: (id) => {
      const j = edition.edition.jurisdictions.find((x) => x.id === id);
      return j ? loc(j.name) : undefined;
    },
  };
}

function renderStatic(): void {
  setLang(state.lang);
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.title = `${t("title")} · cailiang`;
  for (const el of document.querySelectorAll<HTMLElement>("[data-t]")) el.textContent = t(el.dataset.t as StringKey);
  byId("lang-toggle").textContent = t("switchLang");
  byId("lang-toggle").setAttribute("lang", state.lang === "zh" ? "en" : "zh-CN");
  renderNotes();
}

/** What was wrong with the link the page was opened with, and what was restored. */
function renderNotes(): void {
  const root = byId("notice");
  if (notes.length === 0) {
    root.hidden = true;
    replace(root);
    return;
  }
  root.hidden = false;
  replace(
    root,
    h("strong", {}, t("linkTitle")),
    h(
      "ul",
      {},
      notes.map((n) => h("li", {}, loc(n))),
    ),
    h("p", {}, t("linkRestored")),
    h(
      "button",
      {
        type: "button",
        "data-action": "dismiss-notice",
        onclick: () => {
          notes = [];
          renderNotes();
          byId("form").querySelector<HTMLElement>("select, input")?.focus();
        },
      },
      t("dismiss"),
    ),
  );
}

/** Where keyboard focus is, as something that survives a rebuild: the control's path or action and its index. */
function focusKey(): { key: string; index: number; value?: string } | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const key = el.dataset.path
    ? `[data-path="${CSS.escape(el.dataset.path)}"]`
    : el.dataset.action
      ? `[data-action="${CSS.escape(el.dataset.action)}"]`
      : el.id
        ? `#${CSS.escape(el.id)}`
        : null;
  if (!key) return null;
  const all = [...document.querySelectorAll<HTMLElement>(key)];
  return {
    key,
    index: all.indexOf(el),
    value: el instanceof HTMLInputElement && el.type === "checkbox" ? el.value : undefined,
  };
}

function restoreFocus(k: ReturnType<typeof focusKey>): void {
  if (
    !k ||
    (document.activeElement && document.activeElement !== document.body && document.contains(document.activeElement))
  )
    return;
  let all = [...document.querySelectorAll<HTMLElement>(k.key)];
  if (k.value !== undefined) all = all.filter((e) => (e as HTMLInputElement).value === k.value);
  const target =
    all[Math.min(Math.max(k.index, 0), all.length - 1)] ??
    (k.key.includes("prior") ? document.querySelector<HTMLElement>('[data-action="add-prior"]') : null) ??
    document.querySelector<HTMLElement>('[data-path="jurisdiction"]');
  target?.focus({ preventScroll: false });
}

let busy = 0;
let firstOutcome = false;

/**
 * Runs a fetch the page waits for; the page is marked not ready (`body[data-ready=false]`) until every such fetch
 * has finished and the page is drawn again. A fetch that fails is said in the outcome's place.
 */
function whileBusy(work: () => Promise<void>): void {
  busy++;
  document.body.dataset.ready = "false";
  void work()
    .catch((error: unknown) => {
      const out = byId("outcome");
      out.classList.add("invalid");
      replace(
        out,
        h("div", { class: "issues", role: "alert" }, h("p", {}, t("loadFailed")), h("p", {}, String(error))),
      );
    })
    .finally(() => {
      busy--;
      if (busy === 0) settle();
    });
}

/** Marks the page ready once nothing is being fetched. */
function settle(): void {
  if (busy > 0) return;
  document.body.dataset.ready = "true";
  if (!firstOutcome) {
    firstOutcome = true;
    document.body.dataset.readyMs = String(Math.round(performance.now() - started));
    // From navigation start (the page, the script and the rule data fetched) to the first outcome on screen.
    performance.mark("cailiang:first-outcome");
  }
}

let loadingEditions = false;

/**
 * True when the state needs an edition whose data is not loaded yet: then it is fetched, the state reconciled with
 * it and the page drawn again.
 */
function loadThenRender(): boolean {
  if (missingIds(needsOf(state)).length === 0) return false;
  if (loadingEditions) return true;
  loadingEditions = true;
  // The form shows the previous edition's catalogue until the data is there: it takes no input meanwhile.
  const focus = focusKey();
  for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
    "#form :is(input, select, button), #compare :is(input, select, button)",
  ))
    el.disabled = true;
  whileBusy(async () => {
    try {
      // The state may move on while loading: load until it needs nothing more.
      for (let ids = missingIds(needsOf(state)); ids.length > 0; ids = missingIds(needsOf(state)))
        await ensureLoaded(ids);
    } finally {
      loadingEditions = false;
    }
    reconcile(state);
    renderAll();
    restoreFocus(focus);
  });
  return true;
}

/** Rebuilds everything (language, edition or matter changed, or the page loaded), keeping keyboard focus. */
function renderAll(): void {
  if (loadThenRender()) return;
  const focus = focusKey();
  renderStatic();
  renderForm(byId("form"), state, onFormChange);
  update();
  restoreFocus(focus);
}

function onFormChange(structure: boolean): void {
  if (structure) renderAll();
  else update();
}

/** Re-evaluates and redraws everything but the form. */
function update(): void {
  if (loadThenRender()) return;
  try {
    redraw();
  } catch (error) {
    // An invalid case: its issues come from the case schemas, fetched now; then everything is drawn again.
    if (!(error instanceof SchemasNotLoaded)) throw error;
    whileBusy(async () => {
      await loadSchemas();
      update();
    });
  }
}

function redraw(): void {
  const focus = focusKey();
  const result = evaluateCurrent();
  const form = byId("form");
  const out = byId("outcome");
  const matter = matterOf(state);
  setFactNames(
    (name) => (matter?.facts[name] ? loc(matter.facts[name].label) : undefined),
    (name, v) => {
      const decl = matter?.facts[name];
      if (!decl) return undefined;
      if (decl.type === "enum") {
        const value = decl.values.find((x) => x.value === v);
        return value ? loc(value.label) : undefined;
      }
      if (decl.type === "boolean") return v === true ? t("yes") : t("no");
      if (decl.type === "number" && decl.unit) return `${String(v)} ${loc(decl.unit)}`;
      if (decl.type === "money") return `${String(v)} ${t("yuan")}`;
      return undefined;
    },
  );
  const names = lookups();
  const place = (id: string) => names.jurisdiction(id) ?? id;
  if (result.ok) {
    showIssues(form, []);
    out.classList.remove("invalid");
    replace(
      out,
      summary(result.outcome, place),
      ...details(result.outcome, names),
      creditSection(state.case, result.outcome),
    );
  } else {
    const shown = localizeIssues(result.issues, lang(), { input: state.case, ruleSet: editionOf(state).ruleSet });
    const unclaimed = showIssues(form, shown);
    out.classList.add("invalid");
    replace(out, issueList(unclaimed.length > 0 ? unclaimed : []));
  }
  renderSticky(result);
  renderPrintCase(result.ok ? result.outcome : null);
  renderCompare(byId("compare"), state, update);
  renderChart(byId("chart"), state, update);
  renderProvenance(result);
  writeHash();
  restoreFocus(focus);
}

/** On a narrow screen: the outcome in one line, always in view, one tap from the details. */
function renderSticky(result: SafeEvaluateResult): void {
  const bar = byId("sticky");
  replace(
    bar,
    result.ok
      ? h(
          "span",
          { class: "sticky-text", "data-testid": "sticky-outcome" },
          h(
            "span",
            { class: `badge badge-${result.outcome.disposition}` },
            code("disposition", result.outcome.disposition),
          ),
          " ",
          h("strong", {}, fineText(result.outcome)),
          result.outcome.tier ? ` · ${loc(result.outcome.tier.label)}` : "",
        )
      : h("span", { class: "sticky-text issues", "data-testid": "sticky-outcome" }, t("invalid")),
    h(
      "button",
      {
        type: "button",
        "data-action": "see-outcome",
        onclick: () => {
          const heading = byId("outcome-heading");
          heading.scrollIntoView({ block: "start" });
          heading.focus();
        },
      },
      t("seeOutcome"),
    ),
  );
}

/** The case as the printed statement states it. */
function renderPrintCase(o: Outcome | null): void {
  const c = state.case;
  const matter = matterOf(state);
  const names = lookups();
  const facts = Object.entries(matter?.facts ?? {}).map(([name, decl]) => {
    const v = c.facts[name];
    const value =
      decl.type === "enum"
        ? loc(decl.values.find((x) => x.value === v)?.label) || String(v ?? "")
        : decl.type === "boolean"
          ? v === true
            ? t("yes")
            : t("no")
          : `${String(v ?? "")}${decl.type === "number" && decl.unit ? ` ${loc(decl.unit)}` : decl.type === "money" ? ` ${t("yuan")}` : ""}`;
    return `${loc(decl.label)}：${value}`;
  });
  const party =
    c.party.type === "individual"
      ? `${code("partyType", "individual")}${c.party.age !== undefined ? `，${c.party.age} 周岁` : ""}`
      : code("partyType", "unit");
  const rows: [string, string][] = [
    [t("matter"), matter ? loc(matter.name) : c.matter],
    [t("party"), party],
    [t("jurisdiction"), names.jurisdiction(c.jurisdiction) ?? c.jurisdiction],
    [t("occurredOn"), c.occurredOn],
    [t("discoveredOn"), c.discoveredOn],
    [t("facts"), facts.join("；") || t("none")],
    [t("circumstances"), c.circumstances.map((id) => names.circumstance(id) ?? id).join("、") || t("none")],
    [t("harm"), code("harm", c.harm)],
    [t("correction"), code("correction", c.correction)],
    [t("priors"), String(c.priorViolations.length)],
  ];
  if (o) rows.push([t("ruleSet"), loc(o.ruleSet.title)]);
  replace(
    byId("print-case"),
    h("h2", {}, t("printCase")),
    h(
      "dl",
      { class: "summary" },
      rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
    ),
    h("p", { class: "print-note" }, t("printNote")),
  );
}

function renderProvenance(result: SafeEvaluateResult): void {
  const edition = editionOf(state);
  const matter = matterOf(state);
  const basisId = result.ok ? result.outcome.jurisdiction.basis : state.case.jurisdiction.split("/")[0]!;
  const basis = matter?.bases[basisId];
  const formula = edition.edition.generalRules.tierFormula;
  const place = lookups().jurisdiction(basisId) ?? basisId;
  replace(
    byId("provenance"),
    h(
      "ul",
      { class: "prov-list", "data-testid": "provenance" },
      provenance(`${t("provEdition")}：${editionName(edition.edition)}`, edition.edition.provenance),
      provenance(t("provFormula"), formula.provenance),
      matter ? h("li", { class: "prov-matter" }, h("strong", {}, loc(matter.name))) : null,
      basis ? provenance(`${t("provBasis")}（${place}）`, basis.provenance) : null,
      matter ? provenance(t("provTiers"), matter.provenance.tiers) : null,
      matter ? provenance(t("provConditions"), matter.provenance.conditions) : null,
      matter?.firstViolation ? provenance(t("provList"), matter.firstViolation.provenance) : null,
    ),
    edition.edition.knownGaps.length > 0
      ? h(
          "details",
          { class: "gaps" },
          h("summary", {}, t("knownGaps")),
          h(
            "ul",
            {},
            edition.edition.knownGaps.map((g) =>
              h(
                "li",
                {},
                g.jurisdiction ? h("strong", {}, lookups().jurisdiction(g.jurisdiction) ?? g.jurisdiction, "：") : null,
                loc(g.note),
              ),
            ),
          ),
        )
      : null,
  );
}

function writeHash(): void {
  const hash = encodeState(state);
  lastHash = hash;
  if (location.hash !== hash) history.replaceState(null, "", hash);
  const link = byId<HTMLInputElement>("share-link");
  link.value = location.href;
}

window.addEventListener("hashchange", () => {
  if (location.hash === lastHash) return;
  const hash = location.hash;
  whileBusy(async () => {
    await ensureLoaded(neededForHash(hash));
    const decoded = decodeState(hash);
    state = decoded?.state ?? defaultState();
    notes = decoded?.notes ?? [];
    renderAll();
  });
});

byId("lang-toggle").addEventListener("click", () => {
  state.lang = state.lang === "zh" ? "en" : "zh";
  renderAll();
});

let copiedTimer: ReturnType<typeof setTimeout> | undefined;
byId("share-copy").addEventListener("click", async () => {
  const link = byId<HTMLInputElement>("share-link");
  const button = byId("share-copy");
  link.select();
  try {
    await navigator.clipboard.writeText(link.value);
    button.textContent = t("copied");
    clearTimeout(copiedTimer);
    copiedTimer = setTimeout(() => {
      button.textContent = t("copy");
    }, 2000);
  } catch {
    // the selection is left for the reader to copy
  }
});

byId("print").addEventListener("click", () => window.print());

renderAll();
settle();
