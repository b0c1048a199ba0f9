/**
 * Two builds of cailiang side by side: `npm run bench:ab -- --base <checkout>` measures `evaluate` and `explain` of
 * this checkout's build (dist/, from `npm run build`) and of another checkout's (its dist/), in one process,
 * interleaved round by round over the same cases, so both meet the same machine load. For "is this change slower?":
 * check out the commit before in another directory, `npm ci` there (it builds dist/), and point `--base` at it.
 *
 * The cases come from this checkout's corpus generator (fixtures/corpus.ts, yrd-2023, fixed seed); a case either
 * build rejects (a field the other does not know yet) is left out, and the count kept is printed. Per round: the
 * mean time per case of each build, in alternating order. Printed: the median and spread of each, and the median of
 * the per-round ratios (this / base: below 1 is faster). `--json` for one JSON object.
 */
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { generateCorpus } from "../fixtures/corpus.js";

const { values: args } = parseArgs({
  options: {
    base: { type: "string" },
    json: { type: "boolean", default: false },
    corpus: { type: "string", default: "10000" },
    rounds: { type: "string", default: "15" },
  },
});
if (!args.base) {
  process.stderr.write(
    "usage: npm run bench:ab -- --base <checkout with dist/> [--corpus N] [--rounds N] [--json]\n" +
      "用法：npm run bench:ab -- --base <另一已构建的检出目录> [--corpus 案例数] [--rounds 轮数] [--json]\n",
  );
  process.exit(2);
}

interface Build {
  name: string;
  evaluate: (target: unknown, input: unknown) => unknown;
  explain: (target: unknown, input: unknown) => unknown;
  safeEvaluate: (target: unknown, input: unknown) => { ok: boolean };
  ruleSet: unknown;
  compiled: unknown;
}

async function build(name: string, dir: string): Promise<Build> {
  const dist = (f: string) => pathToFileURL(join(resolve(dir), "dist", f)).href;
  const index = await import(dist("index.js"));
  const rules = await import(dist("rules.js"));
  const ruleSet = index.loadRuleSet(rules.yrd2023);
  return {
    name,
    ruleSet,
    evaluate: index.evaluate,
    explain: index.explain,
    safeEvaluate: index.safeEvaluate,
    compiled: index.compile(ruleSet),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function time(b: Build, fn: "evaluate" | "explain", cases: unknown[]): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const c of cases) sink += (b[fn](b.compiled, c) as { disposition: string }).disposition.length;
  const ns = Number(process.hrtime.bigint() - start) / cases.length;
  if (sink === 0) throw new Error("no outcome was read");
  return ns;
}

const here = await build("this", join(import.meta.dirname, ".."));
const base = await build("base", args.base);
// JSON round trip: the objects a caller gets from JSON.parse.
const all = [...generateCorpus({ size: Number(args.corpus), seed: 20_230_701, ruleSet: here.ruleSet as never })].map(
  (c) => JSON.parse(JSON.stringify(c)) as unknown,
);
const cases = all.filter((c) => here.safeEvaluate(here.compiled, c).ok && base.safeEvaluate(base.compiled, c).ok);
const rounds = Number(args.rounds);

const results: Record<string, { this: number[]; base: number[]; ratio: number[] }> = {};
for (const fn of ["evaluate", "explain"] as const) {
  const r = { this: [] as number[], base: [] as number[], ratio: [] as number[] };
  time(here, fn, cases); // warm-up
  time(base, fn, cases);
  for (let i = 0; i < rounds; i++) {
    const [first, second] = i % 2 ? [base, here] : [here, base];
    const a = time(first, fn, cases);
    const b = time(second, fn, cases);
    const t = first === here ? a : b;
    const s = first === here ? b : a;
    r.this.push(t);
    r.base.push(s);
    r.ratio.push(t / s);
  }
  results[fn] = r;
}

const summary = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavg: loadavg() },
  base: resolve(args.base),
  cases: cases.length,
  generated: all.length,
  rounds,
  ...Object.fromEntries(
    Object.entries(results).map(([fn, r]) => [
      fn,
      {
        thisNsPerCase: median(r.this),
        thisSpread: [Math.min(...r.this), Math.max(...r.this)],
        baseNsPerCase: median(r.base),
        baseSpread: [Math.min(...r.base), Math.max(...r.base)],
        ratio: median(r.ratio),
        ratioSpread: [Math.min(...r.ratio), Math.max(...r.ratio)],
      },
    ]),
  ),
};
if (args.json) process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
else {
  const us = (ns: number) => `${(ns / 1000).toFixed(2)} µs`;
  process.stdout.write(
    `${cases.length} of ${all.length} yrd-2023 corpus cases (both builds accept them), ${rounds} interleaved rounds; ` +
      `${summary.machine.cpus} × ${summary.machine.model}, Node ${process.version}, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}\n`,
  );
  for (const [fn, r] of Object.entries(results)) {
    process.stdout.write(
      `${fn.padEnd(9)} this ${us(median(r.this))} (${us(Math.min(...r.this))}–${us(Math.max(...r.this))})  ` +
        `base ${us(median(r.base))} (${us(Math.min(...r.base))}–${us(Math.max(...r.base))})  ` +
        `this/base ${median(r.ratio).toFixed(3)} (${Math.min(...r.ratio).toFixed(3)}–${Math.max(...r.ratio).toFixed(3)})\n`,
    );
  }
}
