/**
 * Real benchmark shapes in the rule format, cell by cell. Expected values are read off the published tables and the
 * statute by hand (origin: law), not recorded from the engine.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { compile, explain, safeLoadRuleSet, type CaseInput } from "../src/index.js";
import { loadRuleSetFromDir, readRuleSetSource } from "../src/node.js";
import { root } from "./helpers.js";

const lawsDir = join(root, "rules", "laws");
const load = (name: string) => compile(loadRuleSetFromDir(join(root, "test", "rulesets", name), { lawsDir }));

describe("随地吐痰/便溺: a published city table (警告 cells, fixed amounts per cell, two ladders, punished repeats)", () => {
  const table = load("spitting-table");
  const base = {
    matter: "cityscape.spitting-table",
    party: { type: "individual" },
    jurisdiction: "shanghai",
    occurredOn: "2024-03-01",
    discoveredOn: "2024-03-01",
    circumstances: [] as string[],
    // Harm and correction chosen so that no Art. 33 exemption or waiver intervenes: the table's cell decides.
    harm: "minor",
    correction: "late",
    priorViolations: [] as object[],
  };
  const punished = (on: string) => ({ matter: "cityscape.spitting-table", on, jurisdiction: "shanghai" });
  const run = (facts: object, extra: object = {}) => explain(table, { ...base, facts, ...extra } as CaseInput);

  it("小街小巷，自行纠正 → 警告，不罚款: fine null, the warning a mandatory penalty, simple procedure (Art. 51: 警告)", () => {
    const o = run({ location: "side-street", conduct: "spitting", selfCorrected: true });
    expect(o.tier?.id).toBe("side-warning");
    expect(o.fine).toBeNull();
    expect(o.sanctions).toContainEqual(expect.objectContaining({ code: "warning", mandatory: true, kind: "penalty" }));
    expect(o.procedure.simpleProcedure).toBe(true);
  });
  it("小街小巷，未纠正 → 5 元", () => {
    expect(run({ location: "side-street", conduct: "spitting", selfCorrected: false }).fine).toMatchObject({
      min: "5",
      max: "5",
    });
    expect(run({ location: "side-street", conduct: "urinating", selfCorrected: false }).fine).toMatchObject({
      min: "5",
      max: "5",
    });
  });
  it("小街小巷，被依法查处两次以上 → 20 元, counting all time (priors from 2015 count)", () => {
    const o = run(
      { location: "side-street", conduct: "spitting", selfCorrected: true },
      { priorViolations: [punished("2015-01-01"), punished("2016-06-30")] },
    );
    expect(o.tier?.id).toBe("side-20");
    expect(o.fine).toMatchObject({ min: "20", max: "20" });
  });
  it("a waived prior (首违不罚, punished: false) is not 被依法查处: one punished prior stays below 两次", () => {
    const o = run(
      { location: "side-street", conduct: "spitting", selfCorrected: false },
      {
        priorViolations: [punished("2023-01-01"), { ...punished("2023-06-01"), punished: false }],
      },
    );
    expect(o.tier?.id).toBe("side-5");
  });
  it("主要街道和窗口地段，未纠正 → 10 元; 两次以上 → 50 元", () => {
    expect(run({ location: "main-street", conduct: "spitting", selfCorrected: false }).fine).toMatchObject({
      min: "10",
      max: "10",
    });
    const twice = run(
      { location: "main-street", conduct: "spitting", selfCorrected: false },
      { priorViolations: [punished("2023-01-01"), punished("2023-02-01")] },
    );
    expect(twice.tier?.id).toBe("main-50");
    expect(twice.fine).toMatchObject({ min: "50", max: "50" });
  });
  it("主要街道便溺 → 50–100 元", () => {
    expect(run({ location: "main-street", conduct: "urinating", selfCorrected: false }).fine).toMatchObject({
      min: "50",
      max: "100",
    });
  });
  it("one step lighter stays on the cell's own ladder: side street 5 元 → 警告", () => {
    const o = run(
      { location: "side-street", conduct: "spitting", selfCorrected: false },
      { circumstances: ["voluntarily-stopped"] },
    );
    expect(o.tier?.id).toBe("side-warning");
    expect(o.fine).toBeNull();
    expect(o.grounds.map((g) => g.code)).toContain("mitigating-circumstance");
  });
  it("main street 10 元 is its ladder's lightest cell: mitigation never lands on the side-street 5 元 cell, and changes nothing (no ground listed)", () => {
    const o = run(
      { location: "main-street", conduct: "spitting", selfCorrected: false },
      { circumstances: ["voluntarily-stopped"] },
    );
    expect(o.tier?.id).toBe("main-10");
    expect(o.fine).toMatchObject({ min: "10", max: "10" });
    expect(o.grounds.map((g) => g.code)).not.toContain("mitigating-circumstance");
  });
  it("aggravation at the heaviest cell takes the heavier half: 便溺 50–100 → 75–100", () => {
    const o = run(
      { location: "main-street", conduct: "urinating", selfCorrected: false },
      { circumstances: ["serious-impact"] },
    );
    expect(o.fine).toMatchObject({ min: "75", max: "100" });
    expect(o.grounds.map((g) => g.code)).toContain("aggravating-circumstance");
  });
  it("Art. 30: a 15-year-old at the only cell of its ladder gets the lighter half: 便溺 50–100 → 50–75", () => {
    const o = run(
      { location: "main-street", conduct: "urinating", selfCorrected: false },
      { party: { type: "individual", age: 15 } },
    );
    expect(o.fine).toMatchObject({ min: "50", max: "75" });
    expect(o.grounds.map((g) => g.code)).toEqual(["statutory-penalty", "minor-age-mitigation"]);
  });
  it("the loader rejects a warning-only cell where the statute gives no warning", () => {
    const src = readRuleSetSource(join(root, "test", "rulesets", "spitting-table")).source as unknown as {
      matters: { bases: Record<string, { statutory: Record<string, { sanctions?: unknown[] }> }> }[];
    };
    const copy = structuredClone(src);
    for (const p of Object.values(copy.matters[0]!.bases.shanghai!.statutory)) p.sanctions = [];
    const r = safeLoadRuleSet(copy as never);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.some((i) => i.code === "tier-outside-statute" && i.path.includes("warningOnly"))).toBe(true);
  });
});

describe("裁量百分比: a five-factor score table (amount = min + (max − min) × Σ scores)", () => {
  const scored = load("factor-score");
  const run = (facts: object) =>
    explain(scored, {
      matter: "ecology.monitoring-device-tampering",
      party: { type: "unit" },
      jurisdiction: "shanghai",
      occurredOn: "2024-03-01",
      discoveredOn: "2024-03-02",
      facts,
      circumstances: [],
      harm: "moderate",
      correction: "late",
      priorViolations: [],
    } as CaseInput);
  it("the lowest level of every factor: Σ = 0.05 + 0 + 0.05 + 0.05 + 0 = 0.15 → 20,000 + 180,000 × 0.15 = 47,000 元 (below the 50,000 元 review threshold)", () => {
    const o = run({ degree: "slight", sensitivity: "low", duration: "short", fault: "negligent", impact: "none" });
    expect(o.fine).toMatchObject({ min: "47000", max: "47000" });
    expect(o.procedure).toMatchObject({ legalReview: false, hearing: false });
    const step = o.trace!.find((s) => s.step === "factor-score")!;
    expect(step.note.zh).toContain("0.15");
    expect(step.reads).toEqual({
      degree: "slight",
      sensitivity: "low",
      duration: "short",
      fault: "negligent",
      impact: "none",
    });
  });
  it("a mixed case: 0.1 + 0.2 + 0.15 + 0.05 + 0.1 = 0.6 → 128,000 元, legal review and hearing", () => {
    const o = run({
      degree: "moderate",
      sensitivity: "high",
      duration: "long",
      fault: "negligent",
      impact: "complaints",
    });
    expect(o.fine).toMatchObject({ min: "128000", max: "128000" });
    expect(o.procedure).toMatchObject({ legalReview: true, hearing: true });
  });
  it("the highest level of every factor sums to 1: the statutory maximum, 200,000 元", () => {
    expect(
      run({ degree: "severe", sensitivity: "high", duration: "long", fault: "intentional", impact: "media" }).fine,
    ).toMatchObject({ min: "200000", max: "200000" });
  });
  it("a city-management benchmark refuses this matter: the article names the 生态环境主管部门", () => {
    const src = readRuleSetSource(join(root, "test", "rulesets", "factor-score")).source as unknown as {
      edition: { agency?: string };
    };
    const copy = structuredClone(src);
    delete copy.edition.agency;
    const r = safeLoadRuleSet(copy as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toContain("competence");
  });
});
