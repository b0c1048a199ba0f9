/**
 * What compile() prepares before any case (src/compile/): tier ladders, the 减轻 tier, precomputed static bands with
 * their procedure thresholds, stages, citations, fine bases, id tables and fact checks, and the ordering and checks of
 * several editions. Expected values come from the rule files named in each test.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, compileEditions, loadRuleSet, RuleSetError } from "../../src/index.js";
import { loadRuleSetFromDir } from "../../src/node.js";
import { isEditions } from "../../src/compile/editions.js";
import { checkFact, type FactCheck } from "../../src/compile/case-check.js";
import { dayNumber } from "../../src/dates/index.js";
import { formatAmount, type Interval } from "../../src/money/index.js";
import { compiled, compiled2025, readRuleSource, root } from "../helpers.js";

const spitting = compile(
  loadRuleSetFromDir(join(root, "test/rulesets/spitting-table"), { lawsDir: join(root, "rules", "laws") }),
);
const show = (i: Interval | undefined) => (i ? [formatAmount(i.min), formatAmount(i.max)] : undefined);

describe("tier ladders", () => {
  it("a matter's declared ladders link each cell to its neighbours only (随地吐痰 table: three ladders)", () => {
    const tiers = spitting.matters.get("cityscape.spitting-table")!.tiers;
    expect(tiers.map((t) => t.id)).toEqual([
      "side-warning",
      "side-5",
      "side-20",
      "main-10",
      "main-50",
      "main-urinating",
    ]);
    expect(tiers.map((t) => t.lighter)).toEqual([-1, 0, 1, -1, 3, -1]);
    expect(tiers.map((t) => t.heavier)).toEqual([1, 2, -1, 4, -1, -1]);
    expect(tiers.map((t) => t.warningOnly)).toEqual([true, false, false, false, false, false]);
  });
  it("without declared ladders, one ladder in file order", () => {
    const tiers = compiled.matters.get("cityscape.littering")!.tiers;
    expect(tiers.map((t) => [t.id, t.level, t.lighter, t.heavier])).toEqual([
      ["lighter", "lighter", -1, 1],
      ["general", "general", 0, 2],
      ["heavier", "heavier", 1, -1],
    ]);
  });
  it("the 减轻 tier is derived when the matter declares none: 减轻 / Reduced, selected by no fact", () => {
    const r = compiled.matters.get("cityscape.littering")!.reduced;
    expect(r).toMatchObject({
      id: "reduced",
      label: { zh: "减轻", en: "Reduced" },
      level: "reduced",
      tier: undefined,
      warningOnly: false,
      lighter: -1,
      heavier: -1,
    });
    expect(r.test({})).toBe(true);
  });
});

describe("static bands, computed once", () => {
  it("littering (≤ 100 元): 1–20, 40–60, 60–100; no 减轻 band; thresholds for both parties", () => {
    const fine = compiled.matters.get("cityscape.littering")!.bases.get("shanghai")!.individual!.base;
    expect(fine.staged).toBe(false);
    expect(fine.optional).toBe(false);
    expect(show(fine.fixed!.statutory)).toEqual(["0", "100"]);
    expect(fine.fixed!.bands.map(show)).toEqual([
      ["1", "20"],
      ["40", "60"],
      ["60", "100"],
    ]);
    expect(fine.fixed!.reduced).toBeUndefined();
    const heavier = fine.fixed!.bands[2] as Interval & { text: unknown; thresholds: unknown };
    expect(heavier.text).toEqual({ min: "60", max: "100" });
    // 100 ≤ 200 (individuals) and ≤ 3,000 (units): simple; below 5,000 / 50,000: no review or hearing.
    expect(heavier.thresholds).toEqual({
      individual: { legalReview: false, hearing: false, simple: true },
      unit: { legalReview: false, hearing: false, simple: true },
    });
  });
  it("threshold flags at their bounds: a 2,100–3,000 band is simple for a unit, not for an individual", () => {
    const fine = compiled.matters.get("cityscape.roadside-car-wash")!.bases.get("shanghai")!.unit!.base;
    const heavier = fine.fixed!.bands[2] as Interval & {
      thresholds: { individual: { simple: boolean }; unit: { simple: boolean } };
    };
    expect(show(heavier)).toEqual(["2100", "3000"]);
    expect(heavier.thresholds.unit.simple).toBe(true);
    expect(heavier.thresholds.individual.simple).toBe(false);
    expect(show(fine.fixed!.reduced)).toEqual(["1", "299"]);
  });
  it("a stage is compiled as its own staged fine, optional as the penalty is unless it says otherwise", () => {
    const unit = compiled.matters.get("ecology.commercial-loudspeaker")!.bases.get("shanghai")!.unit!;
    expect(show(unit.base.fixed!.statutory)).toEqual(["5000", "50000"]);
    expect(unit.stages).toHaveLength(1);
    const stage = unit.stages[0]!;
    expect(stage.fine.staged).toBe(true);
    expect(stage.fine.optional).toBe(false);
    expect(show(stage.fine.fixed!.statutory)).toEqual(["50000", "200000"]);
    // The stage's thirds: 50,000–100,000, 100,000–150,000, 150,000–200,000.
    expect(stage.fine.fixed!.bands.map(show)).toEqual([
      ["50000", "100000"],
      ["100000", "150000"],
      ["150000", "200000"],
    ]);
    expect(stage.test({ correction: "refused" })).toBe(true);
    expect(stage.test({ correction: "late" })).toBe(false);
    expect(stage.sanctions.map((s) => s.sanction.code)).toEqual(["order-to-stop-work"]);
  });
  it("a fine that depends on the case (3–5 倍 of the compensation standard) has no precomputed band and names its base", () => {
    const cm = compiled.matters.get("ecology.greenery-damage")!;
    expect(cm.bases.get("shanghai")!.individual!.base.fixed).toBeUndefined();
    expect([...cm.fineBases]).toEqual(["compensationStandard"]);
    const base = cm.factTable.checks.find((c) => c.name === "compensationStandard")!;
    expect(base.fineBase).toBe(true);
    expect(compiled.matters.get("cityscape.littering")!.fineBases.size).toBe(0);
  });
});

describe("bases and the rule set's tables", () => {
  it("a basis cites its prohibition and penalty articles once each, and the edition's agency by default", () => {
    const b = compiled.matters.get("cityscape.littering")!.bases.get("shanghai")!;
    const keys = b.citations.map((c) => `${c.law} ${c.article} ${c.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(b.citations.length).toBeGreaterThan(0);
    expect(b.agency).toBe("city-management");
    expect(compiled.agency).toBe("city-management");
  });
  it("money thresholds come from the edition: Art. 51 200 / 3,000 元; review and hearing 5,000 / 50,000 元; unit 1 元", () => {
    const m = compiled.money;
    expect(
      [
        m.unit,
        m.simple.individual,
        m.simple.unit,
        m.legalReview.individual,
        m.legalReview.unit,
        m.hearing.individual,
        m.hearing.unit,
      ].map(formatAmount),
    ).toEqual(["1", "200", "3000", "5000", "50000", "5000", "50000"]);
  });
  it("case tables hold the effective period as day numbers and the ids cases may name", () => {
    const t = compiled.caseTables;
    expect(t.effectiveFrom).toBe(dayNumber("2023-07-01"));
    expect(t.effectiveTo).toBe(dayNumber("2025-06-30"));
    expect(compiled2025.caseTables.effectiveTo).toBe(Infinity);
    expect(t.jurisdictions.has("shanghai/qingpu")).toBe(true);
    expect(t.matterIds.has("cityscape.littering")).toBe(true);
    expect(t.allMatterIdsValid).toBe(true);
    expect(t.circumstances.has("eliminated-harm")).toBe(true);
    expect(compiled.circumstances.get("eliminated-harm")?.kind).toBe("mitigating-or-reducing");
    expect(compiled.jurisdictions.get("shanghai")?.name.zh).toBe("上海市");
  });
});

describe("fact checks of the fast validation path", () => {
  const check = (c: Partial<FactCheck>): FactCheck => ({
    name: "f",
    kind: "number",
    min: 0,
    max: Infinity,
    integer: false,
    fineBase: false,
    values: null,
    ...c,
  });
  it("numbers: finite, within bounds, whole when asked", () => {
    const n = check({ min: 1, max: 10, integer: true });
    expect([1, 10, 5].map((v) => checkFact(n, v))).toEqual([true, true, true]);
    expect([0, 11, 2.5, Number.NaN, Infinity, "5"].map((v) => checkFact(n, v))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(checkFact(check({ min: 0 }), 2.5)).toBe(true);
  });
  it("money: a decimal string of at most 23 characters, above 0 when it is the base of a fine", () => {
    const m = check({ kind: "money" });
    expect(["0", "12.50", "12345678901234567890.12"].map((v) => checkFact(m, v))).toEqual([true, true, true]);
    expect(["123456789012345678901.12", "1e3", "-1", 5].map((v) => checkFact(m, v))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const base = check({ kind: "money", fineBase: true });
    expect(["0", "0.00"].map((v) => checkFact(base, v))).toEqual([false, false]);
    expect(checkFact(base, "0.01")).toBe(true);
  });
  it("enums and booleans", () => {
    const e = check({ kind: "enum", values: new Set(["a"]) });
    expect([checkFact(e, "a"), checkFact(e, "b"), checkFact(e, 1)]).toEqual([true, false, false]);
    const b = check({ kind: "boolean" });
    expect([checkFact(b, false), checkFact(b, "false")]).toEqual([true, false]);
  });
});

describe("several editions", () => {
  it("are ordered by the date they take effect, whatever order they are given in", () => {
    const e = compileEditions([compiled2025, compiled]);
    expect(isEditions(e)).toBe(true);
    expect(isEditions(compiled)).toBe(false);
    expect(e.editions.map((x) => x.edition.id)).toEqual(["yrd-2023", "yrd-2025"]);
    // Rule sets that are not compiled yet are compiled.
    expect(compileEditions([loadRuleSet(readRuleSource("yrd-2023"))]).editions[0]!.money).toBeDefined();
  });
  it("reject the same edition twice, an open-ended edition followed by another, and no edition at all", () => {
    const issues = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(RuleSetError);
        return (e as RuleSetError).issues.map((i) => i.code);
      }
      return [];
    };
    expect(issues(() => compileEditions([compiled, compiled]))).toEqual(["duplicate-id"]);
    const open = readRuleSource("yrd-2023") as { edition: { effectiveTo: string | null; id: string } };
    open.edition.effectiveTo = null;
    open.edition.id = "yrd-2023-open";
    expect(issues(() => compileEditions([loadRuleSet(open as never), compiled2025]))).toEqual(["invalid-rule-file"]);
    const touching = readRuleSource("yrd-2023") as { edition: { effectiveTo: string | null; id: string } };
    touching.edition.effectiveTo = "2025-07-01";
    touching.edition.id = "yrd-2023-long";
    expect(issues(() => compileEditions([loadRuleSet(touching as never), compiled2025]))).toEqual([
      "invalid-rule-file",
    ]);
    expect(issues(() => compileEditions([]))).toEqual(["invalid-rule-file"]);
  });
});
