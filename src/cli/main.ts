/**
 * The `cailiang` command: a thin layer over the library.
 *
 * Exit codes, the same for every command: 0 ok; 1 findings (an invalid rule set, editions that differ, a failing
 * fixture); 2 bad usage or bad input (unknown command or flag, unreadable file, a rejected case in `evaluate` or in any
 * line of `batch`); 70 internal error.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { compile, type CompiledRuleSet } from "../compile/index.js";
import { safeEvaluate, safeExplain } from "../evaluate/index.js";
import { boundIssues, formatIssue, type Issue } from "../errors/index.js";
import { loadRuleSet, type RuleSetSource } from "../load/index.js";
import { safeLoadRuleSetFromDir } from "../node.js";
import { yrd2023 } from "../generated/yrd-2023.js";
import { yrd2025 } from "../generated/yrd-2025.js";
import { compileEditions, type CompiledEditions } from "../compile/editions.js";
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
import packageJson from "../../package.json" with { type: "json" };
import { cmdCredit, printWithCredit } from "./credit.js";
import { cmdAudit } from "./audit.js";
import { checkPolicyFiles } from "./policies.js";
import type { CaseInput } from "../schema/case.js";

const BUNDLED: Record<string, RuleSetSource> = { "yrd-2023": yrd2023, "yrd-2025": yrd2025 };
const MAX_CASE_BYTES = 1 << 20;

/** Exit codes of every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

class UsageError extends Error {}

type Values = Record<string, unknown>;
type Options = NonNullable<ParseArgsConfig["options"]>;

/** One command: its flags, its help text and what it does. */
interface Command {
  synopsis: string;
  summary: string;
  /** Flag lines of the help, aligned by hand. */
  flags: string[];
  options: Options;
  run(positionals: string[], values: Values): number | Promise<number>;
}

const RULES_FLAG = `--rules <dir|edition>  a rule set directory or a bundled edition id (${Object.keys(BUNDLED).join(", ")}); repeat it for several editions, chosen by date (行政处罚法 Art. 37). Default: every bundled edition`;

/** Where the repository's (or the installed package's) rules/ folder is. */
const RULES_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "rules");

function loadCompiled(target: string): CompiledRuleSet {
  const bundled = BUNDLED[target];
  if (bundled) return compile(loadRuleSet(bundled));
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    throw new UsageError(
      `"${target}" is neither a rule set directory nor a bundled edition (${Object.keys(BUNDLED).join(", ")})`,
    );
  }
  const result = safeLoadRuleSetFromDir(target);
  if (!result.ok) {
    throw new UsageError(
      `${target} is not a valid rule set:\n${boundIssues(result.issues)
        .map((i) => "  - " + formatIssue(i))
        .join("\n")}`,
    );
  }
  return compile(result.ruleSet);
}

/** The editions to evaluate with: the given ones, or every bundled edition, chosen by date (Art. 37). */
function loadEvaluable(rules: string[] | undefined): CompiledRuleSet | CompiledEditions {
  const targets = rules && rules.length > 0 ? rules : Object.keys(BUNDLED);
  if (targets.length === 1) return loadCompiled(targets[0]!);
  try {
    return compileEditions(targets.map(loadCompiled));
  } catch (error) {
    throw new UsageError(`--rules: ${(error as Error).message}`);
  }
}

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
async function write(text: string): Promise<void> {
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
  const path = positionals[0]!;
  if (path !== "-" && (!existsSync(path) || !statSync(path).isFile()))
    throw new UsageError(`cannot read "${path}": no such file`);
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
  if (BUNDLED[dir] && !existsSync(dir)) {
    // A bundled edition is validated from the rule files shipped beside the program, with the law texts there.
    dir = join(RULES_ROOT, dir);
    if (!existsSync(dir))
      throw new UsageError(`the rule files of ${positionals[0]} are not installed beside cailiang (${dir})`);
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(
      `"${dir}" is neither a rule set directory nor a bundled edition (${Object.keys(BUNDLED).join(", ")})`,
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

const COMMANDS: Record<string, Command> = {
  evaluate: {
    synopsis: "evaluate <case.json> [--rules <dir|edition>]... [--json] [--trace] [--lang zh|en]",
    summary: "print the lawful outcome of one case (summary in Chinese and English; --json prints the Outcome)",
    flags: [
      RULES_FLAG,
      "--json   print the Outcome as JSON",
      "--trace  include the explanation trace",
      "--lang   zh|en: the summary's language (default: Chinese under a zh locale, else both)",
      "--credit add the credit consequences of the outcome (assumed general-procedure decision)",
      '--calendar <file>  { "holidays": [dates], "workdays": [dates] } for working-day deadlines (default: weekends only)',
    ],
    options: {
      rules: { type: "string", multiple: true },
      json: { type: "boolean" },
      trace: { type: "boolean" },
      lang: { type: "string" },
      credit: { type: "boolean" },
      calendar: { type: "string" },
    },
    run: cmdEvaluate,
  },
  batch: {
    synopsis: "batch <cases.jsonl|-> [--rules <dir|edition>]... [--trace]",
    summary:
      'one JSON line per input line: {"line","id"?,"ok":true,"outcome"} or {"line","id"?,"ok":false,"issues"}; exit 2 if any line is rejected',
    flags: [
      RULES_FLAG,
      "--trace  include the explanation trace",
      `Each input line is one case; an optional "id" (string) is echoed. Blank lines give {"line":n,"blank":true}. A line may hold at most ${MAX_LINE_BYTES} bytes; a longer one gives a line-too-large issue and the batch goes on.`,
    ],
    options: { rules: { type: "string", multiple: true }, trace: { type: "boolean" } },
    run: cmdBatch,
  },
  validate: {
    synopsis: "validate <rules-dir|edition> [--laws <dir>]",
    summary:
      "check a rule set: schema, ids, facts, tiers (overlaps, gaps, statutory range), citations; exit 1 on problems",
    flags: ["--laws <dir>  directory of law texts to check citations against (default: laws/ beside the rule set)"],
    options: { laws: { type: "string" } },
    run: cmdValidate,
  },
  export: {
    synopsis: "export <rules-dir|edition> --md|--csv [--lang zh|en]",
    summary: "the benchmark in the official table layout, per jurisdiction, with each row's provenance",
    flags: [
      "--md     Markdown",
      "--csv    CSV (UTF-8 with a byte order mark, so spreadsheet programs read the Chinese)",
      "--lang   language of the CSV's header and jurisdiction names: zh (default) or en",
    ],
    options: { md: { type: "boolean" }, csv: { type: "boolean" }, lang: { type: "string" } },
    run: cmdExport,
  },
  diff: {
    synopsis: "diff <a> <b> [--cases <jsonl>] [--workers <n>] [--json|--md] [--no-generated]",
    summary: "what changes from edition a to edition b: structure and outcomes; exit 1 when they differ",
    flags: [
      "--cases <jsonl>  a JSON Lines corpus for the semantic diff (unreadable lines are reported, then exit 2)",
      "--workers <n>    compare the corpus in n worker threads (1–64, default 1); the report is the same for any n",
      "--json           print the report as JSON",
      "--md             print the report as Markdown (the default)",
      "--no-generated   skip the generated boundary cases",
    ],
    options: {
      cases: { type: "string" },
      workers: { type: "string" },
      json: { type: "boolean" },
      md: { type: "boolean" },
      "no-generated": { type: "boolean" },
    },
    run: cmdDiff,
  },
  converge: {
    synopsis: "converge <rules-dir|edition> [--json|--md]",
    summary: "where the jurisdictions of one edition decide the same case differently, with fine spreads",
    flags: ["--json  print the report as JSON", "--md    print the report as Markdown (the default)"],
    options: { json: { type: "boolean" }, md: { type: "boolean" } },
    run: cmdConverge,
  },
  credit: {
    synopsis: "credit <decision.json> [--rules <dir|edition>]... [--calendar <file>] [--json]",
    summary: 'credit consequences (信用) of a decision: { "case": {…}, "decision": {…} }',
    flags: [
      RULES_FLAG,
      "--calendar <file>  holidays and make-up workdays for working-day deadlines (default: weekends only)",
      "--json  print the result as JSON",
    ],
    options: { rules: { type: "string", multiple: true }, calendar: { type: "string" }, json: { type: "boolean" } },
    run: (positionals, values) =>
      cmdCredit(positionals, values, {
        evaluable: () => loadEvaluable(values.rules as string[] | undefined),
        readJson: readJsonFile,
      }),
  },
  audit: {
    synopsis: "audit <records.jsonl> [--rules <dir|edition>]... [--calendar <file>] [--md|--csv|--json]",
    summary:
      "case-file review (案卷评查) of decided-case records, one per line, with a supervisor's summary; exit 1 when any file has a finding",
    flags: [
      RULES_FLAG,
      "--calendar <file>  holidays and make-up workdays",
      "--md  Markdown report (default)",
      "--csv  CSV report",
      "--json  JSON report",
    ],
    options: {
      rules: { type: "string", multiple: true },
      calendar: { type: "string" },
      md: { type: "boolean" },
      csv: { type: "boolean" },
      json: { type: "boolean" },
    },
    run: (positionals, values) =>
      cmdAudit(positionals, values, { evaluable: () => loadEvaluable(values.rules as string[] | undefined) }),
  },
  test: {
    synopsis: "test <fixtures.json>... [--rules <dir|edition>]... [--json]",
    summary:
      "run fixture files ([{name, case, expect}], schema rules/schema/fixtures.schema.json); exit 1 if any fails",
    flags: [RULES_FLAG, "--json  print the results as JSON"],
    options: { rules: { type: "string", multiple: true }, json: { type: "boolean" } },
    run: cmdTest,
  },
  serve: {
    synopsis: "serve [--port <n>] [--host <addr>] [--rules <dir|edition>]...",
    summary: "an HTTP service (JSON, NDJSON batch, OpenAPI 3.1 at /openapi.json) for case-handling systems",
    flags: [
      "--port <n>     port to listen on (default 8080; 0 picks a free one)",
      "--host <addr>  address to listen on (default 127.0.0.1)",
      RULES_FLAG,
    ],
    options: { port: { type: "string" }, host: { type: "string" }, rules: { type: "string", multiple: true } },
    run: cmdServe,
  },
};

const EXIT_TABLE =
  "Exit codes: 0 ok; 1 findings (invalid rule set, editions differ, failing fixture); 2 bad usage or bad input (including a rejected case in evaluate or batch); 70 internal error.";

const USAGE = `cailiang ${packageJson.version} — executable administrative-penalty discretion benchmarks (行政处罚裁量基准)

Usage:
${Object.values(COMMANDS)
  .map((c) => `  cailiang ${c.synopsis}`)
  .join("\n")}

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)}  ${c.summary}`)
  .join("\n")}

  cailiang <command> --help   help for one command
  cailiang --version          print the version

${EXIT_TABLE}`;

const commandHelp = (name: string, c: Command) =>
  `Usage: cailiang ${c.synopsis}\n\n${c.summary}\n\nOptions:\n${c.flags.map((f) => `  ${f}`).join("\n")}\n  -h, --help  show this help\n\n${EXIT_TABLE}`;

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-v") {
    console.log(packageJson.version);
    return EXIT.ok;
  }
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    if (first === undefined) {
      console.error(`no command given\n\n${USAGE}`);
      return EXIT.usage;
    }
    const topic = first === "help" ? rest[0] : undefined;
    const c = topic === undefined ? undefined : COMMANDS[topic];
    console.log(c ? commandHelp(topic!, c) : USAGE);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    const hint = first.startsWith("-") ? ` (the command comes first: cailiang <command> [options])` : "";
    console.error(`cailiang: unknown command "${first}"${hint}\n\n${USAGE}`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    console.error(`cailiang ${first}: ${(error as Error).message}\n\n${commandHelp(first, command)}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    console.log(commandHelp(first, command));
    return EXIT.ok;
  }
  try {
    return await command.run(parsed.positionals, parsed.values);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`cailiang ${first}: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}

// A reader that stops early (`cailiang batch … | head -1`) closes the pipe: end quietly, with what was written.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
  console.error(`cailiang: cannot write the output: ${error.message}`);
  process.exit(EXIT.internal);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`cailiang: internal error: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = EXIT.internal;
  },
);
