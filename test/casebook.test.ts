/**
 * The casebook: cases written by hand from the 行政处罚法, the cited statutes and the rule files (fixtures/casebook/),
 * each with the article and the arithmetic behind its expected outcome. The expectations are partial: only what the
 * law decides is checked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { compile, safeExplain, type Evaluable, type Outcome } from "../src/index.js";
import { loadRuleSetFromDir } from "../src/node.js";
import { compiled, compiled2025, editions, root } from "./helpers.js";

const casebookDir = join(root, "fixtures", "casebook");
const lawsDir = join(root, "rules", "laws");

type GroundExpectation = string | { code: string; ref?: string; mandatory?: boolean };
type SanctionExpectation = string | { code: string; mandatory?: boolean; kind?: "penalty" | "measure" };

interface Expectation {
  disposition?: Outcome["disposition"];
  tier?: string | null;
  fine?: { min: string; max: string } | null;
  grounds?: GroundExpectation[];
  sanctions?: SanctionExpectation[];
  sanctionsAbsent?: string[];
  firstViolation?: "shall" | "may" | "no";
  firstViolationUnmet?: string[];
  procedure?: Partial<Outcome["procedure"]>;
  ruleSetApplied?: string;
  matter?: string;
}

interface CasebookEntry {
  name: string;
  origin: "law";
  why: string;
  ruleSet: string;
  case: Record<string, unknown>;
  expect: Expectation;
}

const EXPECT_KEYS = new Set([
  "disposition",
  "tier",
  "fine",
  "grounds",
  "sanctions",
  "sanctionsAbsent",
  "firstViolation",
  "firstViolationUnmet",
  "procedure",
  "ruleSetApplied",
  "matter",
]);

/** Every casebook file (the top-level `*.json`; `rulesets/` holds test rule sets): [file name, entries]. */
function casebookFiles(): [string, CasebookEntry[]][] {
  return readdirSync(casebookDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(casebookDir, f), "utf8")) as CasebookEntry[]]);
}

const files = casebookFiles();
const entries = files.flatMap(([, list]) => list);

const targets = new Map<string, Evaluable>([
  ["yrd-2023", compiled],
  ["yrd-2025", compiled2025],
  ["editions", editions],
]);

/** A bundled edition, both editions chosen by date, or a test rule set directory relative to fixtures/casebook/. */
function target(ruleSet: string): Evaluable {
  let t = targets.get(ruleSet);
  if (!t) {
    t = compile(loadRuleSetFromDir(join(casebookDir, ruleSet), { lawsDir }));
    targets.set(ruleSet, t);
  }
  return t;
}

const show = (v: unknown) => JSON.stringify(v);

function sameAmount(a: string, b: string): boolean {
  try {
    return new Decimal(a).eq(b);
  } catch {
    return false;
  }
}

/** Every difference between the partial expectation and the outcome, in words. */
function differences(e: Expectation, o: Outcome): string[] {
  const out: string[] = [];
  if (e.disposition !== undefined && o.disposition !== e.disposition)
    out.push(`disposition: expected ${e.disposition}, got ${o.disposition}`);
  if (e.tier !== undefined && (o.tier?.id ?? null) !== e.tier)
    out.push(`tier: expected ${show(e.tier)}, got ${show(o.tier?.id ?? null)}`);
  if (e.fine !== undefined) {
    const got = o.fine ? `${o.fine.min}–${o.fine.max}` : "null";
    if (
      e.fine === null
        ? o.fine !== null
        : !o.fine || !sameAmount(o.fine.min, e.fine.min) || !sameAmount(o.fine.max, e.fine.max)
    ) {
      out.push(`fine: expected ${e.fine ? `${e.fine.min}–${e.fine.max}` : "null"}, got ${got}`);
    }
  }
  if (e.grounds !== undefined) {
    const codes = o.grounds.map((g) => g.code + (g.ref ? `(${g.ref})` : ""));
    const ok =
      o.grounds.length === e.grounds.length &&
      e.grounds.every((want, i) => {
        const got = o.grounds[i]!;
        if (typeof want === "string") return got.code === want;
        return (
          got.code === want.code &&
          (want.ref === undefined || got.ref === want.ref) &&
          (want.mandatory === undefined || got.mandatory === want.mandatory)
        );
      });
    if (!ok)
      out.push(
        `grounds: expected ${show(e.grounds)}, got ${show(o.grounds.map((g) => ({ code: g.code, ref: g.ref, mandatory: g.mandatory })))} (${codes.join(", ")})`,
      );
  }
  for (const want of e.sanctions ?? []) {
    const code = typeof want === "string" ? want : want.code;
    const found = o.sanctions.filter((s) => s.code === code);
    if (found.length === 0) out.push(`sanctions: expected ${code}, got [${o.sanctions.map((s) => s.code).join(", ")}]`);
    else if (typeof want !== "string") {
      if (want.mandatory !== undefined && !found.some((s) => s.mandatory === want.mandatory))
        out.push(`sanctions: expected ${code} with mandatory ${want.mandatory}`);
      if (want.kind !== undefined && !found.some((s) => s.kind === want.kind))
        out.push(`sanctions: expected ${code} of kind ${want.kind}`);
    }
  }
  for (const code of e.sanctionsAbsent ?? []) {
    if (o.sanctions.some((s) => s.code === code))
      out.push(`sanctions: expected no ${code}, got [${o.sanctions.map((s) => s.code).join(", ")}]`);
  }
  if (e.firstViolation !== undefined && o.firstViolation.applies !== e.firstViolation) {
    out.push(`firstViolation: expected ${e.firstViolation}, got ${o.firstViolation.applies}`);
  }
  if (e.firstViolationUnmet !== undefined) {
    const got = o.firstViolation.unmet.map((u) => u.id).sort();
    const want = [...e.firstViolationUnmet].sort();
    if (show(got) !== show(want)) out.push(`firstViolation.unmet: expected ${show(want)}, got ${show(got)}`);
  }
  for (const [flag, want] of Object.entries(e.procedure ?? {})) {
    const got = o.procedure[flag as keyof Outcome["procedure"]];
    if (got !== want) out.push(`procedure.${flag}: expected ${want}, got ${got}`);
  }
  if (e.ruleSetApplied !== undefined && o.ruleSet.id !== e.ruleSetApplied)
    out.push(`ruleSet: expected ${e.ruleSetApplied}, got ${o.ruleSet.id}`);
  if (e.matter !== undefined && o.matter.id !== e.matter) out.push(`matter: expected ${e.matter}, got ${o.matter.id}`);
  return out;
}

const CJK = /[\u4e00-\u9fff]/;
const RESULTS = new Set(["applied", "not-applied", "info"]);

/**
 * What every explanation must be, whatever the case (DESIGN: the trace says, for each rule step, what it read, the
 * article behind it and what it found, in Chinese and English): a known result, the facts read by name (every step
 * reads something), a citation that is whole when there is one, a Chinese note with Chinese in it and an English
 * note that is not the Chinese one. Each step at most once, except the steps that are per provision or per stage.
 */
function traceProblems(o: Outcome): string[] {
  const out: string[] = [];
  if (!o.trace || o.trace.length === 0) return ["trace: explain gave no trace"];
  for (const [i, s] of o.trace.entries()) {
    const at = `trace[${i}] ${s.step}`;
    if (!s.step) out.push(`${at}: no step name`);
    if (!RESULTS.has(s.result)) out.push(`${at}: result ${JSON.stringify(s.result)}`);
    if (!s.reads || typeof s.reads !== "object" || Object.keys(s.reads).length === 0)
      out.push(`${at}: reads nothing (${JSON.stringify(s.reads)})`);
    if (s.citation !== null && !(s.citation.law && s.citation.article && s.citation.text))
      out.push(`${at}: incomplete citation ${JSON.stringify(s.citation)}`);
    if (!CJK.test(s.note.zh)) out.push(`${at}: Chinese note without Chinese: ${JSON.stringify(s.note.zh)}`);
    if (!s.note.en || s.note.en === s.note.zh) out.push(`${at}: no English note of its own`);
  }
  return out;
}

describe("casebook files", () => {
  it("hold at least 90 cases with unique names", () => {
    expect(entries.length).toBeGreaterThanOrEqual(90);
    const names = entries.map((e) => e.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it.each(files)("%s: every entry is a law-written case with its reasoning and a known expectation", (_file, list) => {
    expect(Array.isArray(list)).toBe(true);
    for (const entry of list) {
      expect(Object.keys(entry).sort(), entry.name).toEqual(["case", "expect", "name", "origin", "ruleSet", "why"]);
      expect(entry.origin, entry.name).toBe("law");
      expect(entry.why.length, entry.name).toBeGreaterThan(40);
      expect(
        Object.keys(entry.expect).filter((k) => !EXPECT_KEYS.has(k)),
        entry.name,
      ).toEqual([]);
      expect(Object.keys(entry.expect).length, entry.name).toBeGreaterThan(0);
      if (!targets.has(entry.ruleSet)) {
        const dir = join(casebookDir, entry.ruleSet);
        expect(existsSync(dir) && statSync(dir).isDirectory(), `${entry.name}: rule set ${entry.ruleSet}`).toBe(true);
      }
    }
  });

  const ruleSetDirs = readdirSync(join(casebookDir, "rulesets")).sort();
  it.each(ruleSetDirs)("test rule set rulesets/%s loads with every citation checked against rules/laws", (dir) => {
    expect(() => loadRuleSetFromDir(join(casebookDir, "rulesets", dir), { lawsDir })).not.toThrow();
  });
});

describe.each(files)("casebook/%s", (_file, list) => {
  it.each(list.map((e) => [e.name, e] as const))("%s", (_name, entry) => {
    const result = safeExplain(target(entry.ruleSet), entry.case);
    const header = `${entry.name}\n  why: ${entry.why}\n  rule set: ${entry.ruleSet}`;
    if (!result.ok) {
      throw new Error(
        `${header}\n  the case was rejected:\n${result.issues.map((i) => `    - ${i.path.join(".") || "(case)"}: ${i.code}: ${i.message}`).join("\n")}`,
      );
    }
    const problems = [...differences(entry.expect, result.outcome), ...traceProblems(result.outcome)];
    if (problems.length > 0) throw new Error(`${header}\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  });
});
