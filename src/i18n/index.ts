/**
 * Words for people: labels of the library's codes, issues and trace steps in Chinese and English. Programs keep
 * reading the stable codes; these functions only add text.
 */
export { LABELS, label, hasLabel, noteText, langFromEnv } from "./labels.js";
export type { Lang, LabelKind } from "./labels.js";
export { localizeIssue, localizeIssues, fieldName } from "./issues.js";
export type { IssueContext, IssueRuleSet, LocalizedIssue } from "./issues.js";
export { traceReason } from "./trace.js";
export type { TraceLookups, AnyTraceStep } from "./trace.js";
