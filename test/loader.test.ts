import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadRuleSet, RuleSetError, safeLoadRuleSet, type Issue } from "../src/index.js";
import { readLaws, safeLoadRuleSetFromDir } from "../src/node.js";
import { root, ruleSource } from "./helpers.js";

const laws = readLaws(join(root, "rules", "laws"));
const matterIndex = (src: ReturnType<typeof ruleSource>, id: string) => src.matters.findIndex((m) => m.id === id);

function issuesOf(mutate: (src: ReturnType<typeof ruleSource>) => void, withLaws = false): Issue[] {
  const src = ruleSource();
  mutate(src);
  const result = safeLoadRuleSet(src, withLaws ? { laws } : {});
  if (result.ok) throw new Error("expected the rule set to be rejected");
  return result.issues;
}

describe("the bundled yrd-2023 rule set", () => {
  it("loads with every citation verbatim", () => {
    const result = safeLoadRuleSet(ruleSource(), { laws });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
  it("loads from its directory with the same matters", () => {
    const result = safeLoadRuleSetFromDir(join(root, "rules", "yrd-2023"));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.ruleSet.matters.map((m) => m.id)).toEqual(ruleSource().matters.map((m: { id: string }) => m.id));
  });
  it("has at least 12 Shanghai matters in both domains and every statutory fine shape", () => {
    const rs = loadRuleSet(ruleSource());
    const shanghai = rs.matters.filter((m) => m.bases.shanghai);
    expect(shanghai.length).toBeGreaterThanOrEqual(12);
    expect(new Set(shanghai.map((m) => m.domain))).toEqual(new Set(["ecology", "cityscape"]));
    const shapes = new Set(
      shanghai.flatMap((m) => Object.values(m.bases.shanghai!.statutory).map((p) => p?.fine?.shape)),
    );
    for (const s of ["range", "max-only", "fixed", "per-unit", "multiple", "percentage"]) expect(shapes).toContain(s);
    const preconditions = shanghai.some((m) =>
      Object.values(m.bases.shanghai!.statutory).some((p) => (p?.preconditions ?? []).length > 0),
    );
    const sanctions = shanghai.some((m) =>
      Object.values(m.bases.shanghai!.statutory).some((p) => (p?.sanctions ?? []).length > 0),
    );
    expect(preconditions && sanctions).toBe(true);
  });
  it("is deeply frozen", () => {
    const rs = loadRuleSet(ruleSource());
    expect(Object.isFrozen(rs.matters[0]!.tiers[0])).toBe(true);
  });
  it("every rule file points at the generated JSON Schema", () => {
    const dir = join(root, "rules", "yrd-2023");
    expect(JSON.parse(readFileSync(join(dir, "edition.json"), "utf8")).$schema).toBe("../schema/edition.schema.json");
    for (const f of readdirSync(join(dir, "matters"))) {
      expect(JSON.parse(readFileSync(join(dir, "matters", f), "utf8")).$schema, f).toBe(
        "../../schema/matter.schema.json",
      );
    }
  });
});

describe("the loader rejects", () => {
  it("a schema violation, naming file, pointer and matter", () => {
    const issues = issuesOf((s) => {
      s.matters[0].tiers[0].level = "mild";
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: "invalid-rule-file",
        file: "rules/yrd-2023/matters/cityscape.dumping-garbage.json",
        pointer: "/tiers/0/level",
        matter: "cityscape.dumping-garbage",
      }),
    );
  });
  it("duplicate matter ids", () => {
    const issues = issuesOf((s) => {
      s.matters.push(structuredClone(s.matters[0]));
      s.paths.matters.push("rules/yrd-2023/matters/copy.json");
    });
    expect(issues).toEqual([
      expect.objectContaining({ code: "duplicate-id", file: "rules/yrd-2023/matters/copy.json", pointer: "/id" }),
    ]);
  });
  it("duplicate tier ids", () => {
    const issues = issuesOf((s) => {
      const m = s.matters[matterIndex(s, "cityscape.littering")];
      m.tiers[1].id = "lighter";
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "duplicate-id", pointer: "/tiers/1/id", matter: "cityscape.littering" }),
    );
  });
  it("duplicate circumstance ids in the edition", () => {
    const issues = issuesOf((s) => {
      s.edition.generalRules.circumstances.push(structuredClone(s.edition.generalRules.circumstances[0]));
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "duplicate-id", file: "rules/yrd-2023/edition.json" }),
    );
  });
  it("a condition on an undeclared fact", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.littering")].tiers[0].when.all[0].fact = "place";
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "unknown-fact", pointer: "/tiers/0/when/all/0/fact" }),
    );
  });
  it("tierLevel inside a tier condition", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.littering")].tiers[0].when.all[0] = {
        fact: "tierLevel",
        operator: "equal",
        value: "lighter",
      };
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "unknown-fact", pointer: "/tiers/0/when/all/0/fact" }),
    );
  });
  it("an unknown circumstance in a condition", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.littering")].tiers[2].when.any.push({
        fact: "circumstances",
        operator: "contains",
        value: "bribery",
      });
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "unknown-circumstance", pointer: "/tiers/2/when/any/2/value" }),
    );
  });
  it("an enum value the fact does not have", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.littering")].tiers[0].when.all[0].value = "main-road";
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "invalid-condition", pointer: "/tiers/0/when/all/0/value" }),
    );
  });
  it("an operator outside the allow-list", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.littering")].tiers[0].when.all[0].operator = "regex";
    });
    expect(issues.map((i) => i.code)).toContain("invalid-rule-file");
  });
  it("a tier above the statutory maximum", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.roadside-car-wash")].tiers[2].amounts = {
        shanghai: { individual: { min: "2100", max: "3001" } },
      };
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "tier-outside-statute", pointer: "/tiers/2/amounts/shanghai/individual" }),
    );
  });
  it("a non-reduced tier below the statutory minimum", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.roadside-car-wash")].tiers[0].amounts = {
        shanghai: { individual: { min: "299", max: "1200" } },
      };
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "tier-outside-statute", message: expect.stringContaining("only a 减轻 tier") }),
    );
  });
  it("a 减轻 tier that reaches the statutory minimum", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.roadside-car-wash")].tiers.push({
        id: "reduced",
        label: { zh: "减轻", en: "Reduced" },
        level: "reduced",
        amounts: { shanghai: { individual: { min: "100", max: "300" } } },
      });
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "tier-outside-statute", pointer: "/tiers/3/amounts/shanghai/individual" }),
    );
  });
  it("a band outside 0–1 of the range", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.roadside-car-wash")].tiers[2].band = { from: "2/3", to: "4/3" };
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: "tier-outside-statute", pointer: "/tiers/2/band" }));
  });
  it("overlapping tiers on a numeric threshold, naming both tiers and the facts", () => {
    const issues = issuesOf((s) => {
      // lighter becomes occupiedArea ≤ 20: both lighter and general apply at exactly 20 m²
      s.matters[matterIndex(s, "cityscape.roadside-car-wash")].tiers[0].when.all[0].operator = "lessThanInclusive";
    });
    const overlap = issues.find((i) => i.code === "tier-overlap");
    expect(overlap?.message).toMatch(/"lighter" and "general"/);
    expect(overlap?.message).toMatch(/occupiedArea=20\b/);
  });
  it("a gap between numeric thresholds", () => {
    const issues = issuesOf((s) => {
      // lighter becomes occupiedArea < 19: nothing applies from 19 to 20 m²
      s.matters[matterIndex(s, "cityscape.roadside-car-wash")].tiers[0].when.all[0].value = 19;
    });
    expect(issues.find((i) => i.code === "tier-gap")?.message).toMatch(/occupiedArea=19/);
  });
  it("a gap for an enum value", () => {
    const issues = issuesOf((s) => {
      const m = s.matters[matterIndex(s, "cityscape.littering")];
      m.facts.location.values.push({ value: "scenic", label: { zh: "景区", en: "Scenic area" } });
    });
    expect(issues.find((i) => i.code === "tier-gap")?.message).toMatch(/location=scenic/);
  });
  it("tiers listed heavier first", () => {
    const issues = issuesOf((s) => {
      const m = s.matters[matterIndex(s, "cityscape.littering")];
      m.tiers.reverse();
    });
    expect(issues.map((i) => i.code)).toContain("tier-order");
  });
  it("a basis in a jurisdiction the edition does not declare or has no text for", () => {
    const issues = issuesOf((s) => {
      const m = s.matters[matterIndex(s, "cityscape.littering")];
      m.bases.jiangsu = structuredClone(m.bases.shanghai);
      m.bases.beijing = structuredClone(m.bases.shanghai);
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: "unknown-jurisdiction", pointer: "/bases/jiangsu" }));
    expect(issues).toContainEqual(expect.objectContaining({ code: "unknown-jurisdiction", pointer: "/bases/beijing" }));
  });
  it("a party without a statutory penalty", () => {
    const issues = issuesOf((s) => {
      delete s.matters[matterIndex(s, "cityscape.littering")].bases.shanghai.statutory.unit;
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "missing-statutory-penalty", pointer: "/bases/shanghai/statutory/unit" }),
    );
  });
  it("a per-unit fine whose quantity fact is not a number fact", () => {
    const issues = issuesOf((s) => {
      const m = s.matters[matterIndex(s, "ecology.renovation-waste-misplaced")];
      m.bases.shanghai.statutory.individual.fine.quantity = ["weight"];
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "unknown-fact", pointer: "/bases/shanghai/statutory/individual/fine" }),
    );
  });
  it("a per-unit quantity that may be zero", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "ecology.renovation-waste-misplaced")].facts.tonnes.min = 0;
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: "invalid-rule-file", pointer: "/facts/tonnes/min" }));
  });
  it("a citation altered by a single character", () => {
    const issues = issuesOf((s) => {
      const c = s.matters[matterIndex(s, "cityscape.littering")].bases.shanghai.penalty[1];
      c.text = c.text.replace("一百元", "一千元");
    }, true);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "citation-mismatch",
        pointer: "/bases/shanghai/penalty/1",
        matter: "cityscape.littering",
      }),
    ]);
  });
  it("a citation of a paragraph the article does not have", () => {
    const issues = issuesOf((s) => {
      s.edition.generalRules.statute.noFault.article = "第三十三条第五款";
    }, true);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "citation-mismatch",
        file: "rules/yrd-2023/edition.json",
        pointer: "/generalRules/statute/noFault",
      }),
    ]);
  });
  it("and lists every problem at once", () => {
    const issues = issuesOf((s) => {
      s.matters[matterIndex(s, "cityscape.littering")].tiers[0].when.all[0].fact = "place";
      s.matters[matterIndex(s, "cityscape.roadside-car-wash")].tiers[0].when.all[0].value = 19;
      s.edition.effectiveTo = "2020-01-01";
    });
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(["unknown-fact", "tier-gap", "invalid-rule-file"]));
  });
  it("by throwing a RuleSetError from loadRuleSet", () => {
    const src = ruleSource();
    src.matters[0].id = "Not An Id";
    expect(() => loadRuleSet(src)).toThrow(RuleSetError);
    try {
      loadRuleSet(src);
    } catch (error) {
      expect((error as RuleSetError).issues[0]).toMatchObject({ code: "invalid-rule-file", pointer: "/id" });
    }
  });
});
