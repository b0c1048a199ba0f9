/**
 * Tier bands: where a discretion tier sits inside a statutory interval. Shared by the loader (containment and order
 * checks), the compiler (static bands), the evaluator (bands that depend on the case) and the reports.
 */
import type { EditionFile, StatutoryFine, Tier, TierLevel } from "../schema/rules.js";
import { bandOf, Dec, parseRatio, roundInward, scale, type Interval } from "../money/index.js";
import { formulaTable } from "./fine.js";

/** What a band needs besides the tier and the statute. */
export interface BandOptions {
  /** The fine comes from a statutory stage: the tier's explicit amounts (written for the base range) do not apply. */
  staged?: boolean;
  /** The summed factor score of a `factor-score` tier (a fraction of the range), when the case is known. */
  score?: Dec;
}

/**
 * The lower bound of a fine is at least one rounding unit: a fine of 0 元 is no fine (a no-penalty ground decides
 * that, never a band).
 */
export function withFloor(band: Interval, unit: Dec): Interval {
  const floor = unit.isZero() ? new Dec("0.01") : unit;
  if (band.min.gte(floor)) return band;
  if (band.max.gte(floor)) return { min: floor, max: band.max };
  // A range below one unit (a tiny base of a multiple or percentage): the statute's own upper bound, never 0.
  return band.min.gt(0) ? band : { min: band.max, max: band.max };
}

/** The part of `range` between fractions `from` and `to` of the ratio max/min (按倍数): min × (max/min)^f. */
export function geometricBandOf(range: Interval, from: string, to: string, unit: Dec): Interval {
  const ratio = range.max.div(range.min);
  const at = (f: string) => range.min.times(ratio.pow(parseRatio(f)!));
  return roundInward({ min: at(from), max: at(to) }, unit);
}

/**
 * 减轻 band: from `from` × the statutory minimum up to the largest multiple of `unit` strictly below the minimum, and
 * never below one unit. Undefined when the minimum leaves no room (a fine with no statutory minimum cannot be reduced
 * in amount).
 */
export function reducedBandOf(statutoryMin: Dec, from: string, unit: Dec): Interval | undefined {
  if (statutoryMin.lte(0)) return undefined;
  const step = unit.isZero() ? new Dec("0.01") : unit;
  const max = statutoryMin.div(step).ceil().minus(1).times(step);
  let min = scale(statutoryMin, from).div(step).ceil().times(step);
  if (min.lt(step)) min = step;
  if (max.lt(step) || min.gt(max)) return undefined;
  return { min, max };
}

/** The statutory minimum rate of a shape whose interval scales with the case (multiple, percentage, per-unit). */
export function minimumRate(fine: StatutoryFine): Dec | undefined {
  switch (fine.shape) {
    case "multiple":
      return parseRatio(fine.min);
    case "percentage":
      return new Dec(fine.min);
    case "per-unit":
      return new Dec(fine.rate.min);
    default:
      return undefined;
  }
}

/** The amount of a factor-score tier: min + (max − min) × score, rounded to the unit and clamped to the range. */
export function scoredAmount(range: Interval, score: Dec, unit: Dec): Interval {
  const clamped = score.lt(0) ? new Dec(0) : score.gt(1) ? new Dec(1) : score;
  const exact = range.min.plus(range.max.minus(range.min).times(clamped));
  const step = unit.isZero() ? new Dec("0.01") : unit;
  let amount = exact.div(step).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(step);
  const lo = range.min.div(step).ceil().times(step);
  const hi = range.max.div(step).floor().times(step);
  if (amount.lt(lo)) amount = lo;
  if (amount.gt(hi)) amount = hi;
  // A score of 0 on a fine without a minimum would be 0 元, which is no fine: the lowest fine is one unit.
  if (amount.lt(step) && hi.gte(step)) amount = step;
  return { min: amount, max: amount };
}

/**
 * The band of one tier within a statutory interval, by the tier's explicit amounts, its 减轻 rate or band, its factor
 * score, or the edition's formula. Undefined when no band exists: a 减轻 tier of a fine without a minimum, a
 * factor-score tier before the case is known, or a warning-only tier.
 */
export function tierBand(
  edition: EditionFile,
  tier: Tier | undefined,
  level: TierLevel,
  fine: StatutoryFine,
  statutory: Interval,
  jurisdiction: string,
  party: "individual" | "unit",
  unit: Dec,
  options: BandOptions = {},
): Interval | undefined {
  if (tier?.warningOnly) return undefined;
  const explicit = options.staged ? undefined : tier?.amounts?.[jurisdiction]?.[party];
  if (explicit) return { min: new Dec(explicit.min), max: new Dec(explicit.max) };
  const formula = edition.generalRules.tierFormula;
  if (level === "reduced") {
    const rate = tier?.rate;
    const minRate = minimumRate(fine);
    if (rate && minRate && minRate.gt(0)) {
      const per = statutory.min.div(minRate);
      const band = roundInward({ min: per.times(parseRatio(rate.min)!), max: per.times(parseRatio(rate.max)!) }, unit);
      return withFloor(band, unit);
    }
    return reducedBandOf(statutory.min, formula.reduced.from, unit);
  }
  const table = formulaTable(fine);
  if (table === "fixed") return statutory;
  if (tier?.band === "factor-score")
    return options.score === undefined ? undefined : withFloor(scoredAmount(statutory, options.score, unit), unit);
  const band =
    tier && typeof tier.band === "object"
      ? tier.band
      : formula[table][(tier?.band as "lighter" | "general" | "heavier" | undefined) ?? bandName(level)];
  const geometric = formula.split === "geometric" && table === "range" && statutory.min.gt(0);
  const raw = geometric
    ? geometricBandOf(statutory, band.from, band.to, unit)
    : bandOf(statutory, band.from, band.to, unit);
  return withFloor(raw, unit);
}

function bandName(level: TierLevel): "lighter" | "general" | "heavier" {
  return level === "reduced" ? "lighter" : level;
}

/** The lighter half of a band: [min, min + (max − min)/2], the upper bound rounded down to the unit. */
export function lighterHalf(band: Interval, unit: Dec): Interval {
  const mid = band.min.plus(band.max.minus(band.min).div(2));
  return roundInward({ min: band.min, max: mid }, unit);
}

/** The heavier half of a band: [min + (max − min)/2, max], the lower bound rounded up to the unit. */
export function heavierHalf(band: Interval, unit: Dec): Interval {
  const mid = band.min.plus(band.max.minus(band.min).div(2));
  return roundInward({ min: mid, max: band.max }, unit);
}

/** True when two intervals are the same amounts. */
export function sameInterval(a: Interval, b: Interval): boolean {
  return a.min.eq(b.min) && a.max.eq(b.max);
}
