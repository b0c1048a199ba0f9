/**
 * The explanation trace: every step of the decision, the facts it read and the article behind it.
 * Run: npx tsx examples/explain.ts
 */
import { compile, explain, loadRuleSet } from "cailiang";
import { yrd2023 } from "cailiang/rules";

const compiled = compile(loadRuleSet(yrd2023));

// #region explain
const outcome = explain(compiled, {
  matter: "cityscape.roadside-car-wash",
  party: { type: "individual", age: 16 },
  jurisdiction: "shanghai",
  occurredOn: "2024-05-11",
  discoveredOn: "2024-05-11",
  facts: { occupiedArea: 35 },
  circumstances: ["confessed"],
  harm: "minor",
  correction: "late",
  priorViolations: [],
});
for (const [i, step] of (outcome.trace ?? []).entries()) {
  const article = step.citation ? ` [${step.citation.law} ${step.citation.article}]` : "";
  console.log(`${i + 1}. ${step.step} (${step.result}): ${step.note.zh} | ${step.note.en}${article}`);
}
console.log(outcome.disposition, outcome.tier?.id, outcome.fine);
// #endregion explain
