/** Zod schema for case input, and the types of the outcome the evaluator returns. */
import { z } from "zod";
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
    type: z.literal("individual"),
    age: z.number().int().min(0).max(150).optional(),
    mentalState: MentalState.optional(),
  }),
  z.strictObject({ type: z.literal("unit") }),
]);

export const PriorViolation = z.strictObject({
  matter: MatterId,
  on: IsoDate,
  jurisdiction: JurisdictionId,
});

/** One case: the facts of one act, as case-handling software sends them. */
export const CaseInput = z.strictObject({
  matter: z.union([MatterId, z.array(MatterId).min(1).max(16)]),
  party: Party,
  jurisdiction: JurisdictionId,
  occurredOn: IsoDate,
  endedOn: IsoDate.optional(),
  discoveredOn: IsoDate,
  decidedOn: IsoDate.optional(),
  facts: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  circumstances: z.array(z.string()).max(64),
  harm: Harm,
  correction: Correction,
  priorViolations: z.array(PriorViolation).max(1000),
  noFaultProven: z.boolean().optional(),
});

export type Harm = z.infer<typeof Harm>;
export type Correction = z.infer<typeof Correction>;
export type MentalState = z.infer<typeof MentalState>;
export type Party = z.infer<typeof Party>;
export type PriorViolation = z.infer<typeof PriorViolation>;
export type CaseInput = z.infer<typeof CaseInput>;

/** `no-penalty`: the law forbids a penalty; `may-waive`: the agency may waive it; `penalty`: a penalty applies. */
export type Disposition = "no-penalty" | "may-waive" | "penalty";

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
  | "minor-age-mitigation"
  | "partial-capacity-mitigation"
  | "mitigating-circumstance"
  | "aggravating-circumstance"
  | "reduced-penalty"
  | "one-fine-higher-provision"
  | "local-refinement"
  | "rule-in-force-at-act"
  | "later-rule-lighter";

/** A reason the outcome rests on. */
export interface Ground {
  code: GroundCode;
  citation: Citation | null;
  /** true when the law says 应当 / 不予 (the agency has no choice), false for 可以. */
  mandatory: boolean;
  /** A published document behind the ground when it is not a statute (e.g. a 免罚清单). */
  source?: Source;
  /** The circumstance or precondition id the ground concerns. */
  ref?: string;
}

export type OutcomeSanctionCode = SanctionCode | "order-to-correct" | "educate" | "guardian-discipline";

/** A sanction beside the fine, or a measure that accompanies the decision. */
export interface OutcomeSanction {
  code: OutcomeSanctionCode;
  label: Localized;
  mandatory: boolean;
  /** `penalty`: an administrative penalty; `measure`: an accompanying order or duty. */
  kind: "penalty" | "measure";
  citation: Citation | null;
}

/** One step of the explanation trace. */
export interface TraceStep {
  step: string;
  result: "applied" | "not-applied" | "info";
  reads: Record<string, unknown>;
  citation: Citation | null;
  note: string;
}

/** The lawful outcome of one case (DESIGN §4). */
export interface Outcome {
  matter: { id: string; name: Localized };
  ruleSet: { id: string; title: Localized; effectiveFrom: string; effectiveTo: string | null };
  jurisdiction: { id: string; name: Localized; basis: string };
  disposition: Disposition;
  grounds: Ground[];
  tier: { id: string; label: Localized } | null;
  fine: { min: string; max: string; currency: "CNY" } | null;
  sanctions: OutcomeSanction[];
  firstViolation: { listed: boolean; applies: "shall" | "may" | "no"; unmet: { id: string; label: Localized }[] };
  procedure: { simpleProcedure: boolean; legalReview: boolean; hearing: boolean };
  citations: Citation[];
  trace?: TraceStep[];
}
