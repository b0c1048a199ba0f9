/**
 * The typed API: a bundled edition carries its matter ids, each matter's facts, its jurisdictions and circumstances
 * as types, so a misspelling fails to compile; the outcome is discriminated by its disposition.
 * Run: npx tsx examples/typed.ts
 */
// #region typed
import { compile, evaluate, loadRuleSet, safeEvaluate, type CaseFor, type CaseInput, type CompiledRuleSet } from "cailiang";
import { yrd2023, type Yrd2023 } from "cailiang/rules";

const compiled = compile(loadRuleSet(yrd2023)); // CompiledRuleSet<Yrd2023>: evaluate takes a CaseFor<Yrd2023>

const littering: CaseFor<Yrd2023, "cityscape.littering"> = {
  matter: "cityscape.littering", // one of the edition's matter ids (Yrd2023MatterId)
  party: { type: "individual", age: 34 },
  jurisdiction: "shanghai", // Yrd2023JurisdictionId
  occurredOn: "2024-06-03",
  discoveredOn: "2024-06-03",
  facts: { location: "key-area" }, // the matter's facts: location is "ordinary" | "key-area"
  circumstances: [], // Yrd2023CircumstanceId[]
  harm: "moderate",
  correction: "late",
  priorViolations: [],
};

const outcome = evaluate(compiled, littering);
if (outcome.disposition === "no-penalty") {
  console.log("no penalty:", outcome.grounds.map((g) => g.code).join(", ")); // tier and fine are null here
} else {
  // penalty or may-waive: the tier is never null; the fine is null only for a warning-only tier
  console.log(outcome.disposition, outcome.tier.id, outcome.fine ? `${outcome.fine.min}–${outcome.fine.max} 元` : "no fine");
}
// #endregion typed

// #region typos
const typo: CaseFor<Yrd2023> = {
  ...littering,
  // @ts-expect-error "key area" is not a value of location: this line does not compile
  facts: { location: "key area" },
};
const checked = safeEvaluate(compiled, typo); // validation at run time is the same as ever
console.log(checked.ok ? "accepted" : checked.issues.map((i) => `${i.path.join(".")}: ${i.code}`).join("; "));
// #endregion typos

// #region general
// A case known only at run time (parsed JSON) is a plain CaseInput: evaluate it against the general
// CompiledRuleSet type (or pass it to safeEvaluate, which takes unknown). Rule sets read from a directory are general.
const parsed = JSON.parse(JSON.stringify(littering)) as CaseInput;
const general: CompiledRuleSet = compiled;
console.log(evaluate(general, parsed).fine);
// #endregion general
