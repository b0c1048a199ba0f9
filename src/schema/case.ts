/** Zod schema for case input, and the types of the outcome the evaluator returns. */
import * as z from "zod";
import { IsoDate, JurisdictionId, MatterId } from "./rules.js";
import type { Citation, Localized, SanctionCode, Source } from "./rules.js";

export const Harm = z.enum(["none", "minor", "moderate", "serious"]);
export const Correction = z.enum(["in-time", "late", "refused", "not-ordered"]);
/**
 * 行政处罚法 Art. 31: `sound`; `incapable` (不能辨认或者不能控制自己行为时); `intermittent-lucid`
 * (间歇性精神病人在精神正常时); `partially-incapable` (尚未完全丧失辨认或者控制自己行为能力).
 */
export const MentalState = z.enum(["sound", "incapable", "intermittent-lucid", "partially-incapable"]);

export const Party = z.discriminatedUnion("type", [
  z.strictObject({
    /** `individual` (公民) or `unit` (法人或者其他组织). */
    type: z.literal("individual"),
    /** Age in whole years at the time of the act (Art. 30); no age is read as an adult. */
    age: z.number().int().min(0).max(150).optional(),
    /** Mental state at the time of the act (Art. 31); no value is read as `sound`. */
    mentalState: MentalState.optional(),
  }),
  z.strictObject({
    /** A unit (法人或者其他组织). */
    type: z.literal("unit"),
  }),
]);

export const PriorViolation = z.strictObject({
  /** The matter of the earlier violation. */
  matter: MatterId,
  /** When it occurred (`YYYY-MM-DD`). */
  on: IsoDate,
  /** Where it was found. */
  jurisdiction: JurisdictionId,
  /** Whether it was punished (被依法查处); false for a waived one (首违不罚). Absent: punished. */
  punished: z.boolean().optional(),
});

/** One case: the facts of one act, as case-handling software sends them. */
export const CaseInput = z.strictObject({
  /** The matter id, or several ids for one act under several provisions (Art. 29). */
  matter: z.union([MatterId, z.array(MatterId).min(1).max(16)]),
  /** Who committed the act. */
  party: Party,
  /** Where the case is decided: a jurisdiction id of the edition (`shanghai`, `shanghai/qingpu` …). */
  jurisdiction: JurisdictionId,
  /** When the act occurred (`YYYY-MM-DD`); chooses the edition and starts the limitation period. */
  occurredOn: IsoDate,
  /** When a continuing act ended; the limitation period then starts here (Art. 36 ¶2). */
  endedOn: IsoDate.optional(),
  /** The act is continuing (连续或者继续状态); without `endedOn` it is still going on, so the limitation period has not started. */
  continuing: z.boolean().optional(),
  /** When the act was discovered. */
  discoveredOn: IsoDate,
  /** When the decision is made; with several editions, a lighter edition in force then applies (Art. 37). */
  decidedOn: IsoDate.optional(),
  /** The matter's declared facts, by name: numbers, enum values, booleans, money as decimal strings. */
  facts: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  /** Circumstance ids from the edition's catalogue. */
  circumstances: z.array(z.string()).max(64),
  /** The harm caused: `none`, `minor`, `moderate`, `serious`. */
  harm: Harm,
  /** `in-time`, `late`, `refused` (拒不改正) or `not-ordered`. */
  correction: Correction,
  /** Earlier violations of the party; the edition's first-violation policy decides which count. */
  priorViolations: z.array(PriorViolation).max(1000),
  /** The party has proven it was not at fault (Art. 33 ¶2). */
  noFaultProven: z.boolean().optional(),
  /** Illegal gains (违法所得) in 元, as a decimal string; above 0 they are confiscated (Art. 28 ¶2). */
  illegalGains: z
    .string()
    .regex(/^(0|[1-9][0-9]{0,19})(\.[0-9]{1,2})?$/, 'an amount in 元 such as "1200" or "35.50"')
    .optional(),
});

/** The harm an act caused: `none`, `minor`, `moderate`, `serious`. */
export type Harm = z.infer<typeof Harm>;
/** Whether the party corrected the act: `in-time`, `late`, `refused` (拒不改正) or `not-ordered`. */
export type Correction = z.infer<typeof Correction>;
/** The party's mental state under Art. 31: `sound`, `incapable`, `intermittent-lucid`, `partially-incapable`. */
export type MentalState = z.infer<typeof MentalState>;
/** Who committed the act: an individual (with age and mental state when known) or a unit. */
export type Party = z.infer<typeof Party>;
/** An earlier violation of the party: matter, date and jurisdiction. */
export type PriorViolation = z.infer<typeof PriorViolation>;
/** One case: the facts of one act, as case-handling software sends them. */
export type CaseInput = z.infer<typeof CaseInput>;

/** `no-penalty`: the law forbids a penalty; `may-waive`: the agency may waive it; `penalty`: a penalty applies. */
export type Disposition = "no-penalty" | "may-waive" | "penalty";

/**
 * Why an outcome is what it is: an exemption (`limitation-expired`, `under-minimum-age`, `mental-incapacity`,
 * `no-fault`, `minor-no-harm`, `first-violation-list`, `first-violation`, `precondition-unmet`), the penalty and what
 * moved it (`statutory-penalty`, `minor-age-mitigation`, `partial-capacity-mitigation`, `mitigating-circumstance`,
 * `aggravating-circumstance`, `reduced-penalty`, `local-refinement`), one fine for several provisions
 * (`one-fine-higher-provision`), or the edition chosen by date (`rule-in-force-at-act`, `later-rule-lighter`,
 * `matter-listed-later`).
 */
export type GroundCode =
  | "limitation-expired"
  | "under-minimum-age"
  | "mental-incapacity"
  | "no-fault"
  | "minor-no-harm"
  | "first-violation-list"
  | "first-violation"
  | "precondition-unmet"
  | "statutory-penalty"
  | "statutory-stage"
  | "minor-age-mitigation"
  | "partial-capacity-mitigation"
  | "mitigating-circumstance"
  | "aggravating-circumstance"
  | "reduced-penalty"
  | "one-fine-higher-provision"
  | "local-refinement"
  | "rule-in-force-at-act"
  | "later-rule-lighter"
  /** Art. 37: the edition in force at the act does not list the matter; a later edition's discretion applies. */
  | "matter-listed-later";

/** A reason the outcome rests on. */
export interface Ground {
  /** What kind of reason it is. */
  code: GroundCode;
  /** The article it rests on, verbatim, or null when it rests on the benchmark itself. */
  citation: Citation | null;
  /** true when the law says 应当 / 不予 (the agency has no choice), false for 可以. */
  mandatory: boolean;
  /** A published document behind the ground when it is not a statute (e.g. a 免罚清单). */
  source?: Source;
  /** The circumstance or precondition id the ground concerns. */
  ref?: string;
}

/**
 * The kind of a sanction or measure in an outcome: a statutory sanction, or `order-to-correct`, `educate`,
 * `guardian-discipline`.
 *
 * @inline
 */
export type OutcomeSanctionCode =
  SanctionCode | "order-to-correct" | "educate" | "guardian-discipline" | "guardian-care";

/** A sanction beside the fine, or a measure that accompanies the decision. */
export interface OutcomeSanction {
  /** What kind of sanction or measure it is. */
  code: OutcomeSanctionCode;
  /** Its wording in both languages. */
  label: Localized;
  /** true when it shall be imposed, false when the agency may (可以). */
  mandatory: boolean;
  /** `penalty`: an administrative penalty; `measure`: an accompanying order or duty. */
  kind: "penalty" | "measure";
  /** The article that provides it, verbatim, if any. */
  citation: Citation | null;
}

/** One step of the explanation trace. */
export interface TraceStep {
  /** The step of the legal model: `legal-basis`, `tier-by-facts`, `limitation`, `minor-age`, `adjustment` … */
  step: string;
  /** Whether the rule of the step applied (`info` for a step that only records something). */
  result: "applied" | "not-applied" | "info";
  /** The facts the step read, by name. */
  reads: Record<string, unknown>;
  /** The article behind the step, verbatim, if any. */
  citation: Citation | null;
  /** What the step found, in words (Chinese and English). */
  note: Localized;
}

/** The discretion tier an outcome applies: its id and label. */
export interface OutcomeTier {
  /** The tier id (`reduced` for 减轻). */
  id: string;
  /** Its label in both languages (从轻 / 一般 / 从重 / 减轻). */
  label: Localized;
}

/** A fine range in 元, as decimal strings (money never passes through a JS number). */
export interface Fine {
  /** The lowest fine, a decimal string in 元. */
  min: string;
  /** The highest fine, a decimal string in 元. */
  max: string;
  /** Always `CNY`. */
  currency: "CNY";
}

/** What every {@link Outcome} holds, whatever its disposition. */
export interface OutcomeCommon {
  /** The matter decided (under Art. 29, the provision whose fine applies). */
  matter: {
    /** The matter id. */
    id: string;
    /** Its name in both languages. */
    name: Localized;
  };
  /** The edition applied. */
  ruleSet: {
    /** The edition id. */
    id: string;
    /** Its title in both languages. */
    title: Localized;
    /** First day in force. */
    effectiveFrom: string;
    /** Last day in force, or null. */
    effectiveTo: string | null;
  };
  /** Where the case is decided, and whose legal basis applies. */
  jurisdiction: {
    /** The case's jurisdiction id. */
    id: string;
    /** Its name in both languages. */
    name: Localized;
    /** The jurisdiction whose legal basis applies (the case's own, or the nearest parent with one). */
    basis: string;
  };
  /** `no-penalty`, `may-waive` (with the penalty that applies if not waived) or `penalty`. */
  disposition: Disposition;
  /** The reasons the outcome rests on, each with its article and whether it is mandatory. */
  grounds: Ground[];
  /** The discretion tier, or null when no penalty is possible. */
  tier: OutcomeTier | null;
  /** The fine range of the tier, or null when there is no fine. */
  fine: Fine | null;
  /** Sanctions besides the fine, and the measures that accompany the decision (order to correct, education …). */
  sanctions: OutcomeSanction[];
  /** The 首违不罚 verdict. */
  firstViolation: {
    /** Whether the matter is on the edition's 首违不罚 list. */
    listed: boolean;
    /** `shall` (listed and every list condition holds), `may` (Art. 33 ¶1, second sentence) or `no`. */
    applies: "shall" | "may" | "no";
    /** The conditions that fail: the list's for a listed matter, else the statute's. */
    unmet: {
      /** The condition id. */
      id: string;
      /** Its wording in both languages. */
      label: Localized;
    }[];
  };
  /** Procedure flags, on the upper bound of the fine range. */
  procedure: {
    /** The simple (on-the-spot) procedure is possible (Art. 51). */
    simpleProcedure: boolean;
    /** Legal review (法制审核) is required. */
    legalReview: boolean;
    /** The party must be told of the right to a hearing (听证). */
    hearing: boolean;
  };
  /** Every article the outcome rests on, with its words. */
  citations: Citation[];
  /** The explanation trace (from {@link explain} only). */
  trace?: TraceStep[];
}

/**
 * A penalty applies: the tier is known. The fine is null only when none is imposed: a warning-only tier (the warning
 * is among `sanctions`) or a statutory penalty without a fine.
 */
export interface PenaltyOutcome extends OutcomeCommon {
  /** A penalty applies. */
  disposition: "penalty";
  /** The discretion tier that applies. */
  tier: OutcomeTier;
  /** The fine range of the tier, or null when no fine is imposed (a warning-only tier: the warning is among `sanctions`). */
  fine: Fine | null;
}

/** The agency may waive the penalty (可以不予); the tier and fine are those that apply if it does not. */
export interface MayWaiveOutcome extends OutcomeCommon {
  /** The agency may waive the penalty. */
  disposition: "may-waive";
  /** The discretion tier that applies if the penalty is not waived. */
  tier: OutcomeTier;
  /** The fine range if the penalty is not waived, or null when no fine would be imposed (a warning-only tier). */
  fine: Fine | null;
}

/** The law forbids a penalty (不予行政处罚): no tier, no fine; the grounds say why. */
export interface NoPenaltyOutcome extends OutcomeCommon {
  /** No penalty may be imposed. */
  disposition: "no-penalty";
  /** No tier applies. */
  tier: null;
  /** No fine. */
  fine: null;
}

/**
 * The lawful outcome of one case (DESIGN §4), discriminated by `disposition`: after
 * `if (o.disposition !== "no-penalty")` the tier is known (`o.tier.id`), and a no-penalty outcome has neither tier
 * nor fine.
 */
export type Outcome = PenaltyOutcome | MayWaiveOutcome | NoPenaltyOutcome;
