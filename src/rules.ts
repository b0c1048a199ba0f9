/**
 * The bundled benchmark editions as raw rule files, importable without a filesystem (browser or Node).
 *
 * @example
 * ```ts
 * import { compile, compileEditions, loadRuleSet } from "cailiang";
 * import { yrd2023 } from "cailiang/rules";
 * const compiled = compile(loadRuleSet(yrd2023));
 * // several editions, chosen by date (行政处罚法 Art. 37):
 * const editions = compileEditions([loadRuleSet(yrd2023), loadRuleSet(yrd2025)]);
 * // a bundled edition carries its types: matter ids, facts, jurisdictions and circumstances are checked when compiled
 * evaluate(compiled, { matter: "cityscape.littering", facts: { location: "key-area" }, ... }); // CaseFor<Yrd2023>
 * // the credit policy and case-file review standard beside an edition:
 * import { policies } from "cailiang/rules";
 * const credit = loadCreditPolicy(policies["yrd-2025"]!.credit);
 * ```
 * @module cailiang/rules
 * @packageDocumentation
 */
export { yrd2023 } from "./generated/yrd-2023.js";
export { yrd2025 } from "./generated/yrd-2025.js";
export type {
  Yrd2023,
  Yrd2023MatterId,
  Yrd2023Facts,
  Yrd2023JurisdictionId,
  Yrd2023CircumstanceId,
} from "./generated/yrd-2023-types.js";
export type {
  Yrd2025,
  Yrd2025MatterId,
  Yrd2025Facts,
  Yrd2025JurisdictionId,
  Yrd2025CircumstanceId,
} from "./generated/yrd-2025-types.js";
export { policies } from "./generated/policies.js";
