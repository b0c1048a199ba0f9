/**
 * The examples under examples/ are the code the documentation shows (typedoc's {@includeCode}): each one runs
 * here, against the built package (`import … from "cailiang"` resolves to dist/ by the package's own name), and its
 * output must equal the `.out.txt` file the documentation shows beside it.
 *
 * After an intended change: UPDATE_EXAMPLES=1 npx vitest run test/examples.test.ts
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.js";

const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");

/** [example, command] — the command's stdout is compared with examples/<example>.out.txt. */
const EXAMPLES: [string, string[]][] = [
  ["evaluate", [tsx, "examples/evaluate.ts"]],
  ["safe-evaluate", [tsx, "examples/safe-evaluate.ts"]],
  ["explain", [tsx, "examples/explain.ts"]],
  ["editions", [tsx, "examples/editions.ts"]],
  ["typed", [tsx, "examples/typed.ts"]],
  ["load-from-dir", [tsx, "examples/load-from-dir.ts"]],
  ["cli-evaluate", ["dist/cli.js", "evaluate", "examples/demo-case.json"]],
];

describe("examples", () => {
  it.each(EXAMPLES)("%s runs and prints what the docs show", (name, args) => {
    expect(
      existsSync(join(root, "dist", "index.js")),
      "the examples import the built package: run `npm run build` first",
    ).toBe(true);
    const out = execFileSync(process.execPath, args, {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", LC_ALL: "C.UTF-8" },
    });
    const file = join(root, "examples", `${name}.out.txt`);
    if (process.env.UPDATE_EXAMPLES) writeFileSync(file, out);
    expect(out).toBe(readFileSync(file, "utf8"));
  });
});
