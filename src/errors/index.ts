/**
 * Errors are data first: every problem is an {@link Issue}; the throwing functions wrap the same issues in one
 * {@link CailiangError}.
 */

/** Machine-readable problem codes. */
export type IssueCode =
  // rule files
  | "invalid-rule-file"
  | "duplicate-id"
  | "unknown-fact"
  | "unknown-circumstance"
  | "unknown-jurisdiction"
  | "invalid-condition"
  | "missing-statutory-penalty"
  | "tier-outside-statute"
  | "tier-order"
  | "tier-overlap"
  | "tier-gap"
  | "tier-check-too-large"
  | "citation-mismatch"
  | "overlay-outside-parent"
  | "competence"
  // untrusted files and limits
  | "not-a-regular-file"
  | "file-too-large"
  | "directory-too-large"
  | "too-deep"
  | "too-large"
  // cases
  | "invalid-case"
  | "unknown-matter"
  | "missing-fact"
  | "invalid-fact"
  | "date-order"
  | "no-legal-basis"
  | "party-not-liable"
  | "edition-not-in-force"
  | "act-before-law"
  | "outside-competence"
  // decisions (credit) and decided-case records (review)
  | "invalid-decision"
  | "invalid-record"
  // command line
  | "invalid-usage"
  | "invalid-json"
  | "input-too-large"
  // bounded output
  | "too-many-issues"
  | "line-too-large";

/** One problem: a code, where it is, and what was expected. */
export interface Issue {
  /** What kind of problem it is. */
  code: IssueCode;
  /** Path to the offending value: a case field path, or a JSON-pointer-like path inside a rule file. */
  path: (string | number)[];
  /** What is wrong and what was expected, in English. */
  message: string;
  /** Rule file the problem is in (rule-set problems only). */
  file?: string;
  /** JSON pointer inside {@link Issue.file}. */
  pointer?: string;
  /** Matter id the problem concerns (rule-set problems only). */
  matter?: string;
  /** For `too-many-issues`: how many issues were left out. */
  count?: number;
}

/** Issues returned for one case or input line: at most this many, then one `too-many-issues` issue. */
export const MAX_ISSUES = 20;
/** Characters kept of one issue message, and of one path segment (a key as long as the input can be). */
const MAX_MESSAGE_CHARS = 1000;
const MAX_SEGMENT_CHARS = 200;

const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;

/**
 * Bounds what one case or line reports: the first {@link MAX_ISSUES} issues, each message and path segment clipped,
 * then one `too-many-issues` issue counting the rest (its `count`). Applying it twice changes nothing more.
 *
 * @example
 * ```ts
 * boundIssues(manyIssues).at(-1); // { code: "too-many-issues", path: [], count: 89980, message: "89980 more issue(s) …" }
 * ```
 */
export function boundIssues(issues: readonly Issue[], max: number = MAX_ISSUES): Issue[] {
  let hidden = 0;
  let real = issues;
  const last = issues[issues.length - 1];
  if (last?.code === "too-many-issues") {
    hidden = last.count ?? 0;
    real = issues.slice(0, -1);
  }
  const shown = real.slice(0, max).map((issue) => {
    const long =
      issue.message.length > MAX_MESSAGE_CHARS ||
      issue.path.some((p) => typeof p === "string" && p.length > MAX_SEGMENT_CHARS);
    if (!long) return issue;
    return {
      ...issue,
      message: clip(issue.message, MAX_MESSAGE_CHARS),
      path: issue.path.map((p) => (typeof p === "string" ? clip(p, MAX_SEGMENT_CHARS) : p)),
    };
  });
  hidden += real.length - shown.length;
  if (hidden === 0) return shown;
  shown.push({
    code: "too-many-issues",
    path: [],
    count: hidden,
    message: `${hidden} more issue(s) not listed; the first ${shown.length} are shown（另有 ${hidden} 个问题未列出，仅列出前 ${shown.length} 个）`,
  });
  return shown;
}

/** Converts a path to an RFC 6901 JSON pointer. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/**
 * Formats one issue on one line: `file#/pointer (matter): message` or `field.path: message`.
 *
 * @example
 * ```ts
 * formatIssue({ code: "invalid-fact", path: ["facts", "occupiedArea"], message: "expected a number from 0 up, got -5" });
 * // "facts.occupiedArea: [invalid-fact] expected a number from 0 up, got -5"
 * ```
 */
export function formatIssue(issue: Issue): string {
  const where = issue.file
    ? `${issue.file}#${issue.pointer ?? toPointer(issue.path)}${issue.matter ? ` (${issue.matter})` : ""}`
    : issue.path.length > 0
      ? issue.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("")
      : "(input)";
  return `${where}: [${issue.code}] ${issue.message}`;
}

/** The one error class the library throws; `issues` lists every problem found. */
export class CailiangError extends Error {
  /** Every problem found. */
  readonly issues: Issue[];
  constructor(message: string, issues: Issue[]) {
    super(`${message}\n${issues.map((i) => "  - " + formatIssue(i)).join("\n")}`);
    this.name = "CailiangError";
    this.issues = issues;
  }
}

/** Thrown when a rule set fails to load. */
export class RuleSetError extends CailiangError {
  constructor(issues: Issue[]) {
    super(`Rule set rejected: ${issues.length} problem(s)`, issues);
    this.name = "RuleSetError";
  }
}

/** Thrown when a case input is rejected. */
export class CaseInputError extends CailiangError {
  constructor(issues: Issue[]) {
    super(`Case rejected: ${issues.length} problem(s)`, issues);
    this.name = "CaseInputError";
  }
}
