/** The Outcome, built once from the steps' findings (DESIGN §4). */
import type { CompiledTier, FormattedInterval } from "../compile/index.js";
import { addCitation } from "../law/citation.js";
import { formatAmount, type Interval } from "../money/index.js";
import type { Fine, Ground, Outcome, OutcomeSanction } from "../schema/case.js";
import type { Citation } from "../schema/rules.js";
import type { Context } from "./context.js";
import { MEASURE_LABELS, measure } from "./steps/findings.js";
import { procedure } from "./steps/procedure.js";

/** What the steps decided: no penalty (no tier, no band), or a penalty, waivable or not, under a tier. */
export type Decision = DecisionCommon &
  ({ disposition: "no-penalty"; tier: null; band: null } | { disposition: "penalty" | "may-waive"; tier: CompiledTier; band: Interval | null });

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

function money(interval: Interval): Fine {
  const text = (interval as FormattedInterval).text; // static bands come formatted from compile()
  if (text) return { min: text.min, max: text.max, currency: "CNY" };
  return { min: formatAmount(interval.min), max: formatAmount(interval.max), currency: "CNY" };
}

export function buildOutcome(ctx: Context, d: Decision): Outcome {
  const { compiled, statute } = ctx;
  const out: OutcomeSanction[] = [];
  if (d.disposition === "no-penalty") out.push(measure("educate", MEASURE_LABELS.educate, statute.educate));
  if (!d.barred) out.push(measure("order-to-correct", MEASURE_LABELS.correct, statute.orderToCorrect));
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

  const edition = compiled.edition;
  const j = compiled.jurisdictions.get(ctx.input.jurisdiction)!;
  const matter = { id: ctx.cm.matter.id, name: ctx.cm.matter.name };
  const ruleSet = { id: edition.id, title: edition.title, effectiveFrom: edition.effectiveFrom, effectiveTo: edition.effectiveTo };
  const jurisdiction = { id: j.id, name: j.name, basis: ctx.basis.jurisdiction };
  // Two literals, one per kind of disposition, in the same key order (the JSON output's order).
  if (d.disposition === "no-penalty") {
    return { matter, ruleSet, jurisdiction, disposition: d.disposition, grounds: d.grounds, tier: null, fine: null, sanctions: out, firstViolation: d.firstViolation, procedure: flags, citations };
  }
  const tier = { id: d.tier.id, label: d.tier.label };
  const fine = d.band ? money(d.band) : null;
  return { matter, ruleSet, jurisdiction, disposition: d.disposition, grounds: d.grounds, tier, fine, sanctions: out, firstViolation: d.firstViolation, procedure: flags, citations };
}
