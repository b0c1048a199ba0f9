import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bandOf, Dec, formatAmount, parseDecimal, parseRatio, roundInward, scale } from "../src/money/index.js";
import { reducedBandOf } from "../src/law/bands.js";
import { statutoryInterval } from "../src/law/fine.js";

const d = (s: string) => new Dec(s);
const show = (i: { min: InstanceType<typeof Dec>; max: InstanceType<typeof Dec> } | undefined) =>
  i && [formatAmount(i.min), formatAmount(i.max)];

describe("decimal strings", () => {
  it("parse strictly", () => {
    expect(parseDecimal("300")?.toFixed()).toBe("300");
    expect(parseDecimal("12.50")?.toFixed()).toBe("12.5");
    for (const bad of ["1e309", "12abc", "-1", " 1", "1.", ".5", "0x10", "", "Infinity", "NaN", "01"])
      expect(parseDecimal(bad), bad).toBeUndefined();
  });
  it("parse ratios as fractions", () => {
    expect(formatAmount(scale(d("2700"), "1/3"))).toBe("900");
    expect(formatAmount(scale(d("2700"), "2/3"))).toBe("1800");
    expect(parseRatio("0.4")!.toFixed()).toBe("0.4");
    expect(parseRatio("1/0")).toBeUndefined();
  });
  it("keep money exact where floats would not", () => {
    expect(formatAmount(d("0.1").plus("0.2"))).toBe("0.3");
    expect(formatAmount(d("12345.67").times(5))).toBe("61728.35");
  });
});

describe("bands", () => {
  it("split a range into thirds with whole-yuan bounds rounded inward", () => {
    const r = { min: d("300"), max: d("3000") };
    expect(show(bandOf(r, "0", "1/3", d("1")))).toEqual(["300", "1200"]);
    expect(show(bandOf(r, "1/3", "2/3", d("1")))).toEqual(["1200", "2100"]);
    expect(show(bandOf({ min: d("50"), max: d("500") }, "1/3", "2/3", d("1")))).toEqual(["200", "350"]);
    expect(show(bandOf({ min: d("1000"), max: d("10000") }, "0", "1/3", d("1")))).toEqual(["1000", "4000"]);
  });
  it("round a non-integral band inward, keeping exact bounds when rounding would empty it", () => {
    expect(show(roundInward({ min: d("617.28"), max: d("1234.57") }, d("1")))).toEqual(["618", "1234"]);
    expect(show(roundInward({ min: d("617.28"), max: d("617.9") }, d("1")))).toEqual(["617.28", "617.9"]);
  });
  it("place 减轻 strictly below the statutory minimum, never at 0 元 (a fine of 0 is no fine)", () => {
    expect(show(reducedBandOf(d("300"), "0", d("1")))).toEqual(["1", "299"]);
    expect(show(reducedBandOf(d("617.28"), "0", d("1")))).toEqual(["1", "617"]);
    expect(show(reducedBandOf(d("300"), "1/2", d("1")))).toEqual(["150", "299"]);
    // A minimum of one unit leaves no room below it.
    expect(reducedBandOf(d("1"), "0", d("1"))).toBeUndefined();
    expect(reducedBandOf(d("0"), "0", d("1"))).toBeUndefined();
  });
  it("property: a band stays inside its range and min ≤ max", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        (a, b, x, y) => {
          const range = { min: d(String(Math.min(a, b) / 100)), max: d(String(Math.max(a, b) / 100)) };
          const band = bandOf(range, `${Math.min(x, y)}/12`, `${Math.max(x, y)}/12`, d("1"));
          return band.min.lte(band.max) && band.min.gte(range.min) && band.max.lte(range.max);
        },
      ),
    );
  });
  it("property: 减轻 is ≥ 0 and below the minimum", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (m) => {
        const min = d(String(m / 100));
        const band = reducedBandOf(min, "0", d("1"));
        return band === undefined ? min.lte(1) : band.min.gte(0) && band.max.lt(min) && band.min.lte(band.max);
      }),
    );
  });
});

describe("statutory shapes", () => {
  it("per-unit multiplies the rate by every quantity fact", () => {
    const i = statutoryInterval(
      {
        shape: "per-unit",
        rate: { min: "10", max: "30" },
        quantity: ["days", "area"],
        unit: { zh: "元/日/平方米", en: "CNY per day per m²" },
      },
      { days: 3, area: 12.5 },
    );
    expect(show(i)).toEqual(["375", "1125"]);
  });
  it("multiple and percentage work on a decimal-string base", () => {
    expect(show(statutoryInterval({ shape: "multiple", base: "b", min: "5", max: "10" }, { b: "12345.67" }))).toEqual([
      "61728.35",
      "123456.7",
    ]);
    expect(
      show(statutoryInterval({ shape: "percentage", base: "b", min: "5", max: "10" }, { b: "100000.10" })),
    ).toEqual(["5000.005", "10000.01"]);
  });
});
