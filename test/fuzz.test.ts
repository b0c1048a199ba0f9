import { describe, expect, it } from "vitest";
import { safeEvaluate } from "../src/index.js";
import { fixtureCases, fuzzCases, fuzzRuleSets } from "../scripts/fuzz-lib.js";
import { compiled, readRuleSource, root } from "./helpers.js";

const seeds = fixtureCases(root, "yrd-2023");

describe("fuzzing (a small run; npm run fuzz runs 10⁶ cases and 10⁴ rule sets)", () => {
  it("mutated cases never throw, hang or pollute, and every rejection names a field", () => {
    const r = fuzzCases({ compiled, seeds, count: 20_000, seed: 7, timeLimitMs: 60_000 });
    expect(r.failures).toEqual([]);
    expect(r.cases).toBe(20_000);
    expect(r.rejected).toBeGreaterThan(5_000);
    expect(r.accepted).toBeGreaterThan(1_000);
  });
  it("mutated rule sets load or are rejected with file and pointer, and never load broken", () => {
    const r = fuzzRuleSets({
      source: readRuleSource("yrd-2023"),
      count: 300,
      seed: 11,
      timeLimitMs: 60_000,
      caseSeeds: seeds,
    });
    expect(r.failures).toEqual([]);
    expect(r.ruleSets).toBe(300);
    expect(r.rejected).toBeGreaterThan(50);
  });
});

describe("prototype pollution", () => {
  it("is impossible through case input", () => {
    const base = seeds[0] as Record<string, unknown>;
    for (const text of [`{"__proto__": {"polluted": "yes"}}`, `{"constructor": {"prototype": {"polluted": "yes"}}}`]) {
      const evil = JSON.parse(text);
      for (const input of [
        evil,
        { ...base, facts: evil },
        { ...base, party: evil },
        { ...base, ...evil },
        { ...base, priorViolations: [evil] },
      ]) {
        const r = safeEvaluate(compiled, input);
        expect(r.ok).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }
    }
    const facts = JSON.parse(`{"location": "key-area", "__proto__": {"location": "ordinary"}}`);
    const r = safeEvaluate(compiled, { ...base, matter: "cityscape.littering", facts });
    expect(r.ok ? [] : r.issues).toContainEqual(
      expect.objectContaining({ code: "unknown-fact", path: ["facts", "__proto__"] }),
    );
  });
});
