/**
 * Differential tests: the compiled fast path and the json-rules-engine reference path (cailiang/reference) must give
 * deep-equal results — outcome and trace, or the same issues — on every fixture and on generated cases for every
 * matter. A difference fails with the shrunk case (fast-check prints it with the seed to replay).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeEvaluate, safeExplain, type CompiledRuleSet } from "../src/index.js";
import {
  compileReference,
  evaluateReference,
  explainReference,
  type ReferenceRuleSet,
} from "../src/reference/index.js";
import { differentialCaseArbitrary } from "./arbitraries.js";
import { compiled, compiled2025, fixtureFiles } from "./helpers.js";

/** Generated cases per matter, per edition: 47 × 170 + 46 × 60 > 10⁴ per run. */
const RUNS: Record<string, number> = { "yrd-2023": 170, "yrd-2025": 60 };
const targets: [string, CompiledRuleSet, ReferenceRuleSet][] = [
  ["yrd-2023", compiled, compileReference(compiled.ruleSet)],
  ["yrd-2025", compiled2025, compileReference(compiled2025.ruleSet)],
];
let generated = 0;

/** Both paths on one case: the explained results must be deep-equal (outcome with trace, or issues). */
async function agree(fast: CompiledRuleSet, ref: ReferenceRuleSet, input: unknown): Promise<void> {
  const expected = safeExplain(fast, input);
  const actual = await explainReference(ref, input);
  expect(actual).toStrictEqual(expected);
}

describe("the reference path decides every condition with json-rules-engine", () => {
  it("runs one engine per matter with one named rule per condition", () => {
    const ref = targets[0]![2];
    expect(ref.engines.size).toBe(compiled.matters.size);
    const littering = ref.engines.get("cityscape.littering")!;
    expect(littering.names).toEqual(["tier/lighter", "tier/general", "tier/heavier", "minor"]);
    expect([...littering.levels].sort()).toEqual(["general", "heavier", "lighter", "reduced"]);
  });
  it("gives the same results to concurrent calls (engine runs are serialised per matter)", async () => {
    const [, fast, ref] = targets[0]!;
    const cases = fixtureFiles("yrd-2023")
      .flatMap(([, es]) => es.map((e) => e.case))
      .slice(0, 120);
    const results = await Promise.all(cases.map((c) => explainReference(ref, c)));
    results.forEach((r, i) => expect(r).toStrictEqual(safeExplain(fast, cases[i])));
  });
  it("gives the fast path's issues for invalid input", async () => {
    for (const input of [null, "x", {}, { matter: "cityscape.littering" }]) {
      expect(await evaluateReference(targets[0]![2], input)).toStrictEqual(safeEvaluate(compiled, input));
    }
  });
});

describe.each(targets)("fixtures/%s: fast path = reference path", (edition, fast, ref) => {
  const entries = fixtureFiles(edition).flatMap(([, es]) => es);
  it(`every fixture (${entries.length}), explained and evaluated`, async () => {
    for (const entry of entries) {
      await agree(fast, ref, entry.case);
      expect(await evaluateReference(ref, entry.case)).toStrictEqual(safeEvaluate(fast, entry.case));
    }
  });
});

describe.each(targets)("generated cases, %s: fast path = reference path", (edition, fast, ref) => {
  it.each([...fast.matters.keys()])("%s", async (matterId) => {
    await fc.assert(
      fc.asyncProperty(differentialCaseArbitrary(fast, matterId), async (input) => {
        generated++;
        await agree(fast, ref, input);
      }),
      { numRuns: RUNS[edition]! },
    );
  });
});

describe("volume", () => {
  it("at least 10⁴ generated cases per run", () => {
    const planned = targets.reduce((n, [edition, fast]) => n + RUNS[edition]! * fast.matters.size, 0);
    expect(planned).toBeGreaterThanOrEqual(10_000);
    if (generated > 0) expect(generated).toBeGreaterThanOrEqual(planned); // every property ran (a filtered run skips this)
  });
});
