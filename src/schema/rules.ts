/**
 * Zod schemas for rule files: the single source of truth for the rule format.
 * The JSON Schemas under `rules/schema/` are generated from these (`npm run generate`).
 */
import { z } from "zod";

/** Chinese and English wording of one label. */
export const Localized = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});

/** A non-negative decimal amount written as a string, e.g. `"3000"` or `"0.5"`. */
export const DecimalString = z
  .string()
  .regex(/^(0|[1-9][0-9]*)(\.[0-9]+)?$/, "a non-negative decimal string such as \"300\" or \"12.5\"");

/** A non-negative ratio: a decimal string or a fraction such as `"1/3"`. */
export const RatioString = z
  .string()
  .regex(/^(0|[1-9][0-9]*)(\.[0-9]+)?(\/[1-9][0-9]*)?$/, "a non-negative ratio such as \"0.4\" or \"2/3\"");

/** A calendar date `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** A law file name from the law collection, without `.md`, e.g. `sh-city-appearance-regulation-2018`. */
export const LawId = z.string().regex(/^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/, "a law file name without .md");

/** Stable identifiers used for tiers, circumstances, conditions. */
export const Identifier = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "a kebab-case identifier");

/** A jurisdiction id: `shanghai`, `shanghai/qingpu`, `zhejiang/jiaxing` … */
export const JurisdictionId = z
  .string()
  .regex(/^[a-z]+(\/[a-z]+)*$/, "a jurisdiction id such as \"shanghai\" or \"zhejiang/jiaxing\"");

/** A fact name declared by a matter (camelCase). */
export const FactName = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "a camelCase fact name");

/** A matter id: domain, then dot-separated kebab-case words, e.g. `cityscape.littering`. */
export const MatterId = z
  .string()
  .regex(/^(ecology|cityscape)(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, "a matter id such as \"cityscape.littering\"");

/** A verbatim legal citation: law file, article reference and the article's words. */
export const Citation = z.strictObject({
  law: LawId,
  article: z.string().regex(/^第[〇零一二三四五六七八九十百]+条/, "an article reference such as 第二十八条第一款第（二）项"),
  text: z.string().min(1),
});

/** A non-statutory source: a published document or web page. */
export const Source = z.strictObject({
  title: z.string().min(1),
  documentNumber: z.string().optional(),
  issuer: z.string().optional(),
  date: IsoDate.optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});

/** Where one part of a rule comes from (DESIGN §6): never present a modelled number as official. */
export const Provenance = z.strictObject({
  status: z.enum(["statute", "formula", "published", "modelled"]),
  source: Source.optional(),
  note: z.string().optional(),
});

export const Operator = z.enum([
  "equal",
  "notEqual",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
]);

const Scalar = z.union([z.number(), z.string(), z.boolean()]);

/** A json-rules-engine leaf condition: `{ fact, operator, value }`. */
export const LeafCondition = z.strictObject({
  fact: z.string().min(1),
  operator: Operator,
  value: z.union([Scalar, z.array(Scalar)]),
});

export type LeafCondition = z.infer<typeof LeafCondition>;
/** A json-rules-engine condition tree (`all` / `any` / `not` / leaf). */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | LeafCondition;

/** A json-rules-engine condition (`all` / `any` / `not` over `{ fact, operator, value }` leaves). */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
    LeafCondition,
  ]),
);

/** A named condition with a label, used for preconditions, list conditions and sanctions. */
export const NamedCondition = z.strictObject({
  id: Identifier,
  label: Localized,
  when: Condition,
});

// ---------------------------------------------------------------------------------------------
// Facts a matter declares

export const NumberFact = z.strictObject({
  type: z.literal("number"),
  label: Localized,
  unit: Localized.optional(),
  integer: z.boolean().optional(),
  min: z.number(),
  max: z.number().optional(),
  description: Localized.optional(),
});

export const MoneyFact = z.strictObject({
  type: z.literal("money"),
  label: Localized,
  description: Localized.optional(),
});

export const EnumFact = z.strictObject({
  type: z.literal("enum"),
  label: Localized,
  values: z.array(z.strictObject({ value: Identifier, label: Localized })).min(1),
  description: Localized.optional(),
});

export const BooleanFact = z.strictObject({
  type: z.literal("boolean"),
  label: Localized,
  description: Localized.optional(),
});

export const FactDeclaration = z.discriminatedUnion("type", [NumberFact, MoneyFact, EnumFact, BooleanFact]);

// ---------------------------------------------------------------------------------------------
// Statutory penalties

/** The statutory fine in one of the shapes the law uses. */
export const StatutoryFine = z.discriminatedUnion("shape", [
  /** 处 min 元以上 max 元以下罚款 */
  z.strictObject({ shape: z.literal("range"), min: DecimalString, max: DecimalString }),
  /** 处 max 元以下罚款 */
  z.strictObject({ shape: z.literal("max-only"), max: DecimalString }),
  /** 处 amount 元罚款 */
  z.strictObject({ shape: z.literal("fixed"), amount: DecimalString }),
  /** rate 元 per unit of the product of the quantity facts (元/吨, 元/日/平方米 …); a fixed rate has min = max */
  z.strictObject({
    shape: z.literal("per-unit"),
    rate: z.strictObject({ min: DecimalString, max: DecimalString }),
    quantity: z.array(FactName).min(1),
    unit: Localized,
  }),
  /** min–max times a money base fact (绿化补偿标准 5–10 倍) */
  z.strictObject({ shape: z.literal("multiple"), base: FactName, min: RatioString, max: RatioString }),
  /** min %–max % of a money base fact (建设工程造价 5 %–10 %) */
  z.strictObject({ shape: z.literal("percentage"), base: FactName, min: DecimalString, max: DecimalString }),
]);

export const SanctionCode = z.enum([
  "warning",
  "confiscate-illegal-gains",
  "confiscate-items",
  "detain-items",
  "detain-vehicle",
  /** 责令停产停业 / 责令停工: a penalty (行政处罚法 Art. 9), with a hearing right. */
  "order-to-stop-work",
  /** 责令停止建设 / 停止违法行为: an administrative order, not a penalty. */
  "order-to-stop-construction",
  "revoke-license",
  "clear-at-offender-cost",
  "demolish",
  "restore",
  "other",
]);

/** A sanction or measure beside the fine. */
export const Sanction = z.strictObject({
  code: SanctionCode,
  label: Localized,
  mandatory: z.boolean(),
  when: Condition.optional(),
  citation: Citation.optional(),
});

/** The penalty the statute sets for one kind of party. */
export const StatutoryPenalty = z.strictObject({
  fine: StatutoryFine.nullable(),
  /** "可以处…罚款" (true) versus "处…罚款" (false). */
  optional: z.boolean(),
  /** Conditions that must hold before the fine may be imposed (拒不改正, 逾期不改, 情节严重 …). */
  preconditions: z.array(NamedCondition).optional(),
  sanctions: z.array(Sanction).optional(),
});

/** One jurisdiction's legal basis for a matter. */
export const LegalBasis = z.strictObject({
  prohibition: z.array(Citation).min(1),
  penalty: z.array(Citation).min(1),
  statutory: z.strictObject({
    individual: StatutoryPenalty.optional(),
    unit: StatutoryPenalty.optional(),
  }),
  provenance: Provenance,
  note: z.string().optional(),
});

// ---------------------------------------------------------------------------------------------
// Tiers

export const TierLevel = z.enum(["reduced", "lighter", "general", "heavier"]);
export const FormulaBandName = z.enum(["lighter", "general", "heavier"]);

export const Band = z.strictObject({ from: RatioString, to: RatioString });

export const AmountRange = z.strictObject({ min: DecimalString, max: DecimalString });

/** A discretion tier (裁量阶次). */
export const Tier = z.strictObject({
  id: Identifier,
  label: Localized,
  level: TierLevel,
  /** 适用情形: the facts that select this tier (not allowed on a `reduced` tier, which circumstances select). */
  when: Condition.optional(),
  description: Localized.optional(),
  /** Position in the statutory range: a band of the edition's tier formula, or explicit fractions of the range. */
  band: z.union([FormulaBandName, Band]).optional(),
  /** Explicit amounts per jurisdiction and party, instead of a band. */
  amounts: z
    .record(JurisdictionId, z.strictObject({ individual: AmountRange.optional(), unit: AmountRange.optional() }))
    .optional(),
});

export const FirstViolationListing = z.strictObject({
  listed: z.boolean(),
  /** The list item's own conditions; all must hold. */
  conditions: z.array(NamedCondition),
  provenance: Provenance,
  item: z.string().optional(),
});

/** One violation matter (违法事项), jurisdiction-neutral, with a legal basis per jurisdiction. */
export const MatterFile = z.strictObject({
  $schema: z.string().optional(),
  id: MatterId,
  name: Localized,
  domain: z.enum(["ecology", "cityscape"]),
  category: z.string().min(1),
  parties: z.array(z.enum(["individual", "unit"])).min(1),
  /** 涉及公民生命健康安全、金融安全: the five-year limitation may apply when harm was caused. */
  safetyRelevant: z.boolean().optional(),
  facts: z.record(FactName, FactDeclaration),
  bases: z.record(JurisdictionId, LegalBasis),
  tiers: z.array(Tier).min(1),
  /** When the violation counts as 轻微 (Art. 33 ¶1); defaults to the edition's rule. */
  minor: Condition.optional(),
  firstViolation: FirstViolationListing.optional(),
  provenance: z.strictObject({
    tiers: Provenance,
    conditions: Provenance,
  }),
  notes: z.array(z.string()).optional(),
});

// ---------------------------------------------------------------------------------------------
// Edition and general rules

export const CircumstanceKind = z.enum(["mitigating", "mitigating-or-reducing", "aggravating", "exempting"]);

export const Circumstance = z.strictObject({
  id: Identifier,
  kind: CircumstanceKind,
  /** true: the law says 应当 (shall); false: 可以 (may) or a benchmark's own factor. */
  mandatory: z.boolean(),
  label: Localized,
  citation: Citation.optional(),
  provenance: Provenance,
});

const Threshold = z.strictObject({ individual: DecimalString, unit: DecimalString });

export const GeneralRules = z.strictObject({
  /** The 行政处罚法 provisions the evaluator applies, with their numbers and verbatim texts. */
  statute: z.strictObject({
    orderToCorrect: Citation,
    oneFine: Citation,
    minorAge: z.strictObject({
      noPenaltyUnder: z.number().int().positive(),
      mitigateUnder: z.number().int().positive(),
      citation: Citation,
    }),
    mentalState: Citation,
    mandatoryMitigation: Citation,
    minorNoHarm: Citation,
    firstViolation: Citation,
    noFault: Citation,
    educate: Citation,
    limitation: z.strictObject({
      years: z.number().int().positive(),
      extendedYears: z.number().int().positive(),
      citation: Citation,
    }),
    simpleProcedure: Threshold.extend({ citation: Citation }),
    legalReview: Citation,
    hearing: Citation,
    /** Art. 37: the rules in force when the act occurred apply, unless the rules at decision time are lighter. */
    temporal: Citation,
  }),
  tierFormula: z.strictObject({
    /** Fractions of [min, max] for a fine with a statutory minimum (range, multiples, percentages, rates). */
    range: z.strictObject({ lighter: Band, general: Band, heavier: Band }),
    /** Fractions of [0, max] for a fine with only a maximum. */
    maxOnly: z.strictObject({ lighter: Band, general: Band, heavier: Band }),
    /** 减轻: from this fraction of the statutory minimum up to just below the minimum. */
    reduced: z.strictObject({ from: RatioString }),
    provenance: Provenance,
  }),
  adjustment: z.strictObject({
    /** 减轻 applies when at least this many mandatory 从轻或者减轻 circumstances are present and none aggravating. */
    reduceAtMandatory: z.number().int().positive(),
    provenance: Provenance,
  }),
  circumstances: z.array(Circumstance),
  firstViolation: z.strictObject({
    lookbackMonths: z.number().int().positive(),
    scope: z.enum(["same-matter", "same-category"]),
    area: z.enum(["region", "local"]),
    provenance: Provenance,
  }),
  minorViolation: z.strictObject({ when: Condition, provenance: Provenance }),
  procedure: z.strictObject({
    legalReview: Threshold.extend({ reducedAlwaysReviewed: z.boolean(), provenance: Provenance }),
    hearing: Threshold.extend({ provenance: Provenance }),
  }),
  rounding: z.strictObject({ unit: DecimalString, provenance: Provenance }),
});

export const Jurisdiction = z.strictObject({
  id: JurisdictionId,
  name: Localized,
  /** false: no law text is available for this jurisdiction, so no matter can have a basis there. */
  basisAvailable: z.boolean(),
  note: z.string().optional(),
});

/** Why an edition changes something relative to the edition it supersedes. */
export const ChangeNote = z.strictObject({
  /** What changed: a matter id (`cityscape.littering`), a part of it (`cityscape.littering#tiers`), or `generalRules.<key>`. */
  ref: z.string().min(1),
  kind: z.enum(["added", "removed", "changed"]),
  reason: Localized,
  provenance: Provenance,
});

/** One benchmark edition's header and general rules (通则). */
export const EditionFile = z.strictObject({
  $schema: z.string().optional(),
  id: Identifier,
  title: Localized,
  issuer: Localized,
  documentNumber: z.string().nullable(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
  supersedes: z.array(Identifier).optional(),
  /** The reasons for what this edition changes relative to the editions it supersedes. */
  changes: z.array(ChangeNote).optional(),
  jurisdictions: z.array(Jurisdiction).min(1),
  knownGaps: z.array(z.strictObject({ jurisdiction: JurisdictionId.optional(), note: Localized })),
  provenance: Provenance,
  generalRules: GeneralRules,
});

/**
 * A jurisdiction overlay: a lower level (e.g. `shanghai/qingpu` under 示范区条例 Art. 58) refining its parent's tiers
 * for some matters. It may only narrow: every refined tier stays inside the parent's tier range.
 */
export const OverlayFile = z.strictObject({
  $schema: z.string().optional(),
  jurisdiction: JurisdictionId,
  parent: JurisdictionId,
  title: Localized,
  /** The provision that lets the lower level refine the benchmark, verbatim. */
  citation: Citation,
  provenance: Provenance,
  matters: z.record(
    MatterId,
    z.strictObject({
      tiers: z.record(
        Identifier,
        z.strictObject({
          /** Explicit amounts (fines with a fixed statutory range). */
          individual: AmountRange.optional(),
          unit: AmountRange.optional(),
          /** Fractions of the statutory range (fines that depend on the case); must lie inside the parent tier's band. */
          band: Band.optional(),
        }),
      ),
    }),
  ),
});

export type Localized = z.infer<typeof Localized>;
export type Citation = z.infer<typeof Citation>;
export type Source = z.infer<typeof Source>;
export type Provenance = z.infer<typeof Provenance>;
export type Operator = z.infer<typeof Operator>;
export type NamedCondition = z.infer<typeof NamedCondition>;
export type FactDeclaration = z.infer<typeof FactDeclaration>;
export type StatutoryFine = z.infer<typeof StatutoryFine>;
export type Sanction = z.infer<typeof Sanction>;
export type SanctionCode = z.infer<typeof SanctionCode>;
export type StatutoryPenalty = z.infer<typeof StatutoryPenalty>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type TierLevel = z.infer<typeof TierLevel>;
export type Band = z.infer<typeof Band>;
export type AmountRange = z.infer<typeof AmountRange>;
export type Tier = z.infer<typeof Tier>;
export type FirstViolationListing = z.infer<typeof FirstViolationListing>;
export type MatterFile = z.infer<typeof MatterFile>;
export type Circumstance = z.infer<typeof Circumstance>;
export type CircumstanceKind = z.infer<typeof CircumstanceKind>;
export type GeneralRules = z.infer<typeof GeneralRules>;
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type EditionFile = z.infer<typeof EditionFile>;
export type OverlayFile = z.infer<typeof OverlayFile>;
export type ChangeNote = z.infer<typeof ChangeNote>;
