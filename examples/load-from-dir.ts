/**
 * Rule files on disk (Node only): load a rule set directory, citations checked against the law texts beside it;
 * a broken rule set is rejected with every problem, each with its file and JSON pointer.
 * Run: npx tsx examples/load-from-dir.ts
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { compile, evaluate, formatIssue } from "cailiang";
import { loadRuleSetFromDir, safeLoadRuleSetFromDir } from "cailiang/node";

// #region load
const ruleSet = loadRuleSetFromDir("rules/yrd-2023"); // checks every citation against rules/laws/
console.log(ruleSet.edition.id, ruleSet.matters.length, "matters");
const outcome = evaluate(compile(ruleSet), JSON.parse(readFileSync("examples/demo-case.json", "utf8")));
console.log(outcome.tier?.id, outcome.fine);
// #endregion load

// #region broken
// A copy of the edition with two mistakes in one matter file: a tier that leaves a gap, and a misquoted article.
const dir = mkdtempSync(join(tmpdir(), "cailiang-example-"));
cpSync("rules", dir, { recursive: true });
const file = join(dir, "yrd-2023", "matters", "cityscape.littering.json");
const matter = JSON.parse(readFileSync(file, "utf8"));
matter.tiers[0].when.all[0].value = "key-area"; // "lighter" no longer covers ordinary areas the first time
matter.bases.shanghai.penalty[1].text = "违反前款第（二）、（三）项规定的，处二百元以下罚款；"; // the statute says 一百元
writeFileSync(file, JSON.stringify(matter, null, 2));

const result = safeLoadRuleSetFromDir(join(dir, "yrd-2023"));
if (!result.ok) for (const issue of result.issues) console.log(formatIssue(issue).replace(relative(process.cwd(), dir), "<copy>"));
rmSync(dir, { recursive: true, force: true });
// #endregion broken
