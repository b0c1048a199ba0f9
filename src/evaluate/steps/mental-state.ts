/**
 * 行政处罚法 Art. 31 (mental illness): a party who could not recognise or control the act is not punished and the
 * guardian is ordered to supervise and treat; one who had not fully lost that capacity may be punished more lightly
 * or reduced (可以从轻或者减轻).
 */
import type { Context } from "../context.js";
import { MEASURE_LABELS, measure, type Adjuster, type Exemption } from "./findings.js";

export function mentalStateExemption(ctx: Context): Exemption | null {
  const applies = ctx.mental === "incapable";
  if (ctx.mental !== undefined) {
    ctx.trace?.add(
      "mental-state",
      applies ? "applied" : "not-applied",
      { mentalState: ctx.mental },
      ctx.statute.mentalState,
      applies
        ? "不能辨认或者不能控制自己行为：不予行政处罚，责令监护人严加看管和治疗"
        : "能够辨认或者控制自己的行为（或尚未完全丧失）",
      applies
        ? "the party could not recognise or control the act: no penalty; the guardian is ordered to supervise and treat"
        : "the party could recognise and control the act (at least partly)",
    );
  }
  if (!applies) return null;
  return {
    ground: { code: "mental-incapacity", citation: ctx.statute.mentalState, mandatory: true },
    measures: [measure("guardian-care", MEASURE_LABELS.guardianCare, ctx.statute.mentalState)],
  };
}

export function mentalStateMitigation(ctx: Context): Adjuster | null {
  if (ctx.mental !== "partially-incapable") return null;
  return {
    ground: { code: "partial-capacity-mitigation", citation: ctx.statute.mentalState, mandatory: false },
    direction: -1,
    mandatoryReduction: false,
  };
}
