/**
 * Outcomes share the parts that do not depend on the case (matter, rule set, jurisdiction, tier, static fine,
 * procedure flags, citations and labels of the rule files). Sharing is safe only if every shared object is frozen:
 * a caller that changes one outcome must never change another. Checked over a generated corpus of both editions:
 * any object reachable from two outcomes must be frozen, and the case-specific arrays (grounds, sanctions,
 * citations, trace) must be each outcome's own.
 */
import { describe, expect, it } from "vitest";
import { evaluate, explain, type CaseInput } from "../src/index.js";
import { generateCorpus } from "../fixtures/corpus.js";
import { compiled, compiled2025, editions } from "./helpers.js";

function objects(value: unknown, into: Set<object>): Set<object> {
  if (value === null || typeof value !== "object" || into.has(value)) return into;
  into.add(value);
  for (const v of Object.values(value)) objects(v, into);
  return into;
}

describe("shared outcome parts", () => {
  const corpus = [
    ...generateCorpus({ seed: 7, size: 600, ruleSets: [compiled, compiled2025] }),
  ] as unknown as CaseInput[];
  const outcomes = corpus.map((c, i) => (i % 2 ? explain(editions, c) : evaluate(editions, c)));

  it("every object two outcomes both reach is frozen", () => {
    const seen = new Map<object, number>();
    outcomes.forEach((o, i) => {
      for (const x of objects(o, new Set())) {
        const first = seen.get(x);
        if (first === undefined) seen.set(x, i);
        else if (first !== i && !Object.isFrozen(x)) {
          throw new Error(`outcomes ${first} and ${i} share a mutable object: ${JSON.stringify(x).slice(0, 200)}`);
        }
      }
    });
    // The sharing is real: the same matter part is handed out again (so the check above is not vacuous).
    const byMatter = new Map<string, object>();
    let shared = 0;
    for (const o of outcomes) {
      const prev = byMatter.get(o.matter.id + o.ruleSet.id);
      if (prev === o.matter) shared++;
      byMatter.set(o.matter.id + o.ruleSet.id, o.matter);
    }
    expect(shared).toBeGreaterThan(100);
  });

  it("the arrays a caller may extend are each outcome's own", () => {
    const arrays = new Set<unknown>();
    for (const o of outcomes) {
      for (const a of [o.grounds, o.sanctions, o.citations, o.trace]) {
        if (a === undefined) continue;
        expect(arrays.has(a)).toBe(false);
        arrays.add(a);
      }
    }
  });

  it("changing a shared part throws instead of changing another outcome", () => {
    const a = evaluate(editions, corpus[0]!);
    expect(() => {
      (a.matter as { id: string }).id = "changed";
    }).toThrow(TypeError);
    expect(() => {
      (a.procedure as { hearing: boolean }).hearing = !a.procedure.hearing;
    }).toThrow(TypeError);
  });
});
