/**
 * What each `cailiang` command does. The entry (./bin.ts) parses the command line against the command table
 * (./commands.ts) and imports this module only when a command runs, so `--help` does not load the schemas, the
 * evaluator or the bundled rule data.
 *
 * Exit codes, the same for every command: 0 ok; 1 findings (an invalid rule set, editions that differ, a failing
 * fixture); 2 bad usage or bad input (unknown command or flag, unreadable file, a rejected case in `evaluate` or in any
 * line of `batch`); 70 internal error.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { safeEvaluate, safeExplain } from "../evaluate/index.js";
import { boundIssues, formatIssue, type Issue } from "../errors/index.js";
import { safeLoadRuleSetFromDir } from "../node.js";
import { renderLang, renderOutcome } from "./render.js";
import { depthExceeds, evaluateLine, isRejected, MAX_DEPTH, type BatchLine } from "./batch.js";
import { MAX_LINE_BYTES, readLines } from "./lines.js";
import { NO_PROGRESS, progress } from "./progress.js";
import { parseFixtures, runFixtures } from "./fixtures.js";
import { benchmarkCsv, benchmarkMarkdown } from "../report/table.js";
import { convergenceMarkdown, diffMarkdown } from "../report/diff.js";
import { diff } from "../diff/structural.js";
import { generatedDiff, semanticReport } from "../diff/semantic.js";
import { parseWorkers, streamCorpusDiff, WorkerFailure } from "./diff-stream.js";
import { convergence } from "../diff/converge.js";
import { cmdCredit, printWithCredit } from "./credit.js";
import { cmdAudit } from "./audit.js";
import { checkPolicyFiles } from "./policies.js";
import type { CaseInput } from "../schema/case.js";
import { BUNDLED_EDITIONS, EXIT, UsageError, type CommandName, type Values } from "./commands.js";
import { BUNDLED, loadCompiled, loadEvaluable } from "./rulesets.js";
import { BatchPool } from "./batch-pool.js";

const MAX_CASE_BYTES = 1 << 20;
/** The most worker threads `batch --workers` starts. */
const MAX_WORKERS = 64;

/** Where the repository's (or the installed package's) rules/ folder is. */
const RULES_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "rules");

function readJsonFile(path: string): unknown {
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`cannot read "${path}": no such file`);
  const size = statSync(path).size;
  if (size > MAX_CASE_BYTES)
    throw new UsageError(`"${path}" is ${size} bytes; a case file may be at most ${MAX_CASE_BYTES} bytes`);
  let value: unknown;
  try {
    // A UTF-8 byte order mark (as Windows editors write it) is not part of the JSON.
    value = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`"${path}" is not valid JSON: ${(error as Error).message}`);
  }
  if (depthExceeds(value, MAX_DEPTH))
    throw new UsageError(`"${path}" nests deeper than ${MAX_DEPTH} levels; a case is at most a few levels deep`);
  return value;
}

const printIssues = (issues: Issue[], out: (s: string) => void) => {
  for (const issue of boundIssues(issues)) out(`  - ${formatIssue(issue)}`);
};

/** Writes to stdout, waiting when the pipe is full so memory stays bounded. */
async function write(text: string | Uint8Array): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
}

function cmdEvaluate(positionals: string[], values: Values): number {
  if (positionals.length !== 1) throw new UsageError("evaluate needs exactly one case file");
  const compiled = loadEvaluable(values.rules as string[] | undefined);
  const input = readJsonFile(positionals[0]!);
  const result = values.trace ? safeExplain(compiled, input) : safeEvaluate(compiled, input);
  if (!result.ok) {
    console.error(`Case rejected (${positionals[0]}):`);
    printIssues(result.issues, (s) => console.error(s));
    return EXIT.usage;
  }
  const render = (o: typeof result.outcome) =>
    renderOutcome(o, renderLang(values.lang as string | undefined, process.env));
  if (values.credit) return printWithCredit(input as CaseInput, result.outcome, values, render);
  process.stdout.write(values.json ? JSON.stringify(result.outcome, null, 2) + "\n" : render(result.outcome) + "\n");
  return EXIT.ok;
}

async function cmdBatch(positionals: string[], values: Values): Promise<number> {
  if (positionals.length !== 1)
    throw new UsageError("batch needs exactly one JSON Lines file (or - for standard input)");
  const workers = workerCount(values.workers);
  const path = positionals[0]!;
  if (path !== "-" && (!existsSync(path) || !statSync(path).isFile()))
    throw new UsageError(`cannot read "${path}": no such file`);
  if (workers > 1) return batchOnWorkers(path, workers, values);
  const compiled = loadEvaluable(values.rules as string[] | undefined);
  const total = path === "-" ? undefined : statSync(path).size;
  const stream = path === "-" ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 });
  let bytesRead = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      bytesRead += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  // A bar for files, whose size is known; standard input only gets the summary at the end.
  const bar = total === undefined ? NO_PROGRESS : progress("cailiang batch");
  let cases = 0;
  let rejected = 0;
  let blank = 0;
  const started = Date.now();
  let out = "";
  try {
    for await (const input of readLines(counted())) {
      const result: BatchLine = evaluateLine(compiled, input, Boolean(values.trace));
      if ("blank" in result) blank++;
      else {
        cases++;
        if (isRejected(result)) rejected++;
      }
      out += JSON.stringify(result) + "\n";
      // Written in pieces of at most 64 KiB, so what was decided is on stdout even if a later line fails.
      if (out.length >= 1 << 16) {
        await write(out);
        out = "";
      }
      if (input.line % 1000 === 0) bar.update(bytesRead, total, `${cases} cases, ${rejected} rejected`);
    }
  } finally {
    if (out) await write(out);
    bar.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(
    `cailiang batch: done, ${cases} cases, ${rejected} rejected${blank ? `, ${blank} blank lines` : ""}, ${seconds.toFixed(2)} s\n`,
  );
  return rejected > 0 ? EXIT.usage : EXIT.ok;
}

/** `--workers`: a whole number from 1 to 64; 1 when not given. */
function workerCount(value: unknown): number {
  if (value === undefined) return 1;
  const text = String(value);
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= MAX_WORKERS))
    throw new UsageError(
      `--workers: expected a whole number from 1 to ${MAX_WORKERS}, got "${text}" / --workers 应为 1 至 ${MAX_WORKERS} 的整数，实为 "${text}"`,
    );
  return n;
}

/** `batch --workers n` (n > 1): the same reading, output and summary as {@link cmdBatch}, evaluated on n threads. */
async function batchOnWorkers(path: string, workers: number, values: Values): Promise<number> {
  const pool = await BatchPool.start(workers, {
    rules: values.rules as string[] | undefined,
    trace: Boolean(values.trace),
  });
  const total = path === "-" ? undefined : statSync(path).size;
  const stream = path === "-" ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 });
  let bytesRead = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      bytesRead += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  const bar = total === undefined ? NO_PROGRESS : progress("cailiang batch");
  const started = Date.now();
  let totals;
  try {
    totals = await pool.run(readLines(counted()), write, (t) =>
      bar.update(bytesRead, total, `${t.cases} cases, ${t.rejected} rejected`),
    );
  } finally {
    bar.stop();
  }
  const { cases, rejected, blank } = totals;
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(
    `cailiang batch: done, ${cases} cases, ${rejected} rejected${blank ? `, ${blank} blank lines` : ""}, ${seconds.toFixed(2)} s\n`,
  );
  return rejected > 0 ? EXIT.usage : EXIT.ok;
}

function cmdExport(positionals: string[], values: Values): number {
  if (positionals.length !== 1)
    throw new UsageError("export needs exactly one rule set (a directory or a bundled edition id)");
  if (Boolean(values.md) === Boolean(values.csv)) throw new UsageError("export needs exactly one of --md and --csv");
  const lang = (values.lang as string | undefined) ?? "zh";
  if (lang !== "zh" && lang !== "en") throw new UsageError(`--lang: expected zh or en, got "${lang}"`);
  if (values.lang !== undefined && !values.csv) throw new UsageError("--lang applies to --csv");
  const { ruleSet } = loadCompiled(positionals[0]!);
  process.stdout.write(values.md ? benchmarkMarkdown(ruleSet) + "\n" : benchmarkCsv(ruleSet, { lang, bom: true }));
  return EXIT.ok;
}

async function cmdDiff(positionals: string[], values: Values): Promise<number> {
  if (positionals.length !== 2) throw new UsageError("diff needs two rule sets (directories or bundled edition ids)");
  if (values.json && values.md) throw new UsageError("diff takes at most one of --json and --md");
  const workers = parseWorkers(values.workers);
  if (typeof workers === "string") throw new UsageError(workers);
  const a = loadCompiled(positionals[0]!);
  const b = loadCompiled(positionals[1]!);
  const casesPath = values.cases as string | undefined;
  if (casesPath !== undefined && (!existsSync(casesPath) || !statSync(casesPath).isFile()))
    throw new UsageError(`--cases: cannot read "${casesPath}"`);
  const structural = diff(a.ruleSet, b.ruleSet);
  const bad = { count: 0 };
  const bar = progress("cailiang diff");
  let semantic;
  const stop = new AbortController();
  let corpusRun: Promise<unknown> | undefined;
  try {
    // The corpus is streamed line by line (over --workers threads); only counts per region are kept. Started first,
    // so the workers start up and take their first chunks while this thread decides the generated cases.
    const running = casesPath
      ? streamCorpusDiff(a, b, casesPath, {
          workers,
          signal: stop.signal,
          onBadLine: (text) => {
            bad.count++;
            process.stderr.write(text + "\n");
          },
        })
      : undefined;
    corpusRun = running;
    const generated = values["no-generated"]
      ? undefined
      : generatedDiff(a, b, (done, total) => bar.update(done, total, `${done}/${total} matters`));
    const tally = await running;
    semantic = semanticReport(a, b, generated, tally);
  } catch (error) {
    if (!(error instanceof WorkerFailure)) {
      // Stop the workers before reporting the error, so that they do not keep the process alive.
      stop.abort();
      await corpusRun?.catch(() => {});
      throw error;
    }
    console.error(`cailiang diff: 工作线程出错，比对中止 a worker thread failed, the diff stopped: ${error.message}`);
    return EXIT.internal;
  } finally {
    bar.stop();
  }
  if (values.json) process.stdout.write(JSON.stringify({ structural, semantic }, null, 2) + "\n");
  else process.stdout.write(diffMarkdown(structural, semantic) + "\n");
  if (bad.count > 0) {
    process.stderr.write(`cailiang diff: ${bad.count} line(s) of ${casesPath} could not be read (see above)\n`);
    return EXIT.usage;
  }
  const differs = structural.changes.length > 0 || semantic.regions.length > 0;
  return differs ? EXIT.findings : EXIT.ok;
}

function cmdConverge(positionals: string[], values: Values): number {
  if (positionals.length !== 1)
    throw new UsageError("converge needs one rule set (a directory or a bundled edition id)");
  if (values.json && values.md) throw new UsageError("converge takes at most one of --json and --md");
  const compiled = loadCompiled(positionals[0]!);
  const bar = progress("cailiang converge");
  let report;
  try {
    report = convergence(compiled, {
      onProgress: (done, total) => bar.update(done, total, `${done}/${total} matters`),
    });
  } finally {
    bar.stop();
  }
  process.stdout.write((values.json ? JSON.stringify(report, null, 2) : convergenceMarkdown(report)) + "\n");
  return EXIT.ok;
}

function cmdValidate(positionals: string[], values: Values): number {
  if (positionals.length !== 1)
    throw new UsageError("validate needs exactly one rule set (a directory or a bundled edition id)");
  let dir = positionals[0]!;
  if (Object.hasOwn(BUNDLED, dir) && !existsSync(dir)) {
    // A bundled edition is validated from the rule files shipped beside the program, with the law texts there.
    dir = join(RULES_ROOT, dir);
    if (!existsSync(dir))
      throw new UsageError(`the rule files of ${positionals[0]} are not installed beside cailiang (${dir})`);
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(
      `"${dir}" is neither a rule set directory nor a bundled edition (${BUNDLED_EDITIONS.join(", ")})`,
    );
  const laws = values.laws as string | undefined;
  if (laws !== undefined && (!existsSync(laws) || !statSync(laws).isDirectory()))
    throw new UsageError(`--laws: "${laws}" is not a directory`);
  const result = safeLoadRuleSetFromDir(dir, laws === undefined ? {} : { lawsDir: laws });
  if (!result.ok) {
    console.error(`${dir}: ${result.issues.length} problem(s)`);
    printIssues(result.issues, (s) => console.error(s));
    return EXIT.findings;
  }
  const rs = result.ruleSet;
  const lawsChecked = laws !== undefined || existsSync(join(dirname(dir.replace(/[\\/]+$/, "")), "laws"));
  const policy = checkPolicyFiles(dir, laws ?? join(dirname(dir.replace(/[\\/]+$/, "")), "laws"));
  if (policy.problems.length > 0) {
    console.error(`${dir}: ${policy.problems.length} problem(s) in ${policy.found.join(", ")}`);
    for (const p of policy.problems) console.error(`  - ${p}`);
    return 1;
  }
  const jurisdictions = new Set(rs.matters.flatMap((m) => Object.keys(m.bases)));
  const domains = new Set(rs.matters.map((m) => m.domain));
  console.log(
    `ok: ${rs.edition.id} — ${rs.matters.length} matters (${[...domains].join(", ")}), bases in ${[...jurisdictions].join(", ")}; ` +
      `tiers partition every matter's facts and stay within the statute${lawsChecked ? "; every citation verbatim" : "; citations not checked (no law texts found)"}` +
      (policy.found.length > 0 ? `; ${policy.found.join(" and ")} valid` : ""),
  );
  return EXIT.ok;
}

function cmdTest(positionals: string[], values: Values): number {
  if (positionals.length === 0) throw new UsageError("test needs at least one fixture file");
  const target = loadEvaluable(values.rules as string[] | undefined);
  const files = positionals.map((path) => {
    const value = readFixtureFile(path);
    const parsed = parseFixtures(value);
    if (!parsed.ok)
      throw new UsageError(
        `"${path}" is not a fixture file:\n${parsed.issues.map((i) => "  - " + formatIssue(i)).join("\n")}`,
      );
    return { path, fixtures: parsed.fixtures };
  });
  let passed = 0;
  let failed = 0;
  const report: unknown[] = [];
  for (const { path, fixtures } of files) {
    const results = runFixtures(target, fixtures);
    for (const r of results) {
      if (r.passed) passed++;
      else failed++;
      if (values.json) report.push({ file: path, ...r });
      else if (r.passed) process.stdout.write(`  ok    ${path} #${r.index} ${r.name}\n`);
      else {
        const m = r.mismatch!;
        process.stdout.write(
          `  FAIL  ${path} #${r.index} ${r.name}\n        at ${m.path}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual) ?? "nothing"}\n`,
        );
      }
    }
  }
  if (values.json) process.stdout.write(JSON.stringify({ passed, failed, results: report }, null, 2) + "\n");
  else process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT.findings : EXIT.ok;
}

function readFixtureFile(path: string): unknown {
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`cannot read "${path}": no such file`);
  const size = statSync(path).size;
  const max = 64 * MAX_CASE_BYTES;
  if (size > max) throw new UsageError(`"${path}" is ${size} bytes; a fixture file may be at most ${max} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`"${path}" is not valid JSON: ${(error as Error).message}`);
  }
  if (depthExceeds(value, MAX_DEPTH + 2)) throw new UsageError(`"${path}" nests deeper than ${MAX_DEPTH + 2} levels`);
  return value;
}

async function cmdServe(positionals: string[], values: Values): Promise<number> {
  if (positionals.length !== 0) throw new UsageError("serve takes no file arguments");
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: expected a port number from 0 to 65535, got "${String(values.port)}"`);
  const host = (values.host as string | undefined) ?? "127.0.0.1";
  const { startServer } = await import("../serve/index.js");
  const server = await startServer({ port, host, rules: values.rules as string[] | undefined });
  process.stderr.write(
    `cailiang serve: listening on ${server.url} (OpenAPI at ${server.url}/openapi.json); SIGTERM or Ctrl-C stops it\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.stderr.write("cailiang serve: stopping, finishing open requests\n");
      server.close().then(resolve, resolve);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  return EXIT.ok;
}

/** Each command of the table, by name. */
export const RUN: Record<CommandName, (positionals: string[], values: Values) => number | Promise<number>> = {
  evaluate: cmdEvaluate,
  batch: cmdBatch,
  validate: cmdValidate,
  export: cmdExport,
  diff: cmdDiff,
  converge: cmdConverge,
  credit: (positionals, values) =>
    cmdCredit(positionals, values, {
      evaluable: () => loadEvaluable(values.rules as string[] | undefined),
      readJson: readJsonFile,
    }),
  audit: (positionals, values) =>
    cmdAudit(positionals, values, { evaluable: () => loadEvaluable(values.rules as string[] | undefined) }),
  test: cmdTest,
  serve: cmdServe,
};
