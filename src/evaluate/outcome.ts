/** The Outcome, built once from the steps' findings (DESIGN §4). */
import type { CompiledTier, FormattedInterval } from "../compile/index.js";
import { addCitation } from "../law/citation.js";
import { formatAmount, type Interval } from "../money/index.js";
import type { Ground, Outcome, OutcomeSanction } from "../schema/case.js";
import type { Citation } from "../schema/rules.js";
import type { Context } from "./context.js";
import { MEASURE_LABELS, measure } from "./steps/findings.js";
import { procedure } from "./steps/procedure.js";

export interface Decision {
  disposition: Outcome["disposition"];
  tier: CompiledTier | null;
  band: Interval | null;
  grounds: Ground[];
  /** Measures the grounds bring (guardian orders …). */
  measures: readonly OutcomeSanction[];
  /** Sanctions beside the fine. */
  sanctions: readonly OutcomeSanction[];
  firstViolation: Outcome["firstViolation"];
  /** No order to correct: the act is time-barred and over. */
  barred: boolean;
}

function money(interval: Interval): NonNullable<Outcome["fine"]> {
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
  const jurisdiction = compiled.jurisdictions.get(ctx.input.jurisdiction)!;
  return {
    matter: { id: ctx.cm.matter.id, name: ctx.cm.matter.name },
    ruleSet: { id: edition.id, title: edition.title, effectiveFrom: edition.effectiveFrom, effectiveTo: edition.effectiveTo },
    jurisdiction: { id: jurisdiction.id, name: jurisdiction.name, basis: ctx.basis.jurisdiction },
    disposition: d.disposition,
    grounds: d.grounds,
    tier: d.tier ? { id: d.tier.id, label: d.tier.label } : null,
    fine: d.band ? money(d.band) : null,
    sanctions: out,
    firstViolation: d.firstViolation,
    procedure: flags,
    citations,
  };
}
