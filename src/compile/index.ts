/**
 * Compilation: a loaded {@link RuleSet} → closures and precomputed money bands, done once so evaluation only does
 * the work that depends on the case.
 */
import type { RuleSet } from "../load/index.js";
import type { CarriesTypes, EditionTypes, TypesCarried } from "../schema/typed.js";
import type {
  Agency,
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
  StatutoryStage,
  Tier,
  TierLevel,
} from "../schema/rules.js";
import { Dec, formatAmount, parseRatio, type Interval } from "../money/index.js";
import { tierBand } from "../law/bands.js";
import { compileCondition, type Predicate } from "../law/condition.js";
import { isStaticFine, statutoryInterval } from "../law/fine.js";
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
  /** The tier imposes a warning and no fine. */
  warningOnly: boolean;
  /** Index of the tier one step lighter on its ladder, or -1 at the ladder's light end. */
  lighter: number;
  /** Index of the tier one step heavier on its ladder, or -1 at the ladder's heavy end. */
  heavier: number;
}

export interface CompiledSanction {
  sanction: Sanction;
  test: Predicate | undefined;
}

/** One statutory fine (the base penalty's or a stage's) with what can be computed before the case is known. */
export interface CompiledFine {
  fine: StatutoryFine | null;
  /** 可以处 (true) or 处 (false). */
  optional: boolean;
  /** The fine comes from a statutory stage (the tiers' explicit amounts do not apply). */
  staged: boolean;
  /** For fines that do not depend on case facts: the statutory interval, each tier's band, and the 减轻 band. */
  fixed?: { statutory: Interval; bands: (Interval | undefined)[]; reduced: Interval | undefined };
}

export interface CompiledStage {
  stage: StatutoryStage;
  test: Predicate;
  fine: CompiledFine;
  sanctions: CompiledSanction[];
}

export interface CompiledPenalty {
  penalty: StatutoryPenalty;
  /** The base fine (the first sentence of the article). */
  base: CompiledFine;
  /** Further stages, first match wins. */
  stages: CompiledStage[];
  preconditions: CompiledCondition[];
  sanctions: CompiledSanction[];
  /** The statute's warning, which a warning-only tier imposes. */
  warning: Sanction | undefined;
}

export interface CompiledBasis {
  jurisdiction: string;
  basis: LegalBasis;
  /** The body the penalty article names (the edition's own when the basis names none). */
  agency: Agency;
  /** The basis's prohibition and penalty citations, in that order, each once (by law, article and text). */
  citations: readonly Citation[];
  individual?: CompiledPenalty;
  unit?: CompiledPenalty;
}

/** A factor of a factor-score fine: the enum fact and the score of each value. */
export interface CompiledFactor {
  fact: string;
  scores: ReadonlyMap<string, Dec>;
}

export interface CompiledMatter {
  matter: MatterFile;
  /** Tiers selected by facts, in file order (each ladder lightest first). */
  tiers: CompiledTier[];
  /** The 减轻 tier (explicit in the matter, or derived from the edition's formula). */
  reduced: CompiledTier;
  minor: Predicate;
  listConditions: CompiledCondition[];
  bases: Map<string, CompiledBasis>;
  /** Money facts that are the base of a multiple or percentage fine somewhere in the matter. */
  fineBases: Set<string>;
  /** The factors of a factor-score fine, if the matter has one. */
  factors: readonly CompiledFactor[] | undefined;
  /** Overlay refinements by jurisdiction, then tier id. */
  overlays: Map<string, { overlay: OverlayFile; tiers: Map<string, OverlayFile["matters"][string]["tiers"][string]> }>;
  /** The declared facts with precompiled value checks (the fast path of case validation). */
  factTable: FactTable;
}

/**
 * A rule set ready for {@link evaluate}: conditions are closures, static money bands are computed. `E` is the
 * edition's types when known at compile time (a bundled edition: {@link evaluate} then takes a typed case), else the
 * general {@link EditionTypes}.
 */
export interface CompiledRuleSet<E extends EditionTypes = EditionTypes> extends CarriesTypes<E> {
  /** The rule set it was compiled from. */
  readonly ruleSet: RuleSet<E>;
  /** The edition file (same as `ruleSet.edition`). */
  readonly edition: EditionFile;
  /** Compiled matters by id (internal form, subject to change). */
  readonly matters: ReadonlyMap<string, CompiledMatter>;
  /** The edition's jurisdictions by id. */
  readonly jurisdictions: ReadonlyMap<string, Jurisdiction>;
  /** The circumstance catalogue by id. */
  readonly circumstances: ReadonlyMap<string, Circumstance>;
  /** The enforcing body the edition is for. */
  readonly agency: Agency;
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
const REDUCED_LABEL: Localized = Object.freeze({ zh: "减轻", en: "Reduced" });

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

function compileSanctions(list: readonly Sanction[] | undefined): CompiledSanction[] {
  return (list ?? []).map((s) => ({ sanction: s, test: s.when ? compileCondition(s.when) : undefined }));
}

function compileFine(
  edition: EditionFile,
  tiers: CompiledTier[],
  reduced: CompiledTier,
  fine: StatutoryFine | null,
  optional: boolean,
  staged: boolean,
  jurisdiction: string,
  party: "individual" | "unit",
  unit: Dec,
  money: Thresholds,
): CompiledFine {
  const out: CompiledFine = { fine, optional, staged };
  if (fine && isStaticFine(fine)) {
    const statutory = statutoryInterval(fine, {});
    const band = (t: CompiledTier, level: TierLevel) =>
      tierBand(edition, t.tier, level, fine, statutory, jurisdiction, party, unit, { staged });
    out.fixed = {
      statutory,
      bands: tiers.map((t) => precomputed(band(t, t.level), money)),
      reduced: precomputed(band(reduced, "reduced"), money),
    };
  }
  return out;
}

function compilePenalty(
  edition: EditionFile,
  tiers: CompiledTier[],
  reduced: CompiledTier,
  penalty: StatutoryPenalty,
  jurisdiction: string,
  party: "individual" | "unit",
  unit: Dec,
  money: Thresholds,
): CompiledPenalty {
  const fineOf = (fine: StatutoryFine | null, optional: boolean, staged: boolean) =>
    compileFine(edition, tiers, reduced, fine, optional, staged, jurisdiction, party, unit, money);
  return {
    penalty,
    base: fineOf(penalty.fine, penalty.optional, false),
    stages: (penalty.stages ?? []).map((stage) => ({
      stage,
      test: compileCondition(stage.when),
      fine: fineOf(stage.fine, stage.optional ?? penalty.optional, true),
      sanctions: compileSanctions(stage.sanctions),
    })),
    preconditions: (penalty.preconditions ?? []).map((p) => ({
      id: p.id,
      label: p.label,
      test: compileCondition(p.when),
    })),
    sanctions: compileSanctions(penalty.sanctions),
    warning: penalty.sanctions?.find((s) => s.code === "warning"),
  };
}

/** Each tier's neighbours one step lighter and heavier along its ladder (default: one ladder in file order). */
function ladderLinks(matter: MatterFile, ids: readonly string[]): { lighter: number[]; heavier: number[] } {
  const ladders = matter.ladders ?? [ids.slice()];
  const lighter = ids.map(() => -1);
  const heavier = ids.map(() => -1);
  for (const ladder of ladders) {
    for (let k = 0; k < ladder.length; k++) {
      const i = ids.indexOf(ladder[k]!);
      if (i < 0) continue;
      if (k > 0) lighter[i] = ids.indexOf(ladder[k - 1]!);
      if (k + 1 < ladder.length) heavier[i] = ids.indexOf(ladder[k + 1]!);
    }
  }
  return { lighter, heavier };
}

/** The jurisdictions where the matter has a basis that the edition's agency enforces (others are refused as outside-competence). */
export function competentBases(compiled: CompiledRuleSet, cm: CompiledMatter): string[] {
  return [...cm.bases].filter(([, b]) => b.agency === compiled.agency).map(([j]) => j);
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
export function compile<R extends RuleSet>(ruleSet: R): CompiledRuleSet<TypesCarried<R>> {
  const edition = ruleSet.edition;
  const g = edition.generalRules;
  const unit = new Dec(g.rounding.unit);
  const pair = (t: { individual: string; unit: string }) => ({
    individual: new Dec(t.individual),
    unit: new Dec(t.unit),
  });
  const money: Thresholds = {
    unit,
    simple: pair(g.statute.simpleProcedure),
    legalReview: pair(g.procedure.legalReview),
    hearing: pair(g.procedure.hearing),
  };
  const defaultMinor = compileCondition(g.minorViolation.when);
  const agency: Agency = edition.agency ?? "city-management";
  const matters = new Map<string, CompiledMatter>();
  for (const matter of ruleSet.matters) {
    const factTiers = matter.tiers.filter((t) => t.level !== "reduced");
    const links = ladderLinks(
      matter,
      factTiers.map((t) => t.id),
    );
    const tiers: CompiledTier[] = factTiers.map((t, i) => ({
      id: t.id,
      label: t.label,
      level: t.level,
      tier: t,
      test: t.when ? compileCondition(t.when) : always,
      warningOnly: t.warningOnly === true,
      lighter: links.lighter[i]!,
      heavier: links.heavier[i]!,
    }));
    const explicitReduced = matter.tiers.find((t) => t.level === "reduced");
    const reduced: CompiledTier = {
      id: explicitReduced?.id ?? "reduced",
      label: explicitReduced?.label ?? REDUCED_LABEL,
      level: "reduced",
      tier: explicitReduced,
      test: always,
      warningOnly: false,
      lighter: -1,
      heavier: -1,
    };
    const bases = new Map<string, CompiledBasis>();
    for (const [jid, basis] of Object.entries(matter.bases)) {
      const citations: Citation[] = [];
      for (const c of [...basis.prohibition, ...basis.penalty]) {
        if (!citations.some((x) => x.law === c.law && x.article === c.article && x.text === c.text)) citations.push(c);
      }
      const cb: CompiledBasis = { jurisdiction: jid, basis, agency: basis.enforcement?.agency ?? agency, citations };
      for (const party of ["individual", "unit"] as const) {
        const sp = basis.statutory[party];
        if (sp) cb[party] = compilePenalty(edition, tiers, reduced, sp, jid, party, unit, money);
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
    const factors = matter.factorScore?.factors.map((f) => ({
      fact: f.fact,
      scores: new Map(Object.entries(f.scores).map(([value, score]) => [value, parseRatio(score)!])),
    }));
    matters.set(matter.id, {
      matter,
      fineBases,
      factors,
      factTable: factTable(matter, fineBases),
      overlays,
      tiers,
      reduced,
      minor: matter.minor ? compileCondition(matter.minor) : defaultMinor,
      listConditions: (matter.firstViolation?.conditions ?? []).map((c) => ({
        id: c.id,
        label: c.label,
        test: compileCondition(c.when),
      })),
      bases,
    });
  }
  const compiled: CompiledRuleSet = {
    ruleSet,
    edition,
    matters,
    jurisdictions: new Map(edition.jurisdictions.map((j) => [j.id, j])),
    circumstances: new Map(g.circumstances.map((c) => [c.id, c])),
    agency,
    money,
    caseTables: caseTables(edition, matters.keys()),
  };
  return Object.freeze(compiled) as CompiledRuleSet<TypesCarried<R>>; // the rule set's types, if any, carried on
}
