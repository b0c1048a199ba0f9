/**
 * Outcomes share no mutable state, and the date-selected default evaluates a case of several matters under the edition
 * that holds them (行政处罚法 Art. 37).
 */
import { describe, expect, it } from "vitest";
import {
  compileEditions,
  evaluate,
  explain,
  safeEvaluate,
  type CaseInput,
  type CompiledRuleSet,
} from "../src/index.js";
import { compiled as bundled, compiled2025 } from "./helpers.js";

// Typed loosely: the cases here are plain data, as a case system sends them.
const compiled: CompiledRuleSet = bundled;

const base: CaseInput = {
  matter: "cityscape.littering",
  party: { type: "individual" },
  jurisdiction: "shanghai",
  occurredOn: "2024-05-01",
  discoveredOn: "2024-05-01",
  facts: { location: "key-area" },
  circumstances: [],
  harm: "moderate",
  correction: "late",
  priorViolations: [],
};

describe("no shared mutable state between Outcomes", () => {
  it("changing every reachable object of one Outcome (where it can be changed) leaves the next Outcome as it was", () => {
    const first = explain(compiled, base);
    const expected = JSON.parse(JSON.stringify(explain(compiled, base)));
    // Deep-mutate the first outcome: every writable property of every reachable object or array.
    const seen = new Set<object>();
    const scribble = (value: unknown): void => {
      if (value === null || typeof value !== "object" || seen.has(value)) return;
      seen.add(value);
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        scribble(child);
        try {
          (value as Record<string, unknown>)[key] = typeof child === "string" ? "changed" : child;
        } catch {
          // a frozen shared object refuses the change: that is the point
        }
      }
      if (Array.isArray(value)) {
        try {
          value.push("extra");
        } catch {
          // frozen
        }
      }
    };
    scribble(first);
    expect(JSON.parse(JSON.stringify(explain(compiled, base)))).toEqual(expected);
  });
  it("the labels an Outcome shares with the rule set are frozen", () => {
    const o = evaluate(compiled, base);
    for (const s of o.sanctions) expect(Object.isFrozen(s.label)).toBe(true);
    for (const c of o.citations) expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(o.matter.name)).toBe(true);
  });
});

describe("the date-selected default and a case of several matters (Art. 37)", () => {
  const both = compileEditions([compiled, compiled2025]);
  // ecology.restaurant-fume is not in yrd-2025 (dropped for competence, not by a change of law); with
  // cityscape.littering, one act under two provisions (Art. 29), in Zhejiang where 城管 decides both.
  const several: CaseInput = {
    ...base,
    matter: ["cityscape.littering", "ecology.restaurant-fume"],
    party: { type: "unit" },
    jurisdiction: "zhejiang",
    occurredOn: "2025-03-01",
    discoveredOn: "2025-03-02",
    decidedOn: "2025-08-01",
    facts: { location: "key-area", facility: "not-installed", exceedance: 60 },
  };
  it("is evaluated under yrd-2023, in force when the act occurred, not rejected because yrd-2025 lacks one matter", () => {
    const r = safeEvaluate(both, several);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.outcome.ruleSet.id).toBe("yrd-2023");
      expect(r.outcome.grounds.map((g) => g.code)).toContain("rule-in-force-at-act");
      expect(r.outcome.grounds.map((g) => g.code)).toContain("one-fine-higher-provision");
    }
  });
});
