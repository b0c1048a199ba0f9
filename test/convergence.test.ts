import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { explain } from "../src/index.js";
import { caseArbitrary } from "./arbitraries.js";
import { compiled } from "./helpers.js";
import { competentBases } from "../src/compile/index.js";

// Matters decided by 城管 in both provinces (a matter outside its competence in one is refused there, not decided).
const both = [...compiled.matters.values()]
  .filter((m) => ["shanghai", "zhejiang"].every((j) => competentBases(compiled, m).includes(j)))
  .map((m) => m.matter.id);
const factTier = (o: ReturnType<typeof explain>) => o.trace!.find((t) => t.step === "tier-by-facts")!.reads.tier;

describe("unified tiers", () => {
  it("some matters have both a Shanghai and a Zhejiang basis", () => {
    expect(both.length).toBeGreaterThan(0);
  });
  it.each(both)("%s: the same facts select the same tier in Shanghai and Zhejiang", (id) => {
    fc.assert(
      fc.property(caseArbitrary(compiled, id), (c) => {
        const input = { ...c, circumstances: [], noFaultProven: undefined };
        const sh = explain(compiled, { ...input, jurisdiction: "shanghai" });
        const zj = explain(compiled, { ...input, jurisdiction: "zhejiang" });
        const jx = explain(compiled, { ...input, jurisdiction: "zhejiang/jiaxing" });
        return (
          factTier(sh) === factTier(zj) &&
          factTier(zj) === factTier(jx) &&
          (sh.disposition !== "penalty" ||
            zj.disposition !== "penalty" ||
            sh.tier!.id === zj.tier!.id ||
            // A minor's mandatory mitigation at the lightest tier takes the lighter half of a range but 减轻 of a fixed
            // fine: the final tier then follows the province's statutory shape, not the unified tier table.
            [sh, zj].some((o) => o.tier!.id === "reduced"))
        );
      }),
      { numRuns: 100 },
    );
  });
});
