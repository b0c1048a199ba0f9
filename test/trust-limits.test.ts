/**
 * Depth and size limits of rule files, checked before any recursive walk: over a limit, the loader, `validate` and
 * `evaluate --rules` report an issue with file and JSON pointer instead of overflowing the stack.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { safeLoadRuleSet, type Condition } from "../src/index.js";
import { checkRuleFileLimits, RULE_LIMITS } from "../src/load/limits.js";
import { safeLoadRuleSetFromDir } from "../src/node.js";
import { root, ruleSource } from "./helpers.js";

const LITTERING = "cityscape.littering";
const FILE = `rules/yrd-2023/matters/${LITTERING}.json`;

/** `c` wrapped in `n` single-child `all` combinators: the same condition, `n` levels deeper. */
function wrap(c: unknown, n: number): Condition {
  let v = c;
  for (let i = 0; i < n; i++) v = { all: [v] };
  return v as Condition;
}

/** Nesting of all / any / not, a leaf counting 1 (written out here rather than taken from the code under test). */
function conditionDepth(c: unknown): number {
  const o = c as { all?: unknown[]; any?: unknown[]; not?: unknown };
  if (o.all) return 1 + Math.max(...o.all.map(conditionDepth));
  if (o.any) return 1 + Math.max(...o.any.map(conditionDepth));
  if (o.not) return 1 + conditionDepth(o.not);
  return 1;
}

/** The littering matter with its second tier's condition made `extra` levels deeper. */
function deeperLittering(extra: number) {
  const src = ruleSource();
  const i = src.matters.findIndex((m) => m.id === LITTERING);
  src.matters[i].tiers[1].when = wrap(src.matters[i].tiers[1].when, extra);
  return { src, i, depth: conditionDepth(src.matters[i].tiers[1].when) };
}

const cliEnv = { ...process.env };
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "src", "cli", "bin.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: cliEnv,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("condition depth", () => {
  it("an 800-deep condition is an issue with file and pointer, not a stack overflow", () => {
    const { src } = deeperLittering(800);
    const result = safeLoadRuleSet(src);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.code).toBe("too-deep");
      expect(issue.file).toBe(FILE);
      expect(issue.pointer).toMatch(/^\/tiers\/1\/when(\/all\/0)+/);
    }
    expect(issues.map((i) => i.message).join()).toContain(`more than ${RULE_LIMITS.conditionDepth} levels`);
  });

  it("the limit is exact: 16 levels load, 17 do not", () => {
    const base = deeperLittering(0);
    const ok = deeperLittering(RULE_LIMITS.conditionDepth - base.depth);
    expect(ok.depth).toBe(16);
    const loaded = safeLoadRuleSet(ok.src);
    expect(loaded.ok ? [] : loaded.issues).toEqual([]);
    const over = deeperLittering(RULE_LIMITS.conditionDepth - base.depth + 1);
    expect(over.depth).toBe(17);
    const rejected = safeLoadRuleSet(over.src);
    expect(rejected.ok ? [] : rejected.issues).toEqual([expect.objectContaining({ code: "too-deep", file: FILE })]);
  });

  it("not and any count like all", () => {
    let c: unknown = { fact: "location", operator: "equal", value: "key-area" };
    for (let i = 0; i < 8; i++) c = { not: { any: [c] } };
    expect(conditionDepth(c)).toBe(17);
    expect(checkRuleFileLimits({ tiers: [{ when: c }] }, "m.json", "matter")).toEqual([
      expect.objectContaining({ code: "too-deep", pointer: expect.stringMatching(/^\/tiers\/0\/when\//) }),
    ]);
  });
});

describe("size limits", () => {
  it("more than 32 tiers in a matter is an issue at /tiers", () => {
    const src = ruleSource();
    const i = src.matters.findIndex((m) => m.id === LITTERING);
    const tier = src.matters[i].tiers[0];
    src.matters[i].tiers = Array.from({ length: 33 }, (_, k) => ({ ...tier, id: `t${k}` }));
    const result = safeLoadRuleSet(src);
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ code: "too-large", file: FILE, pointer: "/tiers" }),
    ]);
  });

  it("JSON nested deeper than 64 anywhere is an issue naming the place", () => {
    const src = ruleSource();
    const i = src.matters.findIndex((m) => m.id === LITTERING);
    let deep: unknown = "x";
    for (let k = 0; k < 100_000; k++) deep = [deep];
    src.matters[i].provenance = deep;
    const result = safeLoadRuleSet(src);
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ code: "too-deep", file: FILE, pointer: expect.stringMatching(/^\/provenance(\/0)+$/) }),
    ]);
  });

  it("more than 20,000 values in a file is an issue", () => {
    const src = ruleSource();
    src.edition.notes = Array.from({ length: RULE_LIMITS.values }, () => 1);
    const result = safeLoadRuleSet(src);
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ code: "too-large", file: "rules/yrd-2023/edition.json" }),
    ]);
  });

  it("a cyclic object from a library caller is rejected, not walked forever", () => {
    const src = ruleSource();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    src.matters[0].provenance = loop;
    const result = safeLoadRuleSet(src);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((x) => x.code)).toEqual(["too-deep"]);
  });
});

describe("the command line on a rule directory with an 800-deep condition", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "cailiang-deep-")), "yrd-2023");
  cpSync(join(root, "rules", "yrd-2023"), dir, { recursive: true });
  const path = join(dir, "matters", `${LITTERING}.json`);
  const matter = JSON.parse(readFileSync(path, "utf8"));
  matter.tiers[1].when = wrap(matter.tiers[1].when, 800);
  writeFileSync(path, JSON.stringify(matter)); // compact: about 18 KB, under the 1 MiB file limit

  it("safeLoadRuleSetFromDir returns the issue", () => {
    const result = safeLoadRuleSetFromDir(dir, { lawsDir: false });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain("too-deep");
  });
  it("validate exits 1 naming the file and pointer", () => {
    const r = cli(["validate", dir]);
    expect(r.stderr).not.toMatch(/call stack/);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cityscape\.littering\.json#\/tiers\/1\/when\/all\/0.*\[too-deep\]/);
  });
  it("evaluate --rules exits 2 with the same issue", () => {
    const caseFile = join(dir, "..", "case.json");
    writeFileSync(caseFile, readFileSync(join(root, "examples", "demo-case.json")));
    const r = cli(["evaluate", caseFile, "--rules", dir]);
    expect(r.stderr).not.toMatch(/call stack/);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[too-deep\]/);
  });
});

describe("diff --cases", () => {
  it("rejects a corpus line nested deeper than the case limit (32), naming the line", () => {
    const tmp = mkdtempSync(join(tmpdir(), "cailiang-diff-deep-"));
    const corpus = join(tmp, "cases.jsonl");
    const demo = JSON.parse(readFileSync(join(root, "examples", "demo-case.json"), "utf8"));
    // Written as text: JSON.stringify itself would overflow the stack on 100,000 levels.
    const deep = "[".repeat(100_000) + '"cityscape.littering"' + "]".repeat(100_000);
    writeFileSync(
      corpus,
      JSON.stringify(demo) +
        "\n" +
        JSON.stringify({ ...demo, matter: 0 }).replace('"matter":0', `"matter":${deep}`) +
        "\n",
    );
    const r = cli(["diff", "yrd-2023", "yrd-2025", "--cases", corpus, "--no-generated", "--json"]);
    expect(r.stderr).not.toMatch(/call stack|internal error/);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cases\.jsonl:2: \[input-too-large\] nests deeper than 32 levels/);
  });
});
