/**
 * `cailiang test`: runs fixture files (`[{ name, case, expect }]`) against a rule set. `expect` is matched partially
 * against the Outcome (or, with `issues`, against the rejection), the way the project's own fixture tests match.
 */
import { safeEvaluate, type Evaluable } from "../evaluate/index.js";
import { FixtureFile } from "../schema/fixture.js";
import type { Issue } from "../errors/index.js";

/** The result of one fixture. */
export interface FixtureResult {
  /** The fixture's name. */
  name: string;
  /** Its index in the file, from 0. */
  index: number;
  /** Whether the evaluation matched `expect`. */
  passed: boolean;
  /** Where it did not match: a path and the expected and actual values. */
  mismatch?: { path: string; expected: unknown; actual: unknown };
}

/** Where `actual` fails to contain `expected`, or undefined when it does. */
export function mismatch(
  actual: unknown,
  expected: unknown,
  path = "",
): { path: string; expected: unknown; actual: unknown } | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return { path: path || "(root)", expected, actual };
    if (actual.length !== expected.length)
      return { path: `${path}.length`, expected: expected.length, actual: actual.length };
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(actual[i], expected[i], `${path}[${i}]`);
      if (m) return m;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual))
      return { path: path || "(root)", expected, actual };
    for (const [k, v] of Object.entries(expected)) {
      const m = mismatch((actual as Record<string, unknown>)[k], v, path ? `${path}.${k}` : k);
      if (m) return m;
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : { path: path || "(root)", expected, actual };
}

/** Parses a fixture file's JSON value; returns its fixtures or the problems, each with its path. */
export function parseFixtures(value: unknown): { ok: true; fixtures: FixtureFile } | { ok: false; issues: Issue[] } {
  const r = FixtureFile.safeParse(value);
  if (r.success) return { ok: true, fixtures: r.data };
  return {
    ok: false,
    issues: r.error.issues.slice(0, 20).map((i) => ({
      code: "invalid-usage",
      path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: i.message,
    })),
  };
}

type FixtureFile = import("../schema/fixture.js").Fixture[];

/** Runs the fixtures of one file against a rule set (or several editions, chosen by date). */
export function runFixtures(target: Evaluable, fixtures: FixtureFile): FixtureResult[] {
  return fixtures.map((f, index) => {
    const r = safeEvaluate(target, f.case);
    const expectsRejection = Object.hasOwn(f.expect, "issues");
    const actual: unknown = r.ok ? r.outcome : { issues: r.issues };
    let m = mismatch(actual, f.expect);
    if (!m && expectsRejection === r.ok)
      m = {
        path: "(root)",
        expected: expectsRejection ? "a rejection" : "an outcome",
        actual: r.ok ? "an outcome" : "a rejection",
      };
    return m ? { name: f.name, index, passed: false, mismatch: m } : { name: f.name, index, passed: true };
  });
}
