/**
 * `cailiang batch --workers N`: the same bytes on stdout, the same summary and the same exit code as one thread, for
 * every N; a bad N is a usage error; a failing worker fails the batch (exit 70 through the CLI) instead of being
 * ignored. The pool itself is driven with small worker scripts written here, which answer out of order or fail on
 * purpose.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BatchPool } from "../src/cli/batch-pool.js";
import { UsageError } from "../src/cli/commands.js";
import type { InputLine } from "../src/cli/lines.js";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
const tmp = mkdtempSync(join(tmpdir(), "cailiang-workers-"));
const run = (args: string[], input?: string) => {
  // A timeout: workers left running would keep the process alive after the output.
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    input,
    timeout: 120_000,
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const fixtures = ["_law.json", "cityscape.littering.json", "ecology.construction-dust.json"].flatMap((f) =>
  (JSON.parse(readFileSync(join(root, "fixtures", "yrd-2023", f), "utf8")) as { case: object }[]).map((x) => x.case),
);

/** 300 lines; the kind of each line is fixed by its number, so the expected records are known without running. */
const LINES = 300;
type Kind = "blank" | "not-json" | "too-deep" | "long-id" | "too-large" | "no-basis" | "case";
function kindOf(n: number): Kind {
  if (n === 150) return "too-large";
  if (n % 31 === 0) return "blank";
  if (n % 23 === 0) return "not-json";
  if (n === 77) return "too-deep";
  if (n === 201) return "long-id";
  if (n % 37 === 0) return "no-basis";
  return "case";
}
function lineText(n: number): string {
  const c = fixtures[n % fixtures.length]!;
  switch (kindOf(n)) {
    case "blank":
      return n % 2 ? "" : "   ";
    case "not-json":
      return `{"matter": ${n}`;
    case "too-deep":
      return "[".repeat(40) + "]".repeat(40);
    case "long-id":
      return JSON.stringify({ id: "x".repeat(257), ...c });
    case "too-large":
      // Over the 1 MiB line limit: reported with the id found at its start, never parsed.
      return JSON.stringify({ id: "huge", ...c, pad: "x".repeat(1_100_000) });
    case "no-basis":
      return JSON.stringify({ ...c, jurisdiction: "anhui", id: `n-${n}` });
    case "case":
      return n % 5 === 0 ? JSON.stringify({ id: `c-${n}`, ...c }) : JSON.stringify(c);
  }
}
const input = Array.from({ length: LINES }, (_, i) => lineText(i + 1) + (i + 1 === 99 ? "\r" : "")).join("\n") + "\n";
const file = join(tmp, "cases.jsonl");
writeFileSync(file, input);

const kinds = Array.from({ length: LINES }, (_, i) => kindOf(i + 1));
const count = (k: Kind) => kinds.filter((x) => x === k).length;
const blank = count("blank");
const rejected = LINES - blank - count("case");
const summary = new RegExp(`^cailiang batch: done, ${LINES - blank} cases, ${rejected} rejected, ${blank} blank lines`);

describe("batch --workers", () => {
  const one = run(["batch", file]);

  it("one thread: a record per line, in order, as the line's kind says (the reference for the others)", () => {
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(summary);
    const out = one.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((l) => l.line)).toEqual(Array.from({ length: LINES }, (_, i) => i + 1));
    const codes = out.map((l) => (l.blank ? "blank" : l.ok ? "ok" : l.issues[0].code));
    const expected = kinds.map(
      (k) =>
        ({
          blank: "blank",
          "not-json": "invalid-json",
          "too-deep": "input-too-large",
          "long-id": "invalid-case",
          "too-large": "line-too-large",
          "no-basis": "no-legal-basis",
          case: "ok",
        })[k],
    );
    expect(codes).toEqual(expected);
    expect(out[149]).toMatchObject({ line: 150, id: "huge", ok: false });
    expect(out[4]).toMatchObject({ line: 5, id: "c-5", ok: true });
  });

  it.each([1, 2, 3])("--workers %i writes the same bytes, the same summary and exit 2", (n) => {
    const r = run(["batch", file, "--workers", String(n)]);
    expect(r.code).toBe(2);
    expect(r.stdout === one.stdout).toBe(true);
    expect(r.stderr).toMatch(summary);
  });

  it("--workers 2 reads standard input and keeps --trace and --rules", () => {
    expect(run(["batch", "-", "--workers", "2"], input).stdout === one.stdout).toBe(true);
    const args = ["batch", file, "--trace", "--rules", "yrd-2023", "--rules", "rules/yrd-2025"];
    const single = run(args);
    const multi = run([...args, "--workers", "3"]);
    expect(single.stdout).toMatch(/"trace":/);
    expect(multi.stdout === single.stdout).toBe(true);
    expect(multi.code).toBe(single.code);
  });

  it("exit 0 when every line is a case, with any number of workers", () => {
    const ok = Array.from({ length: 40 }, (_, i) => JSON.stringify(fixtures[i % fixtures.length])).join("\n");
    const r = run(["batch", "-", "--workers", "4"], ok);
    expect(r.code).toBe(0);
    expect(r.stdout === run(["batch", "-"], ok).stdout).toBe(true);
  });

  it.each(["0", "65", "1.5", "two", "", "-1"])("--workers %j is a usage error, exit 2, nothing on stdout", (n) => {
    const r = run(["batch", file, `--workers=${n}`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `cailiang batch: --workers: expected a whole number from 1 to 64, got "${n}" / --workers 应为 1 至 64 的整数，实为 "${n}"\n`,
    );
  });

  it("a rule set that cannot be loaded is the same usage error with workers as without", () => {
    const without = run(["batch", file, "--rules", "nowhere"]);
    const withWorkers = run(["batch", file, "--rules", "nowhere", "--workers", "2"]);
    expect(without.code).toBe(2);
    expect(withWorkers).toEqual(without);
  });
});

/** A worker script for the pool: `body` runs for each chunk request `{ seq, lines }` and must post the reply. */
function workerScript(name: string, onLoad: string, body: string): URL {
  const path = join(tmp, `${name}.mjs`);
  writeFileSync(
    path,
    `import { parentPort } from "node:worker_threads";
const enc = new TextEncoder();
const done = (seq, lines) => {
  const bytes = enc.encode(lines.map((l) => l.text + "\\n").join(""));
  parentPort.postMessage({ type: "done", seq, bytes, cases: lines.length, rejected: 0, blank: 0 }, [bytes.buffer]);
};
${onLoad}
parentPort.on("message", ({ seq, lines }) => { ${body} });
`,
  );
  return pathToFileURL(path);
}
const READY = `parentPort.postMessage({ type: "ready" });`;

async function* linesOf(n: number): AsyncGenerator<InputLine> {
  for (let i = 1; i <= n; i++) yield { line: i, text: `line ${i}` };
}
const expectedText = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join("");

describe("BatchPool", () => {
  it("writes the chunks in input order when the workers answer out of order", async () => {
    // Later chunks are answered sooner: without reordering the output would come out shuffled.
    const url = workerScript("shuffle", READY, `setTimeout(() => done(seq, lines), Math.max(0, 40 - 7 * seq));`);
    const pool = await BatchPool.start(3, { rules: undefined, trace: false }, url);
    const parts: Uint8Array[] = [];
    const totals = await pool.run(linesOf(2000), async (b) => void parts.push(b));
    expect(Buffer.concat(parts).toString("utf8")).toBe(expectedText(2000));
    expect(totals).toEqual({ cases: 2000, rejected: 0, blank: 0 });
    expect(parts.length).toBeGreaterThan(3);
  });

  it("an error thrown in a worker fails the batch with its message, after writing what came before it", async () => {
    const url = workerScript(
      "throws",
      READY,
      `if (seq === 3) setTimeout(() => parentPort.postMessage({ type: "error", stack: "Error: boom in chunk 3" }), 200);
      else done(seq, lines);`,
    );
    const pool = await BatchPool.start(2, { rules: undefined, trace: false }, url);
    const parts: Uint8Array[] = [];
    await expect(pool.run(linesOf(5000), async (b) => void parts.push(b))).rejects.toThrow(
      /batch worker \d of 2 failed: Error: boom in chunk 3/,
    );
    // Chunks 0–2 hold 16 + 32 + 64 lines. Whatever of them was done when the error came is written, whole and in
    // order (normally all three: the error is sent 200 ms late); nothing from chunk 3 on is.
    expect([0, 16, 48, 112].map(expectedText)).toContain(Buffer.concat(parts).toString("utf8"));
  });

  it("a worker that exits in the middle fails the batch", async () => {
    const url = workerScript("exits", READY, `if (seq === 2) process.exit(3); done(seq, lines);`);
    const pool = await BatchPool.start(2, { rules: undefined, trace: false }, url);
    await expect(pool.run(linesOf(5000), async () => {})).rejects.toThrow(/stopped unexpectedly \(exit code 3\)/);
  });

  it("an uncaught exception while a worker starts fails the start", async () => {
    const url = workerScript("crashes", `throw new Error("cannot start");`, "");
    await expect(BatchPool.start(2, { rules: undefined, trace: false }, url)).rejects.toThrow(
      /batch worker \d of 2 failed: Error: cannot start/,
    );
  });

  it("a usage problem reported by the workers is a UsageError", async () => {
    const url = workerScript("usage", `parentPort.postMessage({ type: "usage", message: "bad --rules" });`, "");
    const start = BatchPool.start(2, { rules: undefined, trace: false }, url);
    await expect(start).rejects.toBeInstanceOf(UsageError);
    await expect(start).rejects.toThrow("bad --rules");
  });
});
