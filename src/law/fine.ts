/** Statutory fine shapes turned into money intervals. */
import type { StatutoryFine } from "../schema/rules.js";
import { Dec, parseDecimal, parseRatio, scale, ZERO, type Interval } from "../money/index.js";

/** True when the statutory interval does not depend on case facts. */
export function isStaticFine(fine: StatutoryFine): boolean {
  return fine.shape === "range" || fine.shape === "max-only" || fine.shape === "fixed";
}

/** Which band table of the tier formula applies: a fine with no statutory minimum uses the max-only bands. */
export function formulaTable(fine: StatutoryFine): "range" | "maxOnly" | "fixed" {
  switch (fine.shape) {
    case "fixed":
      return "fixed";
    case "max-only":
      return "maxOnly";
    case "range":
      return "range";
    case "per-unit":
      return parseDecimal(fine.rate.min)!.isZero() ? "maxOnly" : "range";
    case "multiple":
      return parseRatio(fine.min)!.isZero() ? "maxOnly" : "range";
    case "percentage":
      return parseDecimal(fine.min)!.isZero() ? "maxOnly" : "range";
  }
}

/**
 * The statutory interval for one case. `quantity` multiplies per-unit rates; `base` is the money base of
 * multiples and percentages. Both come from validated case facts.
 */
export function statutoryInterval(fine: StatutoryFine, facts: Readonly<Record<string, unknown>>): Interval {
  switch (fine.shape) {
    case "range":
      return { min: new Dec(fine.min), max: new Dec(fine.max) };
    case "max-only":
      return { min: ZERO, max: new Dec(fine.max) };
    case "fixed": {
      const a = new Dec(fine.amount);
      return { min: a, max: a };
    }
    case "per-unit": {
      let q = new Dec(1);
      for (const name of fine.quantity) q = q.times(new Dec(facts[name] as number));
      return { min: q.times(fine.rate.min), max: q.times(fine.rate.max) };
    }
    case "multiple": {
      const base = new Dec(facts[fine.base] as string);
      return { min: scale(base, fine.min), max: scale(base, fine.max) };
    }
    case "percentage": {
      const base = new Dec(facts[fine.base] as string);
      return { min: base.times(fine.min).div(100), max: base.times(fine.max).div(100) };
    }
  }
}

/** The lower and upper written bounds of a shape (rates, multiples or amounts), for the min ≤ max check. */
export function writtenBounds(fine: StatutoryFine): [Dec, Dec] {
  switch (fine.shape) {
    case "range":
      return [new Dec(fine.min), new Dec(fine.max)];
    case "max-only":
      return [ZERO, new Dec(fine.max)];
    case "fixed":
      return [new Dec(fine.amount), new Dec(fine.amount)];
    case "per-unit":
      return [new Dec(fine.rate.min), new Dec(fine.rate.max)];
    case "multiple":
      return [parseRatio(fine.min)!, parseRatio(fine.max)!];
    case "percentage":
      return [new Dec(fine.min), new Dec(fine.max)];
  }
}
