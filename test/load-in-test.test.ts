/**
 * The bundled editions and the casebook's test rule sets are loaded and compiled inside a test here, not when the
 * file is imported (test/helpers.ts compiles at import). A defect that makes a rule set fail to load or compile then
 * fails this test, instead of only failing the import of the test files that use helpers — which a test runner
 * (and mutation testing with it) may report as an error outside any test rather than as a failed test.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, compileEditions, evaluate, loadRuleSet, type CaseInput } from "../src/index.js";
import { loadRuleSetFromDir } from "../src/node.js";
import { yrd2023, yrd2025 } from "../src/rules.js";

const root = join(import.meta.dirname, "..");
const lawsDir = join(root, "rules", "laws");

describe("rule sets load and compile inside a test", () => {
  it("yrd-2023 and yrd-2025, from the bundled sources and from their directories, and together by date", () => {
    const a = compile(loadRuleSet(yrd2023));
    const b = compile(loadRuleSet(yrd2025));
    expect(a.matters.size).toBe(46);
    expect(b.matters.size).toBeGreaterThan(40);
    expect(compile(loadRuleSetFromDir(join(root, "rules", "yrd-2023"), { lawsDir })).matters.size).toBe(46);
    const both = compileEditions([b, a]);
    expect(both.editions.map((e) => e.edition.id)).toEqual(["yrd-2023", "yrd-2025"]);
    // 市容条例 Art. 28: littering on an ordinary road, first time → 从轻 1–20 元 (the max-only table's 0–20 %, 0 lifted
    // to one unit), under the edition in force on the day of the act.
    const littering: CaseInput = {
      matter: "cityscape.littering",
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2024-05-10",
      discoveredOn: "2024-05-20",
      facts: { location: "ordinary" },
      circumstances: [],
      harm: "minor",
      correction: "late",
      priorViolations: [],
    };
    expect(evaluate(both, littering as never).fine).toMatchObject({ min: "1", max: "20" });
  });
  const casebookRuleSets = join(root, "fixtures", "casebook", "rulesets");
  const testRuleSets = join(root, "test", "rulesets");
  it.each([
    ...readdirSync(casebookRuleSets).map((d) => join(casebookRuleSets, d)),
    ...readdirSync(testRuleSets).map((d) => join(testRuleSets, d)),
  ])("%s", (dir) => {
    expect(compile(loadRuleSetFromDir(dir, { lawsDir })).matters.size).toBeGreaterThan(0);
  });
});
