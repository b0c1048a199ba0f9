/**
 * Statutory stages: a later sentence of the penalty article that sets a different fine when its condition holds
 * (噪声污染防治法 Art. 81: 拒不改正的，处五万元以上二十万元以下的罚款). The first stage whose condition holds replaces the
 * base fine; the tiers then split the stage's range.
 */
import type { CompiledFine, CompiledStage } from "../../compile/index.js";
import type { Context } from "../context.js";

export interface StageFinding {
  readonly fine: CompiledFine;
  readonly stage: CompiledStage | null;
}

export function statutoryStage(ctx: Context): StageFinding {
  const stages = ctx.penalty.stages;
  for (const stage of stages) {
    if (stage.test(ctx.bag)) {
      ctx.trace?.add(
        "statutory-stage",
        "applied",
        { correction: ctx.input.correction },
        stage.stage.citation,
        `${stage.stage.label.zh}：适用该句规定的罚款`,
        `${stage.stage.label.en}: the fine of this sentence applies`,
      );
      return { fine: stage.fine, stage };
    }
  }
  if (stages.length > 0) {
    ctx.trace?.add(
      "statutory-stage",
      "not-applied",
      { correction: ctx.input.correction },
      ctx.basis.basis.penalty[0] ?? null,
      `${stages.map((s) => s.stage.label.zh).join("、")}不成立：适用基本罚款幅度`,
      `${stages.map((s) => s.stage.label.en).join(", ")}: not the case; the base fine applies`,
    );
  }
  return { fine: ctx.penalty.base, stage: null };
}
