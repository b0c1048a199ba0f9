/**
 * The `cailiang` command: a thin layer over the library.
 *
 * Exit codes, the same for every command: 0 ok; 1 findings (an invalid rule set, editions that differ, a failing
 * fixture); 2 bad usage or bad input (unknown command or flag, unreadable file, a rejected case in `evaluate` or in any
 * line of `batch`); 70 internal error.
 *
 * This entry loads only the command table (./commands.ts): `--help`, `--version` and flag errors need nothing else.
 * The commands themselves (./main.ts, with the schemas, the evaluator and the bundled rule data) are imported when
 * a command runs.
 */
import { parseArgs } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { COMMANDS, commandHelp, EXIT, USAGE, UsageError, type Command, type CommandName } from "./commands.js";

const TABLE: Record<string, Command> = COMMANDS;

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
    const c = topic === undefined || !Object.hasOwn(TABLE, topic) ? undefined : TABLE[topic];
    console.log(c ? commandHelp(c) : USAGE);
    return EXIT.ok;
  }
  const command = Object.hasOwn(TABLE, first) ? TABLE[first] : undefined;
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
    console.error(`cailiang ${first}: ${(error as Error).message}\n\n${commandHelp(command)}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    console.log(commandHelp(command));
    return EXIT.ok;
  }
  try {
    const { RUN } = await import("./main.js");
    return await RUN[first as CommandName](parsed.positionals, parsed.values);
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
