/**
 * The hot-path shortcuts in src/evaluate/index.ts against the plain computations they replace: prior violations
 * counted without calendar arithmetic unless a prior is near the look-back window's edge, and the limitation period
 * checked without it unless the case was found at least 365 days per year after the act.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { priorCount, validateCase } from "../src/evaluate/index.js";
import { addMonths, dayNumber } from "../src/dates/index.js";
import { compiled } from "./helpers.js";

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const day = (text: string) => dayNumber(text)!;

describe("hot-path shortcuts", () => {
  it("priorCount equals the plain count over the look-back window", () => {
    const policy = compiled.edition.generalRules.firstViolation;
    const from = day(compiled.edition.effectiveFrom);
    const to = day(compiled.edition.effectiveTo!);
    fc.assert(
      fc.property(
        fc.integer({ min: from, max: to }),
        fc.array(
          fc.record({
            back: fc.integer({ min: 0, max: 31 * policy.lookbackMonths + 40 }),
            same: fc.boolean(),
            where: fc.constantFrom("shanghai", "zhejiang", "zhejiang/jiaxing"),
          }),
          { maxLength: 6 },
        ),
        (occurred, priors) => {
          const input = {
            matter: "cityscape.littering",
            party: { type: "unit" },
            jurisdiction: "shanghai",
            occurredOn: iso(occurred),
            discoveredOn: iso(occurred),
            facts: { location: "ordinary" },
            circumstances: [],
            harm: "none",
            correction: "late",
            priorViolations: priors.map((p) => ({
              matter: p.same ? "cityscape.littering" : "cityscape.pet-feces",
              on: iso(occurred - p.back),
              jurisdiction: p.where,
            })),
          };
          const v = validateCase(compiled, input);
          if (!v.ok) return false;
          const windowStart = addMonths(input.occurredOn, -policy.lookbackMonths);
          const plain = input.priorViolations.filter(
            (p) => day(p.on) >= windowStart && day(p.on) <= occurred && p.matter === "cityscape.littering",
          ).length;
          return priorCount(compiled, v.value) === plain;
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("the limitation shortcut never decides differently from the calendar", () => {
    // For every start day of four years (leap days included) and every distance around n years: the shortcut
    // (distance < 365·n ⇒ not expired) agrees with discovered > start + n years.
    for (const years of [1, 2, 5]) {
      for (let start = day("2023-01-01"); start <= day("2026-12-31"); start++) {
        const end = addMonths(iso(start), years * 12);
        for (let d = 365 * years - 3; d <= 365 * years + 3; d++) {
          const discovered = start + d;
          const plain = discovered > end;
          const shortcut = discovered - start >= years * 365 && discovered > end;
          expect(shortcut).toBe(plain);
        }
        expect(end - start).toBeGreaterThanOrEqual(365 * years);
      }
    }
  });
});
