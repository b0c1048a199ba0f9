/**
 * The playground's rule data files and the stand-ins for the zod schemas in its bundle give what the library gives:
 * an edition rebuilt from its data file (older editions naming the matters they share with the latest) is the loaded
 * rule set and decides every fixture the same; the id patterns agree with the schemas; the credit decision the page
 * passes is one the schema accepts unchanged; and the case schema is fetched, not faked, when a case needs it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assumedDecision,
  compile,
  CreditDecision,
  loadRuleSet,
  safeEvaluate,
  type MatterFile,
  type Outcome,
  type RuleSet,
} from "../src/index.js";
import { JurisdictionId, MatterId } from "../src/schema/rules.js";
import * as bundled from "../src/rules.js";
import { playgroundData, type EditionData } from "../scripts/site/playground-data.js";
import * as lazy from "../docs/playground/schemas-lazy.js";
import { fixtureFiles } from "./helpers.js";

const sources = [bundled.yrd2023, bundled.yrd2025];
const loaded = sources.map((s) => loadRuleSet(s));
const data = playgroundData();
const files = data.catalogue.editions.map((e) => ({
  entry: e,
  data: JSON.parse(data.files.get(e.file)!) as EditionData,
}));

/** An edition as the page rebuilds it: shared matters (given by id) taken from the latest edition's file. */
function rebuilt(id: string): RuleSet {
  const latest = files[files.length - 1]!.data.ruleSet.matters as MatterFile[];
  const own = files.find((f) => f.entry.id === id)!.data.ruleSet;
  return {
    ...own,
    matters: own.matters.map((m) => (typeof m === "string" ? latest.find((x) => x.id === m)! : m)),
  } as RuleSet;
}

describe("playground data files", () => {
  it("list the editions oldest first, the latest whole", () => {
    expect(data.catalogue.editions.map((e) => e.id)).toEqual(["yrd-2023", "yrd-2025"]);
    const latest = files[1]!.data.ruleSet.matters;
    expect(latest.every((m) => typeof m === "object")).toBe(true);
  });

  it("name a shared matter only where its text is the latest edition's, and repeat every other matter", () => {
    const older = files[0]!.data.ruleSet.matters;
    const latest = new Map(loaded[1]!.matters.map((m) => [m.id, JSON.stringify(m)]));
    const shared = older.filter((m): m is string => typeof m === "string");
    // 41 of the 46 yrd-2023 matters are word for word the same in yrd-2025 (compared as loaded, by JSON).
    const same = loaded[0]!.matters.filter((m) => latest.get(m.id) === JSON.stringify(m)).map((m) => m.id);
    expect(shared).toEqual(same);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.length).toBeLessThan(loaded[0]!.matters.length);
  });

  it.each(["yrd-2023", "yrd-2025"])("rebuild %s as the loaded rule set", (id) => {
    const i = id === "yrd-2023" ? 0 : 1;
    expect(rebuilt(id)).toEqual(JSON.parse(JSON.stringify(loaded[i])));
    // the order of matters is the loaded order
    expect(rebuilt(id).matters.map((m) => m.id)).toEqual(loaded[i]!.matters.map((m) => m.id));
  });

  it.each(["yrd-2023", "yrd-2025"])("decide every fixture of %s as the loaded rule set does", (id) => {
    const i = id === "yrd-2023" ? 0 : 1;
    const fromData = compile(rebuilt(id));
    const fromSource = compile(loaded[i]!);
    let n = 0;
    for (const [, entries] of fixtureFiles(id)) {
      for (const f of entries) {
        expect(safeEvaluate(fromData, f.case), f.name).toEqual(safeEvaluate(fromSource, f.case));
        n++;
      }
    }
    expect(n).toBeGreaterThan(20);
  });
});

describe("stand-ins for the zod schemas in the playground bundle", () => {
  const ids = loaded.flatMap((rs) => [...rs.matters.map((m) => m.id), ...rs.edition.jurisdictions.map((j) => j.id)]);

  it("check matter and jurisdiction ids as the schemas do", () => {
    const samples = [
      ...ids,
      "",
      "cityscape",
      "cityscape.",
      "Cityscape.littering",
      "cityscape.littering-",
      "ecology.a.b-c",
      "shanghai/",
      "shanghai//qingpu",
      "zhejiang/jiaxing",
      "a/b/c",
      42,
      null,
    ];
    for (const s of samples) {
      expect(lazy.MatterId.safeParse(s).success, String(s)).toBe(MatterId.safeParse(s).success);
      expect(lazy.JurisdictionId.safeParse(s).success, String(s)).toBe(JurisdictionId.safeParse(s).success);
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z./A-Z0-9-]{0,24}$/), (s) => {
        expect(lazy.MatterId.safeParse(s).success).toBe(MatterId.safeParse(s).success);
        expect(lazy.JurisdictionId.safeParse(s).success).toBe(JurisdictionId.safeParse(s).success);
      }),
      { numRuns: 2000 },
    );
  });

  it("are given a credit decision the schema accepts unchanged (assumedDecision of every fixture's outcome)", () => {
    let n = 0;
    for (const [i, id] of ["yrd-2023", "yrd-2025"].entries()) {
      const target = compile(loaded[i]!);
      for (const [, entries] of fixtureFiles(id)) {
        for (const f of entries) {
          const r = safeEvaluate(target, f.case);
          if (!r.ok) continue;
          const { decision } = assumedDecision(f.case, r.outcome as Outcome);
          const parsed = CreditDecision.safeParse(decision);
          expect(parsed.success, f.name).toBe(true);
          expect(parsed.data, f.name).toEqual(decision);
          expect(lazy.CreditDecision.safeParse(decision)).toEqual({ success: true, data: decision });
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(20);
  });

  it("fetch the case schema when a case needs it, and then give zod's own result", async () => {
    expect(lazy.schemasWanted()).toBe(false);
    expect(() => lazy.CaseInput.safeParse({})).toThrow(lazy.SchemasNotLoaded);
    expect(lazy.schemasWanted()).toBe(true);
    expect(lazy.schemasWanted()).toBe(false);
    await lazy.loadSchemas();
    const { CaseInput } = await import("../src/schema/case.js");
    const bad = { matter: "cityscape.littering", occurredOn: "2024-02-30" };
    expect(lazy.CaseInput.safeParse(bad)).toEqual(CaseInput.safeParse(bad));
    expect(lazy.schemasWanted()).toBe(false);
  });
});
