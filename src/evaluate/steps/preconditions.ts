/** The penalty article's own preconditions (拒不改正, 逾期不改, 情节严重 …): without them no fine may be imposed. */
import type { Context } from "../context.js";
import type { Exemption } from "./findings.js";

export function preconditions(ctx: Context): Exemption[] {
  const all = ctx.penalty.preconditions;
  if (all.length === 0) return [];
  const unmet = all.filter((p) => !p.test(ctx.bag));
  const citation = ctx.basis.basis.penalty[0] ?? null;
  ctx.trace?.add(
    "preconditions",
    unmet.length > 0 ? "applied" : "not-applied",
    { correction: ctx.input.correction },
    citation,
    unmet.length > 0
      ? `处罚以${unmet.map((p) => p.label.zh).join("、")}为前提，该条件不成立：不予处罚`
      : "处罚的前提条件均成立",
    unmet.length > 0
      ? `the fine needs ${unmet.map((p) => p.label.en).join(", ")}, which does not hold`
      : "every precondition of the fine holds",
  );
  return unmet.map((p) => ({
    ground: { code: "precondition-unmet", citation, mandatory: true, ref: p.id },
    measures: [],
  }));
}
