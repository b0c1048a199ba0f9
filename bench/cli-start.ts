/**
 * The command line as a user runs it: `npm run bench:cli` (a table) or `npm run bench:cli -- --json` (one JSON
 * object). Run `npm run build` first: it times dist/cli.js in child processes.
 *
 * - Start-up: `node dist/cli.js --help` against `node -e 0`, spawned alternately `--runs` times each (after one
 *   unrecorded run of each); medians, the lowest and highest run, and helpStartRatio = the median help time over the
 *   median `node -e 0` time (target: at most 2).
 * - Batch: `node dist/cli.js batch <file> --workers 1` and `--workers 2`, alternately, `--batch-rounds` times each,
 *   over `--batch-lines` lines of a fixed-seed corpus drawn from both bundled editions (fixtures/corpus.ts; every line
 *   a valid case, output to /dev/null). Each round also runs both on a one-line file: the start-up (loading the
 *   rules, starting the workers) is subtracted to give the throughput of the evaluation itself. batchWorkersScaling =
 *   net lines/s with 2 workers over net lines/s with 1 (target: at least 1.7 on 2 cores);
 *   batchWorkersScalingGross compares the whole runs. `--batch-lines 0` skips the batch.
 *
 * The machine may be busy with other work: compare figures of one run with each other, and note the load printed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "../fixtures/corpus.js";
import { loadRuleSet } from "../src/index.js";
import { yrd2023, yrd2025 } from "../src/rules.js";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
const { values: args } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    runs: { type: "string", default: "21" },
    "batch-lines": { type: "string", default: "50000" },
    "batch-rounds": { type: "string", default: "3" },
  },
});
const RUNS = Number(args.runs);
const BATCH_LINES = Number(args["batch-lines"]);
const BATCH_ROUNDS = Number(args["batch-rounds"]);
const SEED = 20_230_701;
const log = (s: string) => {
  if (!args.json) process.stderr.write(s + "\n");
};

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(1);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const stats = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
type Stats = ReturnType<typeof stats>;
const ms = (s: Stats) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

/** Runs `node …args` to the end; its wall time in ms. Fails on an unexpected exit code. */
function timed(args: string[], expectCode = 0): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== expectCode)
    throw new Error(`node ${args.join(" ")}: exit ${r.status ?? r.signal}, expected ${expectCode}\n${r.stderr}`);
  return elapsed;
}

const machine = `${cpus()[0]?.model ?? "unknown"} (${cpus().length} logical CPUs), Node ${process.version}`;
const loadAtStart = loadavg()[0]!;
log(
  `cailiang bench:cli — ${machine}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} at the start`,
);

// Start-up, alternately, so that both meet the same load.
timed(["-e", "0"]);
timed([cli, "--help"]);
const nodeTimes: number[] = [];
const helpTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  nodeTimes.push(timed(["-e", "0"]));
  helpTimes.push(timed([cli, "--help"]));
}
const node = stats(nodeTimes);
const help = stats(helpTimes);
const helpStartRatio = help.median / node.median;
log(`start-up, ${RUNS} runs each, median (lowest–highest):`);
log(`  node -e 0                 ${ms(node)}`);
log(`  node dist/cli.js --help   ${ms(help)}`);
log(`  ratio                     ${helpStartRatio.toFixed(2)}× (target ≤ 2×)`);

interface BatchFigures {
  lines: number;
  rounds: number;
  seconds: { workers1: Stats; workers2: Stats; startup1: Stats; startup2: Stats };
  linesPerSecond: { workers1: number; workers2: number };
  netLinesPerSecond: { workers1: number; workers2: number };
  batchWorkersScaling: number;
  batchWorkersScalingGross: number;
}

function batch(): BatchFigures | null {
  if (BATCH_LINES <= 0) return null;
  const dir = mkdtempSync(join(tmpdir(), "cailiang-bench-cli-"));
  try {
    const pool = [
      ...generateCorpus({ seed: SEED, size: 5000, ruleSets: [loadRuleSet(yrd2023), loadRuleSet(yrd2025)] as never }),
    ].map((c) => JSON.stringify(c));
    const file = join(dir, "cases.jsonl");
    const one = join(dir, "one.jsonl");
    let text = "";
    for (let n = 0; n < BATCH_LINES; n++) text += pool[n % pool.length] + "\n";
    writeFileSync(file, text);
    writeFileSync(one, pool[0] + "\n");
    const t: Record<"workers1" | "workers2" | "startup1" | "startup2", number[]> = {
      workers1: [],
      workers2: [],
      startup1: [],
      startup2: [],
    };
    for (let r = 0; r < BATCH_ROUNDS; r++) {
      t.startup1.push(timed([cli, "batch", one, "--workers", "1"]));
      t.startup2.push(timed([cli, "batch", one, "--workers", "2"]));
      t.workers1.push(timed([cli, "batch", file, "--workers", "1"]));
      t.workers2.push(timed([cli, "batch", file, "--workers", "2"]));
    }
    const s = {
      workers1: stats(t.workers1),
      workers2: stats(t.workers2),
      startup1: stats(t.startup1),
      startup2: stats(t.startup2),
    };
    const perSecond = (msTime: number) => Math.round(BATCH_LINES / (msTime / 1000));
    const linesPerSecond = { workers1: perSecond(s.workers1.median), workers2: perSecond(s.workers2.median) };
    const netLinesPerSecond = {
      workers1: perSecond(s.workers1.median - s.startup1.median),
      workers2: perSecond(s.workers2.median - s.startup2.median),
    };
    return {
      lines: BATCH_LINES,
      rounds: BATCH_ROUNDS,
      seconds: s,
      linesPerSecond,
      netLinesPerSecond,
      batchWorkersScaling: netLinesPerSecond.workers2 / netLinesPerSecond.workers1,
      batchWorkersScalingGross: linesPerSecond.workers2 / linesPerSecond.workers1,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const b = batch();
if (b) {
  const row = (label: string, w: "workers1" | "workers2", su: "startup1" | "startup2") =>
    `  ${label}  ${ms(b.seconds[w]).padEnd(22)} ${b.linesPerSecond[w].toLocaleString("en").padStart(9)} lines/s   start-up ${ms(b.seconds[su]).padEnd(20)} net ${b.netLinesPerSecond[w].toLocaleString("en").padStart(9)} lines/s`;
  log(`batch, ${b.lines} lines, ${b.rounds} rounds, median (lowest–highest):`);
  log(row("--workers 1", "workers1", "startup1"));
  log(row("--workers 2", "workers2", "startup2"));
  log(
    `  scaling with 2 workers     ${b.batchWorkersScaling.toFixed(2)}× net, ${b.batchWorkersScalingGross.toFixed(2)}× whole runs (target ≥ 1.7× on 2 cores)`,
  );
}
log(
  `load average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);

if (args.json) {
  console.log(
    JSON.stringify(
      {
        machine,
        loadAverage: { start: loadAtStart, end: loadavg()[0] },
        runs: RUNS,
        nodeStartMs: node,
        helpStartMs: help,
        helpStartRatio,
        batch: b,
        batchWorkersScaling: b?.batchWorkersScaling ?? null,
      },
      null,
      2,
    ),
  );
}
