/**
 * Seeded fuzzing of case inputs (through safeEvaluate and the CLI's batch line path) and of rule files (through the
 * loader). Deterministic for a seed; bounded in count and time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  compile,
  safeEvaluate,
  safeExplain,
  safeLoadRuleSet,
  type CompiledRuleSet,
  type Issue,
  type RuleSetSource,
} from "../src/index.js";
import { processLine } from "../src/cli/batch.js";
import { mulberry32 } from "../fixtures/corpus.js";
import { statutoryInterval } from "../src/law/fine.js";
import { Dec } from "../src/money/index.js";

/** The corpus generator's seeded PRNG (mulberry32). */
export const prng = mulberry32;

const NASTY_VALUES: (() => unknown)[] = [
  () => null,
  () => undefined,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -1,
  () => 0,
  () => -0,
  () => 1e308,
  () => Number.MAX_SAFE_INTEGER + 2,
  () => 2.5,
  () => "12",
  () => "12abc",
  () => "1e309",
  () => "-5",
  () => " 300",
  () => "",
  () => "2024-02-30",
  () => "2024-13-01",
  () => "0024-01-01",
  () => "2024-1-1",
  () => "9999-12-31",
  () => "\u0000",
  () => "‮littering",
  () => "乱扔🗑️",
  () => "x".repeat(100_000),
  () => true,
  () => false,
  () => [],
  () => ({}),
  () => Array.from({ length: 10_000 }, (_, i) => i),
  () => Array.from({ length: 2_000 }, () => "eliminated-harm"),
  () => deepNest(5_000),
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  () => ({ toString: "x", valueOf: 1 }),
];

function deepNest(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const NASTY_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", "facts.location", "🗝️"];

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Every path to a value inside `v` (objects and arrays), at most `limit` of them. */
function paths(
  v: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
  limit = 200,
): (string | number)[][] {
  if (out.length >= limit) return out;
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out, limit));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out, limit);
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

function deleteAt(root: unknown, path: (string | number)[]): unknown {
  if (path.length === 0) return root;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return root;
}

/** One random mutation of a JSON-like value: replace, delete, add a key, swap dates, wrap, duplicate. */
export function mutate(value: unknown, rnd: () => number): unknown {
  let v = clone(value);
  const rounds = 1 + Math.floor(rnd() * 3);
  for (let r = 0; r < rounds; r++) {
    const ps = paths(v);
    const p = ps[Math.floor(rnd() * ps.length)]!;
    const pick = rnd();
    if (pick < 0.45) v = setAt(v, p, NASTY_VALUES[Math.floor(rnd() * NASTY_VALUES.length)]!());
    else if (pick < 0.6) v = deleteAt(v, p);
    else if (pick < 0.75) {
      const target = p.length === 0 ? v : p.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], v);
      if (target && typeof target === "object" && !Array.isArray(target)) {
        const key = NASTY_KEYS[Math.floor(rnd() * NASTY_KEYS.length)]!;
        Object.defineProperty(target, key, {
          value: NASTY_VALUES[Math.floor(rnd() * NASTY_VALUES.length)]!(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    } else if (pick < 0.85 && v && typeof v === "object" && "occurredOn" in (v as object)) {
      const c = v as Record<string, unknown>;
      [c.occurredOn, c.discoveredOn] = [c.discoveredOn === c.occurredOn ? "1999-01-01" : c.discoveredOn, c.occurredOn];
    } else if (pick < 0.93) {
      const target =
        p.length === 0 ? undefined : p.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], v);
      v = setAt(v, p, [target]);
    } else {
      v = setAt(v, p, typeof rnd() === "number" && rnd() < 0.5 ? String(p.length) : rnd() * 1e6 - 5e5);
    }
  }
  return v;
}

export interface CaseFuzzReport {
  cases: number;
  accepted: number;
  rejected: number;
  failures: string[];
  slowestMs: number;
  batchLines: number;
}

function issueProblem(issues: Issue[]): string | undefined {
  if (issues.length === 0) return "rejected without issues";
  for (const i of issues) {
    if (!Array.isArray(i.path)) return `issue without a path: ${JSON.stringify(i)}`;
    if (typeof i.code !== "string" || typeof i.message !== "string" || i.message.length === 0)
      return `malformed issue ${JSON.stringify(i)}`;
  }
  return undefined;
}

/** Sends `count` generated and mutated cases through safeEvaluate/safeExplain and the batch line path. */
export function fuzzCases(options: {
  compiled: CompiledRuleSet;
  seeds: unknown[];
  count: number;
  seed: number;
  timeLimitMs: number;
}): CaseFuzzReport {
  const rnd = prng(options.seed);
  const report: CaseFuzzReport = { cases: 0, accepted: 0, rejected: 0, failures: [], slowestMs: 0, batchLines: 0 };
  const started = Date.now();
  const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();
  for (let i = 0; i < options.count; i++) {
    if (Date.now() - started > options.timeLimitMs) break;
    const base = options.seeds[Math.floor(rnd() * options.seeds.length)];
    const input = rnd() < 0.15 ? base : mutate(base, rnd);
    const t0 = performance.now();
    let result;
    try {
      result = i % 10 === 0 ? safeExplain(options.compiled, input) : safeEvaluate(options.compiled, input);
    } catch (error) {
      report.failures.push(`threw: ${(error as Error).stack} on ${safeStringify(input)}`);
      continue;
    }
    const ms = performance.now() - t0;
    if (ms > report.slowestMs) report.slowestMs = ms;
    if (ms > 250) report.failures.push(`took ${ms.toFixed(0)} ms on ${safeStringify(input)}`);
    report.cases++;
    if (result.ok) report.accepted++;
    else {
      report.rejected++;
      if (result.issues.some((x) => x.message.startsWith("case could not be evaluated"))) {
        report.failures.push(
          `internal exception behind a rejection: ${result.issues[0]!.message} on ${safeStringify(input)}`,
        );
      }
      const problem = issueProblem(result.issues);
      if (problem) report.failures.push(`${problem} on ${safeStringify(input)}`);
    }
    if (i % 7 === 0) {
      const line = rnd() < 0.1 ? garbageLine(rnd) : safeStringify(input);
      try {
        const out = processLine(options.compiled, line, i + 1);
        JSON.parse(out.json);
        report.batchLines++;
      } catch (error) {
        report.failures.push(`batch line threw: ${(error as Error).message} on ${line.slice(0, 200)}`);
      }
    }
    if (
      ({} as Record<string, unknown>).polluted !== undefined ||
      Object.getOwnPropertyNames(Object.prototype).sort().join() !== protoKeys
    ) {
      report.failures.push(`Object.prototype was polluted by ${safeStringify(input)}`);
      break;
    }
    if (report.failures.length > 20) break;
  }
  return report;
}

function garbageLine(rnd: () => number): string {
  const options = [
    "{",
    "[]",
    "null",
    '"x"',
    '{"matter":',
    "\u0000\u0001",
    "[".repeat(100_000),
    "{}".repeat(10),
    "1e999",
    "-",
  ];
  return options[Math.floor(rnd() * options.length)]!;
}

function safeStringify(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? typeof v : s.length > 300 ? s.slice(0, 300) + "…" : s;
  } catch {
    return "[unprintable value]";
  }
}

export interface RuleFuzzReport {
  ruleSets: number;
  loaded: number;
  rejected: number;
  failures: string[];
}

/**
 * Mutates rule files `count` times; each must load or be rejected with file and pointer, never crash; a mutated rule
 * set that loads must still give exactly one tier for sampled facts and fines within the statute.
 */
export function fuzzRuleSets(options: {
  source: RuleSetSource;
  count: number;
  seed: number;
  timeLimitMs: number;
  caseSeeds: unknown[];
}): RuleFuzzReport {
  const rnd = prng(options.seed);
  const report: RuleFuzzReport = { ruleSets: 0, loaded: 0, rejected: 0, failures: [] };
  const started = Date.now();
  for (let i = 0; i < options.count; i++) {
    if (Date.now() - started > options.timeLimitMs) break;
    const src = {
      edition: options.source.edition,
      matters: [...options.source.matters],
      paths: options.source.paths,
    } as RuleSetSource & { matters: unknown[] };
    const target = Math.floor(rnd() * (src.matters.length + 1));
    if (target === src.matters.length) src.edition = mutate(src.edition, rnd);
    else src.matters[target] = mutate(src.matters[target], rnd);
    report.ruleSets++;
    let result;
    try {
      result = safeLoadRuleSet(src);
    } catch (error) {
      report.failures.push(`loader threw: ${(error as Error).stack}`);
      continue;
    }
    if (!result.ok) {
      report.rejected++;
      for (const issue of result.issues) {
        if (!issue.file || issue.pointer === undefined) {
          report.failures.push(`issue without file or pointer: ${JSON.stringify(issue)}`);
          break;
        }
      }
      continue;
    }
    report.loaded++;
    // Independent checks on what loaded: every sampled case gets a lawful outcome.
    let compiled: CompiledRuleSet;
    try {
      compiled = compile(result.ruleSet);
    } catch (error) {
      report.failures.push(`compile threw after a successful load: ${(error as Error).message}`);
      continue;
    }
    const matterId = target < src.matters.length ? (src.matters[target] as { id?: string } | null)?.id : undefined;
    const cm = matterId ? compiled.matters.get(matterId) : undefined;
    if (!cm) continue;
    for (let k = 0; k < 20; k++) {
      const base = options.caseSeeds.find((c) => (c as { matter?: string }).matter === matterId);
      if (!base) break;
      const facts: Record<string, unknown> = {};
      for (const [name, decl] of Object.entries(cm.matter.facts)) {
        facts[name] =
          decl.type === "number"
            ? decl.min + Math.floor(rnd() * 50) * (decl.integer ? 1 : 1.5)
            : decl.type === "enum"
              ? decl.values[Math.floor(rnd() * decl.values.length)]!.value
              : decl.type === "boolean"
                ? rnd() < 0.5
                : String(1 + Math.floor(rnd() * 100000));
        if (decl.type === "number" && decl.max !== undefined) facts[name] = Math.min(facts[name] as number, decl.max);
      }
      const input = {
        ...(base as object),
        facts,
        priorViolations: [],
        circumstances: [],
        harm: "moderate",
        correction: "refused",
      };
      const matching = cm.tiers.filter((t) =>
        t.test({
          ...facts,
          party: (base as { party: { type: string } }).party.type,
          priorCount: 0,
          harm: "moderate",
          correction: "refused",
          circumstances: [],
        }),
      );
      if (matching.length !== 1) {
        report.failures.push(`${matterId} loaded with ${matching.length} tiers for ${JSON.stringify(facts)}`);
        break;
      }
      const r = safeEvaluate(compiled, input, { checkEffectiveDates: false });
      if (!r.ok) continue;
      const o = r.outcome;
      if (!o.fine) continue;
      const basis = cm.bases.get(o.jurisdiction.basis)!;
      const penalty = basis[(base as { party: { type: "individual" | "unit" } }).party.type];
      // A statutory stage (拒不改正 …) replaces the base fine; the Outcome names it in a statutory-stage ground.
      const stage = o.grounds.find((g) => g.code === "statutory-stage");
      const fine = stage ? penalty?.stages.find((st) => st.stage.id === stage.ref)?.fine.fine : penalty?.base.fine;
      if (!fine) continue;
      const s = statutoryInterval(fine, facts);
      const min = new Dec(o.fine.min);
      const max = new Dec(o.fine.max);
      const reduced = o.tier?.id === cm.reduced.id;
      if (min.gt(max) || min.lt(0) || (reduced ? !max.lt(s.min) : min.lt(s.min) || max.gt(s.max))) {
        report.failures.push(
          `${matterId} loaded with a fine ${o.fine.min}–${o.fine.max} outside the statute ${s.min.toFixed()}–${s.max.toFixed()}`,
        );
        break;
      }
    }
    if (report.failures.length > 20) break;
  }
  return report;
}

/** Valid cases to mutate: every fixture case of an edition. */
export function fixtureCases(root: string, edition: string): unknown[] {
  const dir = join(root, "fixtures", edition);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { case: unknown }[]).map((e) => e.case));
}
