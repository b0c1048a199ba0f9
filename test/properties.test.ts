import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { explain, safeEvaluate } from "../src/index.js";
import { caseArbitrary, type LooseCase } from "./arbitraries.js";
import { compiled } from "./helpers.js";

const LEVEL = { reduced: 0, lighter: 1, general: 2, heavier: 3 } as const;
const factTier = (o: ReturnType<typeof explain>) =>
  o.trace!.find((t) => t.step === "tier-by-facts")!.reads.tier as string;

describe.each([...compiled.matters.keys()])("monotonicity: %s", (id) => {
  const cm = compiled.matters.get(id)!;
  const order = new Map(cm.tiers.map((t, i) => [t.id, i]));
  const numeric = Object.entries(cm.matter.facts).flatMap(([k, d]) => (d.type === "number" ? [[k, d] as const] : []));
  const arb = caseArbitrary(compiled, id).map((c): LooseCase => ({
    ...c,
    circumstances: [],
    harm: "moderate",
    correction: "refused",
    party: c.party.type === "unit" ? c.party : { type: "individual" },
  }));

  it("a larger quantity or more prior violations never selects a lighter tier", () => {
    fc.assert(
      fc.property(
        arb,
        fc.integer({ min: 0, max: Math.max(0, numeric.length - 1) }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.integer({ min: 1, max: 3 }),
        (c, which, bump, morePriors) => {
          const base = explain(compiled, c, { checkEffectiveDates: false });
          const before = order.get(factTier(base))!;
          if (numeric.length > 0) {
            const [name, decl] = numeric[which]!;
            let value = (c.facts[name] as number) + (decl.integer ? Math.ceil(bump) : bump);
            if (decl.max !== undefined) value = Math.min(value, decl.max);
            const up = explain(
              compiled,
              { ...c, facts: { ...c.facts, [name]: value } },
              { checkEffectiveDates: false },
            );
            if (order.get(factTier(up))! < before) return false;
          }
          const priors = [...c.priorViolations];
          for (let k = 0; k < morePriors; k++) priors.push({ matter: id, on: c.occurredOn, jurisdiction: "zhejiang" });
          const repeat = explain(compiled, { ...c, priorViolations: priors }, { checkEffectiveDates: false });
          return order.get(factTier(repeat))! >= before;
        },
      ),
      { numRuns: 60 },
    );
  });

  it("an aggravating circumstance never lightens and a mitigating one never aggravates the outcome tier", () => {
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom("evaded-inspection", "serious-impact", "destroyed-evidence"),
        fc.constantFrom("eliminated-harm", "voluntarily-stopped", "minor-role"),
        (c, agg, mit) => {
          const rank = (x: ReturnType<typeof safeEvaluate>) => {
            if (!x.ok || !x.outcome.tier) return undefined;
            const t = x.outcome.tier.id;
            return t === cm.reduced.id ? -1 : order.get(t)!;
          };
          const base = rank(safeEvaluate(compiled, c, { checkEffectiveDates: false }));
          const worse = rank(safeEvaluate(compiled, { ...c, circumstances: [agg] }, { checkEffectiveDates: false }));
          const better = rank(safeEvaluate(compiled, { ...c, circumstances: [mit] }, { checkEffectiveDates: false }));
          if (base === undefined) return true;
          return (worse === undefined || worse >= base) && (better === undefined || better <= base);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("determinism and round trips", () => {
  it("the same input gives byte-identical output, and the Outcome survives JSON", () => {
    for (const id of [...compiled.matters.keys()].slice(0, 46)) {
      fc.assert(
        fc.property(caseArbitrary(compiled, id), (c) => {
          const a = safeEvaluate(compiled, c);
          const b = safeEvaluate(compiled, JSON.parse(JSON.stringify(c)));
          const text = JSON.stringify(a);
          return text === JSON.stringify(b) && JSON.stringify(JSON.parse(text)) === text;
        }),
        { numRuns: 20 },
      );
    }
  });
  it("a tier's level never decreases down the list", () => {
    for (const cm of compiled.matters.values()) {
      const levels = cm.tiers.map((t) => LEVEL[t.level]);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
  });
});
