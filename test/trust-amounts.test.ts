/**
 * One amount limit, enforced alike in rule files and cases: a decimal string of at most 40 characters
 * (MAX_AMOUNT_CHARS). A longer amount is an issue naming the field, never rounded to fit; an amount within the limit
 * is computed exactly.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { safeEvaluate, safeLoadRuleSet } from "../src/index.js";
import { MAX_AMOUNT_CHARS } from "../src/money/index.js";
import { DecimalString, RatioString } from "../src/schema/rules.js";
import { compiled, root, ruleSource } from "./helpers.js";

const TEMPORARY = "ecology.temporary-construction";
/** A fixture case of the temporary-works matter (individual, Shanghai, cost 50,000 元, 15 m²). */
const temporary = JSON.parse(readFileSync(join(root, "fixtures", "yrd-2023", `${TEMPORARY}.json`), "utf8"))[0]
  .case as Record<string, any>;
const withCost = (cost: string, floorArea = 15) => ({ ...temporary, facts: { constructionCost: cost, floorArea } });

/** The littering matter with its Shanghai statutory maximum for individuals replaced. */
function litteringWithMax(max: string) {
  const src = ruleSource();
  const m = src.matters.find((x) => x.id === "cityscape.littering");
  m.bases.shanghai.statutory.individual.fine.max = max;
  return safeLoadRuleSet(src);
}

describe("the amount limit is the same for rule files and cases", () => {
  it("is 40 characters", () => {
    expect(MAX_AMOUNT_CHARS).toBe(40);
  });

  it("a rule amount of 41 digits is an issue at its pointer, not silently rounded", () => {
    const r = litteringWithMax("1" + "0".repeat(39) + "1");
    expect(r.ok ? [] : r.issues).toContainEqual(
      expect.objectContaining({
        code: "invalid-rule-file",
        file: "rules/yrd-2023/matters/cityscape.littering.json",
        pointer: "/bases/shanghai/statutory/individual/fine/max",
        message: expect.stringMatching(/at most 40 characters/),
      }),
    );
  });

  it("a rule amount of 40 digits loads", () => {
    const r = litteringWithMax("1" + "0".repeat(39));
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it("a case amount of 30 characters is accepted (the former limit was 23)", () => {
    const cost = "123456789012345678901234567.89";
    expect(cost).toHaveLength(30);
    const r = safeEvaluate(compiled, withCost(cost));
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it("a case amount of 41 characters is an issue naming the fact and the limit", () => {
    const r = safeEvaluate(compiled, withCost("1".repeat(41)));
    expect(r.ok ? [] : r.issues).toEqual([
      expect.objectContaining({
        code: "invalid-fact",
        path: ["facts", "constructionCost"],
        message: expect.stringMatching(/at most 40 characters; got 41/),
      }),
    ]);
  });

  it("rule schema and case validation accept exactly the same lengths", () => {
    for (let n = 1; n <= 60; n++) {
      for (const text of ["7".repeat(n), n > 2 ? "7".repeat(n - 2) + ".5" : "7".repeat(n)]) {
        const inRules = DecimalString.safeParse(text).success;
        const inCases = safeEvaluate(compiled, withCost(text)).ok;
        expect([n, inRules, inCases]).toEqual([n, n <= 40, n <= 40]);
      }
      expect(RatioString.safeParse("1".repeat(n)).success).toBe(n <= 40);
    }
  });
});

describe("an amount within the limit is computed exactly", () => {
  it("40 nines as the cost of temporary works: the 从重 band is exactly [⌈0.6 × cost⌉, cost]", () => {
    // Heavier tier (floorArea ≥ 100 m²); the statute is 0–1 × cost, a fine with no minimum, so the edition's
    // max-only 从重 band 0.6–1 applies, rounded inward to whole yuan (rounding unit 1).
    // 0.6 × (10^40 − 1) = 6 × 10^39 − 0.6, so the lower bound rounds up to 6 × 10^39. With 40 significant digits
    // the product would first round to 5999…99 (40 digits) and the band would start 1 元 low.
    const cost = "9".repeat(40);
    const C = BigInt(cost);
    const min = (6n * C + 9n) / 10n; // ⌈6C / 10⌉
    expect(min.toString()).toBe("6" + "0".repeat(39));
    const r = safeEvaluate(compiled, withCost(cost, 150));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.outcome.tier?.id).toBe("heavier");
    expect(r.outcome.fine).toEqual({ min: min.toString(), max: cost, currency: "CNY" });
  });
});
