/**
 * Benchmarks: `npm run bench` (a table) or `npm run bench -- --json` (one JSON object).
 *
 * The library is measured as it ships: the sources are bundled with tsup (esbuild, ESM, node20, no declaration files)
 * into node_modules/.cache/cailiang-bench before anything is timed, so the figures are those of the built package
 * and not of tsx's on-the-fly transform (which wraps every closure to keep its name). `--src` measures the sources
 * through tsx instead.
 *
 * Figures, all over a corpus from fixtures/corpus.ts (yrd-2023, fixed seed):
 * - evaluateNsPerCase / explainNsPerCase: the median over interleaved rounds of the mean time per case of `evaluate`
 *   and `explain` over the corpus (parsed JSON objects, as a caller has them); every outcome is read, so nothing
 *   is optimised away.
 * - referenceNsPerCase: the same for the reference path (`evaluateReference`), on a smaller sample, in the same run;
 *   speedup = referenceNsPerCase / evaluateNsPerCase; identicalOutcomes: fast and reference `explain` results are
 *   deep-equal on every case of the sample.
 * - batchCasesPerSecond: the CLI batch path in process over 10⁶ lines (`processLine` of src/cli/batch.ts: JSON.parse,
 *   depth check, safeEvaluate, JSON.stringify per line, output joined in chunks of 1000 like the CLI; no I/O).
 * - diffMillionCasesSeconds: `semanticDiff(yrd-2023, yrd-2025, corpus, { generated: false })` over 10⁶ corpus cases
 *   given as JSON lines and parsed in the loop (as `cailiang diff --cases` reads them; making the corpus is not timed),
 *   without the generated boundary cases, when src/diff/semantic.ts and rules/yrd-2025 exist; otherwise null.
 */
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { generateCorpus, type CorpusCase } from "../fixtures/corpus.js";
import type * as Index from "../src/index.js";
import type * as Reference from "../src/reference/index.js";
import type * as Batch from "../src/cli/batch.js";
import type * as Evaluate from "../src/evaluate/index.js";
import type * as Rules from "../src/rules.js";

const root = join(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    src: { type: "boolean", default: false },
    corpus: { type: "string", default: "10000" },
    rounds: { type: "string", default: "9" },
    "reference-sample": { type: "string", default: "1000" },
    "batch-lines": { type: "string", default: "1000000" },
    "diff-cases": { type: "string", default: "1000000" },
  },
});
const SEED = 20_230_701;
const CORPUS = Number(args.corpus);
const ROUNDS = Number(args.rounds);
const REFERENCE_SAMPLE = Number(args["reference-sample"]);
const BATCH_LINES = Number(args["batch-lines"]);
const DIFF_CASES = Number(args["diff-cases"]);
const log = (s: string) => {
  if (!args.json) process.stderr.write(s + "\n");
};

interface Library {
  index: typeof Index;
  reference: typeof Reference;
  batch: typeof Batch;
  evaluate: typeof Evaluate;
  rules: typeof Rules;
  source: string;
}

/** The library under test: a fresh tsup bundle of the sources (or the sources themselves with --src). */
async function library(): Promise<Library> {
  if (args.src) {
    return {
      index: await import("../src/index.js"),
      reference: await import("../src/reference/index.js"),
      batch: await import("../src/cli/batch.js"),
      evaluate: await import("../src/evaluate/index.js"),
      rules: await import("../src/rules.js"),
      source: "src via tsx",
    };
  }
  const outDir = join(root, "node_modules", ".cache", "cailiang-bench");
  const { build } = await import("tsup");
  await build({
    config: false,
    entry: { index: "src/index.ts", reference: "src/reference/index.ts", batch: "src/cli/batch.ts", evaluate: "src/evaluate/index.ts", rules: "src/rules.ts" },
    outDir,
    format: ["esm"],
    target: "node20",
    platform: "node",
    splitting: true,
    dts: false,
    sourcemap: false,
    clean: true,
    silent: true,
  });
  const load = (name: string) => import(pathToFileURL(join(outDir, `${name}.js`)).href);
  return {
    index: await load("index"),
    reference: await load("reference"),
    batch: await load("batch"),
    evaluate: await load("evaluate"),
    rules: await load("rules"),
    source: "tsup bundle (esbuild, node20)",
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const now = () => process.hrtime.bigint();
const nsSince = (t0: bigint) => Number(process.hrtime.bigint() - t0);

/** Reads an outcome so that computing it cannot be skipped. */
function consume(o: Index.Outcome): number {
  return o.disposition.length + (o.fine ? o.fine.max.length : 0) + o.grounds.length + o.citations.length + (o.trace ? o.trace.length : 0);
}

async function main(): Promise<void> {
  const lib = await library();
  const { index, reference, batch, rules } = lib;
  const ruleSet2023 = index.loadRuleSet(rules.yrd2023);
  const compiled: Index.CompiledRuleSet = index.compile(ruleSet2023); // the cases are JSON, typed as the general CaseInput
  // JSON round trip: the objects a caller gets from JSON.parse.
  const toJson = (c: CorpusCase) => JSON.parse(JSON.stringify(c)) as Index.CaseInput;
  const corpus = [...generateCorpus({ seed: SEED, size: CORPUS, ruleSet: ruleSet2023 as never })].map(toJson);
  log(`cailiang bench — ${lib.source}; corpus: ${CORPUS} cases of yrd-2023 (seed ${SEED})`);

  // Fast path, interleaved rounds: evaluate, explain, and (for the breakdown) validation alone and the pipeline alone.
  const { validateCase, evaluateValid } = lib.evaluate;
  const validated = corpus.map((c) => {
    const v = validateCase(compiled, c);
    if (!v.ok) throw new Error(`corpus case rejected: ${JSON.stringify(v.issues)}`);
    return v.value;
  });
  let sink = 0;
  for (let w = 0; w < 3; w++) {
    for (const c of corpus) sink += consume(index.evaluate(compiled, c)) + consume(index.explain(compiled, c)); // warm-up
  }
  const evalRounds: number[] = [];
  const explainRounds: number[] = [];
  const validateRounds: number[] = [];
  const pipelineRounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let t0 = now();
    for (let i = 0; i < corpus.length; i++) sink += consume(index.evaluate(compiled, corpus[i]!));
    evalRounds.push(nsSince(t0) / corpus.length);
    t0 = now();
    for (let i = 0; i < corpus.length; i++) sink += consume(index.explain(compiled, corpus[i]!));
    explainRounds.push(nsSince(t0) / corpus.length);
    t0 = now();
    for (let i = 0; i < corpus.length; i++) sink += validateCase(compiled, corpus[i]).ok ? 1 : 0;
    validateRounds.push(nsSince(t0) / corpus.length);
    t0 = now();
    for (let i = 0; i < corpus.length; i++) {
      const r = evaluateValid(compiled, validated[i]!, false);
      if (r.ok) sink += consume(r.outcome);
    }
    pipelineRounds.push(nsSince(t0) / corpus.length);
  }
  const evaluateNsPerCase = median(evalRounds);
  const explainNsPerCase = median(explainRounds);
  log(`evaluate: ${evaluateNsPerCase.toFixed(0)} ns/case (rounds ${evalRounds.map((x) => x.toFixed(0)).join(", ")})`);
  log(`explain:  ${explainNsPerCase.toFixed(0)} ns/case (rounds ${explainRounds.map((x) => x.toFixed(0)).join(", ")})`);
  const validateNs = median(validateRounds);
  const pipelineNs = median(pipelineRounds);
  log(`  of evaluate: validation ${validateNs.toFixed(0)} ns/case, the pipeline on validated cases ${pipelineNs.toFixed(0)} ns/case`);

  // Reference path on a sample, in the same run; then the agreement check.
  const sample = corpus.slice(0, Math.min(REFERENCE_SAMPLE, corpus.length));
  const ref = reference.compileReference(ruleSet2023);
  for (const c of sample.slice(0, 100)) sink += (await reference.evaluateReference(ref, c)).ok ? 1 : 0; // warm-up
  const refRounds: number[] = [];
  const fastSampleRounds: number[] = [];
  for (let r = 0; r < 3; r++) {
    let t0 = now();
    for (const c of sample) {
      const res = await reference.evaluateReference(ref, c);
      if (res.ok) sink += consume(res.outcome);
    }
    refRounds.push(nsSince(t0) / sample.length);
    t0 = now();
    for (const c of sample) sink += consume(index.evaluate(compiled, c));
    fastSampleRounds.push(nsSince(t0) / sample.length);
  }
  const referenceNsPerCase = median(refRounds);
  let identicalOutcomes = true;
  let differing = 0;
  for (const c of sample) {
    const fast = index.safeExplain(compiled, c);
    const slow = await reference.explainReference(ref, c);
    if (!isDeepStrictEqual(fast, slow)) {
      identicalOutcomes = false;
      differing++;
    }
  }
  const speedup = referenceNsPerCase / evaluateNsPerCase;
  log(`reference: ${referenceNsPerCase.toFixed(0)} ns/case on ${sample.length} cases (fast path on the same sample: ${median(fastSampleRounds).toFixed(0)} ns/case); ${identicalOutcomes ? "identical outcomes" : `${differing} DIFFERENT outcomes`}`);

  // Batch: the CLI's per-line path in process.
  const pool = corpus.map((c) => JSON.stringify(c));
  let t0 = now();
  let bytes = 0;
  let rejected = 0;
  const out: string[] = [];
  for (let n = 1; n <= BATCH_LINES; n++) {
    const r = batch.processLine(compiled, pool[(n - 1) % pool.length]!, n);
    if (!r.ok) rejected++;
    out.push(r.json);
    if (out.length >= 1000) {
      bytes += out.join("\n").length + 1;
      out.length = 0;
    }
  }
  bytes += out.length > 0 ? out.join("\n").length + 1 : 0;
  const batchSeconds = nsSince(t0) / 1e9;
  const batchCasesPerSecond = BATCH_LINES / batchSeconds;
  log(`batch: ${BATCH_LINES} lines in ${batchSeconds.toFixed(2)} s = ${batchCasesPerSecond.toFixed(0)} cases/s (${(bytes / 1e6).toFixed(0)} MB out, ${rejected} rejected)`);

  // Semantic diff over 10⁶ corpus cases (yrd-2023 → yrd-2025).
  let diffMillionCasesSeconds: number | null = null;
  const semanticFile = join(root, "src", "diff", "semantic.ts");
  const has2025 = existsSync(join(root, "rules", "yrd-2025", "edition.json")) && "yrd2025" in rules;
  const semanticDiff = (index as Record<string, unknown>).semanticDiff as
    | ((a: unknown, b: unknown, corpus?: Iterable<unknown>, options?: { generated?: boolean }) => { corpus?: { cases: number; differing: number } })
    | undefined;
  if (existsSync(semanticFile) && has2025 && semanticDiff) {
    const compiled2025 = index.compile(index.loadRuleSet((rules as { yrd2025: Parameters<typeof index.loadRuleSet>[0] }).yrd2025));
    // The corpus as JSON Lines, made before the clock starts; the diff parses each line, as `cailiang diff --cases` does.
    const lines: string[] = [];
    for (const c of generateCorpus({ seed: SEED + 1, size: DIFF_CASES, ruleSet: ruleSet2023 as never })) lines.push(JSON.stringify(c));
    const cases = (function* () {
      for (const line of lines) yield JSON.parse(line) as unknown;
    })();
    t0 = now();
    const result = semanticDiff(compiled, compiled2025, cases, { generated: false });
    const seconds = nsSince(t0) / 1e9;
    diffMillionCasesSeconds = seconds * (1_000_000 / DIFF_CASES);
    log(`semantic diff yrd-2023 → yrd-2025: ${DIFF_CASES} corpus cases (JSON lines, parsed in the loop) in ${seconds.toFixed(2)} s; ${result.corpus?.differing ?? "?"} differ`);
  } else {
    log(`semantic diff: not measured (${!existsSync(semanticFile) ? "src/diff/semantic.ts is missing" : !has2025 ? "rules/yrd-2025 is missing" : "semanticDiff is not exported"})`);
  }

  const result = {
    evaluateNsPerCase: Math.round(evaluateNsPerCase),
    explainNsPerCase: Math.round(explainNsPerCase),
    referenceNsPerCase: Math.round(referenceNsPerCase),
    speedup: Math.round(speedup * 10) / 10,
    batchCasesPerSecond: Math.round(batchCasesPerSecond),
    diffMillionCasesSeconds: diffMillionCasesSeconds === null ? null : Math.round(diffMillionCasesSeconds * 100) / 100,
    identicalOutcomes,
    node: process.version,
    cpu: `${cpus()[0]?.model ?? "unknown"} (${cpus().length} logical CPUs)`,
  };
  if (sink === -1) log(""); // keeps `sink` live
  if (args.json) {
    process.stdout.write(JSON.stringify(result) + "\n");
    return;
  }
  const µs = (ns: number) => `${(ns / 1000).toFixed(2)} µs`;
  const target = (ok: boolean) => (ok ? "met" : "MISSED");
  const rows: [string, string, string, string][] = [
    ["evaluate", µs(result.evaluateNsPerCase), `${Math.round(1e9 / result.evaluateNsPerCase).toLocaleString("en")} cases/s`, `≤ 1 µs: ${target(result.evaluateNsPerCase <= 1000)}`],
    ["explain", µs(result.explainNsPerCase), `${Math.round(1e9 / result.explainNsPerCase).toLocaleString("en")} cases/s`, `≤ 10 µs: ${target(result.explainNsPerCase <= 10_000)}`],
    ["reference (json-rules-engine)", µs(result.referenceNsPerCase), `${Math.round(1e9 / result.referenceNsPerCase).toLocaleString("en")} cases/s`, `${result.speedup}× slower: ≥ 100× ${target(result.speedup >= 100)}`],
    ["batch (parse + evaluate + stringify)", µs(1e9 / result.batchCasesPerSecond), `${result.batchCasesPerSecond.toLocaleString("en")} cases/s`, `${BATCH_LINES.toLocaleString("en")} lines`],
    ["semantic diff 2023 → 2025, 10⁶ cases", result.diffMillionCasesSeconds === null ? "n/a" : `${result.diffMillionCasesSeconds} s`, "", result.diffMillionCasesSeconds === null ? "not measured" : ""],
  ];
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ["", "per case", "throughput", "note"][i]!.length));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join("  ");
  console.log(line(["", "per case", "throughput", "note"]));
  for (const r of rows) console.log(line(r));
  console.log(`evaluate = validation ${µs(validateNs)} + pipeline ${µs(pipelineNs)} (each alone, medians)`);
  console.log(`fast and reference outcomes ${result.identicalOutcomes ? "identical" : "DIFFER"} on ${sample.length} cases`);
  console.log(`machine: ${result.cpu}; Node ${result.node}; measured: ${lib.source}`);
}

// The bench only makes sense on a built tree; say so instead of failing obscurely.
if (!existsSync(join(root, "node_modules"))) {
  console.error("run npm ci first");
  process.exit(2);
}
await main();
