/**
 * Compilation: a loaded {@link RuleSet} → closures and precomputed money bands, done once so evaluation only does
 * the work that depends on the case.
 */
import type { RuleSet } from "../load/index.js";
import type {
  Citation,
  Circumstance,
  EditionFile,
  Jurisdiction,
  LegalBasis,
  Localized,
  MatterFile,
  OverlayFile,
  Sanction,
  StatutoryFine,
  StatutoryPenalty,
  Tier,
  TierLevel,
} from "../schema/rules.js";
import { bandOf, Dec, formatAmount, reducedBandOf, type Interval } from "../money/index.js";
import { compileCondition, type Predicate } from "./condition.js";
import { formulaTable, isStaticFine, statutoryInterval } from "./fine.js";
import { caseTables, factTable, type CaseTables, type FactTable } from "./case-check.js";

export interface CompiledCondition {
  id: string;
  label: Localized;
  test: Predicate;
}

export interface CompiledTier {
  id: string;
  label: Localized;
  level: TierLevel;
  tier: Tier | undefined;
  test: Predicate;
}

export interface CompiledPenalty {
  penalty: StatutoryPenalty;
  fine: StatutoryFine | null;
  preconditions: CompiledCondition[];
  sanctions: { sanction: Sanction; test: Predicate | undefined }[];
  /** For fines that do not depend on case facts: the statutory interval, each tier's band, and the 减轻 band. */
  fixed?: { statutory: Interval; bands: Interval[]; reduced: Interval | undefined };
}

export interface CompiledBasis {
  jurisdiction: string;
  basis: LegalBasis;
  /** The basis's prohibition and penalty citations, in that order, each once (by law, article and text). */
  citations: readonly Citation[];
  individual?: CompiledPenalty;
  unit?: CompiledPenalty;
}

export interface CompiledMatter {
  matter: MatterFile;
  /** Tiers selected by facts, lightest first. */
  tiers: CompiledTier[];
  /** The 减轻 tier (explicit in the matter, or derived from the edition's formula). */
  reduced: CompiledTier;
  minor: Predicate;
  listConditions: CompiledCondition[];
  bases: Map<string, CompiledBasis>;
  /** Money facts that are the base of a multiple or percentage fine somewhere in the matter. */
  fineBases: Set<string>;
  /** Overlay refinements by jurisdiction, then tier id. */
  overlays: Map<string, { overlay: OverlayFile; tiers: Map<string, OverlayFile["matters"][string]["tiers"][string]> }>;
  /** The declared facts with precompiled value checks (the fast path of case validation). */
  factTable: FactTable;
}

/** A rule set ready for {@link evaluate}: conditions are closures, static money bands are computed. */
export interface CompiledRuleSet {
  /** The rule set it was compiled from. */
  readonly ruleSet: RuleSet;
  /** The edition file (same as `ruleSet.edition`). */
  readonly edition: EditionFile;
  /** Compiled matters by id (internal form, subject to change). */
  readonly matters: ReadonlyMap<string, CompiledMatter>;
  /** The edition's jurisdictions by id. */
  readonly jurisdictions: ReadonlyMap<string, Jurisdiction>;
  /** The circumstance catalogue by id. */
  readonly circumstances: ReadonlyMap<string, Circumstance>;
  /** The edition's amounts as decimals. */
  readonly money: {
    /** The rounding unit. */
    unit: Dec;
    /** The simple-procedure limits (Art. 51). */
    simple: {
      /** For individuals. */
      individual: Dec;
      /** For units. */
      unit: Dec;
    };
    /** The legal-review thresholds. */
    legalReview: {
      /** For individuals. */
      individual: Dec;
      /** For units. */
      unit: Dec;
    };
    /** The hearing thresholds. */
    hearing: {
      /** For individuals. */
      individual: Dec;
      /** For units. */
      unit: Dec;
    };
  };
  /** Id tables and the effective period as day numbers (the fast path of case validation). */
  readonly caseTables: CaseTables;
}

const always: Predicate = () => true;

/** What procedure needs to know of a fine's upper bound, for one kind of party (thresholds of the edition). */
export interface ThresholdFlags {
  /** max ≥ the legal-review threshold. */
  readonly legalReview: boolean;
  /** max ≥ the hearing threshold. */
  readonly hearing: boolean;
  /** max ≤ the simple-procedure limit. */
  readonly simple: boolean;
}

/**
 * A static band with what evaluation derives from it precomputed once: its bounds formatted as the Outcome states
 * them, and the procedure threshold comparisons of its upper bound.
 */
export interface FormattedInterval extends Interval {
  readonly text?: { readonly min: string; readonly max: string };
  readonly thresholds?: { readonly individual: ThresholdFlags; readonly unit: ThresholdFlags };
}

type Thresholds = CompiledRuleSet["money"];

function precomputed<T extends Interval | undefined>(interval: T, money: Thresholds): T {
  if (!interval) return interval;
  const flags = (party: "individual" | "unit"): ThresholdFlags => ({
    legalReview: interval.max.gte(money.legalReview[party]),
    hearing: interval.max.gte(money.hearing[party]),
    simple: interval.max.lte(money.simple[party]),
  });
  const extra: Omit<FormattedInterval, "min" | "max"> = {
    text: { min: formatAmount(interval.min), max: formatAmount(interval.max) },
    thresholds: { individual: flags("individual"), unit: flags("unit") },
  };
  return Object.assign(interval, extra);
}

/** The band of one tier within a statutory interval, by the edition's formula or the tier's explicit settings. */
export function tierBand(
  edition: EditionFile,
  tier: Tier | undefined,
  level: TierLevel,
  fine: StatutoryFine,
  statutory: Interval,
  jurisdiction: string,
  party: "individual" | "unit",
  unit: Dec,
): Interval | undefined {
  const explicit = tier?.amounts?.[jurisdiction]?.[party];
  if (explicit) return { min: new Dec(explicit.min), max: new Dec(explicit.max) };
  const formula = edition.generalRules.tierFormula;
  if (level === "reduced") {
    return reducedBandOf(statutory.min, formula.reduced.from, unit);
  }
  const table = formulaTable(fine);
  if (table === "fixed") return statutory;
  const band = tier && typeof tier.band === "object" ? tier.band : formula[table][(tier?.band as "lighter" | "general" | "heavier" | undefined) ?? level];
  return bandOf(statutory, band.from, band.to, unit);
}

function compilePenalty(
  edition: EditionFile,
  matter: MatterFile,
  tiers: CompiledTier[],
  reduced: CompiledTier,
  penalty: StatutoryPenalty,
  jurisdiction: string,
  party: "individual" | "unit",
  unit: Dec,
  money: Thresholds,
): CompiledPenalty {
  const out: CompiledPenalty = {
    penalty,
    fine: penalty.fine,
    preconditions: (penalty.preconditions ?? []).map((p) => ({ id: p.id, label: p.label, test: compileCondition(p.when) })),
    sanctions: (penalty.sanctions ?? []).map((s) => ({ sanction: s, test: s.when ? compileCondition(s.when) : undefined })),
  };
  if (penalty.fine && isStaticFine(penalty.fine)) {
    const fine = penalty.fine;
    const statutory = statutoryInterval(fine, {});
    out.fixed = {
      statutory,
      bands: tiers.map((t) => precomputed(tierBand(edition, t.tier, t.level, fine, statutory, jurisdiction, party, unit)!, money)),
      reduced: precomputed(tierBand(edition, reduced.tier, "reduced", fine, statutory, jurisdiction, party, unit), money),
    };
  }
  void matter;
  return out;
}

/**
 * Compiles a rule set once: tier conditions become closures and every band that does not depend on the case is
 * computed in advance.
 *
 * @example
 * ```ts
 * const compiled = compile(loadRuleSet(yrd2023));
 * const outcome = evaluate(compiled, caseInput);
 * ```
 */
export function compile(ruleSet: RuleSet): CompiledRuleSet {
  const edition = ruleSet.edition;
  const g = edition.generalRules;
  const unit = new Dec(g.rounding.unit);
  const pair = (t: { individual: string; unit: string }) => ({ individual: new Dec(t.individual), unit: new Dec(t.unit) });
  const money: Thresholds = {
    unit,
    simple: pair(g.statute.simpleProcedure),
    legalReview: pair(g.procedure.legalReview),
    hearing: pair(g.procedure.hearing),
  };
  const defaultMinor = compileCondition(g.minorViolation.when);
  const matters = new Map<string, CompiledMatter>();
  for (const matter of ruleSet.matters) {
    const tiers: CompiledTier[] = matter.tiers
      .filter((t) => t.level !== "reduced")
      .map((t) => ({ id: t.id, label: t.label, level: t.level, tier: t, test: t.when ? compileCondition(t.when) : always }));
    const explicitReduced = matter.tiers.find((t) => t.level === "reduced");
    const reduced: CompiledTier = explicitReduced
      ? { id: explicitReduced.id, label: explicitReduced.label, level: "reduced", tier: explicitReduced, test: always }
      : { id: "reduced", label: { zh: "减轻", en: "Reduced" }, level: "reduced", tier: undefined, test: always };
    const bases = new Map<string, CompiledBasis>();
    for (const [jid, basis] of Object.entries(matter.bases)) {
      const citations: Citation[] = [];
      for (const c of [...basis.prohibition, ...basis.penalty]) {
        if (!citations.some((x) => x.law === c.law && x.article === c.article && x.text === c.text)) citations.push(c);
      }
      const cb: CompiledBasis = { jurisdiction: jid, basis, citations };
      for (const party of ["individual", "unit"] as const) {
        const sp = basis.statutory[party];
        if (sp) cb[party] = compilePenalty(edition, matter, tiers, reduced, sp, jid, party, unit, money);
      }
      bases.set(jid, cb);
    }
    const fineBases = new Set<string>();
    for (const basis of Object.values(matter.bases)) {
      for (const sp of [basis.statutory.individual, basis.statutory.unit]) {
        if (sp?.fine && (sp.fine.shape === "multiple" || sp.fine.shape === "percentage")) fineBases.add(sp.fine.base);
      }
    }
    const overlays: CompiledMatter["overlays"] = new Map();
    for (const overlay of ruleSet.overlays) {
      const refinement = overlay.matters[matter.id];
      if (refinement) overlays.set(overlay.jurisdiction, { overlay, tiers: new Map(Object.entries(refinement.tiers)) });
    }
    matters.set(matter.id, {
      matter,
      fineBases,
      factTable: factTable(matter, fineBases),
      overlays,
      tiers,
      reduced,
      minor: matter.minor ? compileCondition(matter.minor) : defaultMinor,
      listConditions: (matter.firstViolation?.conditions ?? []).map((c) => ({ id: c.id, label: c.label, test: compileCondition(c.when) })),
      bases,
    });
  }
  return Object.freeze({
    ruleSet,
    edition,
    matters,
    jurisdictions: new Map(edition.jurisdictions.map((j) => [j.id, j])),
    circumstances: new Map(g.circumstances.map((c) => [c.id, c])),
    money,
    caseTables: caseTables(edition, matters.keys()),
  });
}
