import { describe, expect, it } from "vitest";
import {
  compileEditions,
  isLighter,
  loadRuleSet,
  RuleSetError,
  safeEvaluate,
  safeLoadRuleSet,
  type Outcome,
} from "../src/index.js";
import { compiled, compiled2025, readRuleSource } from "./helpers.js";

const outcome = (disposition: Outcome["disposition"], fine: [string, string] | null) =>
  ({ disposition, fine: fine && { min: fine[0], max: fine[1], currency: "CNY" } }) as Outcome;

describe("isLighter (Art. 37): disposition first, then fine maximum, then minimum", () => {
  it.each([
    [outcome("no-penalty", null), outcome("may-waive", ["0", "20"]), true],
    [outcome("may-waive", ["40", "60"]), outcome("penalty", ["0", "20"]), true],
    [outcome("penalty", ["0", "90"]), outcome("penalty", ["60", "90"]), true],
    [outcome("penalty", ["60", "90"]), outcome("penalty", ["60", "100"]), true],
    [outcome("penalty", ["60", "100"]), outcome("penalty", ["60", "90"]), false],
    [outcome("penalty", ["60", "90"]), outcome("penalty", ["60", "90"]), false],
    [outcome("penalty", ["100", "100"]), outcome("may-waive", ["1000", "2000"]), false],
  ])("%#", (a, b, expected) => {
    expect(isLighter(a, b)).toBe(expected);
  });
});

describe("editions", () => {
  it("must not overlap in time", () => {
    const later = readRuleSource("yrd-2025") as { edition: { effectiveFrom: string } };
    later.edition.effectiveFrom = "2025-06-01";
    expect(() => compileEditions([compiled, loadRuleSet(later as never)])).toThrow(RuleSetError);
  });
  it("reject an act before every edition, and a later edition's missing facts when comparing (Art. 37)", () => {
    const e = compileEditions([compiled, compiled2025]);
    const base = {
      matter: "cityscape.littering",
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2023-01-05",
      discoveredOn: "2023-01-05",
      facts: { location: "key-area" },
      circumstances: [],
      harm: "moderate",
      correction: "late",
      priorViolations: [],
    };
    const r = safeEvaluate(e, base);
    expect(r.ok ? [] : r.issues).toEqual([
      expect.objectContaining({ code: "edition-not-in-force", path: ["occurredOn"] }),
    ]);
    const fume = {
      ...base,
      matter: "cityscape.site-no-enclosure",
      party: { type: "unit" },
      occurredOn: "2025-06-20",
      discoveredOn: "2025-06-20",
      facts: { enclosure: "none" },
    };
    // An act of 2025-06-20 is judged under yrd-2023, which does not list site-no-enclosure; the law in force then
    // (上海市容条例 Art. 33 ¶4) punishes it, so the only benchmark that lists it, yrd-2025, sets the discretion.
    const r2 = safeEvaluate(e, fume);
    expect(r2.ok && r2.outcome.ruleSet.id).toBe("yrd-2025");
    expect(r2.ok && r2.outcome.grounds.at(-1)).toMatchObject({
      code: "matter-listed-later",
      ref: "yrd-2023→yrd-2025",
    });
    // A matter no edition lists is still unknown.
    const r3 = safeEvaluate(e, { ...fume, matter: "cityscape.no-such-matter" });
    expect(r3.ok ? [] : r3.issues).toEqual([expect.objectContaining({ code: "unknown-matter", path: ["matter"] })]);
  });
});

describe("overlays", () => {
  const broken = (mutate: (o: any) => void) => {
    const src = readRuleSource("yrd-2025") as unknown as { overlays: any[] };
    mutate(src.overlays[0]);
    const r = safeLoadRuleSet(src as never);
    return r.ok ? [] : r.issues;
  };
  it("load when they narrow the parent's tiers", () => {
    expect(broken(() => {})).toEqual([]);
  });
  it("are rejected when a tier leaves the parent's range, naming the tier", () => {
    const issues = broken((o) => {
      o.matters["cityscape.littering"].tiers.general.individual = { min: "30", max: "55" };
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: "overlay-outside-parent",
        file: "rules/yrd-2025/overlays/shanghai-qingpu.json",
        pointer: "/matters/cityscape.littering/tiers/general/individual",
        message: expect.stringContaining(
          'tier "general" of cityscape.littering (30–55 元, individual) leaves the parent\'s tier range 40–60 元',
        ),
      }),
    ]);
  });
  it("are rejected when a band leaves the parent's band", () => {
    const issues = broken((o) => {
      o.matters["ecology.green-space-occupation"].tiers.lighter.band = { from: "0", to: "1/2" };
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: "overlay-outside-parent",
        pointer: "/matters/ecology.green-space-occupation/tiers/lighter/band",
      }),
    ]);
  });
  it("are rejected for an unknown tier or matter, or a parent that is not above", () => {
    expect(
      broken((o) => {
        o.matters["cityscape.littering"].tiers.extreme = { individual: { min: "1", max: "2" } };
      })[0],
    ).toMatchObject({ code: "unknown-fact" });
    expect(
      broken((o) => {
        o.matters["cityscape.jaywalking"] = { tiers: {} };
      })[0],
    ).toMatchObject({ code: "unknown-matter" });
    expect(
      broken((o) => {
        o.parent = "zhejiang";
      })[0],
    ).toMatchObject({ code: "unknown-jurisdiction", pointer: "/parent" });
  });
});
