/**
 * One provision of one case, step by step in the law's order: the exemptions (every one that holds is listed), then
 * the statutory stage, the circumstances and 减轻, Art. 33 ¶1's discretionary waiver, the sanctions and procedure.
 */
import type { CompiledBasis, CompiledMatter, CompiledRuleSet } from "../compile/index.js";
import type { Interval } from "../money/index.js";
import type { Ground, Outcome } from "../schema/case.js";
import { factorScore, statutoryOf } from "./band.js";
import { contextOf } from "./context.js";
import { buildOutcome, type Decision } from "./outcome.js";
import { adjustment } from "./steps/adjustment.js";
import { circumstances } from "./steps/circumstances.js";
import type { Exemption } from "./steps/findings.js";
import { firstViolation } from "./steps/first-violation.js";
import { firstViolationList, firstViolationVerdict } from "./steps/first-violation-list.js";
import { limitation } from "./steps/limitation.js";
import { mentalStateExemption } from "./steps/mental-state.js";
import { minorAgeExemption } from "./steps/minor-age.js";
import { minorNoHarm } from "./steps/minor-no-harm.js";
import { noFault } from "./steps/no-fault.js";
import { preconditions } from "./steps/preconditions.js";
import { sanctions } from "./steps/sanctions.js";
import { statutoryStage } from "./steps/stage.js";
import type { Trace } from "./trace.js";
import type { ValidCase } from "./validate.js";

/** One provision decided: what Art. 29 compares, and the Outcome built once the grounds beyond it are known. */
export interface ProvisionResult {
  matter: CompiledMatter;
  /** A fine is due under this provision (应当给予罚款处罚): a penalty or waivable penalty with a fine. */
  fineDue: boolean;
  /** The provision's statutory fine for this case (Art. 29 compares provisions by it). */
  statutory: Interval | null;
  /** Builds the Outcome, with the grounds that rest on more than this provision (Art. 29) appended. */
  outcome(extra: readonly Ground[]): Outcome;
}

export function evaluateProvision(
  compiled: CompiledRuleSet,
  v: ValidCase,
  cm: CompiledMatter,
  basis: CompiledBasis,
  trace: Trace | null,
): ProvisionResult {
  const ctx = contextOf(compiled, v, cm, basis, trace);
  const factTier = cm.tiers[ctx.factIndex]!;
  if (trace) {
    const elsewhere = basis.jurisdiction !== v.input.jurisdiction;
    trace.add(
      "legal-basis",
      "info",
      { jurisdiction: v.input.jurisdiction },
      basis.basis.penalty[0] ?? null,
      `本案发生在${compiled.jurisdictions.get(v.input.jurisdiction)?.name.zh ?? v.input.jurisdiction}，${elsewhere ? `适用${compiled.jurisdictions.get(basis.jurisdiction)?.name.zh ?? basis.jurisdiction}的法规` : "按该地区的法规"}确定法定罚则；回溯期内计入此前违法 ${ctx.priorCount} 次`,
      `${cm.matter.id}: ${elsewhere ? `applies the basis of ${basis.jurisdiction}; ` : ""}prior violations counted in the window: ${ctx.priorCount}`,
    );
    trace.add(
      "tier-by-facts",
      "applied",
      { ...v.input.facts, priorCount: ctx.priorCount, party: ctx.party, tier: factTier.id },
      null,
      `案件事实对应“${factTier.label.zh}”阶次`,
      `facts select tier "${factTier.id}" (${factTier.label.en})`,
    );
  }
  const verdict = firstViolationVerdict(ctx);

  // Every exemption is tried, in the law's order; all that hold are listed and the first decides.
  const exemptions: Exemption[] = [];
  let found = minorAgeExemption(ctx);
  if (found) exemptions.push(found);
  if ((found = mentalStateExemption(ctx))) exemptions.push(found);
  if ((found = minorNoHarm(ctx))) exemptions.push(found);
  if ((found = firstViolationList(ctx, verdict))) exemptions.push(found);
  if ((found = noFault(ctx))) exemptions.push(found);
  if ((found = limitation(ctx))) exemptions.push(found);
  if (ctx.penalty.preconditions.length > 0) exemptions.push(...preconditions(ctx));
  const { fine, stage } = statutoryStage(ctx);
  const statutory = statutoryOf(ctx, fine);
  if (exemptions.length > 0) {
    const decision: Decision = {
      disposition: "no-penalty",
      tier: null,
      band: null,
      grounds: exemptions.map((e) => e.ground),
      measures: exemptions.flatMap((e) => e.measures),
      sanctions: [],
      firstViolation: verdict,
      barred: exemptions.some((e) => e.barred),
    };
    return {
      matter: cm,
      fineDue: false,
      statutory,
      outcome: (extra) => buildOutcome(ctx, { ...decision, grounds: [...decision.grounds, ...extra] }),
    };
  }

  const adjusted = adjustment(ctx, fine, circumstances(ctx));
  ctx.bag.tierLevel = adjusted.tier.level;
  const grounds: Ground[] = [
    { code: "statutory-penalty", citation: basis.basis.penalty[0] ?? null, mandatory: !fine.optional },
  ];
  if (stage)
    grounds.push({ code: "statutory-stage", citation: stage.stage.citation, mandatory: true, ref: stage.stage.id });
  grounds.push(...adjusted.grounds);
  if (adjusted.refinement) {
    const o = adjusted.refinement.overlay;
    grounds.push({ code: "local-refinement", citation: o.citation, mandatory: true, ref: o.jurisdiction });
    trace?.add(
      "local-refinement",
      "applied",
      { jurisdiction: v.input.jurisdiction, tier: adjusted.tier.id },
      o.citation,
      `${o.title.zh}：在${basis.jurisdiction}阶次内细化幅度`,
      `${o.title.en}: refined within the ${basis.jurisdiction} tier`,
    );
  }
  if (cm.factors && adjusted.tier.tier?.band === "factor-score" && trace) {
    const { score, parts } = factorScore(ctx);
    const list = parts.map((p) => `${p.fact}=${String(p.value)}: ${p.score}`).join("; ");
    trace.add(
      "factor-score",
      "applied",
      Object.fromEntries(parts.map((p) => [p.fact, p.value])),
      null,
      `裁量百分比 = 各因子分值之和 = ${score.toFixed()}（${list}）；罚款 = 最低额 + (最高额 − 最低额) × 裁量百分比`,
      `discretion percentage = sum of factor scores = ${score.toFixed()} (${list}); fine = min + (max − min) × percentage`,
    );
  }
  const waiver = firstViolation(ctx, verdict);
  if (waiver) grounds.push(waiver);
  const decision: Decision = {
    disposition: waiver ? "may-waive" : "penalty",
    tier: adjusted.tier,
    band: adjusted.band,
    grounds,
    measures: [],
    sanctions: sanctions(ctx, stage, adjusted.tier),
    firstViolation: verdict,
    barred: false,
  };
  return {
    matter: cm,
    fineDue: adjusted.band !== null && statutory !== null,
    statutory,
    outcome: (extra) => buildOutcome(ctx, { ...decision, grounds: [...grounds, ...extra] }),
  };
}
