/**
 * `cailiang --help`, `<command> --help`, `--version` and flag errors print what they printed when the CLI was one
 * bundle (the texts in test/cli-help/ were written by that build), and the entry that prints them loads nothing but
 * the command table: no zod, no schema, no rule data. Whether that makes `--help` fast is measured by
 * `npm run bench:cli`, not asserted here.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
const golden = (name: string) => readFileSync(join(root, "test", "cli-help", `${name}.txt`), "utf8");
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const COMMANDS = ["evaluate", "batch", "validate", "export", "diff", "converge", "credit", "audit", "test", "serve"];

describe("cailiang help texts", () => {
  it.each(["--help", "-h", "help", "help no-such-command"])(
    "cailiang %s prints the overview on stdout, exit 0",
    (line) => {
      expect(run(line.split(" "))).toEqual({ code: 0, stdout: golden("help"), stderr: "" });
    },
  );

  it.each(COMMANDS)("%s: --help, -h and help <command> print that command's help, exit 0", (command) => {
    const expected = { code: 0, stdout: golden(command), stderr: "" };
    expect(run([command, "--help"])).toEqual(expected);
    expect(run([command, "-h"])).toEqual(expected);
    expect(run(["help", command])).toEqual(expected);
  });

  it("--version and -v print the package's version, exit 0", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect(run(["-v"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("no command, an unknown command and an unknown flag are usage errors on stderr, exit 2", () => {
    expect(run([])).toEqual({ code: 2, stdout: "", stderr: golden("no-command") });
    expect(run(["nosuch"])).toEqual({ code: 2, stdout: "", stderr: golden("unknown-command") });
    expect(run(["evaluate", "--bogus"])).toEqual({ code: 2, stdout: "", stderr: golden("evaluate-unknown-flag") });
  });
});

/** The files dist/cli.js loads before any of its code runs: itself and its static imports, transitively. */
function staticClosure(entry: string): { files: Map<string, string>; bare: Set<string> } {
  const files = new Map<string, string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, "utf8");
    files.set(file, text);
    // Static import declarations as esbuild writes them; `import("…")` (a dynamic import) does not match.
    for (const m of text.matchAll(/^import\s*(?:[^;"'()]*?\bfrom\s*)?["']([^"']+)["'];?$/gm)) {
      const spec = m[1]!;
      if (spec.startsWith(".")) visit(join(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(entry);
  return { files, bare };
}

/** The source modules bundled into a file, from the `// path` comment esbuild puts before each module's code. */
const sourcesOf = (text: string) =>
  [...text.matchAll(/^\/\/ ((?:src|node_modules)\/\S+|package\.json)$/gm)].map((m) => m[1]!);

describe("the entry dist/cli.js", () => {
  const { files, bare } = staticClosure(cli);
  const sources = new Set([...files.values()].flatMap(sourcesOf));

  it("statically loads only the command table and Node's own modules", () => {
    // The comments are there to read (an unminified build); without them this test would check nothing.
    expect(sources.has("src/cli/bin.ts")).toBe(true);
    expect([...sources].sort()).toEqual(["package.json", "src/cli/bin.ts", "src/cli/commands.ts", "src/cli/lines.ts"]);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    expect([...bare].filter((spec) => !builtins.has(spec))).toEqual([]);
    expect(bare.has("zod")).toBe(false);
    const size = [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
    // About 20 KB today; the single bundle it replaces was 1.7 MB.
    expect(size).toBeLessThan(64 * 1024);
  });

  it("loads the commands, the schemas and the rule data with a dynamic import when a command runs", () => {
    const entry = files.get(cli)!;
    const lazy = [...entry.matchAll(/\bimport\(\s*["'](\.\/[^"']+)["']\s*\)/g)].map((m) => join(dirname(cli), m[1]!));
    expect(lazy.length).toBe(1);
    const commands = staticClosure(lazy[0]!);
    const lazySources = new Set([...commands.files.values()].flatMap(sourcesOf));
    expect(lazySources.has("src/cli/main.ts")).toBe(true);
    expect([...lazySources].some((s) => s.startsWith("src/generated/"))).toBe(true);
    expect(commands.bare.has("zod")).toBe(true);
  });
});
