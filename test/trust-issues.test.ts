/** What one case or line can make the library and the CLI print is bounded: 20 issues, then a count of the rest. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  boundIssues,
  CaseInputError,
  evaluate,
  MAX_ISSUES,
  safeEvaluate,
  safeExplain,
  type CaseInput,
  type Issue,
} from "../src/index.js";
import { processLine } from "../src/cli/batch.js";
import { compiled, editions, root } from "./helpers.js";

const demo = JSON.parse(readFileSync(join(root, "examples", "demo-case.json"), "utf8")) as Record<string, unknown>;

/** The demo case (valid) with `n` extra facts u0 … u(n-1) that no matter declares. */
function withUnknownFacts(n: number) {
  const facts: Record<string, unknown> = { ...(demo.facts as object) };
  for (let i = 0; i < n; i++) facts[`u${i}`] = 1;
  return { ...demo, facts };
}

describe("issues per case", () => {
  it("the demo case is valid, so each extra fact is exactly one issue", () => {
    expect(safeEvaluate(compiled, demo).ok).toBe(true);
    const r = safeEvaluate(compiled, withUnknownFacts(3));
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown-fact", "facts.u0"],
      ["unknown-fact", "facts.u1"],
      ["unknown-fact", "facts.u2"],
    ]);
  });

  it("1,000 unknown facts: the first 20 in key order, then one issue counting the other 980", () => {
    for (const fn of [safeEvaluate, safeExplain]) {
      const r = fn(compiled, withUnknownFacts(1000));
      expect(r.ok).toBe(false);
      const issues = r.ok ? [] : r.issues;
      expect(issues).toHaveLength(MAX_ISSUES + 1);
      expect(issues.slice(0, 20).map((i) => i.path[1])).toEqual(Array.from({ length: 20 }, (_, i) => `u${i}`));
      expect(issues[20]).toEqual({
        code: "too-many-issues",
        path: [],
        count: 980,
        message: expect.stringMatching(/^980 more issue\(s\).*另有 980 个问题/),
      });
    }
  });

  it("21 issues: 20 and a count of 1 (never 21 listed); 20 issues: no count", () => {
    const r21 = safeEvaluate(compiled, withUnknownFacts(21));
    expect(r21.ok ? [] : r21.issues.map((i) => i.code)).toEqual([...Array(20).fill("unknown-fact"), "too-many-issues"]);
    const r20 = safeEvaluate(compiled, withUnknownFacts(20));
    expect(r20.ok ? [] : r20.issues.map((i) => i.code)).toEqual(Array(20).fill("unknown-fact"));
  });

  it("the same bound holds with several editions (chosen by date) and in the thrown error", () => {
    const r = safeEvaluate(editions, withUnknownFacts(1000));
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([...Array(20).fill("unknown-fact"), "too-many-issues"]);
    expect(r.ok ? undefined : r.issues[20]!.count).toBe(980);
    try {
      evaluate(compiled, withUnknownFacts(1000) as CaseInput);
      expect.unreachable();
    } catch (error) {
      expect((error as CaseInputError).issues).toHaveLength(21);
    }
  });

  it("a key of 100,000 characters is clipped in the path and the message", () => {
    const key = "k".repeat(100_000);
    const r = safeEvaluate(compiled, { ...demo, facts: { ...(demo.facts as object), [key]: 1 } });
    const [issue] = r.ok ? [] : r.issues;
    expect(issue!.code).toBe("unknown-fact");
    expect(String(issue!.path[1]).length).toBeLessThan(300);
    expect(issue!.message.length).toBeLessThan(1100);
  });
});

describe("boundIssues", () => {
  const many: Issue[] = Array.from({ length: 50 }, (_, i) => ({
    code: "invalid-fact",
    path: ["facts", `f${i}`],
    message: `m${i}`,
  }));
  it("keeps 20 and counts 30", () => {
    const b = boundIssues(many);
    expect(b.map((i) => i.path[1] ?? i.code)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `f${i}`),
      "too-many-issues",
    ]);
    expect(b[20]!.count).toBe(30);
  });
  it("applied twice changes nothing more", () => {
    expect(boundIssues(boundIssues(many))).toEqual(boundIssues(many));
  });
  it("returns short lists unchanged", () => {
    expect(boundIssues(many.slice(0, 5))).toEqual(many.slice(0, 5));
  });
});

describe("a batch line of about 1 MB with 16 matters and 90,000 unknown facts", () => {
  it("gives one bounded output line", () => {
    const matters = [...compiled.matters.keys()].slice(0, 16);
    expect(matters).toHaveLength(16);
    const facts: Record<string, number> = {};
    for (let i = 0; i < 90_000; i++) facts[`x${i}`] = 1;
    const line = JSON.stringify({ ...demo, matter: matters, facts });
    expect(line.length).toBeGreaterThan(900_000);
    expect(line.length).toBeLessThan(1 << 20);
    const out = processLine(editions, line, 1);
    expect(out.ok).toBe(false);
    const parsed = JSON.parse(out.json) as { line: number; issues: Issue[] };
    expect(parsed.issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
    expect(parsed.issues.at(-1)!.code).toBe("too-many-issues");
    // Before the bound this line printed 66 MB; 21 issues with clipped messages stay far below 64 KB.
    expect(out.json.length).toBeLessThan(64 * 1024);
  });
});

describe("cailiang validate", () => {
  it("lists at most 20 problems of a rule set and counts the rest", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "cailiang-issues-")), "yrd-2023");
    cpSync(join(root, "rules", "yrd-2023"), dir, { recursive: true });
    const editionPath = join(dir, "edition.json");
    const edition = JSON.parse(readFileSync(editionPath, "utf8"));
    // 30 more copies of the first jurisdiction: 30 duplicate-id problems.
    edition.jurisdictions.push(...Array.from({ length: 30 }, () => edition.jurisdictions[0]));
    writeFileSync(editionPath, JSON.stringify(edition));
    const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "src", "cli", "bin.ts"), "validate", dir], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/: 30 problem\(s\)/);
    const listed = r.stderr.split("\n").filter((l) => l.startsWith("  - "));
    expect(listed).toHaveLength(21);
    expect(listed.at(-1)).toMatch(/\[too-many-issues\] 10 more issue\(s\)/);
  });
});
