import { describe, expect, it } from "vitest";
import { fixtureCases } from "../scripts/fuzz-lib.js";
import { fuzzTrust, TRUST_CLASSES } from "../scripts/fuzz-trust.js";
import { compiled, readRuleSource, root } from "./helpers.js";

describe("fuzzing the trust boundaries (a small run; npm run fuzz runs more)", () => {
  it("hostile directories, over-limit rule files, adversarial law texts, issue floods and long amounts all give bounded issues", () => {
    const r = fuzzTrust({
      root,
      source: readRuleSource("yrd-2023"),
      compiled,
      seeds: fixtureCases(root, "yrd-2023"),
      count: 100,
      seed: 15,
      timeLimitMs: 120_000,
    });
    expect(r.failures).toEqual([]);
    expect(r.inputs).toBe(100);
    for (const c of TRUST_CLASSES) expect(r.byClass[c]).toBe(20);
  });
});
