/**
 * The bundled benchmark editions as raw rule files, importable without a filesystem (browser or Node).
 *
 * @example
 * ```ts
 * import { compile, loadRuleSet } from "cailiang";
 * import { yrd2023 } from "cailiang/rules";
 * const compiled = compile(loadRuleSet(yrd2023));
 * ```
 * @packageDocumentation
 */
export { yrd2023 } from "./generated/yrd-2023.js";
