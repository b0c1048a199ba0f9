import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  addWorkdays,
  assumedDecision,
  CailiangError,
  credit,
  evaluate,
  loadCreditPolicy,
  makeCalendar,
  safeCredit,
  safeLoadCreditPolicy,
  workdaysBetween,
  type CaseInput,
  type Outcome,
} from "../src/index.js";
import { policies as bundled } from "../src/rules.js";

const yrd2023Credit = bundled["yrd-2023"]!.credit;
const yrd2025Credit = bundled["yrd-2025"]!.credit;
import { readLaws } from "../src/node.js";
import { editions, root } from "./helpers.js";

const laws = readLaws(join(root, "rules", "laws"));
const policies = [loadCreditPolicy(yrd2023Credit, { laws }), loadCreditPolicy(yrd2025Credit, { laws })];

interface CreditFixture {
  name: string;
  origin: "law";
  why: string;
  case: Record<string, unknown>;
  decision: Record<string, unknown>;
  expect: Record<string, unknown>;
}
const fixtures = JSON.parse(readFileSync(join(root, "fixtures", "credit", "law.json"), "utf8")) as CreditFixture[];

describe("fixtures/credit/law.json (written from the cited articles)", () => {
  it("every fixture is written from the law and says which article", () => {
    for (const f of fixtures) {
      expect(f.origin).toBe("law");
      expect(f.why).toMatch(/Art\.|令58号/);
    }
  });
  it.each(fixtures.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    const outcome = evaluate(editions, f.case as CaseInput);
    expect(credit(policies, outcome, f.decision)).toMatchObject(f.expect);
  });
});

describe("policy files", () => {
  it("the files on disk are the bundled ones, and every citation is verbatim", () => {
    for (const [id, bundled] of [
      ["yrd-2023", yrd2023Credit],
      ["yrd-2025", yrd2025Credit],
    ] as const) {
      const disk = JSON.parse(readFileSync(join(root, "rules", id, "credit.json"), "utf8"));
      expect(disk).toEqual(bundled);
      expect(safeLoadCreditPolicy(disk, { laws }).ok).toBe(true);
    }
  });

  it("a citation that is not verbatim is rejected with its JSON pointer", () => {
    const broken = structuredClone(yrd2025Credit) as any;
    broken.regions[0].record.citation.text = "适用简易程序作出的行政处罚信息";
    const result = safeLoadCreditPolicy(broken, { laws, file: "rules/yrd-2025/credit.json" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({
        code: "citation-mismatch",
        file: "rules/yrd-2025/credit.json",
        pointer: "/regions/0/record/citation",
      });
    }
  });

  it("a severe-list level without a legal basis is rejected (国办发〔2020〕49号 (六))", () => {
    const broken = structuredClone(yrd2025Credit) as any;
    broken.levels[2].basis = null;
    const result = safeLoadCreditPolicy(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.pointer)).toContain("/levels/2/basis");
  });

  it("every level without a legal basis is marked modelled", () => {
    for (const level of policies[1]!.levels) if (level.basis === null) expect(level.provenance.status).toBe("modelled");
  });
});

const dustCase = (jurisdiction: string, decidedOn: string, extra: Partial<CaseInput> = {}): CaseInput => ({
  matter: "ecology.construction-dust",
  party: { type: "unit" },
  jurisdiction,
  occurredOn: "2025-08-04",
  discoveredOn: "2025-08-04",
  decidedOn,
  facts: { exposedArea: 50, sensitiveNearby: true },
  circumstances: [],
  harm: "moderate",
  correction: "late",
  priorViolations: [],
  ...extra,
});
const shanghai = evaluate(editions, dustCase("shanghai", "2025-09-01"));
const base = { decidedOn: "2025-09-01", procedure: "general", party: "unit", fine: "45000", final: true };

describe("credit()", () => {
  it("a jurisdiction without a credit statute in the policy: recordable is unknown (null), not false", () => {
    const anhui: Outcome = {
      ...shanghai,
      jurisdiction: { id: "anhui", name: { zh: "安徽省", en: "Anhui" }, basis: "anhui" },
    };
    const r = credit(policies, anhui, base);
    expect(r.recordable).toBeNull();
    expect(r.reasons.map((x) => x.code)).toEqual(["no-credit-statute"]);
  });

  it("before 2023-05-01 the two-level 2019 windows apply: 一般 3 months–1 year", () => {
    // 发改办财金〔2019〕527号 as applied: 一般失信 3个月–1年; 2023-04-30 + 3 months = 2023-07-30, + 12 = 2024-04-30.
    const r = credit(policies, shanghai, { ...base, decidedOn: "2023-04-30" });
    expect(r.publicity).toEqual({
      from: "2023-04-30",
      earliestEnd: "2023-07-30",
      latestEnd: "2024-04-30",
      regime: "ndrc-2019-527",
      windows: ["general"],
    });
  });

  it("before 2023-05-01 a severe-level decision gets 6 months–3 years", () => {
    const severe = evaluate(editions, dustCase("shanghai", "2025-09-01", { harm: "serious" }));
    const r = credit(policies, severe, { ...base, decidedOn: "2023-04-30", harm: "serious" });
    expect(r.publicity).toMatchObject({
      earliestEnd: "2023-10-30",
      latestEnd: "2026-04-30",
      windows: ["general", "severe"],
    });
  });

  it("the serious level (modelled) is selected by the fine at the unit threshold, and says it is modelled", () => {
    const r = credit(policies, shanghai, { ...base, fine: "50000" });
    expect(r.level).toMatchObject({ id: "serious", status: "modelled", basis: null });
    expect(r.modelled).toContain("level");
    expect(r.reasons.find((x) => x.code === "level")!.status).toBe("modelled");
  });

  it("a policy without a severe-list basis for the province does not apply the severe level", () => {
    const p = structuredClone(yrd2025Credit) as any;
    delete p.levels[2].basis.shanghai;
    const severe = evaluate(editions, dustCase("shanghai", "2025-09-01", { harm: "serious" }));
    const r = credit(loadCreditPolicy(p), severe, { ...base, harm: "serious" });
    expect(r.level!.id).not.toBe("severe");
    expect(r.reasons.map((x) => x.code)).toContain("severe-list-no-basis");
  });

  it("a 从轻 tier is read as 轻微 in Shanghai only when the decision does not say, and the reason is modelled", () => {
    if (shanghai.disposition === "no-penalty") throw new Error("expected a penalty");
    const lighter: Outcome = { ...shanghai, tier: { id: "lighter", label: { zh: "从轻", en: "Lighter" } } };
    const r = credit(policies, lighter, base);
    expect(r.recordable).toBe(false);
    expect(r.reasons[0]).toMatchObject({ code: "minor-violation", status: "modelled" });
    expect(credit(policies, lighter, { ...base, minor: false }).recordable).toBe(true);
  });

  it("bad decisions are rejected with field paths", () => {
    const result = safeCredit(policies, shanghai, {
      ...base,
      decidedOn: "2025-02-30",
      fine: "-5",
      calendar: { holidays: ["2025-10-01"], workdays: ["2025-10-01"] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["decidedOn", "fine"]));
    const cal = safeCredit(policies, shanghai, {
      ...base,
      calendar: { holidays: ["2025-10-01"], workdays: ["2025-10-01"] },
    });
    expect(cal.ok).toBe(false);
    if (!cal.ok) expect(cal.issues[0]).toMatchObject({ code: "invalid-decision", path: ["calendar", "workdays", 0] });
    expect(() => credit(policies, shanghai, { ...base, procedure: "summary" })).toThrow(CailiangError);
    const order = safeCredit(policies, shanghai, { ...base, objectionReceivedOn: "2025-08-01" });
    expect(order.ok || order.issues[0]).toMatchObject({ code: "date-order", path: ["objectionReceivedOn"] });
  });

  it("working-day dates without holidays say so; with holidays they do not", () => {
    const codes = (d: object) =>
      credit(policies, shanghai, { ...base, objectionReceivedOn: "2025-09-26", ...d }).reasons.map((x) => x.code);
    expect(codes({})).toContain("calendar-weekends-only");
    expect(codes({ calendar: { holidays: ["2025-10-01"] } })).not.toContain("calendar-weekends-only");
  });

  it("assumedDecision states its assumptions and leads to the same result as the explicit decision", () => {
    const c = dustCase("shanghai", "2025-09-01");
    const { decision, assumptions } = assumedDecision(c as any, shanghai);
    expect(decision).toMatchObject({
      decidedOn: "2025-09-01",
      procedure: "general",
      party: "unit",
      fine: "70000",
      final: true,
    });
    expect(assumptions.length).toBeGreaterThanOrEqual(3);
    expect(credit(policies, shanghai, decision).recordable).toBe(true);
  });
});

describe("working-day calendar", () => {
  it("weekends only without dates, and says so", () => {
    const cal = makeCalendar();
    expect(cal.kind).toBe("weekends-only");
    expect(addWorkdays(cal, "2025-09-26", 1)).toBe("2025-09-29"); // Fri → Mon
    expect(workdaysBetween(cal, "2025-09-26", "2025-10-03")).toBe(5);
  });
  it("holidays skipped and made-up working days counted", () => {
    const cal = makeCalendar({
      holidays: ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"],
      workdays: ["2025-09-28", "2025-10-11"],
    });
    expect(cal.kind).toBe("supplied");
    expect(addWorkdays(cal, "2025-09-26", 1)).toBe("2025-09-28");
    expect(addWorkdays(cal, "2025-09-30", 1)).toBe("2025-10-09");
  });
});

describe("properties", () => {
  const date = fc
    .integer({ min: Date.UTC(2023, 6, 1) / 864e5, max: Date.UTC(2030, 11, 31) / 864e5 })
    .map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
  const decision = fc.record({
    decidedOn: date,
    procedure: fc.constantFrom("simple", "general"),
    party: fc.constantFrom("individual", "unit"),
    fine: fc.option(fc.integer({ min: 1, max: 500000 }).map(String), { nil: null }),
    final: fc.boolean(),
    minor: fc.option(fc.boolean(), { nil: undefined }),
    harm: fc.constantFrom("none", "minor", "moderate", "serious"),
    fields: fc.subarray(["special-equipment", "work-safety", "fire-safety", "other"]),
    severeListed: fc.boolean(),
  });
  const jurisdiction = fc.constantFrom("shanghai", "shanghai/qingpu", "zhejiang", "zhejiang/jiaxing");

  it("publicity: from ≤ earliestEnd ≤ latestEnd; repair never before the minimum has run", () => {
    fc.assert(
      fc.property(decision, jurisdiction, (d, j) => {
        const r = credit(policies, { ...shanghai, jurisdiction: { ...shanghai.jurisdiction, id: j } }, d);
        if (!r.publicity) return r.recordable !== true || r.reasons.some((x) => x.code === "no-publicity-regime");
        const p = r.publicity;
        return (
          p.from === d.decidedOn &&
          p.from < p.earliestEnd &&
          p.earliestEnd <= p.latestEnd &&
          (r.repair!.earliestOn === null || r.repair!.earliestOn > p.earliestEnd)
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a simple-procedure decision is never recordable", () => {
    fc.assert(
      fc.property(decision, jurisdiction, (d, j) => {
        const r = credit(
          policies,
          { ...shanghai, jurisdiction: { ...shanghai.jurisdiction, id: j } },
          { ...d, procedure: "simple" },
        );
        return r.recordable === false && r.reasons.some((x) => x.code === "simple-procedure");
      }),
      { numRuns: 200 },
    );
  });

  it("addWorkdays(n) lands on a working day with exactly n working days after the start", () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 30 }),
        fc.subarray(["2025-10-01", "2025-10-02", "2025-10-03", "2026-01-01", "2026-02-17"]),
        (from, n, holidays) => {
          const cal = makeCalendar({ holidays });
          const end = addWorkdays(cal, from, n);
          return workdaysBetween(cal, from, end) === n && cal.isWorkday(Date.parse(end) / 864e5);
        },
      ),
      { numRuns: 200 },
    );
  });
});
