import { describe, expect, it } from "vitest";
import { compile, diff, loadRuleSet, semanticDiff, convergence } from "../src/index.js";
import { diffMarkdown } from "../src/report/diff.js";
import { compiled, compiled2025, readRuleSource } from "./helpers.js";

const r2023 = compiled.ruleSet;
const r2025 = compiled2025.ruleSet;

describe("structural diff yrd-2023 → yrd-2025", () => {
  const d = diff(r2023, r2025);
  it("covers every kind of change, by stable id", () => {
    const kinds = new Set(d.changes.map((c) => `${c.area}:${c.kind}`));
    for (const k of [
      "general-rule:changed",
      "matter:added",
      "matter:removed",
      "tier-condition:changed",
      "tier-range:changed",
      "list:added",
      "overlay:added",
      "edition:changed",
    ]) {
      expect(kinds, k).toContain(k);
    }
    // The bundled editions read every statute alike; a statutory change and an added citation, planted in a copy.
    const src = structuredClone(readRuleSource("yrd-2025")) as unknown as {
      matters: {
        id: string;
        bases: Record<
          string,
          { penalty: unknown[]; statutory: { individual?: { fine: { shape: string; max?: string } } } }
        >;
      }[];
    };
    const spitting = src.matters.find((m) => m.id === "cityscape.spitting-urinating")!;
    spitting.bases.shanghai!.statutory.individual!.fine.max = "150";
    spitting.bases.shanghai!.penalty.push({
      law: "cn-administrative-penalty-law-2021",
      article: "第二十八条第一款",
      text: "行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。",
    });
    const planted = new Set(diff(r2025, loadRuleSet(src as never)).changes.map((c) => `${c.area}:${c.kind}`));
    for (const k of ["statutory:changed", "citation:added"]) expect(planted, k).toContain(k);
    expect(d.changes).toContainEqual(
      expect.objectContaining({
        area: "tier-condition",
        matter: "cityscape.roadside-car-wash",
        ref: "cityscape.roadside-car-wash#tiers/lighter/when",
        before: "occupiedArea < 20 and priorCount = 0",
        after: "occupiedArea < 30 and priorCount = 0",
      }),
    );
    expect(d.changes).toContainEqual(
      expect.objectContaining({ area: "matter", kind: "removed", matter: "ecology.restaurant-fume" }),
    );
    expect(d.changes).toContainEqual(
      expect.objectContaining({
        area: "tier-range",
        ref: "cityscape.street-vending#tiers/heavier/range/shanghai/individual",
        before: "350–500 元",
        after: "350–450 元",
      }),
    );
  });
  it("attaches the edition's stated reasons", () => {
    const reasoned = d.changes.filter((c) => c.area !== "edition");
    expect(reasoned.every((c) => c.reason !== undefined)).toBe(true);
  });
  it("is empty between an edition and itself", () => {
    expect(diff(r2023, r2023).changes).toEqual([]);
  });
});

describe("semantic diff", () => {
  it("is empty between an edition and itself", () => {
    const s = semanticDiff(compiled, compiled);
    expect(s.generated.cases).toBeGreaterThan(10_000);
    expect(s.generated.differing).toBe(0);
  });
  it("finds every changed threshold of yrd-2025 in words", () => {
    const s = semanticDiff(compiled, compiled2025);
    const find = (matter: string, jurisdiction: string, where: string) =>
      s.regions.find(
        (r) =>
          r.matter === matter &&
          r.jurisdiction === jurisdiction &&
          r.party === "individual" &&
          r.situation === "penalty" &&
          r.where === where,
      );
    expect(find("cityscape.roadside-car-wash", "shanghai", "occupiedArea ≥ 20 and < 30; priorCount = 0")).toMatchObject(
      {
        before: "penalty, tier general, fine 1200–2100 元",
        after: "penalty, tier lighter, fine 300–1200 元",
      },
    );
    expect(find("cityscape.littering", "shanghai", "location = ordinary; priorCount = 2")).toMatchObject({
      before: "penalty, tier heavier, fine 60–100 元",
      after: "penalty, tier general, fine 40–60 元",
    });
    expect(
      s.regions.some((r) => r.matter === "ecology.restaurant-fume" && r.after === "not a matter of yrd-2025"),
    ).toBe(true);
  });
  it("finds a planted threshold change and a planted enum change", () => {
    const src = readRuleSource("yrd-2025") as any;
    const night = src.matters.find((m: any) => m.id === "ecology.night-construction-noise");
    night.tiers[0].when.all[0].value = 3; // lighter: nights < 3 (was < 2)
    night.tiers[1].when.all[0].value = 3; // general: nights ≥ 3
    const outdoor = src.matters.find((m: any) => m.id === "cityscape.littering");
    outdoor.tiers[0].when.all[0].value = "key-area"; // swap the location classes
    outdoor.tiers[1].when.any[0].all[0].value = "key-area";
    outdoor.tiers[1].when.any[1].all[0].value = "ordinary";
    outdoor.tiers[2].when.any[1].all[0].value = "ordinary";
    const planted = compile(loadRuleSet(src));
    const s = semanticDiff(compiled2025, planted);
    const regions = s.regions.filter((r) => r.situation === "penalty" && r.jurisdiction === "shanghai");
    expect(regions.find((r) => r.matter === "ecology.night-construction-noise")?.where).toBe(
      "nights = 2; priorCount = 0",
    );
    expect(regions.filter((r) => r.matter === "cityscape.littering").map((r) => r.where)).toContain(
      "location = key-area; priorCount = 0",
    );
    expect(new Set(s.regions.map((r) => r.matter))).toEqual(
      new Set(["ecology.night-construction-noise", "cityscape.littering"]),
    );
  });
  it("compares a corpus too", () => {
    const cases = [
      {
        matter: "cityscape.roadside-car-wash",
        party: { type: "unit" },
        jurisdiction: "shanghai",
        occurredOn: "2025-06-01",
        discoveredOn: "2025-06-01",
        facts: { occupiedArea: 25 },
        circumstances: [],
        harm: "moderate",
        correction: "late",
        priorViolations: [],
      },
      {
        matter: "cityscape.roadside-car-wash",
        party: { type: "unit" },
        jurisdiction: "shanghai",
        occurredOn: "2025-06-01",
        discoveredOn: "2025-06-01",
        facts: { occupiedArea: 45 },
        circumstances: [],
        harm: "moderate",
        correction: "late",
        priorViolations: [],
      },
      { matter: "nonsense" },
    ];
    const s = semanticDiff(compiled, compiled2025, cases, { generated: false });
    expect(s.corpus).toEqual({ cases: 3, differing: 1, rejected: 1 });
    expect(s.regions).toEqual([
      expect.objectContaining({
        source: "corpus",
        matter: "cityscape.roadside-car-wash",
        cases: 1,
        before: "penalty, tier general, fine 1200–2100 元",
        after: "penalty, tier lighter, fine 300–1200 元",
      }),
    ]);
  });
  it("renders a Markdown report with both parts", () => {
    const md = diffMarkdown(diff(r2023, r2025), semanticDiff(compiled, compiled2025));
    expect(md).toContain("## 结构性变化 Structural changes");
    expect(md).toContain("## 结果变化 Outcome changes");
    expect(md).toMatch(
      /\| shanghai\/qingpu \| individual \| 一般情形 .+ \| occupiedArea ≥ 20 and < 30; priorCount = 0 \| penalty, tier general, fine 1200–2100 元 \| penalty, tier lighter, fine 300–1200 元 \| 2 \|/,
    );
  });
});

describe("convergence", () => {
  it("finds where Shanghai and Zhejiang decide the same littering case differently, with the fine spread", () => {
    const report = convergence(compiled2025);
    const littering = report.matters.find((m) => m.matter === "cityscape.littering")!;
    expect(littering.jurisdictions).toEqual(["shanghai", "zhejiang"]);
    expect(littering.differing).toBeGreaterThan(0);
    expect(littering.spread).toContainEqual(
      expect.objectContaining({
        tier: "general",
        party: "individual",
        ranges: { shanghai: "40–60", zhejiang: "30–40" },
        maxRatio: "1.5",
      }),
    );
  });
});
