/**
 * The cailiang playground: a case form generated from the rule data, the live outcome with its citations and trace,
 * a comparison, a chart and a shareable link. Everything runs in the page with the library's browser entry points
 * (`cailiang` and `cailiang/rules`); there is no server.
 */
import type { SafeEvaluateResult } from "../../src/index.js";
import { renderChart } from "./chart.js";
import { renderCompare } from "./compare.js";
import { byId, h, replace } from "./dom.js";
import { evaluateCase } from "./editions.js";
import { editionOf, matterOf, renderForm, showIssues } from "./form.js";
import { loc, setLang, t, type StringKey } from "./i18n.js";
import { details, issueList, provenance, summary } from "./outcome.js";
import { creditSection } from "./credit.js";
import { decodeState, defaultState, encodeState, type PageState } from "./state.js";

let state: PageState = decodeState(location.hash) ?? defaultState();
let lastHash = "";

/** Evaluates the current case (with its trace). */
const evaluateCurrent = (): SafeEvaluateResult =>
  evaluateCase(state.case, { edition: state.edition, trace: true, anyDate: state.anyDate });

function renderStatic(): void {
  setLang(state.lang);
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.title = `${t("title")} · cailiang`;
  for (const el of document.querySelectorAll<HTMLElement>("[data-t]")) el.textContent = t(el.dataset.t as StringKey);
  byId("lang-toggle").textContent = t("switchLang");
}

/** Rebuilds everything (language, edition or matter changed, or the page loaded). */
function renderAll(): void {
  renderStatic();
  renderForm(byId("form"), state, onFormChange);
  update();
}

function onFormChange(structure: boolean): void {
  if (structure) renderAll();
  else update();
}

/** Re-evaluates and redraws everything but the form. */
function update(): void {
  const result = evaluateCurrent();
  const form = byId("form");
  const out = byId("outcome");
  if (result.ok) {
    showIssues(form, []);
    out.classList.remove("invalid");
    replace(out, summary(result.outcome), ...details(result.outcome), creditSection(state.case, result.outcome));
  } else {
    const unclaimed = showIssues(form, result.issues);
    out.classList.add("invalid");
    replace(out, issueList(unclaimed));
  }
  renderCompare(byId("compare"), state, update);
  renderChart(byId("chart"), state, update);
  renderProvenance(result);
  writeHash();
}

function renderProvenance(result: SafeEvaluateResult): void {
  const edition = editionOf(state);
  const matter = matterOf(state);
  const basisId = result.ok ? result.outcome.jurisdiction.basis : state.case.jurisdiction.split("/")[0]!;
  const basis = matter?.bases[basisId];
  const formula = edition.edition.generalRules.tierFormula;
  replace(byId("provenance"),
    h("ul", { class: "prov-list", "data-testid": "provenance" },
      provenance(`${t("provEdition")} ${edition.id}`, edition.edition.provenance),
      provenance(t("provFormula"), formula.provenance),
      matter ? h("li", { class: "prov-matter" }, h("strong", {}, loc(matter.name)), " ", h("code", { class: "muted id" }, matter.id)) : null,
      basis ? provenance(`${t("provBasis")}（${basisId}）`, basis.provenance) : null,
      matter ? provenance(t("provTiers"), matter.provenance.tiers) : null,
      matter ? provenance(t("provConditions"), matter.provenance.conditions) : null,
      matter?.firstViolation ? provenance(t("provList"), matter.firstViolation.provenance) : null),
    edition.edition.knownGaps.length > 0
      ? h("details", { class: "gaps" }, h("summary", {}, t("knownGaps")),
          h("ul", {}, edition.edition.knownGaps.map((g) => h("li", {}, g.jurisdiction ? h("code", {}, g.jurisdiction) : null, " ", loc(g.note)))))
      : null);
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
  state = decodeState(location.hash) ?? defaultState();
  renderAll();
});

byId("lang-toggle").addEventListener("click", () => {
  state.lang = state.lang === "zh" ? "en" : "zh";
  renderAll();
});

byId("share-copy").addEventListener("click", async () => {
  const link = byId<HTMLInputElement>("share-link");
  link.select();
  try {
    await navigator.clipboard.writeText(link.value);
    byId("share-copy").textContent = t("copied");
  } catch {
    // selection is left for the reader to copy
  }
});

renderAll();
document.body.dataset.ready = "true";
