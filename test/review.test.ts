import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  audit,
  AuditCollector,
  auditCsvRow,
  auditMarkdown,
  CailiangError,
  loadReviewStandard,
  safeAudit,
  safeLoadReviewStandard,
  supervisorOrder,
  type CalendarInput,
} from "../src/index.js";
import { policies } from "../src/rules.js";

const yrd2023Review = policies["yrd-2023"]!.review;
const yrd2025Review = policies["yrd-2025"]!.review;
import { readLaws } from "../src/node.js";
import { compiled2025, editions, root } from "./helpers.js";

const laws = readLaws(join(root, "rules", "laws"));
const standards = [loadReviewStandard(yrd2023Review, { laws }), loadReviewStandard(yrd2025Review, { laws })];

interface ReviewFixture {
  name: string;
  origin: "law";
  why: string;
  record: Record<string, any>;
  calendar?: CalendarInput;
  expect: { findings: string[]; notCheckable: string[]; vetoed: boolean; content: number; grade: string };
}
const fixtures = JSON.parse(readFileSync(join(root, "fixtures", "review", "law.json"), "utf8")) as ReviewFixture[];
const sorted = (xs: readonly string[]) => [...xs].sort();

describe("fixtures/review/law.json (written from the 行政处罚法)", () => {
  it("every fixture is written from the law and says which article", () => {
    for (const f of fixtures) {
      expect(f.origin).toBe("law");
      expect(f.why).toMatch(/Arts?\./);
    }
  });
  it.each(fixtures.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    const r = audit(editions, f.record, standards, f.calendar ? { calendar: f.calendar } : {});
    expect(sorted(r.findings.map((x) => x.check))).toEqual(sorted(f.expect.findings));
    expect(sorted(r.notCheckable.map((x) => x.check))).toEqual(sorted(f.expect.notCheckable));
    expect(r.vetoed).toBe(f.expect.vetoed);
    expect(r.score.content).toBe(f.expect.content);
    expect(r.grade.id).toBe(f.expect.grade);
    expect(r.calendar).toBe(f.calendar ? "supplied" : "weekends-only");
  });
  it("works with one compiled edition as well as with several", () => {
    const f = fixtures[0]!;
    expect(audit(compiled2025, f.record, standards[1]!).findings).toEqual([]);
  });
});

describe("review standards", () => {
  it("the files on disk are the bundled ones, and every citation is verbatim", () => {
    for (const [id, bundled] of [
      ["yrd-2023", yrd2023Review],
      ["yrd-2025", yrd2025Review],
    ] as const) {
      const disk = JSON.parse(readFileSync(join(root, "rules", id, "review.json"), "utf8"));
      expect(disk).toEqual(bundled);
      expect(safeLoadReviewStandard(disk, { laws }).ok).toBe(true);
    }
  });
  it("Art. 85 is quoted: the law's 二日/三日/五日/七日 are working days", () => {
    expect(standards[1]!.workingDays.text).toContain("“七日”的规定是指工作日");
  });
  it("the checks of the issue are all on the sheet", () => {
    const ids = standards[1]!.checks.map((c) => c.id);
    for (const id of [
      "fine-outside-benchmark",
      "disposition-contradicts-benchmark",
      "first-violation-ignored",
      "penalty-article-not-cited",
      "officers-fewer-than-two",
      "notice-missing-or-late",
      "legal-review-missing",
      "hearing-not-offered",
      "hearing-notice-late",
      "decision-overdue",
      "service-late",
    ]) {
      expect(ids).toContain(id);
    }
  });
  it("a broken citation and a veto with points are rejected with JSON pointers", () => {
    const broken = structuredClone(yrd2025Review) as any;
    broken.checks[5].citation.text = "执法人员不得少于三人";
    broken.checks[5].points = 10;
    const result = safeLoadReviewStandard(broken, { laws });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(sorted(result.issues.map((i) => i.pointer!))).toEqual(["/checks/5/citation", "/checks/5/points"]);
  });
});

const clean = fixtures[0]!.record;

describe("bad records", () => {
  it("are rejected with field paths", () => {
    const bad = structuredClone(clean);
    bad.decision.fine = "5万";
    bad.steps.servedOn = "2025-13-01";
    const r = safeAudit(editions, bad, standards);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(sorted(r.issues.map((i) => i.path.join(".")))).toEqual(["decision.fine", "steps.servedOn"]);
  });
  it("a case the benchmark rejects names the case field", () => {
    const bad = structuredClone(clean);
    bad.case.facts.exposedArea = -1;
    const r = safeAudit(editions, bad, standards);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toEqual(["case", "facts", "exposedArea"]);
  });
  it("impossible dates are date-order issues", () => {
    const bad = structuredClone(clean);
    bad.steps.servedOn = "2025-08-30";
    bad.steps.filedOn = "2025-09-02";
    const r = safeAudit(editions, bad, standards);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
        ["date-order", "steps.filedOn"],
        ["date-order", "steps.servedOn"],
      ]);
    expect(() => audit(editions, bad, standards)).toThrow(CailiangError);
  });
});

describe("supervisor's summary", () => {
  it("counts files, grades and findings, and puts files outside the benchmark first", () => {
    const c = new AuditCollector();
    for (const f of fixtures)
      c.add(audit(editions, { ...f.record, id: f.name }, standards, f.calendar ? { calendar: f.calendar } : {}));
    c.reject(99, [{ code: "invalid-json", path: [], message: "not valid JSON" }]);
    const s = c.result();
    expect(s.files).toBe(fixtures.length);
    expect(s.rejected).toBe(1);
    expect(Object.values(s.grades).reduce((a, b) => a + b, 0)).toBe(fixtures.length);
    expect(s.vetoed).toBe(fixtures.filter((f) => f.expect.vetoed).length);
    expect(s.findings["fine-outside-benchmark"]).toBe(
      fixtures.filter((f) => f.expect.findings.includes("fine-outside-benchmark")).length,
    );
    const order = supervisorOrder(c.rows);
    const outside = order.filter((r) => r.outsideBenchmark).length;
    expect(outside).toBe(s.outsideBenchmark);
    expect(order.slice(0, outside).every((r) => r.outsideBenchmark)).toBe(true);
    const md = auditMarkdown(s, c.rows, standards[1]!);
    expect(md).toContain(`| 评查案卷 Files reviewed | ${fixtures.length} |`);
    expect(auditCsvRow(c.rows[0]!)).toMatch(
      /^Clean general-procedure file: every step on time,excellent,80,false,false,,\r\n$/,
    );
  });
});

describe("properties", () => {
  it("the content score never goes below 0 or above the sheet, and a veto always fails the file", () => {
    const steps = fc.record(
      {
        filedOn: fc.constantFrom("2025-05-01", "2025-08-05", null),
        officers: fc.array(fc.record({ name: fc.constant("x"), certificate: fc.constantFrom("1", null) }), {
          maxLength: 3,
        }),
        noticeOn: fc.constantFrom("2025-08-20", "2025-09-05", null),
        statementHeard: fc.constantFrom(true, false, "waived" as const),
        legalReviewOn: fc.constantFrom("2025-08-28", null),
        servedOn: fc.constantFrom("2025-09-01", "2025-09-30", null),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(steps, fc.integer({ min: 1, max: 200000 }), (s, fine) => {
        const r = audit(
          editions,
          { ...clean, decision: { ...clean.decision, fine: String(fine) }, steps: s },
          standards,
        );
        const ok = r.score.content >= 0 && r.score.content <= r.score.contentMax;
        return ok && (!r.vetoed || (r.grade.id === "fail" && r.score.content === 0));
      }),
      { numRuns: 150 },
    );
  });
});
