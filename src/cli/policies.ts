/** The credit policies and review standards that go with the editions named on the command line. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkCalendar, type CalendarInput } from "../dates/calendar.js";
import { formatIssue } from "../errors/index.js";
import { readLaws } from "../node.js";
import { safeLoadCreditPolicy, type CreditPolicy } from "../credit/policy.js";
import { safeLoadReviewStandard, type ReviewStandard } from "../review/standard.js";
import { policies } from "../generated/policies.js";

/** A problem with a policy file or an option, reported as bad input (exit 2). */
export class PolicyInputError extends Error {}

const BUNDLED_CREDIT: Record<string, unknown> = Object.fromEntries(
  Object.entries(policies).map(([id, p]) => [id, p.credit]),
);
const BUNDLED_REVIEW: Record<string, unknown> = Object.fromEntries(
  Object.entries(policies).map(([id, p]) => [id, p.review]),
);

function load<T>(
  kind: "credit" | "review",
  targets: readonly string[],
  bundled: Record<string, unknown>,
  loader: (
    input: unknown,
    options: { laws?: Map<string, string>; file?: string },
  ) => { ok: true; value: T } | { ok: false; issues: import("../errors/index.js").Issue[] },
): T[] {
  const out: T[] = [];
  for (const target of targets) {
    const raw = bundled[target];
    if (raw !== undefined) {
      const result = loader(raw, { file: `${target}/${kind}.json` });
      if (!result.ok) throw new PolicyInputError(`bundled ${target}/${kind}.json is invalid`);
      out.push(result.value);
      continue;
    }
    const file = join(target, `${kind}.json`);
    if (!existsSync(file) || !statSync(file).isFile())
      throw new PolicyInputError(`--rules: ${target} has no ${kind}.json`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new PolicyInputError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    const lawsDir = join(dirname(target.replace(/[\\/]+$/, "")), "laws");
    const laws = existsSync(lawsDir) && statSync(lawsDir).isDirectory() ? readLaws(lawsDir) : undefined;
    const result = loader(data, laws ? { laws, file } : { file });
    if (!result.ok)
      throw new PolicyInputError(
        `${file} is invalid:\n${result.issues.map((i) => "  - " + formatIssue(i)).join("\n")}`,
      );
    out.push(result.value);
  }
  return out;
}

/** The credit policies of the editions (bundled ids or rule directories with a credit.json). */
export function creditPolicies(rules: readonly string[] | undefined): CreditPolicy[] {
  return load(
    "credit",
    rules && rules.length > 0 ? rules : Object.keys(BUNDLED_CREDIT),
    BUNDLED_CREDIT,
    safeLoadCreditPolicy,
  );
}

/** The review standards of the editions (bundled ids or rule directories with a review.json). */
export function reviewStandards(rules: readonly string[] | undefined): ReviewStandard[] {
  return load(
    "review",
    rules && rules.length > 0 ? rules : Object.keys(BUNDLED_REVIEW),
    BUNDLED_REVIEW,
    safeLoadReviewStandard,
  );
}

/** Reads `--calendar <file>`: `{ "holidays": [...], "workdays": [...] }`. */
export function readCalendar(path: string | undefined): CalendarInput {
  if (path === undefined) return {};
  if (!existsSync(path) || !statSync(path).isFile()) throw new PolicyInputError(`--calendar: cannot read "${path}"`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new PolicyInputError(`--calendar: "${path}" is not valid JSON: ${(error as Error).message}`);
  }
  const shape = data as { holidays?: unknown; workdays?: unknown };
  if (
    !data ||
    typeof data !== "object" ||
    Array.isArray(data) ||
    Object.keys(data).some((k) => k !== "holidays" && k !== "workdays")
  ) {
    throw new PolicyInputError(`--calendar: expected an object { "holidays": [dates], "workdays": [dates] }`);
  }
  for (const key of ["holidays", "workdays"] as const) {
    if (shape[key] !== undefined && !Array.isArray(shape[key]))
      throw new PolicyInputError(`--calendar: ${key} must be an array of dates`);
  }
  const input = shape as CalendarInput;
  const problems = checkCalendar(input);
  if (problems.length > 0)
    throw new PolicyInputError(`--calendar: ${problems.map((p) => `${p.list}[${p.index}]: ${p.message}`).join("; ")}`);
  return input;
}

/**
 * Checks the policy files beside an edition (`credit.json`, `review.json`, each optional): schema, consistency and,
 * with law texts, verbatim citations. Returns the files found and every problem, formatted.
 */
export function checkPolicyFiles(dir: string, lawsDir: string | undefined): { found: string[]; problems: string[] } {
  const laws =
    lawsDir !== undefined && existsSync(lawsDir) && statSync(lawsDir).isDirectory() ? readLaws(lawsDir) : undefined;
  const found: string[] = [];
  const problems: string[] = [];
  for (const [kind, loader] of [
    ["credit", safeLoadCreditPolicy],
    ["review", safeLoadReviewStandard],
  ] as const) {
    const file = join(dir, `${kind}.json`);
    if (!existsSync(file)) continue;
    found.push(`${kind}.json`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.push(`${file}: [invalid-json] not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const result = loader(data, laws ? { laws, file } : { file });
    if (!result.ok) problems.push(...result.issues.map(formatIssue));
  }
  return { found, problems };
}
