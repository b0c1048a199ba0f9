/**
 * Compilation: a loaded {@link RuleSet} → closures and precomputed money bands, done once so evaluation only does
 * the work that depends on the case.
 */
import type { RuleSet } from "../load/index.js";
import type {
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
import { bandOf, Dec, reducedBandOf, type Interval } from "../money/index.js";
import { compileCondition, type Predicate } from "./condition.js";
import { formulaTable, isStaticFine, statutoryInterval } from "./fine.js";

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
}

/** A rule set ready for {@link evaluate}: conditions are closures, static money bands are computed. */
export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  readonly edition: EditionFile;
  readonly matters: ReadonlyMap<string, CompiledMatter>;
  readonly jurisdictions: ReadonlyMap<string, Jurisdiction>;
  readonly circumstances: ReadonlyMap<string, Circumstance>;
  readonly money: {
    unit: Dec;
    simple: { individual: Dec; unit: Dec };
    legalReview: { individual: Dec; unit: Dec };
    hearing: { individual: Dec; unit: Dec };
  };
}

const always: Predicate = () => true;

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
      bands: tiers.map((t) => tierBand(edition, t.tier, t.level, fine, statutory, jurisdiction, party, unit)!),
      reduced: tierBand(edition, reduced.tier, "reduced", fine, statutory, jurisdiction, party, unit),
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
      const cb: CompiledBasis = { jurisdiction: jid, basis };
      for (const party of ["individual", "unit"] as const) {
        const sp = basis.statutory[party];
        if (sp) cb[party] = compilePenalty(edition, matter, tiers, reduced, sp, jid, party, unit);
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
      overlays,
      tiers,
      reduced,
      minor: matter.minor ? compileCondition(matter.minor) : defaultMinor,
      listConditions: (matter.firstViolation?.conditions ?? []).map((c) => ({ id: c.id, label: c.label, test: compileCondition(c.when) })),
      bases,
    });
  }
  const pair = (t: { individual: string; unit: string }) => ({ individual: new Dec(t.individual), unit: new Dec(t.unit) });
  return Object.freeze({
    ruleSet,
    edition,
    matters,
    jurisdictions: new Map(edition.jurisdictions.map((j) => [j.id, j])),
    circumstances: new Map(g.circumstances.map((c) => [c.id, c])),
    money: {
      unit,
      simple: pair(g.statute.simpleProcedure),
      legalReview: pair(g.procedure.legalReview),
      hearing: pair(g.procedure.hearing),
    },
  });
}
