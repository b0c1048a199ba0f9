/**
 * cailiang: executable administrative-penalty discretion benchmarks (行政处罚裁量基准).
 *
 * Browser-safe core: loading rule sets from objects, compiling, evaluating, explaining. Filesystem loading is in
 * `cailiang/node`; the bundled editions are in `cailiang/rules`.
 *
 * @module cailiang
 * @packageDocumentation
 */
export { loadRuleSet, safeLoadRuleSet } from "./load/index.js";
export type { RuleSet, RuleSetSource, LoadOptions, LoadResult } from "./load/index.js";
export { RULE_LIMITS } from "./load/limits.js";
export { compile } from "./compile/index.js";
export type { CompiledRuleSet } from "./compile/index.js";
export { compileEditions, isEditions } from "./compile/editions.js";
export type { CompiledEditions } from "./compile/editions.js";
export { evaluate, explain, safeEvaluate, safeExplain, isLighter } from "./evaluate/index.js";
export type { SafeEvaluateResult, EvaluateOptions, Evaluable } from "./evaluate/index.js";
export { diff, conditionText } from "./diff/structural.js";
export type { Change, ChangeArea, StructuralDiff } from "./diff/structural.js";
export { semanticDiff, outcomeSummary } from "./diff/semantic.js";
export type { SemanticDiff, Region } from "./diff/semantic.js";
export { boundaryCases } from "./diff/cases.js";
export type { GeneratedCase } from "./diff/cases.js";
export { convergence } from "./diff/converge.js";
export type { ConvergenceReport, MatterConvergence } from "./diff/converge.js";
export { benchmarkRows, benchmarkMarkdown, benchmarkCsv } from "./report/table.js";
export type { BenchmarkRow, CsvOptions } from "./report/table.js";
export { diffMarkdown, convergenceMarkdown } from "./report/diff.js";
export { CailiangError, RuleSetError, CaseInputError, formatIssue, boundIssues, MAX_ISSUES } from "./errors/index.js";
export type { Issue, IssueCode } from "./errors/index.js";
export { checkCitation, parseLaw, parseArticleReference } from "./laws/verify.js";
export type { Article } from "./laws/verify.js";
export { EditionFile, MatterFile, Condition } from "./schema/rules.js";
export type {
  Citation,
  Localized,
  Provenance,
  Source,
  Tier,
  TierLevel,
  StatutoryFine,
  StatutoryPenalty,
  LegalBasis,
  Circumstance,
  GeneralRules,
  Jurisdiction,
  FactDeclaration,
  Sanction,
} from "./schema/rules.js";
export { CaseInput } from "./schema/case.js";
export type {
  CaseFor,
  EditionTypes,
  FactValue,
  FactsOf,
  MatterFacts,
  MatterIdOf,
  OneMatterCase,
  SeveralMattersCase,
  TypesCarried,
} from "./schema/typed.js";
export {
  LABELS,
  label,
  hasLabel,
  noteText,
  langFromEnv,
  localizeIssue,
  localizeIssues,
  fieldName,
  traceReason,
} from "./i18n/index.js";
export type {
  Lang,
  LabelKind,
  IssueContext,
  IssueRuleSet,
  LocalizedIssue,
  TraceLookups,
  AnyTraceStep,
} from "./i18n/index.js";
export type {
  Outcome,
  OutcomeCommon,
  PenaltyOutcome,
  MayWaiveOutcome,
  NoPenaltyOutcome,
  OutcomeTier,
  Fine,
  Disposition,
  Ground,
  GroundCode,
  OutcomeSanction,
  TraceStep,
  Party,
  PriorViolation,
  Harm,
  Correction,
  MentalState,
} from "./schema/case.js";
export { credit, safeCredit, assumedDecision, loadCreditPolicy, safeLoadCreditPolicy } from "./credit/index.js";
export type {
  CreditResult,
  SafeCreditResult,
  CreditReason,
  CreditReasonCode,
  ObjectionDeadlines,
  CreditPolicy,
  PolicyLoadOptions,
} from "./credit/index.js";
export { CreditPolicyFile, CreditDecision } from "./schema/credit.js";
export type {
  EditionPolicyFiles,
  CreditDecisionInput,
  CreditRegion,
  CreditLevel,
  LevelCriteria,
  PublicityRegime,
  RecordRule,
  Retention,
  Objection,
  Repair,
  WorkingDays,
  AdjacentArea,
} from "./schema/credit.js";
export { audit, safeAudit, loadReviewStandard, safeLoadReviewStandard, BENCHMARK_CHECKS } from "./review/index.js";
export type {
  AuditResult,
  SafeAuditResult,
  AuditOptions,
  Finding,
  NotCheckable,
  ReviewStandard,
} from "./review/index.js";
export { AuditCollector, supervisorOrder, auditMarkdown, auditCsvRow, AUDIT_CSV_HEADER } from "./review/summary.js";
export type { AuditRow, AuditSummary } from "./review/summary.js";
export { ReviewStandardFile, ReviewRecord } from "./schema/review.js";
export type {
  CheckId,
  ReviewCheck,
  ReviewGrade,
  RecordedDecision,
  RecordedSteps,
  Officer,
  ReviewRecordInput,
} from "./schema/review.js";
export { makeCalendar, checkCalendar, addWorkdays, workdaysBetween } from "./dates/calendar.js";
export type { Calendar, CalendarInput, CalendarKind, CalendarProblem } from "./dates/calendar.js";
export type { PolicyLoadResult, LawTexts } from "./laws/policy-files.js";
