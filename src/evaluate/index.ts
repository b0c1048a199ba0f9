/**
 * Evaluation: a validated case → the lawful {@link Outcome}. Synchronous and pure; applies 行政处罚法 Arts. 28–33,
 * 36, 37 and 51 with the numbers and texts of the rule set's general rules (nothing legal is hard-coded here). Each
 * article lives in its own file under `steps/`; `provision.ts` runs them in the law's order for one provision,
 * `provisions.ts` applies Art. 29 and `editions.ts` Art. 37.
 */
import { boundIssues, CaseInputError, type Issue } from "../errors/index.js";
import type { CompiledBasis, CompiledRuleSet } from "../compile/index.js";
import type { Ground, Outcome } from "../schema/case.js";
import type { CaseFor, EditionTypes, TypesCarried } from "../schema/typed.js";
import { isEditions, type CompiledEditions } from "../compile/editions.js";
import { nearest } from "../law/jurisdiction.js";
import { validateCase, type ValidCase } from "./validate.js";
import { evaluateProvision } from "./provision.js";
import { oneFine } from "./provisions.js";
import { runEditions } from "./editions.js";
import { Trace } from "./trace.js";

export { validateCase, type ValidCase };
export { factBag } from "./context.js";
export { priorCount, repeatCount } from "./counts.js";
export { isLighter } from "./editions.js";

/** The result of {@link safeEvaluate} and {@link safeExplain}: the outcome, or every problem with the case. */
export type SafeEvaluateResult =
  | {
      /** The case was evaluated. */
      ok: true;
      /** Its lawful outcome. */
      outcome: Outcome;
    }
  | {
      /** The case was rejected. */
      ok: false;
      /** Every problem, each naming the case field (`path`). */
      issues: Issue[];
    };

const AGENCY_NAMES: Record<string, { zh: string; en: string }> = {
  "city-management": { zh: "城市管理综合执法部门", en: "city-management enforcement" },
  "ecology-environment": { zh: "生态环境部门", en: "the ecology and environment department" },
  "housing-construction": { zh: "住房城乡建设部门", en: "the housing and construction department" },
  greening: { zh: "绿化市容部门", en: "the greening department" },
  "public-security": { zh: "公安机关", en: "public security" },
  other: { zh: "其他行政机关", en: "another agency" },
};

function resolveBasis(
  compiled: CompiledRuleSet,
  cm: ValidCase["matters"][number],
  jurisdiction: string,
  index: number,
  several: boolean,
): CompiledBasis | Issue {
  const path = several ? ["matter", index] : ["matter"];
  const basis = nearest(jurisdiction, (j) => cm.bases.get(j));
  if (basis) {
    if (basis.agency === compiled.agency) return basis;
    const by = AGENCY_NAMES[basis.agency]!;
    const art = basis.basis.enforcement!.citation;
    return {
      code: "outside-competence",
      path,
      message: `${cm.matter.id} is enforced by ${by.en} (${art.law} ${art.article}), not by the agency this benchmark is for; refer the case / 本事项依${art.article}由${by.zh}管辖，不属于本基准适用的执法部门，应当移送`,
    };
  }
  const declared = compiled.jurisdictions.get(jurisdiction);
  const unavailable = declared && !declared.basisAvailable;
  return {
    code: "no-legal-basis",
    path: ["jurisdiction"],
    message: unavailable
      ? `${cm.matter.id} has no legal basis in ${jurisdiction}: ${declared.note ?? "no law text is available there"} / ${declared.name.zh}无可用的法律依据`
      : `${cm.matter.id} has no legal basis in ${jurisdiction} (bases: ${[...cm.bases.keys()].join(", ")}) / ${cm.matter.name.zh}在该地区没有处罚依据`,
  };
}

/** Options of {@link evaluate} and its siblings. */
export interface EvaluateOptions {
  /**
   * With one edition: reject a case whose act falls outside the edition's effective period (default true). Set it to
   * false to ask what an edition would decide regardless of its dates (comparisons, research); with several
   * editions the dates always choose the edition.
   */
  checkEffectiveDates?: boolean;
}

/**
 * One compiled edition, or several for choosing by date (Art. 37). `E` is their types when known at compile time
 * (bundled editions), else the general {@link EditionTypes}.
 */
export type Evaluable<E extends EditionTypes = EditionTypes> = CompiledRuleSet<E> | CompiledEditions<E>;

const CHECK_DATES = Object.freeze({ checkEffectiveDates: true });
const NO_DATE_CHECK = Object.freeze({ checkEffectiveDates: false });

function one(
  edition: CompiledRuleSet,
  input: unknown,
  checkEffectiveDates: boolean,
  withTrace: boolean,
): SafeEvaluateResult {
  const checked = validateCase(edition, input, checkEffectiveDates ? CHECK_DATES : NO_DATE_CHECK);
  return checked.ok
    ? evaluateValid(edition, checked.value, withTrace)
    : { ok: false, issues: boundIssues(checked.issues) };
}
const oneWithTrace = (edition: CompiledRuleSet, input: unknown, checkEffectiveDates: boolean) =>
  one(edition, input, checkEffectiveDates, true);
const oneWithoutTrace = (edition: CompiledRuleSet, input: unknown, checkEffectiveDates: boolean) =>
  one(edition, input, checkEffectiveDates, false);

function run(target: Evaluable, raw: unknown, withTrace: boolean, options?: EvaluateOptions): SafeEvaluateResult {
  if (isEditions(target)) return runEditions(target, raw, withTrace ? oneWithTrace : oneWithoutTrace);
  return one(target, raw, options?.checkEffectiveDates !== false, withTrace);
}

const NO_GROUNDS: readonly Ground[] = Object.freeze([]);

/** Evaluates a case that {@link validateCase} accepted (for alternative condition engines over the same pipeline). */
export function evaluateValid(compiled: CompiledRuleSet, v: ValidCase, withTrace: boolean): SafeEvaluateResult {
  if (v.matters.length === 1) {
    // One provision (nearly every case): no Art. 29 choice to make, so none of the per-provision arrays below.
    const b = resolveBasis(compiled, v.matters[0]!, v.input.jurisdiction, 0, Array.isArray(v.input.matter));
    if ("code" in b) return { ok: false, issues: [b] };
    const trace = withTrace ? new Trace() : null;
    const outcome = evaluateProvision(compiled, v, v.matters[0]!, b, trace).outcome(NO_GROUNDS);
    if (trace) outcome.trace = trace.steps;
    return { ok: true, outcome };
  }
  const bases: CompiledBasis[] = [];
  const issues: Issue[] = [];
  const several = Array.isArray(v.input.matter);
  v.matters.forEach((m, i) => {
    const b = resolveBasis(compiled, m, v.input.jurisdiction, i, several);
    if ("code" in b) issues.push(b);
    else bases.push(b);
  });
  if (issues.length > 0) return { ok: false, issues };
  const traces = v.matters.map(() => (withTrace ? new Trace() : null));
  const results = v.matters.map((m, i) => evaluateProvision(compiled, v, m, bases[i]!, traces[i]!));
  const chosen = oneFine(compiled, results, traces);
  const outcome = results[chosen.index]!.outcome(chosen.ground ? [chosen.ground] : []);
  if (withTrace) outcome.trace = traces[chosen.index]!.steps;
  return { ok: true, outcome };
}

/**
 * Evaluates one case; returns the issues instead of throwing when the case is invalid.
 *
 * @example
 * ```ts
 * const result = safeEvaluate(compiled, JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.path.join("."), issue.message);
 * ```
 */
export function safeEvaluate(target: Evaluable, caseInput: unknown, options?: EvaluateOptions): SafeEvaluateResult {
  try {
    return run(target, caseInput, false, options);
  } catch (error) {
    return {
      ok: false,
      issues: [{ code: "invalid-case", path: [], message: `case could not be evaluated: ${(error as Error).message}` }],
    };
  }
}

/**
 * Evaluates one case into its lawful {@link Outcome}; throws a {@link CaseInputError} naming every invalid field.
 *
 * @example
 * ```ts
 * const outcome = evaluate(compile(loadRuleSet(yrd2023)), caseInput);
 * outcome.disposition; // "penalty"
 * outcome.fine;        // { min: "40", max: "60", currency: "CNY" }
 * ```
 */
export function evaluate<T extends Evaluable>(
  target: T,
  caseInput: NoInfer<CaseFor<TypesCarried<T>>>,
  options?: EvaluateOptions,
): Outcome {
  const result = run(target, caseInput, false, options);
  if (!result.ok) throw new CaseInputError(result.issues);
  return result.outcome;
}

/**
 * Like {@link evaluate}, with the explanation `trace`: every rule step, the facts it read and the article behind it.
 * From `examples/explain.ts`:
 *
 * {@includeCode ../../examples/explain.ts#explain}
 */
export function explain<T extends Evaluable>(
  target: T,
  caseInput: NoInfer<CaseFor<TypesCarried<T>>>,
  options?: EvaluateOptions,
): Outcome {
  const result = run(target, caseInput, true, options);
  if (!result.ok) throw new CaseInputError(result.issues);
  return result.outcome;
}

/**
 * Like {@link explain}, returning the issues instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeExplain(compiled, input);
 * if (result.ok) for (const step of result.outcome.trace!) console.log(step.step, step.result, step.note);
 * else for (const issue of result.issues) console.log(issue.path.join("."), issue.message);
 * ```
 */
export function safeExplain(target: Evaluable, caseInput: unknown, options?: EvaluateOptions): SafeEvaluateResult {
  try {
    return run(target, caseInput, true, options);
  } catch (error) {
    return {
      ok: false,
      issues: [{ code: "invalid-case", path: [], message: `case could not be evaluated: ${(error as Error).message}` }],
    };
  }
}
