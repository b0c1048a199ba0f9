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
 * // the credit policy and case-file review standard beside an edition:
 * import { policies } from "cailiang/rules";
 * const credit = loadCreditPolicy(policies["yrd-2025"]!.credit);
 * ```
 * @module cailiang/rules
 * @packageDocumentation
 */
export { yrd2023 } from "./generated/yrd-2023.js";
export { yrd2025 } from "./generated/yrd-2025.js";
export { policies } from "./generated/policies.js";
