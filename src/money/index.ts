/**
 * Money and ratio arithmetic. Amounts are decimal.js values inside and strings at the edges; a JS number never
 * carries money.
 */
import { Decimal } from "decimal.js";
import { MAX_AMOUNT_CHARS } from "./limits.js";

export { MAX_AMOUNT_CHARS };

/**
 * A private Decimal constructor so the library never changes the caller's global Decimal settings. Its precision,
 * twice {@link MAX_AMOUNT_CHARS} significant digits, holds every amount and the product of two amounts (a case
 * amount times a rule's percentage, multiple or rate) exactly; what must be rounded (a third of a range) is rounded
 * at the 80th significant digit, before the rule set's rounding unit applies.
 */
export const Dec = Decimal.clone({
  precision: 2 * MAX_AMOUNT_CHARS,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 2 * MAX_AMOUNT_CHARS,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

const DECIMAL = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const RATIO = /^(0|[1-9][0-9]*)(\.[0-9]+)?(\/[1-9][0-9]*)?$/;

/** Parses a non-negative decimal string strictly (no exponents, signs, spaces or trailing text, at most {@link MAX_AMOUNT_CHARS} characters). */
export function parseDecimal(text: string): Dec | undefined {
  if (text.length > MAX_AMOUNT_CHARS || !DECIMAL.test(text)) return undefined;
  return new Dec(text);
}

/** Parses a ratio: a decimal string or a fraction `n/d`. */
export function parseRatio(text: string): Dec | undefined {
  if (text.length > MAX_AMOUNT_CHARS || !RATIO.test(text)) return undefined;
  const slash = text.indexOf("/");
  if (slash < 0) return new Dec(text);
  return new Dec(text.slice(0, slash)).div(text.slice(slash + 1));
}

/** Formats an amount as a plain decimal string without exponent or trailing zeros. */
export function formatAmount(value: Dec): string {
  return value.toFixed();
}

/** `value` × the ratio `text` ("2/3" or "0.4"), multiplying before dividing so thirds of whole amounts stay exact. */
export function scale(value: Dec, text: string): Dec {
  const slash = text.indexOf("/");
  if (slash < 0) return value.times(text);
  return value.times(text.slice(0, slash)).div(text.slice(slash + 1));
}

/** A closed money interval [min, max]. */
export interface Interval {
  min: Dec;
  max: Dec;
}

/**
 * The part of `range` between fractions `from` and `to`, with the lower bound rounded up and the upper bound
 * rounded down to `unit`, so a rounded band never leaves the range; when rounding would empty the band the exact
 * bounds are kept.
 */
export function bandOf(range: Interval, from: string, to: string, unit: Dec): Interval {
  const width = range.max.minus(range.min);
  const min = range.min.plus(scale(width, from));
  const max = range.min.plus(scale(width, to));
  return roundInward({ min, max }, unit);
}

/** Rounds the lower bound up and the upper bound down to a multiple of `unit`, keeping exact bounds if that empties it. */
export function roundInward(band: Interval, unit: Dec): Interval {
  if (unit.isZero()) return band;
  const min = band.min.div(unit).ceil().times(unit);
  const max = band.max.div(unit).floor().times(unit);
  return min.lte(max) ? { min, max } : band;
}
