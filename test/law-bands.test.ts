/**
 * src/law/bands.ts, fine.ts, jurisdiction.ts and citation.ts, each function alone. Every expected amount is worked out
 * by hand beside it from the edition's tier formula (rules/yrd-2023/edition.json: range thirds 0–1/3–2/3–1, max-only
 * 0–0.2 / 0.4–0.6 / 0.6–1, 减轻 from 0, whole-yuan rounding) and the statutes the bundled matters cite.
 */
import { describe, expect, it } from "vitest";
import { Dec, formatAmount, type Interval } from "../src/money/index.js";
import {
  geometricBandOf,
  heavierHalf,
  lighterHalf,
  minimumRate,
  reducedBandOf,
  sameInterval,
  scoredAmount,
  tierBand,
  withFloor,
} from "../src/law/bands.js";
import { formulaTable, isStaticFine, statutoryInterval, writtenBounds } from "../src/law/fine.js";
import { jurisdictionChain, nearest, topLevel } from "../src/law/jurisdiction.js";
import { addCitation, sameCitation } from "../src/law/citation.js";
import { compileCondition, factsRead, isOperator, leaves } from "../src/law/condition.js";
import {
  Operator as OperatorSchema,
  type Citation,
  type EditionFile,
  type StatutoryFine,
  type Tier,
} from "../src/schema/rules.js";
import { compiled } from "./helpers.js";

const d = (s: string | number) => new Dec(s);
const iv = (min: string | number, max: string | number): Interval => ({ min: d(min), max: d(max) });
const show = (i: Interval | undefined) => (i ? [formatAmount(i.min), formatAmount(i.max)] : undefined);
const ONE = d(1);

describe("withFloor: a fine's lower bound is at least one rounding unit (0 元 is no fine)", () => {
  it("leaves a band that already starts at or above one unit", () => {
    expect(show(withFloor(iv(5, 10), ONE))).toEqual(["5", "10"]);
    // Exactly one unit is enough.
    expect(show(withFloor(iv(1, 10), ONE))).toEqual(["1", "10"]);
  });
  it("lifts a lower bound of 0 to one unit: 市容条例 Art. 28's max-only 从轻 band 0–40 → 1–40", () => {
    expect(show(withFloor(iv(0, 40), ONE))).toEqual(["1", "40"]);
    // An upper bound of exactly one unit still holds a fine of one unit.
    expect(show(withFloor(iv(0, 1), ONE))).toEqual(["1", "1"]);
  });
  it("keeps a positive band that lies wholly below one unit (a tiny multiple of a tiny base)", () => {
    expect(show(withFloor(iv("0.3", "0.6"), ONE))).toEqual(["0.3", "0.6"]);
  });
  it("takes the statute's own upper bound for a band from 0 that lies wholly below one unit, never 0", () => {
    expect(show(withFloor(iv(0, "0.5"), ONE))).toEqual(["0.5", "0.5"]);
  });
  it("uses one fen (0.01 元) when the edition rounds to nothing", () => {
    expect(show(withFloor(iv(0, 2), d(0)))).toEqual(["0.01", "2"]);
    expect(show(withFloor(iv("0.01", 2), d(0)))).toEqual(["0.01", "2"]);
  });
});

describe("geometricBandOf: 按倍数 splits (min × (max/min)^f)", () => {
  it("splits 1,000–10,000 (ratio 10) at 10^(1/3) ≈ 2.1544 and 10^(2/3) ≈ 4.6416", () => {
    // 1000 × 2.15443… = 2154.43 → lower band ends at 2154 (rounded down), the next starts at 2155 (rounded up).
    // 1000 × 4.64158… = 4641.58 → 4641 / 4642.
    const r = iv(1000, 10000);
    expect(show(geometricBandOf(r, "0", "1/3", ONE))).toEqual(["1000", "2154"]);
    expect(show(geometricBandOf(r, "1/3", "2/3", ONE))).toEqual(["2155", "4641"]);
    expect(show(geometricBandOf(r, "2/3", "1", ONE))).toEqual(["4642", "10000"]);
  });
  it("splits 500–2,000 (ratio 4) at 4^(1/3) ≈ 1.5874 and 4^(2/3) ≈ 2.5198", () => {
    // 500 × 1.58740 = 793.70; 500 × 2.51984 = 1259.92.
    const r = iv(500, 2000);
    expect(show(geometricBandOf(r, "0", "1/3", ONE))).toEqual(["500", "793"]);
    expect(show(geometricBandOf(r, "1/3", "2/3", ONE))).toEqual(["794", "1259"]);
    expect(show(geometricBandOf(r, "2/3", "1", ONE))).toEqual(["1260", "2000"]);
  });
});

describe("reducedBandOf: 减轻 lies strictly below the statutory minimum", () => {
  it("rounds to one fen when the edition's unit is 0: 300 → 0.01–299.99", () => {
    expect(show(reducedBandOf(d(300), "0", d(0)))).toEqual(["0.01", "299.99"]);
  });
  it("starts at the given fraction of the minimum, rounded up: ½ × 617.28 = 308.64 → 309; ends at 617", () => {
    expect(show(reducedBandOf(d("617.28"), "1/2", ONE))).toEqual(["309", "617"]);
  });
  it("has no band when the fraction leaves no room: from 0.9 × 2 = 1.8 → 2, which is not below 2", () => {
    expect(reducedBandOf(d(2), "0.9", ONE)).toBeUndefined();
  });
  it("has room from one unit below a minimum of two units: 2 → 1–1", () => {
    expect(show(reducedBandOf(d(2), "0", ONE))).toEqual(["1", "1"]);
  });
});

describe("minimumRate: the statutory minimum in the fine's own terms", () => {
  it("is the lowest multiple, percentage or rate; a money range has none", () => {
    expect(minimumRate({ shape: "multiple", base: "b", min: "1/2", max: "3" })!.toFixed()).toBe("0.5");
    expect(minimumRate({ shape: "percentage", base: "b", min: "5", max: "10" })!.toFixed()).toBe("5");
    expect(
      minimumRate({
        shape: "per-unit",
        rate: { min: "10", max: "30" },
        quantity: ["q"],
        unit: { zh: "元/吨", en: "CNY/t" },
      })!.toFixed(),
    ).toBe("10");
    expect(minimumRate({ shape: "range", min: "300", max: "3000" })).toBeUndefined();
    expect(minimumRate({ shape: "max-only", max: "200" })).toBeUndefined();
    expect(minimumRate({ shape: "fixed", amount: "20" })).toBeUndefined();
  });
});

describe("scoredAmount: min + (max − min) × score, rounded half up, clamped to the range", () => {
  it("0.15 of 20,000–200,000 = 20,000 + 27,000 = 47,000", () => {
    expect(show(scoredAmount(iv(20000, 200000), d("0.15"), ONE))).toEqual(["47000", "47000"]);
  });
  it("a score below 0 counts as 0 and above 1 as 1", () => {
    expect(show(scoredAmount(iv(20000, 200000), d("-0.1"), ONE))).toEqual(["20000", "20000"]);
    expect(show(scoredAmount(iv(20000, 200000), d("1.2"), ONE))).toEqual(["200000", "200000"]);
    expect(show(scoredAmount(iv(20000, 200000), d(1), ONE))).toEqual(["200000", "200000"]);
    expect(show(scoredAmount(iv(20000, 200000), d(0), ONE))).toEqual(["20000", "20000"]);
  });
  it("rounds half up to the unit: 0 + 10 × 0.05 = 0.5 → 1; 0 + 10 × 0.04 = 0.4 → 0, which is no fine, so one unit", () => {
    expect(show(scoredAmount(iv(0, 10), d("0.05"), ONE))).toEqual(["1", "1"]);
    expect(show(scoredAmount(iv(0, 10), d("0.04"), ONE))).toEqual(["1", "1"]);
  });
  it("never leaves the range through rounding: 10.5–20.5 gives 11 at the bottom and 20 at the top", () => {
    // 10.2 + 10 × 0.01 = 10.3 → rounds to 10, below the range: the lowest whole amount inside it, 11.
    expect(show(scoredAmount(iv("10.2", "20.2"), d("0.01"), ONE))).toEqual(["11", "11"]);
    // 20.5 rounds half up to 21, above the range: the highest whole amount inside it, 20.
    expect(show(scoredAmount(iv("10.5", "20.5"), d(1), ONE))).toEqual(["20", "20"]);
  });
  it("uses one fen when the unit is 0: 1 × 1/3 = 0.333… → 0.33", () => {
    expect(show(scoredAmount(iv(0, 1), d(1).div(3), d(0)))).toEqual(["0.33", "0.33"]);
  });
});

describe("lighterHalf / heavierHalf / sameInterval", () => {
  it("split 50–100 at 75 (市容 便溺 cell), and 5–10 at 7.5 rounded inward (7 / 8)", () => {
    expect(show(lighterHalf(iv(50, 100), ONE))).toEqual(["50", "75"]);
    expect(show(heavierHalf(iv(50, 100), ONE))).toEqual(["75", "100"]);
    expect(show(lighterHalf(iv(5, 10), ONE))).toEqual(["5", "7"]);
    expect(show(heavierHalf(iv(5, 10), ONE))).toEqual(["8", "10"]);
  });
  it("a single amount has no lighter part: the half is the same interval", () => {
    expect(sameInterval(lighterHalf(iv(20, 20), ONE), iv(20, 20))).toBe(true);
    expect(sameInterval(iv(1, 2), iv(1, 3))).toBe(false);
    expect(sameInterval(iv(0, 3), iv(1, 3))).toBe(false);
  });
});

describe("tierBand: where a tier sits in the statute", () => {
  const linear = compiled.edition;
  const geometric = {
    ...linear,
    generalRules: { ...linear.generalRules, tierFormula: { ...linear.generalRules.tierFormula, split: "geometric" } },
  } as EditionFile;
  const range: StatutoryFine = { shape: "range", min: "300", max: "3000" };
  const tier = (t: Partial<Tier>): Tier =>
    ({ id: "t", label: { zh: "阶次", en: "tier" }, level: "general", ...t }) as Tier;
  const band = (
    e: EditionFile,
    t: Tier | undefined,
    level: Tier["level"],
    fine: StatutoryFine,
    statutory: Interval,
    options = {},
  ) => show(tierBand(e, t, level, fine, statutory, "shanghai", "individual", ONE, options));

  it("splits 300–3,000 in equal thirds of the width: 300–1,200, 1,200–2,100, 2,100–3,000", () => {
    // Width 2,700; a third is 900.
    expect(band(linear, undefined, "lighter", range, iv(300, 3000))).toEqual(["300", "1200"]);
    expect(band(linear, undefined, "general", range, iv(300, 3000))).toEqual(["1200", "2100"]);
    expect(band(linear, undefined, "heavier", range, iv(300, 3000))).toEqual(["2100", "3000"]);
  });
  it("splits 300–3,000 (ratio 10) geometrically when the edition says so: 300 × 10^(1/3) = 646.33, 300 × 10^(2/3) = 1392.48", () => {
    expect(band(geometric, undefined, "lighter", range, iv(300, 3000))).toEqual(["300", "646"]);
    expect(band(geometric, undefined, "general", range, iv(300, 3000))).toEqual(["647", "1392"]);
    expect(band(geometric, undefined, "heavier", range, iv(300, 3000))).toEqual(["1393", "3000"]);
  });
  it("a max-only fine (≤ 200 元) uses the max-only table: 从轻 ≤ 20 % → 1–40 (never 0), 一般 40–60 % → 80–120, 从重 120–200", () => {
    const maxOnly: StatutoryFine = { shape: "max-only", max: "200" };
    expect(band(linear, undefined, "lighter", maxOnly, iv(0, 200))).toEqual(["1", "40"]);
    expect(band(linear, undefined, "general", maxOnly, iv(0, 200))).toEqual(["80", "120"]);
    expect(band(linear, undefined, "heavier", maxOnly, iv(0, 200))).toEqual(["120", "200"]);
    // A geometric split needs a minimum above 0: the max-only table stays linear.
    expect(band(geometric, undefined, "general", maxOnly, iv(0, 200))).toEqual(["80", "120"]);
  });
  it("a geometric edition still splits a range from 0 linearly (no ratio without a minimum)", () => {
    const fromZero: StatutoryFine = {
      shape: "per-unit",
      rate: { min: "0", max: "30" },
      quantity: ["q"],
      unit: { zh: "元/吨", en: "CNY/t" },
    };
    // Per-unit with a 0 minimum rate uses the max-only table: 一般 is 40–60 % of 0–300 = 120–180.
    expect(band(geometric, undefined, "general", fromZero, iv(0, 300))).toEqual(["120", "180"]);
  });
  it("a fixed fine (20 元) is its own band in every tier", () => {
    expect(band(linear, undefined, "lighter", { shape: "fixed", amount: "20" }, iv(20, 20))).toEqual(["20", "20"]);
  });
  it("a tier naming another formula band, or its own fractions, uses them", () => {
    expect(band(linear, tier({ band: "heavier" }), "general", range, iv(300, 3000))).toEqual(["2100", "3000"]);
    expect(band(linear, tier({ band: { from: "0", to: "1/2" } }), "general", range, iv(300, 3000))).toEqual([
      "300",
      "1650",
    ]);
  });
  it("explicit amounts of the case's jurisdiction and party win, except under a statutory stage", () => {
    const t = tier({ amounts: { shanghai: { individual: { min: "500", max: "800" } } } } as Partial<Tier>);
    expect(band(linear, t, "general", range, iv(300, 3000))).toEqual(["500", "800"]);
    // A stage's range (e.g. 拒不改正 50,000–200,000) is not the range the amounts were written for: the formula applies.
    expect(
      band(linear, t, "general", { shape: "range", min: "50000", max: "200000" }, iv(50000, 200000), { staged: true }),
    ).toEqual(["100000", "150000"]);
    // Amounts for another party or jurisdiction do not apply.
    expect(show(tierBand(linear, t, "general", range, iv(300, 3000), "shanghai", "unit", ONE))).toEqual([
      "1200",
      "2100",
    ]);
    expect(show(tierBand(linear, t, "general", range, iv(300, 3000), "zhejiang", "individual", ONE))).toEqual([
      "1200",
      "2100",
    ]);
  });
  it("a warning-only tier has no band", () => {
    expect(band(linear, tier({ warningOnly: true }), "lighter", range, iv(300, 3000))).toBeUndefined();
  });
  it("减轻 without a rate: from 0 up to just below the minimum, 1–299", () => {
    expect(band(linear, undefined, "reduced", range, iv(300, 3000))).toEqual(["1", "299"]);
    // A max-only fine has no minimum to go below.
    expect(band(linear, undefined, "reduced", { shape: "max-only", max: "200" }, iv(0, 200))).toBeUndefined();
  });
  it("减轻 of a multiple by its own rate: 5–10 倍 of 1,000 is 5,000–10,000; 减轻 at 1–2 倍 → 1,000–2,000", () => {
    const multiple: StatutoryFine = { shape: "multiple", base: "b", min: "5", max: "10" };
    expect(
      band(linear, tier({ level: "reduced", rate: { min: "1", max: "2" } }), "reduced", multiple, iv(5000, 10000)),
    ).toEqual(["1000", "2000"]);
    // Without a rate, 减轻 falls back on the formula: 1 up to 4,999.
    expect(band(linear, tier({ level: "reduced" }), "reduced", multiple, iv(5000, 10000))).toEqual(["1", "4999"]);
    // A rate on a fine whose minimum rate is 0 cannot be used (no per-unit amount to scale): no room below 0.
    expect(
      band(
        linear,
        tier({ level: "reduced", rate: { min: "0", max: "1" } }),
        "reduced",
        { shape: "multiple", base: "b", min: "0", max: "10" },
        iv(0, 10000),
      ),
    ).toBeUndefined();
  });
  it("减轻 by rate never starts at 0 元: 0–1 倍 of a base of 1,000 under 5–10 倍 → 1–1,000", () => {
    const multiple: StatutoryFine = { shape: "multiple", base: "b", min: "5", max: "10" };
    expect(
      band(linear, tier({ level: "reduced", rate: { min: "0", max: "1" } }), "reduced", multiple, iv(5000, 10000)),
    ).toEqual(["1", "1000"]);
  });
  it("a factor-score tier has a band only once the score is known", () => {
    const t = tier({ band: "factor-score" } as Partial<Tier>);
    expect(band(linear, t, "general", range, iv(300, 3000))).toBeUndefined();
    // 300 + 2,700 × 0.5 = 1,650.
    expect(band(linear, t, "general", range, iv(300, 3000), { score: d("0.5") })).toEqual(["1650", "1650"]);
  });
  // "处二百元以下罚款" scored 0 would be 0 元, and a fine of 0 is no fine (DESIGN §3): the lowest fine is one unit.
  it("a factor-score tier of a fine without a minimum never comes out 0 元", () => {
    const t = tier({ band: "factor-score" } as Partial<Tier>);
    expect(band(linear, t, "general", { shape: "max-only", max: "200" }, iv(0, 200), { score: d(0) })).toEqual([
      "1",
      "1",
    ]);
  });
});

describe("statutory fine shapes", () => {
  const perUnit = (min: string): StatutoryFine => ({
    shape: "per-unit",
    rate: { min, max: "30" },
    quantity: ["days"],
    unit: { zh: "元/日", en: "CNY/day" },
  });
  it("only range, max-only and fixed fines are known before the case", () => {
    expect(isStaticFine({ shape: "range", min: "1", max: "2" })).toBe(true);
    expect(isStaticFine({ shape: "max-only", max: "2" })).toBe(true);
    expect(isStaticFine({ shape: "fixed", amount: "2" })).toBe(true);
    expect(isStaticFine(perUnit("10"))).toBe(false);
    expect(isStaticFine({ shape: "multiple", base: "b", min: "1", max: "2" })).toBe(false);
    expect(isStaticFine({ shape: "percentage", base: "b", min: "1", max: "2" })).toBe(false);
  });
  it("a fine with no statutory minimum uses the max-only bands, whatever its shape", () => {
    expect(formulaTable({ shape: "fixed", amount: "20" })).toBe("fixed");
    expect(formulaTable({ shape: "max-only", max: "200" })).toBe("maxOnly");
    expect(formulaTable({ shape: "range", min: "0", max: "200" })).toBe("range");
    expect(formulaTable(perUnit("0"))).toBe("maxOnly");
    expect(formulaTable(perUnit("10"))).toBe("range");
    expect(formulaTable({ shape: "multiple", base: "b", min: "0", max: "3" })).toBe("maxOnly");
    expect(formulaTable({ shape: "multiple", base: "b", min: "1/2", max: "3" })).toBe("range");
    expect(formulaTable({ shape: "percentage", base: "b", min: "0", max: "3" })).toBe("maxOnly");
    expect(formulaTable({ shape: "percentage", base: "b", min: "1", max: "3" })).toBe("range");
  });
  it("states each shape's interval for a case: 10–30 元/日 × 4 days = 40–120; 1/2–3 倍 of 900 = 450–2,700", () => {
    expect(show(statutoryInterval({ shape: "range", min: "300", max: "3000" }, {}))).toEqual(["300", "3000"]);
    expect(show(statutoryInterval({ shape: "max-only", max: "200" }, {}))).toEqual(["0", "200"]);
    expect(show(statutoryInterval({ shape: "fixed", amount: "20" }, {}))).toEqual(["20", "20"]);
    expect(show(statutoryInterval(perUnit("10"), { days: 4 }))).toEqual(["40", "120"]);
    expect(show(statutoryInterval({ shape: "multiple", base: "b", min: "1/2", max: "3" }, { b: "900" }))).toEqual([
      "450",
      "2700",
    ]);
    expect(show(statutoryInterval({ shape: "percentage", base: "b", min: "5", max: "10" }, { b: "1000" }))).toEqual([
      "50",
      "100",
    ]);
  });
  it("writtenBounds gives the bounds as written: amounts, rates, multiples or percentages", () => {
    const w = (f: StatutoryFine) => writtenBounds(f).map((x) => x.toFixed());
    expect(w({ shape: "range", min: "300", max: "3000" })).toEqual(["300", "3000"]);
    expect(w({ shape: "max-only", max: "200" })).toEqual(["0", "200"]);
    expect(w({ shape: "fixed", amount: "20" })).toEqual(["20", "20"]);
    expect(w(perUnit("10"))).toEqual(["10", "30"]);
    expect(w({ shape: "multiple", base: "b", min: "1/2", max: "3" })).toEqual(["0.5", "3"]);
    expect(w({ shape: "percentage", base: "b", min: "5", max: "10" })).toEqual(["5", "10"]);
  });
});

describe("jurisdiction chain", () => {
  it("a district falls back on its city and province, nearest first", () => {
    expect(jurisdictionChain("zhejiang/jiaxing/jiashan")).toEqual([
      "zhejiang/jiaxing/jiashan",
      "zhejiang/jiaxing",
      "zhejiang",
    ]);
    expect(jurisdictionChain("shanghai")).toEqual(["shanghai"]);
  });
  it("nearest finds the nearest level that has a value, and nothing when no level has one", () => {
    const bases = new Map([
      ["zhejiang", "province"],
      ["zhejiang/jiaxing", "city"],
    ]);
    expect(nearest("zhejiang/jiaxing/jiashan", (j) => bases.get(j))).toBe("city");
    expect(nearest("zhejiang/hangzhou", (j) => bases.get(j))).toBe("province");
    expect(nearest("shanghai/qingpu", (j) => bases.get(j))).toBeUndefined();
  });
  it("an id without a slash has no parent, even where a shorter id is known", () => {
    expect(nearest("ab", (j) => (j === "a" ? "a" : undefined))).toBeUndefined();
    expect(jurisdictionChain("ab")).toEqual(["ab"]);
  });
  it("the top level is the province or municipality", () => {
    expect(topLevel("zhejiang/jiaxing/jiashan")).toBe("zhejiang");
    expect(topLevel("shanghai")).toBe("shanghai");
  });
});

describe("citation identity", () => {
  const a: Citation = {
    law: "cn-administrative-penalty-law-2021",
    article: "第三十条",
    text: "不满十四周岁的未成年人有违法行为的，不予行政处罚",
  };
  it("the same law, article and words are the same citation; any difference is another", () => {
    expect(sameCitation(a, { ...a })).toBe(true);
    expect(sameCitation(a, { ...a, law: "other" })).toBe(false);
    expect(sameCitation(a, { ...a, article: "第三十一条" })).toBe(false);
    expect(
      sameCitation(a, { ...a, text: "已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚" }),
    ).toBe(false);
  });
  it("addCitation appends a new citation once and ignores null", () => {
    const list: Citation[] = [];
    addCitation(list, a);
    addCitation(list, { ...a });
    addCitation(list, null);
    addCitation(list, undefined);
    const b = { ...a, article: "第三十二条" };
    addCitation(list, b);
    addCitation(list, { ...b });
    expect(list).toEqual([a, b]);
  });
});

describe("conditions (json-rules-engine 7 semantics)", () => {
  const c = (fact: string, operator: string, value: unknown) => compileCondition({ fact, operator, value } as never);
  it("numeric comparisons read number-like strings as json-rules-engine does and reject the rest", () => {
    // json-rules-engine's lessThan: factValue must parse as a number, then JS `<` compares ("5" < 10 is true).
    expect(c("x", "lessThan", 10)({ x: "5" })).toBe(true);
    expect(c("x", "lessThan", 10)({ x: "abc" })).toBe(false);
    expect(c("x", "lessThan", 10)({ x: 10 })).toBe(false);
    expect(c("x", "lessThanInclusive", 10)({ x: 10 })).toBe(true);
    expect(c("x", "lessThanInclusive", 10)({ x: "10" })).toBe(true);
    expect(c("x", "lessThanInclusive", 10)({ x: "11" })).toBe(false);
    expect(c("x", "lessThanInclusive", 10)({ x: "abc" })).toBe(false);
    expect(c("x", "greaterThan", 10)({ x: 10 })).toBe(false);
    expect(c("x", "greaterThan", 10)({ x: "11" })).toBe(true);
    expect(c("x", "greaterThan", 10)({ x: "10" })).toBe(false);
    expect(c("x", "greaterThan", 10)({ x: undefined })).toBe(false);
    expect(c("x", "greaterThanInclusive", 10)({ x: 10 })).toBe(true);
    expect(c("x", "greaterThanInclusive", 10)({ x: "10" })).toBe(true);
    expect(c("x", "greaterThanInclusive", 10)({ x: "9" })).toBe(false);
    expect(c("x", "greaterThanInclusive", 10)({ x: null })).toBe(false);
    expect(c("x", "lessThan", 10)({ x: "9" })).toBe(true);
    // null is not number-like (json-rules-engine checks parseFloat first), although JS would read null < 10 as 0 < 10.
    expect(c("x", "lessThan", 10)({ x: null })).toBe(false);
    expect(c("x", "lessThanInclusive", 10)({ x: null })).toBe(false);
    expect(c("x", "greaterThanInclusive", -1)({ x: null })).toBe(false);
    expect(c("x", "greaterThan", -1)({ x: null })).toBe(false);
    expect(c("x", "lessThan", 10)({ x: 9 })).toBe(true);
    expect(c("x", "greaterThan", 10)({ x: 11 })).toBe(true);
    expect(c("x", "lessThan", 10)({ x: "10" })).toBe(false);
  });
  it("equal, in and the array operators", () => {
    expect(c("x", "equal", "a")({ x: "a" })).toBe(true);
    expect(c("x", "equal", "a")({ x: "b" })).toBe(false);
    expect(c("x", "notEqual", "a")({ x: "b" })).toBe(true);
    expect(c("x", "notEqual", "a")({ x: "a" })).toBe(false);
    expect(c("x", "in", ["a", "b"])({ x: "b" })).toBe(true);
    expect(c("x", "in", ["a", "b"])({ x: "c" })).toBe(false);
    expect(c("x", "notIn", ["a", "b"])({ x: "c" })).toBe(true);
    expect(c("x", "notIn", ["a", "b"])({ x: "a" })).toBe(false);
    expect(c("x", "contains", "a")({ x: ["a"] })).toBe(true);
    expect(c("x", "contains", "a")({ x: ["b"] })).toBe(false);
    expect(c("x", "contains", "a")({ x: "a" })).toBe(false);
    expect(c("x", "doesNotContain", "a")({ x: ["b"] })).toBe(true);
    expect(c("x", "doesNotContain", "a")({ x: ["a"] })).toBe(false);
    expect(c("x", "doesNotContain", "a")({ x: "b" })).toBe(false);
  });
  it("all needs every part, any one part, not the opposite", () => {
    const t = { fact: "t", operator: "equal", value: true };
    const f = { fact: "f", operator: "equal", value: true };
    const bag = { t: true, f: false };
    expect(compileCondition({ all: [t, t] } as never)(bag)).toBe(true);
    expect(compileCondition({ all: [t, f] } as never)(bag)).toBe(false);
    expect(compileCondition({ all: [f, t] } as never)(bag)).toBe(false);
    expect(compileCondition({ any: [f, t] } as never)(bag)).toBe(true);
    expect(compileCondition({ any: [f, f] } as never)(bag)).toBe(false);
    expect(compileCondition({ any: [f] } as never)(bag)).toBe(false);
    expect(compileCondition({ all: [f] } as never)(bag)).toBe(false);
    expect(compileCondition({ not: f } as never)(bag)).toBe(true);
    expect(compileCondition({ not: t } as never)(bag)).toBe(false);
  });
  it("names only allowed operators and lists leaves with their paths", () => {
    // The allow-list is the schema's operator enum, name for name; nothing else (not even an Object.prototype key).
    for (const name of OperatorSchema.options) expect(isOperator(name), name).toBe(true);
    for (const name of ["toString", "hasOwnProperty", "", "regex", "Equal"]) expect(isOperator(name), name).toBe(false);
    expect(() => c("x", "regex", ".*")).toThrow(/operator "regex" is not allowed/);
    const cond = {
      all: [
        { fact: "a", operator: "equal", value: 1 },
        { any: [{ not: { fact: "b", operator: "equal", value: 2 } }, { fact: "a", operator: "equal", value: 3 }] },
      ],
    };
    expect(leaves(cond as never).map((l) => l.path)).toEqual([
      ["all", 0],
      ["all", 1, "any", 0, "not"],
      ["all", 1, "any", 1],
    ]);
    expect(factsRead(cond as never)).toEqual(["a", "b"]);
  });
});

describe("amount strings are at most 40 characters (MAX_AMOUNT_CHARS)", () => {
  it("40 digits parse; 41 do not, as decimals and as ratios", async () => {
    const { parseDecimal, parseRatio } = await import("../src/money/index.js");
    expect(parseDecimal("1".repeat(40))?.toFixed()).toBe("1".repeat(40));
    expect(parseDecimal("1".repeat(41))).toBeUndefined();
    expect(parseRatio("1".repeat(40))?.toFixed()).toBe("1".repeat(40));
    expect(parseRatio("1".repeat(41))).toBeUndefined();
  });
});
