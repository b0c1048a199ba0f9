/**
 * Evaluate one case with the bundled yrd-2023 edition (browser or Node; no filesystem).
 * Run: npx tsx examples/evaluate.ts
 */
// #region evaluate
import { compile, evaluate, loadRuleSet, type CaseFor } from "cailiang";
import { yrd2023, type Yrd2023 } from "cailiang/rules";

const compiled = compile(loadRuleSet(yrd2023)); // validate and compile once, evaluate many times

const littering: CaseFor<Yrd2023> = { // matter ids, facts and their values are checked when compiled
  matter: "cityscape.littering",
  party: { type: "individual", age: 34 },
  jurisdiction: "shanghai",
  occurredOn: "2024-06-03",
  discoveredOn: "2024-06-03",
  facts: { location: "key-area" },
  circumstances: [],
  harm: "moderate",
  correction: "late",
  priorViolations: [],
};

const outcome = evaluate(compiled, littering);
console.log(outcome.disposition); // "penalty"
console.log(outcome.tier); // { id: "general", label: { zh: "一般", en: "General" } }
console.log(outcome.fine); // { min: "40", max: "60", currency: "CNY" }
// #endregion evaluate

// #region first-violation
const firstTime = evaluate(compiled, { ...littering, harm: "minor", correction: "in-time" });
console.log(firstTime.disposition, firstTime.firstViolation.applies); // "may-waive" "may"
// #endregion first-violation

// #region citations
for (const c of outcome.citations) console.log(`${c.law} ${c.article}: ${c.text}`);
// #endregion citations
