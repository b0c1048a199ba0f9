/**
 * Untrusted input: `safeEvaluate` returns the issues instead of throwing; each names the field.
 * Run: npx tsx examples/safe-evaluate.ts
 */
import { compile, formatIssue, loadRuleSet, safeEvaluate } from "cailiang";
import { yrd2023 } from "cailiang/rules";

const compiled = compile(loadRuleSet(yrd2023));

// #region safe
const result = safeEvaluate(compiled, {
  matter: "cityscape.out-of-store-business",
  party: { type: "individual" },
  jurisdiction: "jiangsu",
  occurredOn: "2024-06-03",
  discoveredOn: "2024-06-01",
  facts: { occupiedArea: -5 },
  circumstances: ["bribed-the-officer"],
  harm: "moderate",
  correction: "late",
  priorViolations: [],
});
if (!result.ok) {
  for (const issue of result.issues) console.log(formatIssue(issue));
}
// #endregion safe
