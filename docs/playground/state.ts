/**
 * The page state and its URL form. The case is kept exactly as it is evaluated (a `CaseInput` object), so a shared
 * link carries the case itself: `#case=<JSON>&edition=…&lang=…&cmp=…&chart=…`.
 */
import type { Correction, Harm, Localized, MentalState } from "../../src/index.js";
import { AUTO, EDITIONS, formEdition, latest, neededIds } from "./editions.js";
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
  if (
    day < edition.edition.effectiveFrom ||
    (edition.edition.effectiveTo !== null && day > edition.edition.effectiveTo)
  ) {
    day = edition.edition.effectiveFrom;
  }
  const matter = edition.matters.has("cityscape.littering") ? "cityscape.littering" : edition.ruleSet.matters[0]!.id;
  const jurisdiction =
    edition.edition.jurisdictions.find((j) => j.basisAvailable)?.id ?? edition.edition.jurisdictions[0]!.id;
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

/** The longest link hash read (characters); a longer one is refused rather than parsed. */
export const MAX_HASH = 64 * 1024;
/** The most prior violations the form holds. */
export const MAX_PRIORS = 100;

/** What was wrong with a link, and what was done about it, in both languages. */
export type LinkNote = Localized;

/** A decoded link: the state to show and what had to be repaired to get it. */
export interface Decoded {
  state: PageState;
  notes: LinkNote[];
}

const FIELD_NAMES: Record<string, Localized> = {
  matter: { zh: "违法事项", en: "matter" },
  party: { zh: "当事人", en: "party" },
  jurisdiction: { zh: "地区", en: "jurisdiction" },
  occurredOn: { zh: "行为发生日", en: "date of the act" },
  discoveredOn: { zh: "发现日", en: "date of discovery" },
  harm: { zh: "危害后果", en: "harm" },
  correction: { zh: "改正情况", en: "correction" },
  facts: { zh: "违法事实", en: "facts" },
  circumstances: { zh: "情节", en: "circumstances" },
  priorViolations: { zh: "此前违法记录", en: "prior violations" },
};

/** The state a URL hash describes (null for no hash), with a note for everything that could not be read as given. */
export function decodeState(hash: string): Decoded | null {
  if (!hash || hash === "#") return null;
  const notes: LinkNote[] = [];
  const base = defaultState();
  if (hash.length > MAX_HASH) {
    notes.push({
      zh: `链接过长（${hash.length.toLocaleString("zh-CN")} 个字符，上限 ${MAX_HASH.toLocaleString("zh-CN")}），没有读取。下面显示的是默认案件（上海，乱扔垃圾）。`,
      en: `The link is too long (${hash.length} characters, at most ${MAX_HASH}) and was not read. The default case (littering, Shanghai) is shown.`,
    });
    return { state: base, notes };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ""));
  } catch {
    notes.push({
      zh: "链接无法读取。下面显示的是默认案件。",
      en: "The link cannot be read. The default case is shown.",
    });
    return { state: base, notes };
  }
  const raw = params.get("case");
  if (raw === null) {
    notes.push({
      zh: "链接中没有案件数据（可能被截断）。下面显示的是默认案件（上海，乱扔垃圾）。",
      en: "The link has no case in it (it may have been cut). The default case (littering, Shanghai) is shown.",
    });
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      const missing: string[] = [];
      base.case = normaliseCase(parsed as Record<string, unknown>, base.case, missing);
      if (missing.length > 0) {
        notes.push({
          zh: `链接中以下项目缺失或无效，已改用默认值：${missing.map((m) => FIELD_NAMES[m]?.zh ?? m).join("、")}。`,
          en: `Missing or invalid in the link, replaced by defaults: ${missing.map((m) => FIELD_NAMES[m]?.en ?? m).join(", ")}.`,
        });
      }
      if (base.case.priorViolations.length > MAX_PRIORS) {
        notes.push({
          zh: `链接中有 ${base.case.priorViolations.length} 条此前违法记录，只读取了前 ${MAX_PRIORS} 条。`,
          en: `The link lists ${base.case.priorViolations.length} prior violations; only the first ${MAX_PRIORS} were read.`,
        });
        base.case.priorViolations = base.case.priorViolations.slice(0, MAX_PRIORS);
      }
    } else {
      notes.push({
        zh: "链接中的案件数据不完整或已损坏（多半是链接被截断），无法读取。下面显示的是默认案件（上海，乱扔垃圾），不是链接中的案件。",
        en: "The case in the link is incomplete or damaged (most likely the link was cut) and cannot be read. The default case (littering, Shanghai) is shown, not the linked one.",
      });
    }
  }
  const edition = params.get("edition");
  if (edition && (edition === AUTO || EDITIONS.some((e) => e.id === edition))) base.edition = edition;
  else if (edition) {
    notes.push({
      zh: "链接中的基准版本已不存在，改为按行为发生日期选择版本。",
      en: "The edition in the link no longer exists; the edition is chosen by the date of the act.",
    });
  }
  base.anyDate = params.get("anyDate") === "1";
  const lang = params.get("lang");
  if (lang === "zh" || lang === "en") base.lang = lang;
  const cmp = params.get("cmp");
  if (cmp && cmp.includes("@")) {
    const [jurisdiction, ed] = cmp.split("@") as [string, string];
    if (EDITIONS.some((e) => e.id === ed)) base.compare = { jurisdiction, edition: ed };
    else
      notes.push({
        zh: "链接中对比的基准版本已不存在，未显示对比。",
        en: "The compared edition in the link no longer exists; no comparison is shown.",
      });
  }
  base.chart = params.get("chart");
  // A matter the edition no longer has (a stale link): say so before the form replaces it.
  const shown = formEdition(base.edition, base.case.occurredOn);
  if (!shown.matters.has(base.case.matter)) {
    notes.push({
      zh: "链接中的违法事项在该版基准中不存在（链接可能来自旧版本），已改为该版的第一个事项。",
      en: "The matter in the link is not in this edition (the link may be from an older version); the edition's first matter is shown instead.",
    });
  }
  return { state: base, notes };
}

/** Fills a parsed case into the draft's shape, keeping whatever the form cannot hold out; names what it replaced. */
function normaliseCase(raw: Record<string, unknown>, fallback: CaseDraft, missing: string[]): CaseDraft {
  const str = (key: string, v: unknown, d: string): string => {
    if (typeof v === "string") return v;
    missing.push(key);
    return d;
  };
  const oneOf = <T extends string>(key: string, v: unknown, values: readonly T[], d: T): T => {
    if (typeof v === "string" && (values as readonly string[]).includes(v)) return v as T;
    missing.push(key);
    return d;
  };
  const party =
    raw.party && typeof raw.party === "object" ? (raw.party as Record<string, unknown>) : (missing.push("party"), {});
  const out: CaseDraft = {
    matter: str("matter", Array.isArray(raw.matter) ? raw.matter[0] : raw.matter, fallback.matter),
    party: { type: party.type === "unit" ? "unit" : "individual" },
    jurisdiction: str("jurisdiction", raw.jurisdiction, fallback.jurisdiction),
    occurredOn: str("occurredOn", raw.occurredOn, fallback.occurredOn),
    discoveredOn: str("discoveredOn", raw.discoveredOn, fallback.discoveredOn),
    facts: {},
    circumstances: Array.isArray(raw.circumstances)
      ? raw.circumstances.filter((c): c is string => typeof c === "string").slice(0, 64)
      : (missing.push("circumstances"), []),
    harm: oneOf("harm", raw.harm, ["none", "minor", "moderate", "serious"] as const, fallback.harm),
    correction: oneOf(
      "correction",
      raw.correction,
      ["in-time", "late", "refused", "not-ordered"] as const,
      fallback.correction,
    ),
    priorViolations: Array.isArray(raw.priorViolations)
      ? raw.priorViolations
          .filter((p): p is Record<string, unknown> => !!p && typeof p === "object")
          .map((p) => ({
            matter: typeof p.matter === "string" ? p.matter : "",
            on: typeof p.on === "string" ? p.on : "",
            jurisdiction: typeof p.jurisdiction === "string" ? p.jurisdiction : "",
          }))
      : (missing.push("priorViolations"), []),
  };
  if (out.party.type === "individual") {
    if (typeof party.age === "number") out.party.age = party.age;
    if (typeof party.mentalState === "string") out.party.mentalState = party.mentalState as MentalState;
  }
  if (typeof raw.endedOn === "string") out.endedOn = raw.endedOn;
  if (typeof raw.decidedOn === "string") out.decidedOn = raw.decidedOn;
  if (raw.noFaultProven === true) out.noFaultProven = true;
  if (raw.facts && typeof raw.facts === "object") {
    for (const [k, v] of Object.entries(raw.facts as Record<string, unknown>).slice(0, 64)) {
      if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") out.facts[k] = v;
    }
  } else missing.push("facts");
  return out;
}

/** What a page state needs loaded (see {@link neededIds}). */
export const needsOf = (state: PageState) => ({
  edition: state.edition,
  occurredOn: state.case.occurredOn,
  decidedOn: state.case.decidedOn,
  compare: state.compare !== null,
});

/**
 * The editions a link needs before {@link decodeState} can read it (its edition, its dates, a comparison), read
 * loosely: anything unreadable needs only the latest edition, which every state starts from.
 */
export function neededForHash(hash: string): string[] {
  if (!hash || hash === "#" || hash.length > MAX_HASH)
    return neededIds({ edition: AUTO, occurredOn: "", compare: false });
  try {
    const params = new URLSearchParams(hash.replace(/^#/, ""));
    let c: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(params.get("case") ?? "null");
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) c = parsed as Record<string, unknown>;
    } catch {
      // an unreadable case is replaced by the default one
    }
    const edition = params.get("edition");
    return neededIds({
      edition: edition && EDITIONS.some((e) => e.id === edition) ? edition : AUTO,
      occurredOn: typeof c.occurredOn === "string" ? c.occurredOn : "",
      decidedOn: c.decidedOn,
      compare: (params.get("cmp") ?? "").includes("@"),
    });
  } catch {
    return neededIds({ edition: AUTO, occurredOn: "", compare: false });
  }
}
