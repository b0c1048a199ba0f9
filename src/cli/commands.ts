/**
 * The command table of `cailiang`: each command's synopsis, summary, flags and help text, the exit codes and the
 * usage error. This module is all that `--help` and `--version` load: it imports no schema, no rule data and no
 * evaluator, so help prints in about the time Node takes to start. The commands' implementations (./main.ts) are
 * imported only when a command runs.
 */
import type { ParseArgsConfig } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { MAX_LINE_BYTES } from "./lines.js";

/** Exit codes of every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

/** Bad usage or bad input: reported as `cailiang <command>: <message>`, exit 2. */
export class UsageError extends Error {}

/** The editions bundled with cailiang (their data is in src/generated/, loaded only when a command runs). */
export const BUNDLED_EDITIONS = ["yrd-2023", "yrd-2025"] as const;
export type BundledEdition = (typeof BUNDLED_EDITIONS)[number];

/** Parsed flag values of a command. */
export type Values = Record<string, unknown>;
type Options = NonNullable<ParseArgsConfig["options"]>;

/** One command: its flags and its help text. What it does is in ./main.ts, under the same name. */
export interface Command {
  synopsis: string;
  summary: string;
  /** Flag lines of the help, aligned by hand. */
  flags: string[];
  options: Options;
}

const RULES_FLAG = `--rules <dir|edition>  a rule set directory or a bundled edition id (${BUNDLED_EDITIONS.join(", ")}); repeat it for several editions, chosen by date (行政处罚法 Art. 37). Default: every bundled edition`;

/** Every command, in the order of the help. */
export const COMMANDS = {
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
  },
  batch: {
    synopsis: "batch <cases.jsonl|-> [--rules <dir|edition>]... [--trace] [--workers <n>]",
    summary:
      'one JSON line per input line: {"line","id"?,"ok":true,"outcome"} or {"line","id"?,"ok":false,"issues"}; exit 2 if any line is rejected',
    flags: [
      RULES_FLAG,
      "--trace  include the explanation trace",
      "--workers <n>  evaluate on n worker threads (1 to 64, default 1); the output is the same, in input order",
      `Each input line is one case; an optional "id" (string) is echoed. Blank lines give {"line":n,"blank":true}. A line may hold at most ${MAX_LINE_BYTES} bytes; a longer one gives a line-too-large issue and the batch goes on.`,
    ],
    options: { rules: { type: "string", multiple: true }, trace: { type: "boolean" }, workers: { type: "string" } },
  },
  validate: {
    synopsis: "validate <rules-dir|edition> [--laws <dir>]",
    summary:
      "check a rule set: schema, ids, facts, tiers (overlaps, gaps, statutory range), citations; exit 1 on problems",
    flags: ["--laws <dir>  directory of law texts to check citations against (default: laws/ beside the rule set)"],
    options: { laws: { type: "string" } },
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
  },
  converge: {
    synopsis: "converge <rules-dir|edition> [--json|--md]",
    summary: "where the jurisdictions of one edition decide the same case differently, with fine spreads",
    flags: ["--json  print the report as JSON", "--md    print the report as Markdown (the default)"],
    options: { json: { type: "boolean" }, md: { type: "boolean" } },
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
  },
  test: {
    synopsis: "test <fixtures.json>... [--rules <dir|edition>]... [--json]",
    summary:
      "run fixture files ([{name, case, expect}], schema rules/schema/fixtures.schema.json); exit 1 if any fails",
    flags: [RULES_FLAG, "--json  print the results as JSON"],
    options: { rules: { type: "string", multiple: true }, json: { type: "boolean" } },
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
  },
} satisfies Record<string, Command>;

const EXIT_TABLE =
  "Exit codes: 0 ok; 1 findings (invalid rule set, editions differ, failing fixture); 2 bad usage or bad input (including a rejected case in evaluate or batch); 70 internal error.";

/** The help of `cailiang --help`: every command. */
export const USAGE = `cailiang ${packageJson.version} — executable administrative-penalty discretion benchmarks (行政处罚裁量基准)

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

/** The help of one command. */
export const commandHelp = (c: Command) =>
  `Usage: cailiang ${c.synopsis}\n\n${c.summary}\n\nOptions:\n${c.flags.map((f) => `  ${f}`).join("\n")}\n  -h, --help  show this help\n\n${EXIT_TABLE}`;

/** The name of a command of the table. */
export type CommandName = keyof typeof COMMANDS;
