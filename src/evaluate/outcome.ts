/** The Outcome, built once from the steps' findings (DESIGN §4). */
import type { CompiledTier, FormattedInterval } from "../compile/index.js";
import { addCitation } from "../law/citation.js";
import { formatAmount, type Interval } from "../money/index.js";
import type { Fine, Ground, Outcome, OutcomeSanction, OutcomeTier } from "../schema/case.js";
import type { Citation } from "../schema/rules.js";
import type { Context } from "./context.js";
import { MEASURE_LABELS, measure } from "./steps/findings.js";
import { procedure } from "./steps/procedure.js";

/** What the steps decided: no penalty (no tier, no band), or a penalty, waivable or not, under a tier. */
export type Decision = DecisionCommon &
  (
    | { disposition: "no-penalty"; tier: null; band: null }
    | { disposition: "penalty" | "may-waive"; tier: CompiledTier; band: Interval | null }
  );

interface DecisionCommon {
  grounds: Ground[];
  /** Measures the grounds bring (guardian orders …). */
  measures: readonly OutcomeSanction[];
  /** Sanctions beside the fine. */
  sanctions: readonly OutcomeSanction[];
  firstViolation: Outcome["firstViolation"];
  /** No order to correct: the act is time-barred and over. */
  barred: boolean;
}

// The parts of an Outcome that do not depend on the case, built once per compiled object and shared between
// outcomes. They are frozen: an Outcome never exposes a mutable object that another Outcome also holds.
const FINES = new WeakMap<Interval, Fine>();
const MATTERS = new WeakMap<object, Outcome["matter"]>();
const TIERS = new WeakMap<CompiledTier, OutcomeTier>();
const RULE_SETS = new WeakMap<object, Outcome["ruleSet"]>();
const JURISDICTIONS = new WeakMap<object, Map<string, Outcome["jurisdiction"]>>();
const MEASURES = new WeakMap<object, { educate: OutcomeSanction; correct: OutcomeSanction }>();
const FLAGS: Outcome["procedure"][] = [];
for (let i = 0; i < 8; i++)
  FLAGS.push(Object.freeze({ simpleProcedure: (i & 1) !== 0, legalReview: (i & 2) !== 0, hearing: (i & 4) !== 0 }));

function money(interval: Interval): Fine {
  const text = (interval as FormattedInterval).text; // static bands come formatted from compile()
  if (text) {
    let fine = FINES.get(interval);
    if (!fine) FINES.set(interval, (fine = Object.freeze({ min: text.min, max: text.max, currency: "CNY" as const })));
    return fine;
  }
  return { min: formatAmount(interval.min), max: formatAmount(interval.max), currency: "CNY" };
}

function matterPart(ctx: Context): Outcome["matter"] {
  let part = MATTERS.get(ctx.cm);
  if (!part) MATTERS.set(ctx.cm, (part = Object.freeze({ id: ctx.cm.matter.id, name: ctx.cm.matter.name })));
  return part;
}

function tierPart(tier: CompiledTier): NonNullable<Outcome["tier"]> {
  let part = TIERS.get(tier);
  if (!part) TIERS.set(tier, (part = Object.freeze({ id: tier.id, label: tier.label })));
  return part;
}

function ruleSetPart(ctx: Context): Outcome["ruleSet"] {
  const edition = ctx.compiled.edition;
  let part = RULE_SETS.get(edition);
  if (!part)
    RULE_SETS.set(
      edition,
      (part = Object.freeze({
        id: edition.id,
        title: edition.title,
        effectiveFrom: edition.effectiveFrom,
        effectiveTo: edition.effectiveTo,
      })),
    );
  return part;
}

function jurisdictionPart(ctx: Context): Outcome["jurisdiction"] {
  // By the basis (one per matter and jurisdiction), then by the case's jurisdiction: two lookups, no key to build.
  let byCase = JURISDICTIONS.get(ctx.basis);
  if (!byCase) JURISDICTIONS.set(ctx.basis, (byCase = new Map()));
  let part = byCase.get(ctx.input.jurisdiction);
  if (!part) {
    const jurisdiction = ctx.compiled.jurisdictions.get(ctx.input.jurisdiction)!;
    byCase.set(
      ctx.input.jurisdiction,
      (part = Object.freeze({ id: jurisdiction.id, name: jurisdiction.name, basis: ctx.basis.jurisdiction })),
    );
  }
  return part;
}

export function buildOutcome(ctx: Context, d: Decision): Outcome {
  const { statute } = ctx;
  const out: OutcomeSanction[] = [];
  let m = MEASURES.get(statute);
  if (!m) {
    m = {
      educate: Object.freeze(measure("educate", MEASURE_LABELS.educate, statute.educate)),
      correct: Object.freeze(measure("order-to-correct", MEASURE_LABELS.correct, statute.orderToCorrect)),
    };
    MEASURES.set(statute, m);
  }
  if (d.disposition === "no-penalty") out.push(m.educate);
  if (!d.barred) out.push(m.correct);
  out.push(...d.measures, ...d.sanctions);
  const imposes = d.disposition !== "no-penalty";
  const flags = procedure(ctx, imposes, d.band, d.tier?.level === "reduced", imposes ? d.sanctions : []);

  // The basis's own citations come deduplicated from compile(); grounds and sanctions are added as they come.
  const citations: Citation[] = ctx.basis.citations.slice();
  for (const g of d.grounds) addCitation(citations, g.citation);
  for (const s of out) addCitation(citations, s.citation);
  if (flags.simpleProcedure) addCitation(citations, statute.simpleProcedure.citation);
  if (flags.legalReview) addCitation(citations, statute.legalReview);
  if (flags.hearing) addCitation(citations, statute.hearing);

  const matter = matterPart(ctx);
  const ruleSet = ruleSetPart(ctx);
  const jurisdiction = jurisdictionPart(ctx);
  const shared = FLAGS[(flags.simpleProcedure ? 1 : 0) | (flags.legalReview ? 2 : 0) | (flags.hearing ? 4 : 0)]!;
  // Two literals, one per kind of disposition, in the same key order (the JSON output's order).
  if (d.disposition === "no-penalty") {
    return {
      matter,
      ruleSet,
      jurisdiction,
      disposition: d.disposition,
      grounds: d.grounds,
      tier: null,
      fine: null,
      sanctions: out,
      firstViolation: d.firstViolation,
      procedure: shared,
      citations,
    };
  }
  const fine = d.band ? money(d.band) : null;
  return {
    matter,
    ruleSet,
    jurisdiction,
    disposition: d.disposition,
    grounds: d.grounds,
    tier: tierPart(d.tier),
    fine,
    sanctions: out,
    firstViolation: d.firstViolation,
    procedure: shared,
    citations,
  };
}
