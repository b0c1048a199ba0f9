/**
 * The zod schemas the engine calls at run time, with zod's zh-CN messages: a chunk of its own, fetched by
 * `schemas-lazy.ts` the first time a case needs them (an invalid case: its issues are zod's, word for word).
 */
export { CaseInput } from "../../src/schema/case.js";
export { CreditDecision } from "../../src/schema/credit.js";
export { JurisdictionId, MatterId } from "../../src/schema/rules.js";
export { default as zhCN } from "zod/v4/locales/zh-CN.js";
