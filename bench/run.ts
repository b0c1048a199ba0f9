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
 * - evaluateBothEditionsNsPerCase: `evaluate` over a corpus drawn from both bundled editions with `compileEditions`
 *   (the dates choose the edition).
 * - jreIdiomaticNsPerCase: json-rules-engine written the way its users write it (bench/baselines.ts: one Engine per
 *   matter, one rule per tier, `await engine.run(facts)`), over the same cases; it only names the tier the facts
 *   select, and its tier is checked equal to the library's on every case. speedupVsJre = jreIdiomaticNsPerCase /
 *   evaluateNsPerCase (median of the per-round ratios).
 * - handWrittenTierNsPerCase: the floor — the same tier choice as straight-line JavaScript per matter.
 * - referenceNsPerCase: the project's reference path (`evaluateReference`, every condition decided by
 *   json-rules-engine, several engine runs per case) on a sample; an oracle, not a baseline. speedup =
 *   referenceNsPerCase / evaluateNsPerCase on the same sample; identicalOutcomes: fast and reference `explain`
 *   results are deep-equal on every case of the sample.
 * All variants run interleaved in every round; the figures are medians over the rounds, `spread` gives the lowest
 * and highest round. The machine may be busy with other work: compare figures of one run with each other.
 * - batchCasesPerSecond: the CLI batch path in process over 10⁶ lines (`processLine` of src/cli/batch.ts: JSON.parse,
 *   depth check, safeEvaluate, JSON.stringify per line, output joined in chunks of 1000 like the CLI; no I/O).
 * - semanticDiffNsPerCase: the streaming semantic diff yrd-2023 → yrd-2025 (`streamCorpusDiff` of
 *   src/cli/diff-stream.ts, what `cailiang diff --cases … --no-generated --workers N` runs) over a JSON Lines corpus file
 *   of `--diff-cases` cases (writing it is not timed), wall time per case for 1 and 2 workers, each run in a child
 *   process; semanticDiffPeakRssMB: that process's peak RSS; semanticDiffWorkersScaling: time with 1 worker / time
 *   with 2; diffMillionCasesSeconds: the 2-worker time scaled to 10⁶ cases. Null when rules/yrd-2025 is missing.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { generateCorpus, type CorpusCase } from "../fixtures/corpus.js";
import { handWrittenTiers, jreEngines, jreTier } from "./baselines.js";
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
    "reference-sample": { type: "string", default: "300" },
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

/** Where the library under test is bundled. */
const libDir = join(root, "node_modules", ".cache", "cailiang-bench");

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
  const outDir = libDir;
  const { build } = await import("tsup");
  await build({
    config: false,
    entry: {
      index: "src/index.ts",
      reference: "src/reference/index.ts",
      batch: "src/cli/batch.ts",
      evaluate: "src/evaluate/index.ts",
      rules: "src/rules.ts",
      "diff-stream": "src/cli/diff-stream.ts",
      "diff-worker": "src/cli/diff-worker.ts",
    },
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
  return (
    o.disposition.length +
    (o.fine ? o.fine.max.length : 0) +
    o.grounds.length +
    o.citations.length +
    (o.trace ? o.trace.length : 0)
  );
}

/** Median, lowest and highest of the rounds (the spread), in ns per case. */
function stats(xs: number[]): { median: number; min: number; max: number } {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}
const fmtStats = (s: { median: number; min: number; max: number }) =>
  `${s.median.toFixed(0)} ns/case (spread ${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

async function main(): Promise<void> {
  const lib = await library();
  const { index, reference, batch, rules } = lib;
  const ruleSet2023 = index.loadRuleSet(rules.yrd2023);
  const compiled: Index.CompiledRuleSet = index.compile(ruleSet2023); // the cases are JSON, typed as the general CaseInput
  // JSON round trip: the objects a caller gets from JSON.parse.
  const toJson = (c: CorpusCase) => JSON.parse(JSON.stringify(c)) as Index.CaseInput;
  const corpus = [...generateCorpus({ seed: SEED, size: CORPUS, ruleSet: ruleSet2023 as never })].map(toJson);
  const machine = `${cpus()[0]?.model ?? "unknown"} (${cpus().length} logical CPUs), Node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} at the start`;
  log(`cailiang bench — ${lib.source}; corpus: ${CORPUS} cases of yrd-2023 (seed ${SEED})`);
  log(`machine: ${machine}`);

  // Both editions: a corpus drawn from each in proportion to its matters, evaluated with the dates choosing the edition.
  const has2025 = existsSync(join(root, "rules", "yrd-2025", "edition.json")) && "yrd2025" in rules;
  const idx = index as unknown as Record<string, unknown>;
  let editions: Index.Evaluable | null = null;
  let corpusBoth: Index.CaseInput[] = [];
  let ruleSet2025: ReturnType<typeof index.loadRuleSet> | null = null;
  if (has2025 && typeof idx.compileEditions === "function") {
    ruleSet2025 = index.loadRuleSet((rules as { yrd2025: Parameters<typeof index.loadRuleSet>[0] }).yrd2025);
    editions = (idx.compileEditions as (r: unknown[]) => Index.Evaluable)([ruleSet2023, ruleSet2025]);
    corpusBoth = [
      ...generateCorpus({ seed: SEED + 2, size: CORPUS, ruleSets: [ruleSet2023, ruleSet2025] as never }),
    ].map(toJson);
  }

  // The baselines' inputs, made before any clock starts: each case's first matter and the fact bag its conditions read.
  const { validateCase, evaluateValid } = lib.evaluate;
  const ev = lib.evaluate as unknown as Record<string, unknown>;
  const priorCountOf = ev.priorCount as (c: unknown, v: unknown) => number;
  const repeatCountOf = ev.repeatCount as ((c: unknown, v: unknown, cm: unknown) => number) | undefined;
  const factBagOf = ev.factBag as (v: unknown, prior: number, repeats?: number) => Record<string, unknown>;
  const validated = corpus.map((c) => {
    const v = validateCase(compiled, c);
    if (!v.ok) throw new Error(`corpus case rejected: ${JSON.stringify(v.issues)}`);
    return v.value;
  });
  const matterOf = validated.map((v) => v.matters[0]!.matter.id);
  const bags = validated.map((v) => {
    const cm = v.matters[0]!;
    return factBagOf(
      v,
      priorCountOf(compiled, v),
      cm.matter.repeats && repeatCountOf ? repeatCountOf(compiled, v, cm) : 0,
    );
  });
  // The tier the facts select, by the library's compiled conditions: both baselines must name the same one.
  const expectedTier = validated.map(
    (v, i) => v.matters[0]!.tiers.find((t) => t.test(bags[i]!))?.id ?? v.matters[0]!.tiers[0]!.id,
  );
  const engines = jreEngines(compiled);
  const hand = handWrittenTiers(compiled);
  let tierMismatches = 0;
  for (let i = 0; i < corpus.length; i++) {
    if ((await jreTier(engines, matterOf[i]!, bags[i]!)) !== expectedTier[i]) tierMismatches++;
    if (hand.get(matterOf[i]!)!(bags[i]!) !== expectedTier[i]) tierMismatches++;
  }
  if (tierMismatches > 0) throw new Error(`the baselines chose ${tierMismatches} tier(s) differently from the library`);
  const handByCase = matterOf.map((m) => hand.get(m)!);

  const sample = corpus.slice(0, Math.min(REFERENCE_SAMPLE, corpus.length));
  const ref = reference.compileReference(ruleSet2023);
  let sink = 0;
  for (let w = 0; w < 3; w++) {
    for (const c of corpus) sink += consume(index.evaluate(compiled, c)) + consume(index.explain(compiled, c)); // warm-up
    for (let i = 0; i < 2000 && i < corpus.length; i++) sink += (await jreTier(engines, matterOf[i]!, bags[i]!)).length;
    if (editions) for (const c of corpusBoth) sink += consume(index.evaluate(editions, c));
  }
  for (const c of sample.slice(0, 50)) sink += (await reference.evaluateReference(ref, c)).ok ? 1 : 0;

  // Interleaved rounds: every variant once per round, so a busy moment of the shared machine hits all of them.
  const rounds = {
    evaluate: [] as number[],
    explain: [] as number[],
    evaluateBoth: [] as number[],
    validate: [] as number[],
    pipeline: [] as number[],
    jre: [] as number[],
    hand: [] as number[],
    reference: [] as number[],
    evaluateOnSample: [] as number[],
  };
  for (let r = 0; r < ROUNDS; r++) {
    let t0 = now();
    for (let i = 0; i < corpus.length; i++) sink += consume(index.evaluate(compiled, corpus[i]!));
    rounds.evaluate.push(nsSince(t0) / corpus.length);
    t0 = now();
    for (let i = 0; i < corpus.length; i++) sink += (await jreTier(engines, matterOf[i]!, bags[i]!)).length;
    rounds.jre.push(nsSince(t0) / corpus.length);
    t0 = now();
    for (let rep = 0; rep < 10; rep++) for (let i = 0; i < corpus.length; i++) sink += handByCase[i]!(bags[i]!).length;
    rounds.hand.push(nsSince(t0) / corpus.length / 10);
    t0 = now();
    for (let i = 0; i < corpus.length; i++) sink += consume(index.explain(compiled, corpus[i]!));
    rounds.explain.push(nsSince(t0) / corpus.length);
    if (editions) {
      t0 = now();
      for (let i = 0; i < corpusBoth.length; i++) sink += consume(index.evaluate(editions, corpusBoth[i]!));
      rounds.evaluateBoth.push(nsSince(t0) / corpusBoth.length);
    }
    t0 = now();
    for (let i = 0; i < corpus.length; i++) sink += validateCase(compiled, corpus[i]).ok ? 1 : 0;
    rounds.validate.push(nsSince(t0) / corpus.length);
    t0 = now();
    for (let i = 0; i < corpus.length; i++) {
      const res = evaluateValid(compiled, validated[i]!, false);
      if (res.ok) sink += consume(res.outcome);
    }
    rounds.pipeline.push(nsSince(t0) / corpus.length);
    t0 = now();
    for (const c of sample) {
      const res = await reference.evaluateReference(ref, c);
      if (res.ok) sink += consume(res.outcome);
    }
    rounds.reference.push(nsSince(t0) / sample.length);
    t0 = now();
    for (const c of sample) sink += consume(index.evaluate(compiled, c));
    rounds.evaluateOnSample.push(nsSince(t0) / sample.length);
  }
  const s = {
    evaluate: stats(rounds.evaluate),
    explain: stats(rounds.explain),
    evaluateBoth: editions ? stats(rounds.evaluateBoth) : null,
    jre: stats(rounds.jre),
    hand: stats(rounds.hand),
    reference: stats(rounds.reference),
  };
  const evaluateNsPerCase = s.evaluate.median;
  const explainNsPerCase = s.explain.median;
  const referenceNsPerCase = s.reference.median;
  // Per-round ratios (the variants ran side by side in each round), then their median.
  const speedupVsJre = median(rounds.jre.map((j, r) => j / rounds.evaluate[r]!));
  const speedup = median(rounds.reference.map((x, r) => x / rounds.evaluateOnSample[r]!));
  log(`evaluate:  ${fmtStats(s.evaluate)}`);
  if (s.evaluateBoth) log(`evaluate, both editions (dates choose): ${fmtStats(s.evaluateBoth)}`);
  log(`explain:   ${fmtStats(s.explain)}`);
  log(`json-rules-engine, idiomatic (tier only): ${fmtStats(s.jre)}`);
  log(`hand-written tier function: ${fmtStats(s.hand)}`);
  const validateNs = median(rounds.validate);
  const pipelineNs = median(rounds.pipeline);
  log(
    `  of evaluate: validation ${validateNs.toFixed(0)} ns/case, the pipeline on validated cases ${pipelineNs.toFixed(0)} ns/case`,
  );

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
  log(
    `reference: ${fmtStats(s.reference)} on ${sample.length} cases (fast path on the same sample: ${median(rounds.evaluateOnSample).toFixed(0)} ns/case); ${identicalOutcomes ? "identical outcomes" : `${differing} DIFFERENT outcomes`}`,
  );

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
  log(
    `batch: ${BATCH_LINES} lines in ${batchSeconds.toFixed(2)} s = ${batchCasesPerSecond.toFixed(0)} cases/s (${(bytes / 1e6).toFixed(0)} MB out, ${rejected} rejected)`,
  );

  // Semantic diff over corpus cases (yrd-2023 → yrd-2025), streamed from a JSON Lines file as `cailiang diff --cases
  // … --workers N` reads it, with 1 and 2 workers, each in a child process of its own (so its peak RSS is its own).
  let diffMillionCasesSeconds: number | null = null;
  const semanticDiffNsPerCase: Record<string, number> = {};
  const semanticDiffPeakRssMB: Record<string, number> = {};
  let semanticDiffWorkersScaling: number | null = null;
  if (has2025 && existsSync(join(root, "src", "cli", "diff-stream.ts"))) {
    const dir = mkdtempSync(join(tmpdir(), "cailiang-bench-diff-"));
    try {
      const file = join(dir, "corpus.jsonl");
      const fd = openSync(file, "w");
      let chunk: string[] = [];
      for (const c of generateCorpus({ seed: SEED + 1, size: DIFF_CASES, ruleSet: ruleSet2023 as never })) {
        chunk.push(JSON.stringify(c));
        if (chunk.length >= 10_000) {
          writeSync(fd, chunk.join("\n") + "\n");
          chunk = [];
        }
      }
      if (chunk.length > 0) writeSync(fd, chunk.join("\n") + "\n");
      closeSync(fd);
      for (const workers of [1, 2]) {
        const r = diffInChild(file, workers);
        semanticDiffNsPerCase[workers] = Math.round(r.ns / DIFF_CASES);
        semanticDiffPeakRssMB[workers] = Math.round(r.maxRSS / 1024);
        log(
          `semantic diff yrd-2023 → yrd-2025, streamed, ${workers} worker(s): ${DIFF_CASES} cases in ${(r.ns / 1e9).toFixed(2)} s = ${Math.round((DIFF_CASES * 1e9) / r.ns)} cases/s, ${((r.ns / DIFF_CASES) * 1e6) / 1e9 < 10 ? (((r.ns / DIFF_CASES) * 1e6) / 1e9).toFixed(2) : (((r.ns / DIFF_CASES) * 1e6) / 1e9).toFixed(0)} s per 10⁶ (scaled); ${r.differing} differ; peak RSS ${Math.round(r.maxRSS / 1024)} MB`,
        );
      }
      diffMillionCasesSeconds = (semanticDiffNsPerCase[2]! * 1e6) / 1e9;
      semanticDiffWorkersScaling = Math.round((semanticDiffNsPerCase[1]! / semanticDiffNsPerCase[2]!) * 100) / 100;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    log(
      `semantic diff: not measured (${!has2025 ? "rules/yrd-2025 is missing" : "src/cli/diff-stream.ts is missing"})`,
    );
  }

  /** Streams the corpus file through both editions in a child process: wall time, differing cases, peak RSS (KB). */
  function diffInChild(file: string, workers: number): { ns: number; differing: number; maxRSS: number } {
    const url = (name: string, src: string) =>
      args.src ? pathToFileURL(join(root, src)).href : pathToFileURL(join(libDir, `${name}.js`)).href;
    const code = `
      const { streamCorpusDiff } = await import(${JSON.stringify(url("diff-stream", "src/cli/diff-stream.ts"))});
      const { compile, loadRuleSet } = await import(${JSON.stringify(url("index", "src/index.ts"))});
      const { yrd2023, yrd2025 } = await import(${JSON.stringify(url("rules", "src/rules.ts"))});
      const a = compile(loadRuleSet(yrd2023)), b = compile(loadRuleSet(yrd2025));
      const t0 = process.hrtime.bigint();
      const tally = await streamCorpusDiff(a, b, ${JSON.stringify(file)}, { workers: ${workers}, onBadLine: (t) => { throw new Error(t); } });
      const ns = Number(process.hrtime.bigint() - t0);
      console.log(JSON.stringify({ ns, differing: tally.differing, maxRSS: process.resourceUsage().maxRSS }));`;
    // A script file, not `-e`: worker threads inherit the process's flags, and --input-type is only for -e.
    const script = join(dirname(file), `diff-${workers}.mjs`);
    writeFileSync(script, code);
    const r = spawnSync(process.execPath, [...(args.src ? ["--import", "tsx"] : []), script], {
      cwd: root,
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`semantic diff in a child process failed:\n${r.stderr}`);
    return JSON.parse(r.stdout.trim().split("\n").pop()!) as { ns: number; differing: number; maxRSS: number };
  }

  const result = {
    evaluateNsPerCase: Math.round(evaluateNsPerCase),
    evaluateBothEditionsNsPerCase: s.evaluateBoth ? Math.round(s.evaluateBoth.median) : null,
    explainNsPerCase: Math.round(explainNsPerCase),
    jreIdiomaticNsPerCase: Math.round(s.jre.median),
    speedupVsJre: Math.round(speedupVsJre * 10) / 10,
    handWrittenTierNsPerCase: Math.round(s.hand.median * 10) / 10,
    referenceNsPerCase: Math.round(referenceNsPerCase),
    speedup: Math.round(speedup * 10) / 10,
    rounds: ROUNDS,
    spread: Object.fromEntries(
      Object.entries(s)
        .filter(([, v]) => v)
        .map(([k, v]) => [k, { min: Math.round(v!.min), max: Math.round(v!.max) }]),
    ),
    batchCasesPerSecond: Math.round(batchCasesPerSecond),
    diffMillionCasesSeconds: diffMillionCasesSeconds === null ? null : Math.round(diffMillionCasesSeconds * 100) / 100,
    semanticDiffNsPerCase,
    semanticDiffWorkersScaling,
    semanticDiffPeakRssMB,
    identicalOutcomes,
    node: process.version,
    cpu: `${cpus()[0]?.model ?? "unknown"} (${cpus().length} logical CPUs)`,
    loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
  };
  if (sink === -1) log(""); // keeps `sink` live
  if (args.json) {
    process.stdout.write(JSON.stringify(result) + "\n");
    return;
  }
  const µs = (ns: number) => `${(ns / 1000).toFixed(2)} µs`;
  // A target met, or by how much it is missed (the factor between the figure and the target).
  const atMost = (value: number, limit: number) =>
    value <= limit ? "met" : `MISSED, ${(value / limit).toFixed(1)}× the target`;
  const atLeast = (value: number, limit: number) =>
    value >= limit ? "met" : `MISSED, ${(limit / value).toFixed(1)}× short`;
  const rows: [string, string, string, string][] = [
    [
      "evaluate (yrd-2023)",
      µs(result.evaluateNsPerCase),
      `${Math.round(1e9 / result.evaluateNsPerCase).toLocaleString("en")} cases/s`,
      `≤ 1 µs: ${atMost(result.evaluateNsPerCase, 1000)}`,
    ],
    ...(result.evaluateBothEditionsNsPerCase === null
      ? []
      : [
          [
            "evaluate (both editions, dates choose)",
            µs(result.evaluateBothEditionsNsPerCase),
            `${Math.round(1e9 / result.evaluateBothEditionsNsPerCase).toLocaleString("en")} cases/s`,
            `≤ 1 µs: ${atMost(result.evaluateBothEditionsNsPerCase, 1000)}`,
          ] as [string, string, string, string],
        ]),
    [
      "explain",
      µs(result.explainNsPerCase),
      `${Math.round(1e9 / result.explainNsPerCase).toLocaleString("en")} cases/s`,
      `≤ 5 µs: ${atMost(result.explainNsPerCase, 5000)}`,
    ],
    [
      "json-rules-engine, idiomatic (tier only)",
      µs(result.jreIdiomaticNsPerCase),
      `${Math.round(1e9 / result.jreIdiomaticNsPerCase).toLocaleString("en")} cases/s`,
      `evaluate is ${result.speedupVsJre}× faster: ≥ 20× ${atLeast(result.speedupVsJre, 20)}`,
    ],
    [
      "hand-written tier function (floor)",
      `${result.handWrittenTierNsPerCase} ns`,
      `${Math.round(1e9 / result.handWrittenTierNsPerCase).toLocaleString("en")} cases/s`,
      "tier only",
    ],
    [
      "reference path (oracle)",
      µs(result.referenceNsPerCase),
      `${Math.round(1e9 / result.referenceNsPerCase).toLocaleString("en")} cases/s`,
      `${result.speedup}× evaluate; an oracle, not a baseline`,
    ],
    [
      "batch (parse + evaluate + stringify)",
      µs(1e9 / result.batchCasesPerSecond),
      `${result.batchCasesPerSecond.toLocaleString("en")} cases/s`,
      `${BATCH_LINES.toLocaleString("en")} lines; ≥ 100,000/s: ${atLeast(result.batchCasesPerSecond, 100_000)}`,
    ],
    [
      "semantic diff 2023 → 2025, 10⁶ cases, 2 workers",
      result.diffMillionCasesSeconds === null ? "n/a" : `${result.diffMillionCasesSeconds} s`,
      result.semanticDiffWorkersScaling === null
        ? ""
        : `${Math.round(1e9 / semanticDiffNsPerCase[2]!).toLocaleString("en")} cases/s, ×${result.semanticDiffWorkersScaling} vs 1`,
      result.diffMillionCasesSeconds === null ? "not measured" : "< 5 s: " + atMost(result.diffMillionCasesSeconds, 5),
    ],
  ];
  const w = [0, 1, 2, 3].map((i) =>
    Math.max(...rows.map((r) => r[i]!.length), ["", "per case", "throughput", "note"][i]!.length),
  );
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join("  ");
  console.log(line(["", "per case", "throughput", "note"]));
  for (const r of rows) console.log(line(r));
  console.log(`evaluate = validation ${µs(validateNs)} + pipeline ${µs(pipelineNs)} (each alone, medians)`);
  console.log(
    `fast and reference outcomes ${result.identicalOutcomes ? "identical" : "DIFFER"} on ${sample.length} cases`,
  );
  console.log(
    `medians of ${ROUNDS} interleaved rounds; spread (lowest–highest round) in ns/case: ${Object.entries(result.spread)
      .map(([k, v]) => `${k} ${v.min}–${v.max}`)
      .join(", ")}`,
  );
  console.log(
    `machine: ${machine}; measured: ${lib.source}. The machine may be shared with other running jobs: compare figures of one run, not across runs.`,
  );
}

// The bench only makes sense on a built tree; say so instead of failing obscurely.
if (!existsSync(join(root, "node_modules"))) {
  console.error("run npm ci first");
  process.exit(2);
}
await main();
