/**
 * `cailiang/reference`: the reference path, an oracle for the compiled fast path.
 *
 * Every condition of a rule set — tier conditions, the 轻微 test, 首违不罚 list conditions, preconditions and sanction
 * conditions — is decided by json-rules-engine itself (one `Engine` per matter, one rule per condition, the event
 * params naming the condition), over exactly the facts of `factBag`, with `tierLevel` set to each level the
 * pipeline may ask about. Everything else is the shared synchronous pipeline (`evaluateValid`): the reference
 * path differs from `evaluate` only in who decides the conditions. It is slow (asynchronous, engine runs per case)
 * and meant for differential testing, not for production.
 *
 * @example
 * ```ts
 * import { compile, loadRuleSet, safeEvaluate } from "cailiang";
 * import { compileReference, evaluateReference } from "cailiang/reference";
 * const ruleSet = loadRuleSet(yrd2023);
 * const fast = safeEvaluate(compile(ruleSet), input);
 * const oracle = await evaluateReference(compileReference(ruleSet), input); // deep-equal to `fast`
 * ```
 * @module cailiang/reference
 * @packageDocumentation
 */
import { Engine, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import type { RuleSet } from "../load/index.js";
import {
  compile,
  type CompiledCondition,
  type CompiledMatter,
  type CompiledPenalty,
  type CompiledRuleSet,
  type CompiledTier,
} from "../compile/index.js";
import type { FactBag, Predicate } from "../law/condition.js";
import type { Condition, TierLevel } from "../schema/rules.js";
import {
  evaluateValid,
  factBag,
  priorCount,
  validateCase,
  type SafeEvaluateResult,
  type ValidCase,
} from "../evaluate/index.js";

export type { SafeEvaluateResult };

/** Options of {@link evaluateReference} (as for `safeEvaluate`). */
export interface ReferenceOptions {
  /** Reject a case whose act falls outside the edition's effective period (default true). */
  checkEffectiveDates?: boolean;
}

/** The condition results of one matter for one case: by tier level, then by condition name. */
type MatterResults = Map<TierLevel, Map<string, boolean>>;

/** One matter's engine: every condition of the matter as one rule. */
export interface MatterEngine {
  /** The matter whose conditions the engine holds. */
  readonly matterId: string;
  /** The json-rules-engine `Engine` with one rule per condition. */
  readonly engine: Engine;
  /** Condition names, in the order the rules were added. */
  readonly names: readonly string[];
  /** The tier levels the pipeline may ask about: the fact tiers' levels and the 减轻 level. */
  readonly levels: readonly TierLevel[];
  /** Runs on one engine are serialised: json-rules-engine keeps the run status on the engine. */
  queue: Promise<unknown>;
}

/** A rule set prepared for the reference path: engines per matter and a pipeline whose predicates read their results. */
export interface ReferenceRuleSet {
  /** The compiled rule set the pipeline runs on; its predicates look up what the engines decided. */
  readonly compiled: CompiledRuleSet;
  /** One json-rules-engine `Engine` per matter id, holding every condition of the matter as a rule. */
  readonly engines: ReadonlyMap<string, MatterEngine>;
  /** The results of the case being evaluated (set only while `evaluateValid` runs, which is synchronous). */
  current: {
    /** The case's facts, as the conditions read them. */
    bag: FactBag;
    /** What the engines decided, by matter id. */
    results: Map<string, MatterResults>;
  } | null;
}

const TIER_FACT = "tierLevel";

/** A path resolver that refuses: conditions here never have a `path`, so no JSONPath ever touches case data. */
const refusePath = (_value: object, path: string): never => {
  throw new Error(`cailiang/reference: JSONPath "${path}" is not allowed in conditions`);
};

/** json-rules-engine wants `all`/`any`/`not` at the top of a rule; a lone leaf is wrapped in an `all` of one. */
function topLevel(condition: Condition): TopLevelCondition {
  if ("all" in condition || "any" in condition || "not" in condition) return condition as TopLevelCondition;
  return { all: [condition] } as TopLevelCondition;
}

const names = {
  tier: (id: string) => `tier/${id}`,
  minor: "minor",
  list: (id: string) => `list/${id}`,
  precondition: (jurisdiction: string, party: string, id: string) => `precondition/${jurisdiction}/${party}/${id}`,
  sanction: (jurisdiction: string, party: string, index: number) => `sanction/${jurisdiction}/${party}/${index}`,
};

function matterEngine(compiled: CompiledRuleSet, cm: CompiledMatter): MatterEngine {
  const engine = new Engine([], {
    allowUndefinedFacts: false,
    allowUndefinedConditions: false,
    replaceFactsInEventParams: false,
    pathResolver: refusePath,
  });
  const ruleNames: string[] = [];
  const add = (name: string, condition: Condition) => {
    const rule: RuleProperties = {
      name,
      conditions: topLevel(condition),
      event: { type: "condition", params: { condition: name } },
    };
    engine.addRule(rule);
    ruleNames.push(name);
  };
  const matter = cm.matter;
  for (const t of cm.tiers) if (t.tier?.when) add(names.tier(t.id), t.tier.when);
  add(names.minor, matter.minor ?? compiled.edition.generalRules.minorViolation.when);
  for (const c of matter.firstViolation?.conditions ?? []) add(names.list(c.id), c.when);
  for (const [jurisdiction, basis] of Object.entries(matter.bases)) {
    for (const party of ["individual", "unit"] as const) {
      const sp = basis.statutory[party];
      if (!sp) continue;
      for (const p of sp.preconditions ?? []) add(names.precondition(jurisdiction, party, p.id), p.when);
      (sp.sanctions ?? []).forEach((s, i) => {
        if (s.when) add(names.sanction(jurisdiction, party, i), s.when);
      });
    }
  }
  const levels = [...new Set<TierLevel>([...cm.tiers.map((t) => t.level), cm.reduced.level])];
  return { matterId: matter.id, engine, names: ruleNames, levels, queue: Promise.resolve() };
}

/** Runs every rule of one matter once per tier level over the bag (plus `tierLevel`); the results by level and name. */
async function decide(me: MatterEngine, bag: FactBag): Promise<MatterResults> {
  const out: MatterResults = new Map();
  for (const level of me.levels) {
    const facts: Record<string, unknown> = { ...bag, [TIER_FACT]: level };
    const run = me.queue.then(() => me.engine.run(facts));
    me.queue = run.catch(() => undefined);
    const { results, failureResults } = await run;
    const decided = new Map<string, boolean>();
    for (const r of results) decided.set((r.event?.params as { condition: string }).condition, true);
    for (const r of failureResults) decided.set((r.event?.params as { condition: string }).condition, false);
    for (const name of me.names) {
      if (!decided.has(name))
        throw new Error(`cailiang/reference: ${me.matterId}: the engine gave no result for ${name}`);
    }
    out.set(level, decided);
  }
  // Tier conditions cannot read tierLevel (the loader rejects it), so every level must agree on them.
  const first = out.get(me.levels[0]!)!;
  for (const [level, decided] of out) {
    for (const name of me.names) {
      if (name.startsWith("tier/") && decided.get(name) !== first.get(name)) {
        throw new Error(
          `cailiang/reference: ${me.matterId}: ${name} depends on tierLevel (${me.levels[0]} vs ${level})`,
        );
      }
    }
  }
  return out;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

/** True when the pipeline's bag holds exactly the facts the engines were given (apart from `tierLevel`). */
function sameFacts(fed: FactBag, asked: FactBag): boolean {
  let n = 0;
  for (const k of Object.keys(asked)) {
    if (k === TIER_FACT) continue;
    if (!Object.prototype.hasOwnProperty.call(fed, k) || !sameValue(fed[k], asked[k])) return false;
    n++;
  }
  return n === Object.keys(fed).length;
}

function lookup(
  ref: { current: ReferenceRuleSet["current"] },
  matterId: string,
  name: string,
  tierCondition: boolean,
): Predicate {
  return (f) => {
    const current = ref.current;
    if (!current) throw new Error("cailiang/reference: a condition was asked outside evaluateReference");
    if (!sameFacts(current.bag, f))
      throw new Error(`cailiang/reference: ${matterId}: ${name} was asked about facts the engine was not given`);
    const results = current.results.get(matterId);
    if (!results) throw new Error(`cailiang/reference: ${matterId} was not run through its engine`);
    const level = f[TIER_FACT] as TierLevel | undefined;
    if (tierCondition ? level !== undefined : level === undefined) {
      throw new Error(
        `cailiang/reference: ${matterId}: ${name} asked ${level === undefined ? "without" : "with"} a tier level`,
      );
    }
    const decided = results.get(level ?? [...results.keys()][0]!);
    const value = decided?.get(name);
    if (value === undefined)
      throw new Error(`cailiang/reference: ${matterId}: no result for ${name} at tier level ${String(level)}`);
    return value;
  };
}

/**
 * Prepares a rule set for the reference path: one json-rules-engine `Engine` per matter with one rule per condition,
 * and a compiled rule set (money bands and all) whose predicates look up what the engines decided for the case at hand.
 */
export function compileReference(ruleSet: RuleSet | CompiledRuleSet): ReferenceRuleSet {
  const base = compile("money" in ruleSet ? ruleSet.ruleSet : ruleSet);
  const ref = { current: null } as { current: ReferenceRuleSet["current"] };
  const engines = new Map<string, MatterEngine>();
  const matters = new Map<string, CompiledMatter>();
  for (const [id, cm] of base.matters) {
    engines.set(id, matterEngine(base, cm));
    const condition = (c: CompiledCondition, name: string): CompiledCondition => ({
      ...c,
      test: lookup(ref, id, name, false),
    });
    const penalty = (
      p: CompiledPenalty | undefined,
      jurisdiction: string,
      party: "individual" | "unit",
    ): CompiledPenalty | undefined =>
      p && {
        ...p,
        preconditions: p.preconditions.map((c) => condition(c, names.precondition(jurisdiction, party, c.id))),
        sanctions: p.sanctions.map((s, i) => ({
          ...s,
          test: s.test && lookup(ref, id, names.sanction(jurisdiction, party, i), false),
        })),
      };
    const tiers: CompiledTier[] = cm.tiers.map((t) =>
      t.tier?.when ? { ...t, test: lookup(ref, id, names.tier(t.id), true) } : t,
    );
    const bases = new Map(
      [...cm.bases].map(([jurisdiction, b]) => {
        const out = { ...b };
        const individual = penalty(b.individual, jurisdiction, "individual");
        const unit = penalty(b.unit, jurisdiction, "unit");
        if (individual) out.individual = individual;
        if (unit) out.unit = unit;
        return [jurisdiction, out] as const;
      }),
    );
    matters.set(id, {
      ...cm,
      tiers,
      minor: lookup(ref, id, names.minor, false),
      listConditions: cm.listConditions.map((c) => condition(c, names.list(c.id))),
      bases,
    });
  }
  const compiled: CompiledRuleSet = Object.freeze({ ...base, matters });
  return Object.defineProperties(ref, {
    compiled: { value: compiled, enumerable: true },
    engines: { value: engines, enumerable: true },
  }) as ReferenceRuleSet;
}

async function run(
  ref: ReferenceRuleSet,
  caseInput: unknown,
  withTrace: boolean,
  options: ReferenceOptions,
): Promise<SafeEvaluateResult> {
  try {
    const checked = validateCase(ref.compiled, caseInput, options);
    if (!checked.ok) return checked;
    // A private copy of the valid case (plain JSON data): the engines run asynchronously, and the case must not
    // change under them.
    const copy = validateCase(ref.compiled, structuredClone(checked.value.input), options);
    if (!copy.ok) throw new Error("a copy of a valid case did not validate");
    const v: ValidCase = copy.value;
    const bag = factBag(v, priorCount(ref.compiled, v));
    const results = new Map<string, MatterResults>();
    for (const cm of v.matters) results.set(cm.matter.id, await decide(ref.engines.get(cm.matter.id)!, bag));
    ref.current = { bag, results };
    try {
      return evaluateValid(ref.compiled, v, withTrace);
    } finally {
      ref.current = null;
    }
  } catch (error) {
    return {
      ok: false,
      issues: [{ code: "invalid-case", path: [], message: `case could not be evaluated: ${(error as Error).message}` }],
    };
  }
}

/** Evaluates one case on the reference path; the same result as `safeEvaluate` on the fast path. */
export function evaluateReference(
  ref: ReferenceRuleSet,
  caseInput: unknown,
  options: ReferenceOptions = {},
): Promise<SafeEvaluateResult> {
  return run(ref, caseInput, false, options);
}

/** Like {@link evaluateReference}, with the explanation trace (the same result as `safeExplain`). */
export function explainReference(
  ref: ReferenceRuleSet,
  caseInput: unknown,
  options: ReferenceOptions = {},
): Promise<SafeEvaluateResult> {
  return run(ref, caseInput, true, options);
}
