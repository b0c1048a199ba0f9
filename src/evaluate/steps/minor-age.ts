/**
 * 行政处罚法 Art. 30 (minors): under 14, no penalty and the guardian is ordered to discipline the minor; from 14 to
 * under 18, the penalty shall be lighter or reduced (应当从轻或者减轻).
 */
import type { Context } from "../context.js";
import { MEASURE_LABELS, measure, type Adjuster, type Exemption } from "./findings.js";

export function minorAgeExemption(ctx: Context): Exemption | null {
  const rule = ctx.statute.minorAge;
  const age = ctx.age;
  const applies = age !== undefined && age < rule.noPenaltyUnder;
  if (age !== undefined) {
    ctx.trace?.add(
      "minor-age",
      applies ? "applied" : "not-applied",
      { age },
      rule.citation,
      applies
        ? `${age} 周岁，不满 ${rule.noPenaltyUnder} 周岁：不予行政处罚，责令监护人加以管教`
        : `${age} 周岁，已满 ${rule.noPenaltyUnder} 周岁`,
      applies
        ? `age ${age} is under ${rule.noPenaltyUnder}: no penalty; the guardian is ordered to discipline the minor`
        : `age ${age} is at least ${rule.noPenaltyUnder}`,
    );
  }
  if (!applies) return null;
  return {
    ground: { code: "under-minimum-age", citation: rule.citation, mandatory: true },
    measures: [measure("guardian-discipline", MEASURE_LABELS.guardianDiscipline, rule.citation)],
  };
}

export function minorAgeMitigation(ctx: Context): Adjuster | null {
  const rule = ctx.statute.minorAge;
  const age = ctx.age;
  if (age === undefined || age < rule.noPenaltyUnder || age >= rule.mitigateUnder) return null;
  return {
    ground: { code: "minor-age-mitigation", citation: rule.citation, mandatory: true },
    direction: -1,
    mandatoryReduction: true,
  };
}
