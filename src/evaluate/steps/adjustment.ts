/**
 * From the tier the facts select to the tier and band that apply: 减轻 (below the statutory minimum) when enough
 * mandatory 从轻或者减轻 circumstances hold and none aggravates; otherwise one step lighter or heavier along the
 * tier's ladder; at the end of a ladder, the lighter or heavier half of the tier's band; a mandatory mitigation that
 * still changes nothing takes 减轻 where the statute has a minimum. A circumstance is listed as a ground only when
 * the outcome differs from the same case without it.
 */
import type { CompiledFine, CompiledTier } from "../../compile/index.js";
import { heavierHalf, lighterHalf, sameInterval } from "../../law/bands.js";
import type { Ground } from "../../schema/case.js";
import { tierBandFor, type TierBand } from "../band.js";
import type { Context } from "../context.js";
import type { Adjuster } from "./findings.js";

export interface Adjusted extends TierBand {
  readonly tier: CompiledTier;
  /** The grounds of the adjustment, in the order of the adjusters, plus `reduced-penalty` for 减轻. */
  readonly grounds: readonly Ground[];
}

const ZH_DIRECTION = { "-1": "从轻", "1": "从重" } as const;

export function adjustment(ctx: Context, fine: CompiledFine, adjusters: readonly Adjuster[]): Adjusted {
  const { cm, rules } = ctx;
  const unit = ctx.compiled.money.unit;
  const factTier = cm.tiers[ctx.factIndex]!;
  const base = tierBandFor(ctx, fine, factTier, ctx.factIndex);
  const unchanged: Adjusted = { tier: factTier, ...base, grounds: [] };
  if (adjusters.length === 0) {
    ctx.trace?.add(
      "adjustment",
      "not-applied",
      { circumstances: ctx.v.circumstances },
      null,
      "没有从轻、减轻或者从重情节",
      "no circumstance moves the penalty",
    );
    return unchanged;
  }
  const mitigating = adjusters.filter((a) => a.direction < 0);
  const aggravating = adjusters.filter((a) => a.direction > 0);
  const mandatory = mitigating.filter((a) => a.mandatoryReduction).length;
  const reads = { circumstances: ctx.v.circumstances, age: ctx.age, mentalState: ctx.mental };
  const art32 = ctx.statute.mandatoryMitigation;

  const reduce = (why: string, whyEn: string): Adjusted | undefined => {
    const r = tierBandFor(ctx, fine, cm.reduced, -1);
    if (!r.band) return undefined;
    ctx.trace?.add(
      "adjustment",
      "applied",
      reads,
      art32,
      `${why}：减轻处罚，低于法定最低罚款`,
      `${whyEn}: 减轻, below the statutory minimum`,
    );
    return {
      tier: cm.reduced,
      ...r,
      grounds: [...mitigating.map((a) => a.ground), { code: "reduced-penalty", citation: art32, mandatory: false }],
    };
  };

  if (mandatory >= rules.adjustment.reduceAtMandatory && aggravating.length === 0) {
    const reduced = reduce(
      `${mandatory} 个应当从轻或者减轻的情节，没有从重情节`,
      `${mandatory} mandatory 从轻或者减轻 circumstance(s), none aggravating`,
    );
    if (reduced) return reduced;
  }
  if (mitigating.length > 0 && aggravating.length > 0) {
    ctx.trace?.add(
      "adjustment",
      "applied",
      reads,
      null,
      "从轻情节与从重情节相互抵消，适用事实对应的阶次",
      "mitigating and aggravating circumstances cancel out: the tier the facts select applies",
    );
    return { ...unchanged, grounds: adjusters.map((a) => a.ground) };
  }
  const direction = mitigating.length > 0 ? -1 : 1;
  const moving = direction < 0 ? mitigating : aggravating;
  const next = direction < 0 ? factTier.lighter : factTier.heavier;
  if (next >= 0) {
    const tier = cm.tiers[next]!;
    ctx.trace?.add(
      "adjustment",
      "applied",
      reads,
      mandatory > 0 ? art32 : null,
      `${ZH_DIRECTION[direction]}情节：由“${factTier.label.zh}”调整为“${tier.label.zh}”`,
      `${direction < 0 ? "mitigating" : "aggravating"} circumstance(s) move the tier from "${factTier.id}" to "${tier.id}"`,
    );
    return { tier, ...tierBandFor(ctx, fine, tier, next), grounds: moving.map((a) => a.ground) };
  }
  if (base.band) {
    const half = direction < 0 ? lighterHalf(base.band, unit) : heavierHalf(base.band, unit);
    if (!sameInterval(half, base.band)) {
      ctx.trace?.add(
        "adjustment",
        "applied",
        reads,
        mandatory > 0 ? art32 : null,
        `“${factTier.label.zh}”已是${direction < 0 ? "最轻" : "最重"}的阶次：在其幅度${direction < 0 ? "较低" : "较高"}的一半内处罚`,
        `"${factTier.id}" is already the ${direction < 0 ? "lightest" : "heaviest"} tier: the ${direction < 0 ? "lighter" : "heavier"} half of its band applies`,
      );
      return { tier: factTier, band: half, refinement: base.refinement, grounds: moving.map((a) => a.ground) };
    }
  }
  if (direction < 0 && mandatory > 0) {
    const reduced = reduce(
      "应当从轻或者减轻，而在最轻阶次内已无更轻的处罚",
      "a mandatory 从轻或者减轻 and nothing lighter within the lightest tier",
    );
    if (reduced) return reduced;
  }
  ctx.trace?.add(
    "adjustment",
    "not-applied",
    reads,
    null,
    `${ZH_DIRECTION[direction]}情节未能改变处罚：“${factTier.label.zh}”已无${direction < 0 ? "更轻" : "更重"}的处罚`,
    `the ${direction < 0 ? "mitigating" : "aggravating"} circumstance(s) change nothing: "${factTier.id}" has nothing ${direction < 0 ? "lighter" : "heavier"}`,
  );
  return unchanged;
}
