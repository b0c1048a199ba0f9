/**
 * 行政处罚法 Art. 33 ¶1, second sentence: 初次违法且危害后果轻微并及时改正的，可以不予行政处罚 — the agency may waive
 * the penalty the rest of the model gives.
 */
import type { Ground, Outcome } from "../../schema/case.js";
import type { Context } from "../context.js";
import { statutoryConditionsUnmet } from "./first-violation-list.js";

export function firstViolation(ctx: Context, verdict: Outcome["firstViolation"]): Ground | null {
  const applies = verdict.applies === "may";
  const statutoryUnmet = applies ? [] : statutoryConditionsUnmet(ctx);
  ctx.trace?.add(
    "first-violation",
    applies ? "applied" : "not-applied",
    { priorCount: ctx.priorCount, harm: ctx.input.harm, correction: ctx.input.correction },
    ctx.statute.firstViolation,
    applies
      ? "初次违法、危害后果轻微并及时改正：可以不予行政处罚，否则适用下列处罚"
      : `不适用“首违可以不罚”：未满足${statutoryUnmet.map((u) => u.label.zh).join("、")}`,
    applies
      ? "first violation, harm at most minor, corrected in time: the agency may waive the penalty below"
      : `Art. 33 ¶1 s2 does not apply; unmet: ${statutoryUnmet.map((u) => u.label.en).join(", ")}`,
  );
  return applies ? { code: "first-violation", citation: ctx.statute.firstViolation, mandatory: false } : null;
}
