/** The fine band of a tier for one case: static bands come precomputed; others are computed from the case's facts. */
import type { CompiledFine, CompiledTier } from "../compile/index.js";
import { statutoryInterval } from "../law/fine.js";
import { tierBand } from "../law/bands.js";
import { jurisdictionChain } from "../law/jurisdiction.js";
import { bandOf, Dec, ZERO, type Interval } from "../money/index.js";
import type { OverlayFile } from "../schema/rules.js";
import type { Context } from "./context.js";

/** A band, and the overlay that refined it, if one did. */
export interface TierBand {
  readonly band: Interval | null;
  readonly refinement?: { readonly overlay: OverlayFile };
}

const NONE: TierBand = Object.freeze({ band: null });

/** The case's statutory interval under `fine` (null when the statute sets no fine). */
export function statutoryOf(ctx: Context, fine: CompiledFine): Interval | null {
  if (!fine.fine) return null;
  if (fine.fixed) return fine.fixed.statutory;
  const memo = ctx.statutoryMemo;
  if (memo && memo.fine === fine) return memo.interval;
  const interval = statutoryInterval(fine.fine, ctx.input.facts);
  ctx.statutoryMemo = { fine, interval };
  return interval;
}

/** The summed factor score of a factor-score fine, with each factor's contribution. */
export function factorScore(ctx: Context): { score: Dec; parts: { fact: string; value: unknown; score: string }[] } {
  let score = ZERO;
  const parts: { fact: string; value: unknown; score: string }[] = [];
  for (const f of ctx.cm.factors ?? []) {
    const value = ctx.input.facts[f.fact];
    const s = f.scores.get(value as string) ?? ZERO;
    score = score.plus(s);
    parts.push({ fact: f.fact, value, score: s.toFixed() });
  }
  return { score, parts };
}

/** The overlay between the case's jurisdiction and the basis's that refines `tier`, if any. */
function overlayFor(ctx: Context, tier: CompiledTier) {
  if (ctx.cm.overlays.size === 0) return undefined;
  for (const j of jurisdictionChain(ctx.input.jurisdiction)) {
    if (j === ctx.basis.jurisdiction) return undefined;
    const o = ctx.cm.overlays.get(j);
    if (o?.tiers.has(tier.id)) return o;
  }
  return undefined;
}

/** The band of `tier` (index in `cm.tiers`, or -1 for the 减轻 tier) under `fine`, refined by an overlay if one applies. */
export function tierBandFor(ctx: Context, fine: CompiledFine, tier: CompiledTier, index: number): TierBand {
  if (!fine.fine || tier.warningOnly) return NONE;
  if (index >= 0 && !fine.staged) {
    const refined = overlayFor(ctx, tier);
    if (refined) {
      const t = refined.tiers.get(tier.id)!;
      const amounts = t[ctx.party];
      if (amounts) return { band: { min: new Dec(amounts.min), max: new Dec(amounts.max) }, refinement: refined };
      if (t.band)
        return {
          band: bandOf(statutoryOf(ctx, fine)!, t.band.from, t.band.to, ctx.compiled.money.unit),
          refinement: refined,
        };
    }
  }
  const pre = fine.fixed ? (index < 0 ? fine.fixed.reduced : fine.fixed.bands[index]) : undefined;
  if (pre) return { band: pre };
  if (fine.fixed && index < 0) return NONE;
  const score = tier.tier?.band === "factor-score" ? factorScore(ctx).score : undefined;
  const band = tierBand(
    ctx.compiled.edition,
    tier.tier,
    tier.level,
    fine.fine,
    statutoryOf(ctx, fine)!,
    ctx.basis.jurisdiction,
    ctx.party,
    ctx.compiled.money.unit,
    {
      staged: fine.staged,
      score,
    },
  );
  return band ? { band } : NONE;
}
