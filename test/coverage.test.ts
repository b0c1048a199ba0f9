import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index.js";
import { compiled, fixtureFiles } from "./helpers.js";
import { competentBases } from "../src/compile/index.js";

const entries = fixtureFiles("yrd-2023").flatMap(([, e]) => e);
const outcomes = entries.map((e) => ({ input: e.case, outcome: evaluate(compiled, e.case) }));

describe("the yrd-2023 edition", () => {
  const matters = [...compiled.matters.values()].map((m) => m.matter);
  it("has at least 40 matters in both domains, with Shanghai and Zhejiang bases", () => {
    expect(matters.length).toBeGreaterThanOrEqual(40);
    expect(new Set(matters.map((m) => m.domain))).toEqual(new Set(["cityscape", "ecology"]));
    expect(matters.filter((m) => m.bases.shanghai).length).toBeGreaterThanOrEqual(40);
    expect(matters.filter((m) => m.bases.zhejiang).length).toBeGreaterThanOrEqual(20);
    expect(matters.some((m) => m.bases["zhejiang/jiaxing"])).toBe(true);
  });
  it("declares Jiangsu and Anhui as known gaps without a basis", () => {
    const e = compiled.edition;
    for (const j of ["jiangsu", "anhui"]) {
      expect(e.jurisdictions.find((x) => x.id === j)?.basisAvailable).toBe(false);
      expect(e.knownGaps.some((g) => g.jurisdiction === j)).toBe(true);
    }
  });
  it("lists Shanghai's visible 免罚清单 items as published and the rest as modelled", () => {
    const listed = matters.filter((m) => m.firstViolation?.listed);
    // Item 五's own conditions are not visible in the copy of the list that could be read: its conditions are modelled.
    expect(
      listed
        .filter((m) => m.firstViolation!.provenance.status === "published")
        .map((m) => m.firstViolation!.item)
        .sort(),
    ).toEqual(["一", "四"].sort());
    expect(listed.some((m) => m.firstViolation!.provenance.status === "modelled")).toBe(true);
  });
});

describe("fixtures cover", () => {
  it("every tier of every matter for every party in every jurisdiction with a basis", () => {
    const seen = new Set<string>();
    for (const { input, outcome } of outcomes) {
      if (outcome.tier && outcome.tier.id !== "reduced") {
        seen.add(
          `${outcome.matter.id} ${outcome.jurisdiction.basis} ${(input as { party: { type: string } }).party.type} ${outcome.tier.id}`,
        );
      }
    }
    const missing: string[] = [];
    for (const cm of compiled.matters.values()) {
      for (const j of competentBases(compiled, cm)) {
        for (const party of cm.matter.parties) {
          for (const t of cm.tiers) {
            const key = `${cm.matter.id} ${j} ${party} ${t.id}`;
            if (!seen.has(key)) missing.push(key);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
  it("every exemption path", () => {
    const codes = new Set(outcomes.flatMap(({ outcome }) => outcome.grounds.map((g) => g.code)));
    for (const code of [
      "limitation-expired",
      "under-minimum-age",
      "mental-incapacity",
      "no-fault",
      "minor-no-harm",
      "first-violation-list",
      "first-violation",
      "precondition-unmet",
      "minor-age-mitigation",
      "reduced-penalty",
      "one-fine-higher-provision",
    ]) {
      expect(codes, code).toContain(code);
    }
    const dispositions = new Set(outcomes.map(({ outcome }) => outcome.disposition));
    expect(dispositions).toEqual(new Set(["no-penalty", "may-waive", "penalty"]));
  });
});
