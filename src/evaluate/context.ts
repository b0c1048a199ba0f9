/**
 * One provision of one case, as the steps see it: the validated case, its compiled matter, the legal basis and
 * statutory penalty that apply, the prior-violation counts and the fact bag the conditions read. Built once per
 * provision; the steps read it and never change it (only `bag.tierLevel` is set once the tier is known).
 */
import type {
  CompiledBasis,
  CompiledFine,
  CompiledMatter,
  CompiledPenalty,
  CompiledRuleSet,
} from "../compile/index.js";
import type { Interval } from "../money/index.js";
import type { CaseInput, MentalState } from "../schema/case.js";
import type { GeneralRules } from "../schema/rules.js";
import type { ValidCase } from "./validate.js";
import type { Trace } from "./trace.js";
import { priorCount, repeatCount } from "./counts.js";

export interface Context {
  readonly compiled: CompiledRuleSet;
  readonly rules: GeneralRules;
  readonly statute: GeneralRules["statute"];
  readonly v: ValidCase;
  readonly input: CaseInput;
  readonly cm: CompiledMatter;
  readonly basis: CompiledBasis;
  readonly penalty: CompiledPenalty;
  readonly party: "individual" | "unit";
  /** Age at the time of the act, for an individual who gave one. */
  readonly age: number | undefined;
  readonly mental: MentalState | undefined;
  /** Prior violations counted under the edition's first-violation policy. */
  readonly priorCount: number;
  /** The facts every condition reads: the matter facts plus the system facts. */
  readonly bag: Record<string, unknown>;
  /** Index (in `cm.tiers`) of the tier the facts select. */
  readonly factIndex: number;
  readonly trace: Trace | null;
  /** The last statutory interval computed for this case (a fact-dependent fine is asked for several times). */
  statutoryMemo: { readonly fine: CompiledFine; readonly interval: Interval } | undefined;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The facts every condition of a case reads: the matter facts plus the system facts (`tierLevel` is set during
 * evaluation). Exposed so another condition engine can be run over exactly the same facts.
 */
export function factBag(v: ValidCase, priorCount: number, repeats = 0): Record<string, unknown> {
  const input = v.input;
  // System facts first, then the matter facts (never overriding a system fact).
  const bag: Record<string, unknown> = {
    party: input.party.type,
    priorCount,
    repeatCount: repeats,
    harm: input.harm,
    correction: input.correction,
    circumstances: v.circumstances,
  };
  const facts = input.facts;
  for (const k in facts) if (!hasOwn.call(bag, k)) bag[k] = facts[k];
  return bag;
}

/** The context of one provision, with the tier the facts select. */
export function contextOf(
  compiled: CompiledRuleSet,
  v: ValidCase,
  cm: CompiledMatter,
  basis: CompiledBasis,
  trace: Trace | null,
): Context {
  const input = v.input;
  const party = input.party;
  const count = priorCount(compiled, v);
  const bag = factBag(v, count, cm.matter.repeats ? repeatCount(compiled, v, cm) : 0);
  // The loader proved that exactly one tier applies to every combination of valid facts.
  let factIndex = 0;
  for (let i = 0; i < cm.tiers.length; i++) {
    if (cm.tiers[i]!.test(bag)) {
      factIndex = i;
      break;
    }
  }
  bag.tierLevel = cm.tiers[factIndex]!.level;
  const rules = compiled.edition.generalRules;
  return {
    compiled,
    rules,
    statute: rules.statute,
    v,
    input,
    cm,
    basis,
    penalty: basis[party.type]!,
    party: party.type,
    age: party.type === "individual" ? party.age : undefined,
    mental: party.type === "individual" ? party.mentalState : undefined,
    priorCount: count,
    bag,
    factIndex,
    trace,
    statutoryMemo: undefined,
  };
}
