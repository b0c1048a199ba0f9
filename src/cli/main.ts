/**
 * The `cailiang` command: a thin layer over the library. Exit codes: 0 ok, 1 findings, 2 bad usage or bad input.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { compile, type CompiledRuleSet } from "../compile/index.js";
import { safeEvaluate, safeExplain } from "../evaluate/index.js";
import { formatIssue, type Issue } from "../errors/index.js";
import { loadRuleSet } from "../load/index.js";
import { safeLoadRuleSetFromDir } from "../node.js";
import { yrd2023 } from "../generated/yrd-2023.js";
import { yrd2025 } from "../generated/yrd-2025.js";
import { compileEditions, type CompiledEditions } from "../compile/editions.js";
import { renderOutcome } from "./render.js";
import { depthExceeds, MAX_DEPTH, MAX_LINE_CHARS, processLine } from "./batch.js";
import { benchmarkCsv, benchmarkMarkdown } from "../report/table.js";
import { convergenceMarkdown, diffMarkdown } from "../report/diff.js";
import { diff } from "../diff/structural.js";
import { semanticDiff } from "../diff/semantic.js";
import { convergence } from "../diff/converge.js";
import { cmdCredit, printWithCredit } from "./credit.js";
import { cmdAudit } from "./audit.js";
import { checkPolicyFiles } from "./policies.js";
import type { CaseInput } from "../schema/case.js";

const BUNDLED: Record<string, typeof yrd2023> = { "yrd-2023": yrd2023, "yrd-2025": yrd2025 };
const MAX_CASE_BYTES = 1 << 20;

const USAGE = `cailiang — executable administrative-penalty discretion benchmarks (行政处罚裁量基准)

Usage:
  cailiang evaluate <case.json> [--rules <dir|edition>]... [--json] [--trace]
  cailiang batch <cases.jsonl> [--rules <dir|edition>]... [--trace]
  cailiang validate <rules-dir> [--laws <dir>]
  cailiang export <rules-dir|edition> --md|--csv
  cailiang diff <a> <b> [--cases <jsonl>] [--json|--md] [--no-generated]
  cailiang converge <rules-dir|edition> [--json|--md]
  cailiang credit <decision.json> [--rules <dir|edition>]... [--calendar <file>] [--json]
  cailiang audit <records.jsonl> [--rules <dir|edition>]... [--calendar <file>] [--md|--csv|--json]

  evaluate   print the lawful outcome of one case (summary in Chinese and English; --json prints the Outcome)
  batch      one Outcome (or {"line", "issues"}) per input line, JSON Lines on stdout, progress on stderr
  validate   check a rule set directory: schema, ids, facts, tiers (overlaps, gaps, statutory range), citations
  export     the benchmark in the official table layout, per jurisdiction, with each row's provenance
  diff       what changes from edition a to edition b: structure (by id, with the stated reasons) and outcomes
             (regions of generated boundary cases, and of a corpus with --cases); exit 1 when they differ
  converge   where the jurisdictions of one edition decide the same case differently, with fine spreads
  credit     credit consequences (信用) of a decision: { "case": {…}, "decision": {…} }; evaluate --credit assumes one
  audit      case-file review (案卷评查) of decided-case records, one per line, with a supervisor's summary;
             exit 1 when any file has a finding

Options:
  --rules    a rule set directory or a bundled edition id (${Object.keys(BUNDLED).join(", ")}); repeat it for several
             editions, chosen by date (行政处罚法 Art. 37). Default: every bundled edition
  --laws     directory of law texts to check citations against (default: laws/ beside the rule set)
  --json     print the Outcome as JSON
  --md       export as Markdown
  --csv      export as CSV (UTF-8)
  --cases    a JSON Lines corpus for the semantic diff
  --no-generated  skip the generated boundary cases in the semantic diff
  --trace    include the explanation trace
  --credit   evaluate: add the credit consequences of the outcome (assumed general-procedure decision)
  --calendar a JSON file { "holidays": [dates], "workdays": [dates] } for working-day deadlines (default: weekends only)
  -h, --help show this help

Exit codes: 0 ok, 1 findings (invalid rule set, rejected cases), 2 bad usage or bad input.`;

class UsageError extends Error {}



function loadCompiled(target: string): CompiledRuleSet {
  const bundled = BUNDLED[target];
  if (bundled) return compile(loadRuleSet(bundled));
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    throw new UsageError(`--rules: "${target}" is neither a rule set directory nor a bundled edition (${Object.keys(BUNDLED).join(", ")})`);
  }
  const result = safeLoadRuleSetFromDir(target);
  if (!result.ok) {
    throw new UsageError(`--rules: ${target} is not a valid rule set:\n${result.issues.map((i) => "  - " + formatIssue(i)).join("\n")}`);
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
  if (size > MAX_CASE_BYTES) throw new UsageError(`"${path}" is ${size} bytes; a case file may be at most ${MAX_CASE_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`"${path}" is not valid JSON: ${(error as Error).message}`);
  }
  if (depthExceeds(value, MAX_DEPTH)) throw new UsageError(`"${path}" nests deeper than ${MAX_DEPTH} levels; a case is at most a few levels deep`);
  return value;
}

const printIssues = (issues: Issue[], out: (s: string) => void) => {
  for (const issue of issues) out(`  - ${formatIssue(issue)}`);
};

function cmdEvaluate(positionals: string[], values: Record<string, unknown>): number {
  if (positionals.length !== 1) throw new UsageError("evaluate needs exactly one case file");
  const compiled = loadEvaluable(values.rules as string[] | undefined);
  const input = readJsonFile(positionals[0]!);
  const result = values.trace ? safeExplain(compiled, input) : safeEvaluate(compiled, input);
  if (!result.ok) {
    console.error(`Case rejected (${positionals[0]}):`);
    printIssues(result.issues, (s) => console.error(s));
    return 2;
  }
  if (values.credit) return printWithCredit(input as CaseInput, result.outcome, values, renderOutcome);
  if (values.json) console.log(JSON.stringify(result.outcome, null, 2));
  else console.log(renderOutcome(result.outcome));
  return 0;
}

async function cmdBatch(positionals: string[], values: Record<string, unknown>): Promise<number> {
  if (positionals.length !== 1) throw new UsageError("batch needs exactly one JSON Lines file");
  const path = positionals[0]!;
  if (path !== "-" && (!existsSync(path) || !statSync(path).isFile())) throw new UsageError(`cannot read "${path}": no such file`);
  const compiled = loadEvaluable(values.rules as string[] | undefined);
  const stream = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  let rejected = 0;
  const started = Date.now();
  const out: string[] = [];
  const flush = () => {
    if (out.length > 0) process.stdout.write(out.join("\n") + "\n");
    out.length = 0;
  };
  for await (const line of lines) {
    n++;
    if (line.trim() === "") {
      n--;
      continue;
    }
    const result = processLine(compiled, line, n, Boolean(values.trace));
    if (!result.ok) rejected++;
    out.push(result.json);
    if (out.length >= 1000) flush();
    if (n % 10000 === 0) process.stderr.write(`cailiang batch: ${n} cases, ${rejected} rejected\n`);
  }
  flush();
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`cailiang batch: done, ${n} cases, ${rejected} rejected, ${seconds.toFixed(2)} s\n`);
  return rejected > 0 ? 1 : 0;
}

function cmdExport(positionals: string[], values: Record<string, unknown>): number {
  if (positionals.length !== 1) throw new UsageError("export needs exactly one rule set (a directory or a bundled edition id)");
  if (Boolean(values.md) === Boolean(values.csv)) throw new UsageError("export needs exactly one of --md and --csv");
  const { ruleSet } = loadCompiled(positionals[0]!);
  process.stdout.write(values.md ? benchmarkMarkdown(ruleSet) + "\n" : benchmarkCsv(ruleSet));
  return 0;
}

function* readJsonLines(path: string): Generator<unknown> {
  const text = readFileSync(path, "utf8");
  let n = 0;
  for (const line of text.split(/\r?\n/)) {
    n++;
    if (line.trim() === "") continue;
    if (line.length > MAX_LINE_CHARS) throw new UsageError(`${path}:${n}: line longer than ${MAX_LINE_CHARS} characters`);
    try {
      yield JSON.parse(line);
    } catch (error) {
      throw new UsageError(`${path}:${n}: not valid JSON: ${(error as Error).message}`);
    }
  }
}

function cmdDiff(positionals: string[], values: Record<string, unknown>): number {
  if (positionals.length !== 2) throw new UsageError("diff needs two rule sets (directories or bundled edition ids)");
  if (values.json && values.md) throw new UsageError("diff takes at most one of --json and --md");
  const a = loadCompiled(positionals[0]!);
  const b = loadCompiled(positionals[1]!);
  const casesPath = values.cases as string | undefined;
  if (casesPath !== undefined && (!existsSync(casesPath) || !statSync(casesPath).isFile())) throw new UsageError(`--cases: cannot read "${casesPath}"`);
  const structural = diff(a.ruleSet, b.ruleSet);
  const semantic = semanticDiff(a, b, casesPath ? readJsonLines(casesPath) : undefined, { generated: !values["no-generated"] });
  if (values.json) console.log(JSON.stringify({ structural, semantic }, null, 2));
  else console.log(diffMarkdown(structural, semantic));
  const differs = structural.changes.length > 0 || semantic.regions.length > 0;
  return differs ? 1 : 0;
}

function cmdConverge(positionals: string[], values: Record<string, unknown>): number {
  if (positionals.length !== 1) throw new UsageError("converge needs one rule set (a directory or a bundled edition id)");
  const report = convergence(loadCompiled(positionals[0]!));
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(convergenceMarkdown(report));
  return 0;
}

function cmdValidate(positionals: string[], values: Record<string, unknown>): number {
  if (positionals.length !== 1) throw new UsageError("validate needs exactly one rule set directory");
  const dir = positionals[0]!;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`"${dir}" is not a directory`);
  const laws = values.laws as string | undefined;
  if (laws !== undefined && (!existsSync(laws) || !statSync(laws).isDirectory())) throw new UsageError(`--laws: "${laws}" is not a directory`);
  const result = safeLoadRuleSetFromDir(dir, laws === undefined ? {} : { lawsDir: laws });
  if (!result.ok) {
    console.error(`${dir}: ${result.issues.length} problem(s)`);
    printIssues(result.issues, (s) => console.error(s));
    return 1;
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
  return 0;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        rules: { type: "string", multiple: true },
        laws: { type: "string" },
        json: { type: "boolean" },
        md: { type: "boolean" },
        csv: { type: "boolean" },
        cases: { type: "string" },
        "no-generated": { type: "boolean" },
        trace: { type: "boolean" },
        credit: { type: "boolean" },
        calendar: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || command === "help") {
    console.log(USAGE);
    return 0;
  }
  try {
    switch (command) {
      case "evaluate":
        return cmdEvaluate(rest, parsed.values);
      case "batch":
        return await cmdBatch(rest, parsed.values);
      case "validate":
        return cmdValidate(rest, parsed.values);
      case "export":
        return cmdExport(rest, parsed.values);
      case "diff":
        return cmdDiff(rest, parsed.values);
      case "converge":
        return cmdConverge(rest, parsed.values);
      case "credit":
        return cmdCredit(rest, parsed.values, { evaluable: () => loadEvaluable(parsed.values.rules), readJson: readJsonFile });
      case "audit":
        return await cmdAudit(rest, parsed.values, { evaluable: () => loadEvaluable(parsed.values.rules) });
      default:
        console.error(`${command === undefined ? "no command given" : `unknown command "${command}"`}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`cailiang: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`cailiang: internal error: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 70;
  },
);
