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
  // cases
  | "invalid-case"
  | "unknown-matter"
  | "missing-fact"
  | "invalid-fact"
  | "date-order"
  | "no-legal-basis"
  | "party-not-liable"
  | "edition-not-in-force"
  // decisions (credit) and decided-case records (review)
  | "invalid-decision"
  | "invalid-record"
  // command line
  | "invalid-usage"
  | "invalid-json"
  | "input-too-large";

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
