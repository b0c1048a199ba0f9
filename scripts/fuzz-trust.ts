/**
 * Seeded fuzzing of the trust boundaries: hostile rule directories (links, FIFOs, devices, oversized and unreadable
 * files), rule files past the depth and size limits, adversarial law texts, cases that produce huge numbers of
 * issues, and amounts around the length limit. Deterministic for a seed; bounded in count and time.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  safeEvaluate,
  safeLoadRuleSet,
  parseLaw,
  checkCitation,
  MAX_ISSUES,
  type CompiledRuleSet,
  type Issue,
  type RuleSetSource,
} from "../src/index.js";
import { FILE_LIMITS, safeLoadRuleSetFromDir } from "../src/node.js";
import { RULE_LIMITS } from "../src/load/limits.js";
import { MAX_AMOUNT_CHARS } from "../src/money/index.js";
import { DecimalString } from "../src/schema/rules.js";
import { processLine } from "../src/cli/batch.js";
import { mulberry32 } from "../fixtures/corpus.js";

/** The attack classes, each a generator of inputs with its own checks. */
export const TRUST_CLASSES = ["rule-directory", "rule-limits", "law-text", "issue-volume", "amounts"] as const;
export type TrustClass = (typeof TRUST_CLASSES)[number];

export interface TrustFuzzReport {
  inputs: number;
  byClass: Record<TrustClass, number>;
  slowestMs: Record<TrustClass, number>;
  failures: string[];
}

/** Per-input time bounds (ms): generous for a shared machine, far below what the attacks took before. */
const BOUND_MS: Record<TrustClass, number> = {
  "rule-directory": 5000,
  "rule-limits": 5000,
  "law-text": 1000,
  "issue-volume": 10_000,
  amounts: 2000,
};

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const int = (rnd: () => number, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
/** Mostly small, sometimes huge: 1 … max on a log scale. */
const logInt = (rnd: () => number, max: number): number => Math.max(1, Math.floor(Math.exp(rnd() * Math.log(max))));

function deepClone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Nesting of all / any / not in a condition, a leaf counting 1; iterative so it can measure what it is fed. */
function conditionDepth(c: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[c, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    const o = v as { all?: unknown[]; any?: unknown[]; not?: unknown };
    if (!o || typeof o !== "object") continue;
    if (Array.isArray(o.all) || Array.isArray(o.any)) for (const x of (o.all ?? o.any)!) stack.push([x, d + 1]);
    else if (o.not && typeof o.not === "object") stack.push([o.not, d + 1]);
    else max = Math.max(max, d);
  }
  return max;
}

interface Context {
  rnd: () => number;
  root: string;
  source: RuleSetSource;
  compiled: CompiledRuleSet;
  seeds: unknown[];
  dir: string;
  fail: (message: string) => void;
}

// ---------------------------------------------------------------------------------------------
// Rule directories

const SECRET = "cailiang-fuzz-secret";

function attackDirectory(ctx: Context): void {
  const { rnd, dir, fail } = ctx;
  const matters = join(dir, "matters");
  const name = `zz-${int(rnd, 0, 1e6)}.json`;
  const target = join(matters, name);
  const attacks = [
    "link-passwd",
    "link-zero",
    "link-inside",
    "fifo",
    "oversized",
    "secret-json",
    "directory",
    "matters-link",
    "edition-link",
  ] as const;
  const attack = pick(rnd, process.platform === "win32" ? attacks.filter((a) => a !== "fifo") : attacks);
  let expected: { file: string; code: Issue["code"] };
  let undo = () => rmSync(target, { recursive: true, force: true });
  switch (attack) {
    case "link-passwd":
      symlinkSync("/etc/passwd", target);
      expected = { file: name, code: "not-a-regular-file" };
      break;
    case "link-zero":
      symlinkSync("/dev/zero", target);
      expected = { file: name, code: "not-a-regular-file" };
      break;
    case "link-inside":
      symlinkSync(join(dir, "edition.json"), target);
      expected = { file: name, code: "not-a-regular-file" };
      break;
    case "fifo":
      execFileSync("mkfifo", [target]);
      expected = { file: name, code: "not-a-regular-file" };
      break;
    case "oversized": {
      const size = FILE_LIMITS.fileBytes + int(rnd, 1, 4096);
      writeFileSync(target, `{"p":"${SECRET}${"s".repeat(size - 8 - SECRET.length)}"}`);
      expected = { file: name, code: "file-too-large" };
      break;
    }
    case "secret-json":
      writeFileSync(
        target,
        pick(rnd, [
          `${SECRET}`,
          `{"id": ${SECRET}}`,
          `["${SECRET}" "x"]`,
          `{"a":"${SECRET}\u0001"}`,
          `\ufeff{"${SECRET}":1}`,
        ]),
      );
      expected = { file: name, code: "invalid-json" };
      break;
    case "directory":
      mkdirSync(target);
      expected = { file: name, code: "not-a-regular-file" };
      break;
    case "matters-link": {
      const moved = `${matters}-real`;
      renameSync(matters, moved);
      symlinkSync(moved, matters);
      undo = () => {
        rmSync(matters);
        renameSync(moved, matters);
      };
      expected = { file: "matters", code: "not-a-regular-file" };
      break;
    }
    case "edition-link": {
      const edition = join(dir, "edition.json");
      const moved = join(dir, "edition.real");
      renameSync(edition, moved);
      symlinkSync(moved, edition);
      undo = () => {
        rmSync(edition);
        renameSync(moved, edition);
      };
      expected = { file: "edition.json", code: "not-a-regular-file" };
      break;
    }
  }
  try {
    const result = safeLoadRuleSetFromDir(dir, { lawsDir: false });
    if (result.ok) return fail(`rule directory with ${attack} loaded`);
    if (!result.issues.some((i) => i.code === expected.code && i.file?.endsWith(expected.file))) {
      fail(
        `rule directory with ${attack}: no ${expected.code} issue for ${expected.file}: ${JSON.stringify(result.issues.slice(0, 3))}`,
      );
    }
    for (const i of result.issues) {
      if (i.message.includes(SECRET) || i.message.includes("root:"))
        fail(`rule directory with ${attack}: a message shows file content: ${i.message.slice(0, 200)}`);
      if (!i.file || i.pointer === undefined)
        fail(`rule directory with ${attack}: issue without file or pointer: ${JSON.stringify(i).slice(0, 200)}`);
    }
  } catch (error) {
    fail(`rule directory with ${attack} threw: ${(error as Error).stack}`);
  } finally {
    undo();
  }
}

// ---------------------------------------------------------------------------------------------
// Rule file limits

function attackLimits(ctx: Context): void {
  const { rnd, source, fail } = ctx;
  const i = int(rnd, 0, source.matters.length - 1);
  const matter = deepClone(source.matters[i]) as {
    tiers: { when?: unknown }[];
    provenance?: unknown;
    [k: string]: unknown;
  };
  const file = source.paths?.matters?.[i] ?? `matters[${i}]`;
  const attack = pick(rnd, ["deep-condition", "deep-json", "many-tiers", "many-values"] as const);
  let overLimit: "too-deep" | "too-large" | undefined;
  switch (attack) {
    case "deep-condition": {
      const t = matter.tiers.findIndex((x) => x.when);
      if (t < 0) return;
      let c = matter.tiers[t]!.when;
      const n = logInt(rnd, 3000);
      for (let k = 0; k < n; k++) c = pick(rnd, [{ all: [c] }, { any: [c] }, { not: c }]);
      matter.tiers[t]!.when = c;
      if (conditionDepth(c) > RULE_LIMITS.conditionDepth) overLimit = "too-deep";
      break;
    }
    case "deep-json": {
      const n = logInt(rnd, 100_000);
      let v: unknown = "x";
      for (let k = 0; k < n; k++) v = rnd() < 0.5 ? [v] : { k: v };
      matter.provenance = v;
      if (n + 1 > RULE_LIMITS.jsonDepth) overLimit = "too-deep";
      break;
    }
    case "many-tiers": {
      const n = logInt(rnd, 200);
      const tier = matter.tiers[0]!;
      matter.tiers = Array.from({ length: n }, (_, k) => ({ ...deepClone(tier), id: `t${k}` }));
      if (n > RULE_LIMITS.tiers) overLimit = "too-large";
      break;
    }
    case "many-values": {
      const n = logInt(rnd, 300_000);
      // The rest of the file holds a few hundred values: near the limit, either answer is right.
      if (Math.abs(n - RULE_LIMITS.values) < 1_000) return;
      matter.notes = Array.from({ length: n }, (_, k) => k);
      if (n > RULE_LIMITS.values) overLimit = "too-large";
      break;
    }
  }
  const src = { ...source, matters: source.matters.map((m, k) => (k === i ? matter : m)) };
  try {
    const result = safeLoadRuleSet(src);
    if (overLimit) {
      if (result.ok) return fail(`${attack} over the limit loaded (${file})`);
      if (!result.issues.some((x) => x.code === overLimit && x.file === file && typeof x.pointer === "string")) {
        fail(
          `${attack} over the limit: no ${overLimit} issue with file and pointer: ${JSON.stringify(result.issues.slice(0, 2)).slice(0, 300)}`,
        );
      }
    } else if (!result.ok && result.issues.some((x) => x.code === "too-deep" || x.code === "too-large")) {
      fail(`${attack} within the limits rejected as over them: ${JSON.stringify(result.issues[0]).slice(0, 300)}`);
    }
  } catch (error) {
    fail(`${attack} threw: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Law texts

const LAW_PIECES = [
  "第",
  "一",
  "十",
  "百",
  "条",
  "款",
  " ",
  "\u3000",
  "\u2028",
  "\u2029",
  "\r",
  "\t",
  "x",
  "（",
  "）",
  "(",
  "项",
  "。",
];

function attackLawText(ctx: Context): void {
  const { rnd, fail } = ctx;
  const parts: string[] = [];
  let length = 0;
  const budget = logInt(rnd, 1 << 20);
  while (length < budget) {
    const piece = pick(rnd, LAW_PIECES).repeat(logInt(rnd, budget - length + 1));
    parts.push(piece);
    length += piece.length;
  }
  const text = `# Law\n\n第一条 起。\n${parts.join("")}\n第二条 终。\n`;
  try {
    const law = parseLaw(text);
    if (law.get(2)?.paragraphs[0]?.text !== "终。")
      fail(`law text of ${length} characters: the article after it was not read`);
    checkCitation({ law: "x", article: "第二条", text: "终" }, new Map([["x", law]]));
  } catch (error) {
    fail(`law text of ${length} characters threw: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Issue volume

function attackIssueVolume(ctx: Context): void {
  const { rnd, compiled, seeds, fail } = ctx;
  const base = deepClone(pick(rnd, seeds)) as Record<string, unknown>;
  const facts: Record<string, unknown> = { ...(base.facts as object) };
  const n = logInt(rnd, 50_000);
  const keyLength = logInt(rnd, 20_000);
  for (let k = 0; k < n; k++)
    facts[`${"u".repeat(k === 0 ? keyLength : 1)}${k}`] = pick(rnd, [1, "x", true, "1".repeat(int(rnd, 1, 60))]);
  const input: Record<string, unknown> = { ...base, facts };
  if (rnd() < 0.5) input.matter = [...compiled.matters.keys()].slice(0, int(rnd, 1, 20));
  if (rnd() < 0.5) input.circumstances = Array.from({ length: int(rnd, 0, 64) }, (_, k) => `no-such-${k}`);
  if (rnd() < 0.3)
    input.priorViolations = Array.from({ length: int(rnd, 0, 1000) }, () => ({
      matter: "x.y",
      on: "2999-13-40",
      jurisdiction: "nowhere",
    }));
  try {
    const r = safeEvaluate(compiled, input);
    if (r.ok) return;
    if (r.issues.length > MAX_ISSUES + 1) fail(`${r.issues.length} issues for one case`);
    const size = JSON.stringify(r.issues).length;
    if (size > 64 * 1024) fail(`issues of one case are ${size} characters`);
    const line = JSON.stringify(input);
    if (line.length <= 1 << 20) {
      const out = processLine(compiled, line, 1);
      if (out.json.length > 64 * 1024) fail(`one batch line printed ${out.json.length} characters`);
    }
  } catch (error) {
    fail(`issue volume threw: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Amounts

function randomAmount(rnd: () => number): string {
  const length = int(rnd, 1, 60);
  const digits = Array.from({ length }, (_, k) => (k === 0 ? int(rnd, 1, 9) : int(rnd, 0, 9))).join("");
  const point = rnd() < 0.4 && length > 2 ? int(rnd, 1, length - 1) : 0;
  return point ? `${digits.slice(0, point)}.${digits.slice(point)}` : digits;
}

function attackAmounts(ctx: Context): void {
  const { rnd, compiled, source, fail } = ctx;
  const amount = randomAmount(rnd);
  const within = amount.length <= MAX_AMOUNT_CHARS;
  try {
    if (DecimalString.safeParse(amount).success !== within) fail(`rule schema and the limit disagree on "${amount}"`);
    // Case side: temporary works over 100 m², 从重 band 0.6–1 of the cost, whole yuan inward (see the amount tests).
    const r = safeEvaluate(compiled, {
      matter: "ecology.temporary-construction",
      party: { type: "unit" },
      jurisdiction: "shanghai",
      occurredOn: "2024-05-10",
      discoveredOn: "2024-05-14",
      facts: { constructionCost: amount, floorArea: 150 },
      circumstances: [],
      harm: "moderate",
      correction: "late",
      priorViolations: [],
    });
    if (r.ok !== within)
      return fail(`case amount "${amount}" (${amount.length} characters) ${r.ok ? "accepted" : "rejected"}`);
    if (r.ok) {
      const [int_, frac = ""] = amount.split(".");
      const n = BigInt(int_! + frac);
      const scale = 10n ** BigInt(frac.length);
      const min = (6n * n + 10n * scale - 1n) / (10n * scale);
      const max = n / scale;
      const want = min <= max ? { min: String(min), max: String(max) } : undefined;
      if (want && (r.outcome.fine?.min !== want.min || r.outcome.fine?.max !== want.max)) {
        fail(`cost "${amount}": fine ${JSON.stringify(r.outcome.fine)}, expected ${JSON.stringify(want)}`);
      }
    }
    // Rule side: a Shanghai statutory maximum at least as high as the bundled one.
    if (amount.includes(".")) return;
    const src = deepClone(source) as unknown as {
      edition: unknown;
      matters: any[];
      overlays?: unknown[];
      paths?: RuleSetSource["paths"];
    };
    const m = src.matters.find((x) => x.id === "cityscape.littering");
    const max = "9".repeat(Math.max(4, amount.length));
    m.bases.shanghai.statutory.individual.fine.max = max;
    const loaded = safeLoadRuleSet(src);
    const tooLong = loaded.ok
      ? []
      : loaded.issues.filter((x) => x.pointer === "/bases/shanghai/statutory/individual/fine/max");
    if (max.length <= MAX_AMOUNT_CHARS !== (tooLong.length === 0))
      fail(`rule amount of ${max.length} digits: ${JSON.stringify(tooLong[0] ?? "loaded")}`);
  } catch (error) {
    fail(`amount "${amount}" threw: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Sends `count` hostile inputs, spread over the attack classes, through the rule directory reader, the loader, the
 * law text parser, case validation and the batch line path. Each must give issues (never throw), within its class's
 * time bound, with no content of a refused file in any message.
 */
export function fuzzTrust(options: {
  root: string;
  source: RuleSetSource;
  compiled: CompiledRuleSet;
  seeds: unknown[];
  count: number;
  seed: number;
  timeLimitMs: number;
}): TrustFuzzReport {
  const rnd = mulberry32(options.seed);
  const report: TrustFuzzReport = {
    inputs: 0,
    byClass: Object.fromEntries(TRUST_CLASSES.map((c) => [c, 0])) as Record<TrustClass, number>,
    slowestMs: Object.fromEntries(TRUST_CLASSES.map((c) => [c, 0])) as Record<TrustClass, number>,
    failures: [],
  };
  const dir = join(mkdtempSync(join(tmpdir(), "cailiang-fuzz-trust-")), "yrd-2023");
  cpSync(join(options.root, "rules", "yrd-2023"), dir, { recursive: true });
  const ctx: Context = {
    rnd,
    root: options.root,
    source: options.source,
    compiled: options.compiled,
    seeds: options.seeds,
    dir,
    fail: () => {},
  };
  const run: Record<TrustClass, (c: Context) => void> = {
    "rule-directory": attackDirectory,
    "rule-limits": attackLimits,
    "law-text": attackLawText,
    "issue-volume": attackIssueVolume,
    amounts: attackAmounts,
  };
  const started = Date.now();
  try {
    for (let i = 0; i < options.count; i++) {
      if (Date.now() - started > options.timeLimitMs) break;
      const cls = TRUST_CLASSES[i % TRUST_CLASSES.length]!;
      ctx.fail = (message) => report.failures.push(`[${cls}] ${message}`);
      const t0 = performance.now();
      run[cls](ctx);
      const ms = performance.now() - t0;
      if (ms > report.slowestMs[cls]) report.slowestMs[cls] = ms;
      if (ms > BOUND_MS[cls]) report.failures.push(`[${cls}] took ${ms.toFixed(0)} ms (bound ${BOUND_MS[cls]} ms)`);
      report.byClass[cls]++;
      report.inputs++;
      if (report.failures.length > 20) break;
    }
  } finally {
    rmSync(join(dir, ".."), { recursive: true, force: true });
  }
  return report;
}
