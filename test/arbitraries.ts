/** fast-check generators of valid cases for any matter of a compiled rule set. */
import fc from "fast-check";
import type { CompiledRuleSet } from "../src/index.js";
import type { FactDeclaration } from "../src/schema/rules.js";

export function factArbitrary(decl: FactDeclaration): fc.Arbitrary<unknown> {
  switch (decl.type) {
    case "number": {
      const max = decl.max ?? Math.max(decl.min + 1000, decl.min * 10);
      if (decl.integer) return fc.integer({ min: Math.ceil(decl.min), max: Math.floor(max) });
      return fc.oneof(
        fc.integer({ min: Math.ceil(decl.min), max: Math.floor(max) }),
        fc.double({ min: decl.min, max, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 100) / 100).filter((x) => x >= decl.min && x <= max),
      );
    }
    case "enum":
      return fc.constantFrom(...decl.values.map((v) => v.value));
    case "boolean":
      return fc.boolean();
    case "money":
      return fc.integer({ min: 1, max: 100_000_000 }).map((cents) => (cents / 100).toFixed(2));
  }
}

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const DAY0 = Date.UTC(2023, 6, 1) / 86_400_000; // the yrd-2023 edition's first day

/** A valid case for `matterId` (its party types, facts, dates inside the edition, known circumstances). */
export function caseArbitrary(compiled: CompiledRuleSet, matterId: string, jurisdiction = "shanghai"): fc.Arbitrary<Record<string, any>> {
  const m = compiled.matters.get(matterId)!.matter;
  const facts = fc.record(Object.fromEntries(Object.entries(m.facts).map(([k, d]) => [k, factArbitrary(d)])));
  const party = fc.oneof(
    ...m.parties.map((t) =>
      t === "unit"
        ? fc.constant({ type: "unit" })
        : fc.record(
            { type: fc.constant("individual"), age: fc.integer({ min: 10, max: 90 }), mentalState: fc.constantFrom("sound", "incapable", "intermittent-lucid", "partially-incapable") },
            { requiredKeys: ["type"] },
          ),
    ),
  );
  return fc
    .record({
      party,
      facts,
      occurred: fc.integer({ min: DAY0 + 30, max: DAY0 + 700 }), // inside yrd-2023 (to 2025-06-30)
      discoveredAfter: fc.integer({ min: 0, max: 1000 }),
      circumstances: fc.uniqueArray(fc.constantFrom(...compiled.circumstances.keys()), { maxLength: 3 }),
      harm: fc.constantFrom("none", "minor", "moderate", "serious"),
      correction: fc.constantFrom("in-time", "late", "refused", "not-ordered"),
      priors: fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 3 }),
      noFault: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((r) => {
      const c: Record<string, any> = {
        matter: matterId,
        party: r.party,
        jurisdiction,
        occurredOn: iso(r.occurred),
        discoveredOn: iso(r.occurred + r.discoveredAfter),
        facts: r.facts,
        circumstances: r.circumstances,
        harm: r.harm,
        correction: r.correction,
        priorViolations: r.priors.map((back) => ({ matter: matterId, on: iso(r.occurred - back), jurisdiction: "zhejiang" })),
      };
      if (r.noFault !== undefined) c.noFaultProven = r.noFault;
      return c;
    });
}
