/**
 * Bytes allocated per `evaluate` over the bench corpus (yrd-2023, 10⁴ cases, the seed of bench/run.ts), measured on
 * the built package (dist/; run `npm run build` first). Needs a young generation large enough that no collection
 * runs during the measured loop, so run it as
 *
 *   node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx bench/alloc.ts
 *
 * It refuses to report when a collection ran anyway (the heap then shrinks and the figure would be too low).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateCorpus } from "../fixtures/corpus.js";

const root = join(import.meta.dirname, "..");
const lib = (await import(pathToFileURL(join(root, "dist", "index.js")).href)) as typeof import("../src/index.js");
const { yrd2023 } = (await import(
  pathToFileURL(join(root, "dist", "rules.js")).href
)) as typeof import("../src/rules.js");
const ruleSet = lib.loadRuleSet(yrd2023);
const compiled: import("../src/index.js").CompiledRuleSet = lib.compile(ruleSet);
const corpus = [...generateCorpus({ seed: 20_230_701, size: 10_000, ruleSet: ruleSet as never })].map(
  (c) => JSON.parse(JSON.stringify(c)) as import("../src/index.js").CaseInput,
);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc (see the comment at the top)");

let sink = 0;
for (let w = 0; w < 5; w++) for (const c of corpus) sink += lib.evaluate(compiled, c).grounds.length;
const figures: number[] = [];
for (let r = 0; r < 5; r++) {
  gc();
  const before = process.memoryUsage().heapUsed;
  for (const c of corpus) sink += lib.evaluate(compiled, c).grounds.length;
  const after = process.memoryUsage().heapUsed;
  if (after <= before) throw new Error("a collection ran during the loop: give a larger --min-semi-space-size");
  figures.push((after - before) / corpus.length);
}
figures.sort((a, b) => a - b);
console.log(
  `evaluate allocates ${figures[2]!.toFixed(0)} bytes per case (median of 5 passes over ${corpus.length} cases; ${figures.map((f) => f.toFixed(0)).join(", ")}); target ≤ 1024${sink < 0 ? "" : ""}`,
);
