/** Loading a case-file review standard (`rules/<edition>/review.json`). */
import { RuleSetError, type Issue } from "../errors/index.js";
import { loadPolicyFile, type PolicyLoadResult } from "../laws/policy-files.js";
import { ReviewStandardFile } from "../schema/review.js";
import type { PolicyLoadOptions } from "../credit/policy.js";

/** A validated, deeply frozen review standard. */
export type ReviewStandard = Readonly<ReviewStandardFile>;

function consistency(s: ReviewStandardFile): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ code: "invalid-rule-file", path, message });
  const seen = new Set<string>();
  s.checks.forEach((c, i) => {
    if (seen.has(c.id)) add(["checks", i, "id"], `check "${c.id}" is given twice`);
    seen.add(c.id);
    if (c.severity === "veto" && c.points !== 0)
      add(["checks", i, "points"], "a veto item makes the file fail outright; give 0 points");
    if (c.severity === "deduct" && c.points === 0) add(["checks", i, "points"], "a deduction item needs points");
    if (c.points > s.sheet.content)
      add(["checks", i, "points"], `more points than the content part (${s.sheet.content})`);
  });
  if (s.sheet.form + s.sheet.content !== 100)
    add(["sheet"], `the sheet has ${s.sheet.form + s.sheet.content} points; a review sheet has 100`);
  s.grades.forEach((g, i) => {
    if (i > 0 && g.minContent >= s.grades[i - 1]!.minContent)
      add(["grades", i, "minContent"], "grades go from best to worst, each with a lower minimum");
    if (g.minContent > s.sheet.content)
      add(["grades", i, "minContent"], `above the content part's ${s.sheet.content} points`);
  });
  const last = s.grades[s.grades.length - 1];
  if (last && last.minContent !== 0)
    add(["grades", s.grades.length - 1, "minContent"], "the last grade (a failed file) starts at 0");
  return issues;
}

/** Validates a review standard; returns every problem (schema, consistency, non-verbatim citations) instead of throwing. */
export function safeLoadReviewStandard(
  input: unknown,
  options: PolicyLoadOptions = {},
): PolicyLoadResult<ReviewStandard> {
  return loadPolicyFile(ReviewStandardFile, input, options.file ?? "review.json", options.laws, consistency);
}

/**
 * Validates a review standard (schema, consistency, and with `laws` every citation verbatim); throws a
 * {@link RuleSetError} listing every problem.
 *
 * @example
 * ```ts
 * import { policies } from "cailiang/rules";
 * const standard = loadReviewStandard(policies["yrd-2025"]!.review);
 * ```
 */
export function loadReviewStandard(input: unknown, options: PolicyLoadOptions = {}): ReviewStandard {
  const result = safeLoadReviewStandard(input, options);
  if (!result.ok) throw new RuleSetError(result.issues);
  return result.value;
}
