/**
 * Several editions: chosen by the date of the act, or the later one when it is lighter at decision time
 * (行政处罚法 Art. 37); and one edition applied regardless of its dates, to compare.
 * Run: npx tsx examples/editions.ts
 */
import { compile, compileEditions, evaluate, loadRuleSet, type CaseFor } from "cailiang";
import { yrd2023, yrd2025, type Yrd2023, type Yrd2025 } from "cailiang/rules";

// #region by-date
const editions = compileEditions([loadRuleSet(yrd2023), loadRuleSet(yrd2025)]);

const repeatLittering: CaseFor<Yrd2023 | Yrd2025> = { // a case of either edition
  matter: "cityscape.littering",
  party: { type: "individual" },
  jurisdiction: "shanghai",
  occurredOn: "2025-03-02", // yrd-2023 in force
  discoveredOn: "2025-03-02",
  decidedOn: "2025-07-15", // yrd-2025 in force
  facts: { location: "ordinary" },
  circumstances: [],
  harm: "moderate",
  correction: "late",
  priorViolations: [
    { matter: "cityscape.littering", on: "2024-09-01", jurisdiction: "shanghai" },
    { matter: "cityscape.littering", on: "2025-01-10", jurisdiction: "zhejiang" },
  ],
};
const outcome = evaluate(editions, repeatLittering);
console.log(outcome.ruleSet.id, outcome.tier?.id, outcome.fine);
console.log(outcome.grounds.map((g) => g.code).join(", "));
// #endregion by-date

// #region compare
// The same case under each edition alone, whatever its effective dates:
for (const source of [yrd2023, yrd2025]) {
  const o = evaluate(compile(loadRuleSet(source)), repeatLittering, { checkEffectiveDates: false });
  console.log(`${o.ruleSet.id}: ${o.tier?.id} ${o.fine?.min}–${o.fine?.max}`);
}
// #endregion compare
