/**
 * `npm run fuzz [-- --cases N --rulesets M --trust K --seed S --seconds T]`: sends N generated and mutated case inputs
 * through safeEvaluate and the CLI batch line path, M mutated rule sets through the loader, and K hostile inputs at
 * the trust boundaries (rule directories with links, FIFOs and oversized files; rule files past the depth and size
 * limits; adversarial law texts; issue floods; amounts around the length limit). Seeded and bounded; exits 1 on any
 * failure (an exception, a hang, a rejection without a field path, prototype pollution, a mutated rule set that loads
 * with overlapping tiers or fines outside the statute, a refused file's content in a message, unbounded output).
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, loadRuleSet } from "../src/index.js";
import { readRuleSource } from "../test/helpers.js";
import { fixtureCases, fuzzCases, fuzzRuleSets } from "./fuzz-lib.js";
import { fuzzTrust, TRUST_CLASSES } from "./fuzz-trust.js";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "1000000" },
    rulesets: { type: "string", default: "10000" },
    trust: { type: "string", default: "1000" },
    seed: { type: "string", default: "20231" },
    seconds: { type: "string", default: "600" },
  },
});
const root = join(fileURLToPath(import.meta.url), "..", "..");
const seed = Number(values.seed);
const limitMs = Number(values.seconds) * 1000;
const source = readRuleSource("yrd-2023");
const compiled = compile(loadRuleSet(source));
const seeds = fixtureCases(root, "yrd-2023");

const t0 = Date.now();
const cases = fuzzCases({ compiled, seeds, count: Number(values.cases), seed, timeLimitMs: limitMs / 2 });
const t1 = Date.now();
const rules = fuzzRuleSets({
  source,
  count: Number(values.rulesets),
  seed: seed + 1,
  timeLimitMs: limitMs / 2,
  caseSeeds: seeds,
});
const t2 = Date.now();
const trust = fuzzTrust({
  root,
  source,
  compiled,
  seeds,
  count: Number(values.trust),
  seed: seed + 2,
  timeLimitMs: limitMs / 2,
});
const t3 = Date.now();

console.log(
  `cases:     ${cases.cases} evaluated (${cases.accepted} accepted, ${cases.rejected} rejected with field paths), ${cases.batchLines} batch lines, slowest ${cases.slowestMs.toFixed(1)} ms, ${((t1 - t0) / 1000).toFixed(1)} s`,
);
console.log(
  `rule sets: ${rules.ruleSets} mutated (${rules.loaded} loaded and checked, ${rules.rejected} rejected with file and pointer), ${((t2 - t1) / 1000).toFixed(1)} s`,
);
console.log(
  `trust:     ${trust.inputs} hostile inputs (${TRUST_CLASSES.map((c) => `${trust.byClass[c]} ${c}, slowest ${trust.slowestMs[c].toFixed(0)} ms`).join("; ")}), ${((t3 - t2) / 1000).toFixed(1)} s`,
);
const failures = [...cases.failures, ...rules.failures, ...trust.failures];
for (const f of failures.slice(0, 20)) console.log(`FAIL ${f}`);
const complete =
  cases.cases >= Number(values.cases) &&
  rules.ruleSets >= Number(values.rulesets) &&
  trust.inputs >= Number(values.trust);
console.log(
  failures.length === 0
    ? `fuzz: 0 failures${complete ? "" : " (stopped at the time limit before the requested counts)"}`
    : `fuzz: ${failures.length} failures`,
);
process.exit(failures.length === 0 && complete ? 0 : 1);
