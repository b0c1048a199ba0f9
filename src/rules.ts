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
 * ```
 * @module cailiang/rules
 * @packageDocumentation
 */
export { yrd2023 } from "./generated/yrd-2023.js";
export { yrd2025 } from "./generated/yrd-2025.js";
export { yrd2023Credit, yrd2025Credit, yrd2023Review, yrd2025Review } from "./generated/policies.js";
