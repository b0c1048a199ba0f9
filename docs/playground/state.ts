/**
 * The page state and its URL form. The case is kept exactly as it is evaluated (a `CaseInput` object), so a shared
 * link carries the case itself: `#case=<JSON>&edition=…&lang=…&cmp=…&chart=…`.
 */
import type { Correction, Harm, MentalState } from "../../src/index.js";
import { AUTO, EDITIONS, formEdition, latest } from "./editions.js";
import type { Lang } from "./i18n.js";

/** A prior violation as the form holds it. */
export interface PriorDraft {
  matter: string;
  on: string;
  jurisdiction: string;
}

/** The case as the form holds it: the library's case input, with a value missing where a field is empty. */
export interface CaseDraft {
  matter: string;
  party: { type: "individual" | "unit"; age?: number; mentalState?: MentalState };
  jurisdiction: string;
  occurredOn: string;
  endedOn?: string;
  discoveredOn: string;
  decidedOn?: string;
  facts: Record<string, number | string | boolean>;
  circumstances: string[];
  harm: Harm;
  correction: Correction;
  priorViolations: PriorDraft[];
  noFaultProven?: boolean;
}

/** The other side of a comparison. */
export interface CompareState {
  edition: string;
  jurisdiction: string;
}

export interface PageState {
  lang: Lang;
  /** An edition id, or {@link AUTO}. */
  edition: string;
  /** With a chosen edition: apply it whatever its effective dates. */
  anyDate: boolean;
  case: CaseDraft;
  compare: CompareState | null;
  /** The numeric fact on the chart's x axis. */
  chart: string | null;
}

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

/** The value a fact starts with when a matter is picked. */
export function defaultFacts(edition: string, matterId: string, occurredOn: string): CaseDraft["facts"] {
  const matter = formEdition(edition, occurredOn).matters.get(matterId);
  const facts: CaseDraft["facts"] = {};
  for (const [name, decl] of Object.entries(matter?.facts ?? {})) {
    if (decl.type === "number") facts[name] = decl.min > 0 || (decl.max !== undefined && decl.max < 1) ? decl.min : 1;
    else if (decl.type === "enum") facts[name] = decl.values[0]!.value;
    else if (decl.type === "boolean") facts[name] = false;
    else facts[name] = "10000";
  }
  return facts;
}

/** A valid first case: littering in Shanghai, today (or the latest edition's first day). */
export function defaultState(): PageState {
  const edition = latest();
  let day = today();
  if (day < edition.edition.effectiveFrom || (edition.edition.effectiveTo !== null && day > edition.edition.effectiveTo)) {
    day = edition.edition.effectiveFrom;
  }
  const matter = edition.matters.has("cityscape.littering") ? "cityscape.littering" : edition.ruleSet.matters[0]!.id;
  const jurisdiction = edition.edition.jurisdictions.find((j) => j.basisAvailable)?.id ?? edition.edition.jurisdictions[0]!.id;
  return {
    lang: "zh",
    edition: EDITIONS.length > 1 ? AUTO : edition.id,
    anyDate: false,
    case: {
      matter,
      party: { type: "individual" },
      jurisdiction,
      occurredOn: day,
      discoveredOn: day,
      facts: defaultFacts(edition.id, matter, day),
      circumstances: [],
      harm: "minor",
      correction: "late",
      priorViolations: [],
    },
    compare: null,
    chart: null,
  };
}

/** The URL hash for a state. */
export function encodeState(state: PageState): string {
  const params = new URLSearchParams();
  params.set("case", JSON.stringify(state.case));
  params.set("edition", state.edition);
  if (state.anyDate) params.set("anyDate", "1");
  params.set("lang", state.lang);
  if (state.compare) params.set("cmp", `${state.compare.jurisdiction}@${state.compare.edition}`);
  if (state.chart) params.set("chart", state.chart);
  return "#" + params.toString();
}

/** The state a URL hash describes, or null when it describes none (a malformed case falls back to the default). */
export function decodeState(hash: string): PageState | null {
  if (!hash || hash === "#") return null;
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const base = defaultState();
  const raw = params.get("case");
  if (raw !== null) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) base.case = normaliseCase(parsed as Record<string, unknown>, base.case);
    } catch {
      // keep the default case
    }
  }
  const edition = params.get("edition");
  if (edition && (edition === AUTO || EDITIONS.some((e) => e.id === edition))) base.edition = edition;
  base.anyDate = params.get("anyDate") === "1";
  const lang = params.get("lang");
  if (lang === "zh" || lang === "en") base.lang = lang;
  const cmp = params.get("cmp");
  if (cmp && cmp.includes("@")) {
    const [jurisdiction, ed] = cmp.split("@") as [string, string];
    if (EDITIONS.some((e) => e.id === ed)) base.compare = { jurisdiction, edition: ed };
  }
  base.chart = params.get("chart");
  return base;
}

/** Fills a parsed case into the draft's shape, keeping whatever the form cannot hold out. */
function normaliseCase(raw: Record<string, unknown>, fallback: CaseDraft): CaseDraft {
  const str = (v: unknown, d: string): string => (typeof v === "string" ? v : d);
  const party = raw.party && typeof raw.party === "object" ? (raw.party as Record<string, unknown>) : {};
  const out: CaseDraft = {
    matter: str(Array.isArray(raw.matter) ? raw.matter[0] : raw.matter, fallback.matter),
    party: { type: party.type === "unit" ? "unit" : "individual" },
    jurisdiction: str(raw.jurisdiction, fallback.jurisdiction),
    occurredOn: str(raw.occurredOn, fallback.occurredOn),
    discoveredOn: str(raw.discoveredOn, fallback.discoveredOn),
    facts: {},
    circumstances: Array.isArray(raw.circumstances) ? raw.circumstances.filter((c): c is string => typeof c === "string") : [],
    harm: str(raw.harm, fallback.harm) as Harm,
    correction: str(raw.correction, fallback.correction) as Correction,
    priorViolations: Array.isArray(raw.priorViolations)
      ? raw.priorViolations
          .filter((p): p is Record<string, unknown> => !!p && typeof p === "object")
          .map((p) => ({ matter: str(p.matter, ""), on: str(p.on, ""), jurisdiction: str(p.jurisdiction, "") }))
      : [],
  };
  if (out.party.type === "individual") {
    if (typeof party.age === "number") out.party.age = party.age;
    if (typeof party.mentalState === "string") out.party.mentalState = party.mentalState as MentalState;
  }
  if (typeof raw.endedOn === "string") out.endedOn = raw.endedOn;
  if (typeof raw.decidedOn === "string") out.decidedOn = raw.decidedOn;
  if (raw.noFaultProven === true) out.noFaultProven = true;
  if (raw.facts && typeof raw.facts === "object") {
    for (const [k, v] of Object.entries(raw.facts as Record<string, unknown>)) {
      if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") out.facts[k] = v;
    }
  }
  return out;
}
