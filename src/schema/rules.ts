/**
 * Zod schemas for rule files: the single source of truth for the rule format.
 * The JSON Schemas under `rules/schema/` are generated from these (`npm run generate`).
 */
import * as z from "zod";
import { MAX_AMOUNT_CHARS } from "../money/limits.js";

/** Chinese and English wording of one label. */
export const Localized = z.strictObject({
  /** Chinese wording (the authoritative text). */
  zh: z.string().min(1),
  /** English wording. */
  en: z.string().min(1),
});

/** A non-negative decimal amount written as a string, e.g. `"3000"` or `"0.5"`. */
export const DecimalString = z
  .string()
  .max(
    MAX_AMOUNT_CHARS,
    `at most ${MAX_AMOUNT_CHARS} characters: a longer amount cannot be computed exactly（金额至多 ${MAX_AMOUNT_CHARS} 个字符）`,
  )
  .regex(/^(0|[1-9][0-9]*)(\.[0-9]+)?$/, 'a non-negative decimal string such as "300" or "12.5"');

/** A non-negative ratio: a decimal string or a fraction such as `"1/3"`. */
export const RatioString = z
  .string()
  .max(
    MAX_AMOUNT_CHARS,
    `at most ${MAX_AMOUNT_CHARS} characters: a longer ratio cannot be computed exactly（比例至多 ${MAX_AMOUNT_CHARS} 个字符）`,
  )
  .regex(/^(0|[1-9][0-9]*)(\.[0-9]+)?(\/[1-9][0-9]*)?$/, 'a non-negative ratio such as "0.4" or "2/3"');

/** A calendar date `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** A law file name from the law collection, without `.md`, e.g. `sh-city-appearance-regulation-2018`. */
export const LawId = z.string().regex(/^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/, "a law file name without .md");

/** Stable identifiers used for tiers, circumstances, conditions. */
export const Identifier = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "a kebab-case identifier");

/** A jurisdiction id: `shanghai`, `shanghai/qingpu`, `zhejiang/jiaxing` … */
export const JurisdictionId = z
  .string()
  .regex(/^[a-z]+(\/[a-z]+)*$/, 'a jurisdiction id such as "shanghai" or "zhejiang/jiaxing"');

/** A fact name declared by a matter (camelCase). */
export const FactName = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "a camelCase fact name");

/** A matter id: domain, then dot-separated kebab-case words, e.g. `cityscape.littering`. */
export const MatterId = z
  .string()
  .regex(/^(ecology|cityscape)(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, 'a matter id such as "cityscape.littering"');

/** A verbatim legal citation: law file, article reference and the article's words. */
export const Citation = z.strictObject({
  /** The law file the article is quoted from: a `rules/laws/` file name without `.md`. */
  law: LawId,
  /** The article reference, down to the paragraph (款) and item (项) where needed: `第二十八条第一款第（二）项`. */
  article: z
    .string()
    .regex(/^第[〇零一二三四五六七八九十百]+条/, "an article reference such as 第二十八条第一款第（二）项"),
  /** The cited words, verbatim from that article, paragraph or item (checked at load time when law texts are given). */
  text: z.string().min(1),
});

/** A non-statutory source: a published document or web page. */
export const Source = z.strictObject({
  /** The document's title. */
  title: z.string().min(1),
  /** Its document number (文号), e.g. `沪城管规〔2025〕2号`. */
  documentNumber: z.string().optional(),
  /** The body that issued it. */
  issuer: z.string().optional(),
  /** Its date of issue or publication (`YYYY-MM-DD`). */
  date: IsoDate.optional(),
  /** Where it was read. */
  url: z.string().optional(),
  /** What the source says that matters here, or how it was used. */
  note: z.string().optional(),
});

/** Where one part of a rule comes from (DESIGN §6): never present a modelled number as official. */
export const Provenance = z.strictObject({
  /** `statute`: checked verbatim against a law text; `formula`: computed by a published tier rule; `published`: taken from a published document; `modelled`: this edition's own model. */
  status: z.enum(["statute", "formula", "published", "modelled"]),
  /** The published source behind a `formula` or `published` part (or the one a model follows). */
  source: Source.optional(),
  /** Which part is modelled, what could not be checked, or how the source was read. */
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
  /** The fact read: a fact the matter declares, or a system fact (`party`, `priorCount`, `harm`, `correction`, `circumstances`, `tierLevel`). */
  fact: z.string().min(1),
  /** The comparison: `equal`, `notEqual`, `lessThan`, `lessThanInclusive`, `greaterThan`, `greaterThanInclusive`, `in`, `notIn`, `contains`, `doesNotContain`. */
  operator: Operator,
  /** What the fact is compared with (an array for `in` / `notIn`). */
  value: z.union([Scalar, z.array(Scalar)]),
});

/**
 * A json-rules-engine leaf condition: `{ fact, operator, value }`.
 *
 * @inline
 */
export type LeafCondition = z.infer<typeof LeafCondition>;
/** A json-rules-engine condition tree (`all` / `any` / `not` / leaf). */
export type Condition =
  | {
      /** Every condition holds. */
      all: Condition[];
    }
  | {
      /** At least one condition holds. */
      any: Condition[];
    }
  | {
      /** The condition does not hold. */
      not: Condition;
    }
  | LeafCondition;

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
  /** A stable id, reported in `unmet` lists and grounds. */
  id: Identifier,
  /** What the condition means, in both languages (e.g. 首次被发现). */
  label: Localized,
  /** The condition itself. */
  when: Condition,
});

// ---------------------------------------------------------------------------------------------
// Facts a matter declares

export const NumberFact = z.strictObject({
  /** A number (an area, a weight, a count, days …). */
  type: z.literal("number"),
  /** The fact's name in both languages; the playground shows it on the form. */
  label: Localized,
  /** Its unit (平方米, 吨, 处 …). */
  unit: Localized.optional(),
  /** Only whole numbers are valid. */
  integer: z.boolean().optional(),
  /** The smallest valid value. */
  min: z.number(),
  /** The largest valid value, if any. */
  max: z.number().optional(),
  /** How to establish the fact, if the label is not enough. */
  description: Localized.optional(),
});

export const MoneyFact = z.strictObject({
  /** An amount in 元, given as a decimal string (`"12000.50"`): the base of a `multiple` or `percentage` fine; conditions cannot read it. */
  type: z.literal("money"),
  /** The fact's name in both languages. */
  label: Localized,
  /** How to establish the amount. */
  description: Localized.optional(),
});

export const EnumFact = z.strictObject({
  /** One of a list of values. */
  type: z.literal("enum"),
  /** The fact's name in both languages. */
  label: Localized,
  /** The valid values (kebab-case ids), each with its label in both languages. */
  values: z
    .array(
      z.strictObject({
        /** The value a case gives (kebab-case). */
        value: Identifier,
        /** Its label in both languages. */
        label: Localized,
      }),
    )
    .min(1),
  /** How to choose the value. */
  description: Localized.optional(),
});

export const BooleanFact = z.strictObject({
  /** Yes or no. */
  type: z.literal("boolean"),
  /** The question, in both languages. */
  label: Localized,
  /** How to answer it. */
  description: Localized.optional(),
});

export const FactDeclaration = z.discriminatedUnion("type", [NumberFact, MoneyFact, EnumFact, BooleanFact]);

// ---------------------------------------------------------------------------------------------
// Statutory penalties

/** The statutory fine in one of the shapes the law uses. */
export const StatutoryFine = z.discriminatedUnion("shape", [
  /** 处 min 元以上 max 元以下罚款 */
  z.strictObject({
    /** 处 min 元以上 max 元以下罚款. */
    shape: z.literal("range"),
    /** The statutory minimum (元). */
    min: DecimalString,
    /** The statutory maximum (元). */
    max: DecimalString,
  }),
  /** 处 max 元以下罚款 */
  z.strictObject({
    /** 处 max 元以下罚款: the range is [0, max]. */
    shape: z.literal("max-only"),
    /** The statutory maximum (元). */
    max: DecimalString,
  }),
  /** 处 amount 元罚款 */
  z.strictObject({
    /** 处 amount 元罚款: one amount in every tier. */
    shape: z.literal("fixed"),
    /** The amount (元). */
    amount: DecimalString,
  }),
  /** rate 元 per unit of the product of the quantity facts (元/吨, 元/日/平方米 …); a fixed rate has min = max */
  z.strictObject({
    /** rate 元 per unit of the product of the quantity facts (元/吨, 元/日/平方米 …); a fixed rate has min = max. */
    shape: z.literal("per-unit"),
    /** The rate per unit: a range, or min = max for a fixed rate. */
    rate: z.strictObject({
      /** The lowest rate (元 per unit). */
      min: DecimalString,
      /** The highest rate (元 per unit). */
      max: DecimalString,
    }),
    /** The number facts whose product is the quantity the rate applies to (e.g. days × square metres). */
    quantity: z.array(FactName).min(1),
    /** What one unit is, in both languages (元/吨, 元/日/平方米 …). */
    unit: Localized,
  }),
  /** min–max times a money base fact (绿化补偿标准 5–10 倍) */
  z.strictObject({
    /** min–max times a money base (绿化补偿标准 5–10 倍). */
    shape: z.literal("multiple"),
    /** The money fact the multiple applies to. */
    base: FactName,
    /** The lowest multiple. */
    min: RatioString,
    /** The highest multiple. */
    max: RatioString,
  }),
  /** min %–max % of a money base fact (建设工程造价 5 %–10 %) */
  z.strictObject({
    /** min %–max % of a money base (建设工程造价 5 %–10 %). */
    shape: z.literal("percentage"),
    /** The money fact the percentage applies to. */
    base: FactName,
    /** The lowest percentage. */
    min: DecimalString,
    /** The highest percentage. */
    max: DecimalString,
  }),
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
  /** 吊销许可证件 by the deciding body itself: a penalty (行政处罚法 Art. 9 (三)), with a hearing right (Art. 63 (三)). */
  "revoke-license",
  /**
   * 移送有权机关吊销许可证件: the article has the deciding body refer the case to the body that may revoke the licence
   * (e.g. 上海市容条例 Art. 44 ¶6). A measure of this decision, not its penalty: the revocation, and its hearing right,
   * belong to the body that revokes.
   */
  "refer-for-revocation",
  "clear-at-offender-cost",
  "demolish",
  "restore",
  "other",
]);

/** A sanction or measure beside the fine. */
export const Sanction = z.strictObject({
  /** What kind of sanction or measure it is (`warning`, `confiscate-illegal-gains`, `detain-vehicle`, `order-to-stop-work` …). */
  code: SanctionCode,
  /** Its wording in both languages. */
  label: Localized,
  /** true when the statute says it shall be imposed (处), false for 可以. */
  mandatory: z.boolean(),
  /** When it applies, if not always. */
  when: Condition.optional(),
  /** The article that provides it, if it is not the penalty article. */
  citation: Citation.optional(),
});

/**
 * A statutory stage: a further sentence of the penalty article that replaces the fine when its condition holds
 * (噪声污染防治法 Art. 81: "拒不改正的，处五万元以上二十万元以下的罚款"). Tiers then split the stage's range.
 */
export const StatutoryStage = z.strictObject({
  /** A stable id, reported in the `statutory-stage` ground. */
  id: Identifier,
  /** What selects the stage, in both languages (拒不改正 …). */
  label: Localized,
  /** The condition that selects the stage; the first stage whose condition holds applies. */
  when: Condition,
  /** The stage's fine. */
  fine: StatutoryFine,
  /** "可以处…罚款" (true) versus "处…罚款" (false); defaults to the base penalty's. */
  optional: z.boolean().optional(),
  /** The sentence that sets the stage, verbatim. */
  citation: Citation,
  /** Sanctions the stage adds (e.g. 可以…责令停业). */
  sanctions: z.array(Sanction).optional(),
});

/** The penalty the statute sets for one kind of party. */
export const StatutoryPenalty = z.strictObject({
  /** The statutory fine, or null when the statute sets none for this party type. */
  fine: StatutoryFine.nullable(),
  /** "可以处…罚款" (true) versus "处…罚款" (false). */
  optional: z.boolean(),
  /** Conditions that must hold before the fine may be imposed (拒不改正, 逾期不改, 情节严重 …). */
  preconditions: z.array(NamedCondition).optional(),
  /** Sanctions and measures besides the fine. */
  sanctions: z.array(Sanction).optional(),
  /** Further sentences of the article that set a different fine when their condition holds, first match wins. */
  stages: z.array(StatutoryStage).max(8).optional(),
});

/** Which body enforces a provision (the competence the penalty article names). */
export const Agency = z.enum([
  "city-management",
  "ecology-environment",
  "housing-construction",
  "greening",
  "public-security",
  "other",
]);

/** One jurisdiction's legal basis for a matter. */
export const LegalBasis = z.strictObject({
  /** The article(s) that forbid the conduct, quoted verbatim. */
  prohibition: z.array(Citation).min(1),
  /** The article(s) that set the penalty, quoted verbatim. */
  penalty: z.array(Citation).min(1),
  /** The statutory penalty per party type. */
  statutory: z.strictObject({
    /** For individuals (公民). */
    individual: StatutoryPenalty.optional(),
    /** For units (法人或者其他组织). */
    unit: StatutoryPenalty.optional(),
  }),
  /** Where the basis comes from (normally `statute`, with the law version's caveats). */
  provenance: Provenance,
  /** The body the penalty article names to enforce it; absent: the edition's own agency. */
  enforcement: z
    .strictObject({
      /** The enforcing body. */
      agency: Agency,
      /** The words of the article that name it, verbatim. */
      citation: Citation,
    })
    .optional(),
  /** How the text was read where it is not plain. */
  note: z.string().optional(),
});

// ---------------------------------------------------------------------------------------------
// Tiers

export const TierLevel = z.enum(["reduced", "lighter", "general", "heavier"]);
export const FormulaBandName = z.enum(["lighter", "general", "heavier"]);
/** A tier whose amount is computed from factor scores (the matter's `factorScore`). */
export const FactorScoreBand = z.literal("factor-score");

export const Band = z.strictObject({
  /** Where the band starts, as a fraction of the interval (`"0"`, `"1/3"`, `"0.4"`). */
  from: RatioString,
  /** Where it ends, as a fraction of the interval. */
  to: RatioString,
});

export const AmountRange = z.strictObject({
  /** The lowest amount (元). */
  min: DecimalString,
  /** The highest amount (元). */
  max: DecimalString,
});

/** A discretion tier (裁量阶次). */
export const Tier = z.strictObject({
  /** A stable id within the matter (`lighter`, `general`, `heavier` …). */
  id: Identifier,
  /** The tier's name in both languages (从轻 / 一般 / 从重). */
  label: Localized,
  /** Its place in the order of tiers: `reduced` (减轻), `lighter`, `general`, `heavier`. */
  level: TierLevel,
  /** 适用情形: the facts that select this tier (not allowed on a `reduced` tier, which circumstances select). */
  when: Condition.optional(),
  /** The 适用情形 in words, as a benchmark table prints it. */
  description: Localized.optional(),
  /** Position in the statutory range: a band of the edition's tier formula, explicit fractions of the range, or `factor-score` (the matter's factor table). */
  band: z.union([FormulaBandName, Band, FactorScoreBand]).optional(),
  /** 警告, no fine: the cell imposes the statute's warning instead of a fine (the statute must provide a warning). */
  warningOnly: z.boolean().optional(),
  /** A 减轻 tier of a multiple, percentage or per-unit fine: its rate in the fine's own terms (倍数, %, 元 per unit), below the statutory minimum rate. */
  rate: z
    .strictObject({
      /** The lowest rate. */
      min: RatioString,
      /** The highest rate. */
      max: RatioString,
    })
    .optional(),
  /** Explicit amounts per jurisdiction and party, instead of a band. */
  amounts: z
    .record(
      JurisdictionId,
      z.strictObject({
        /** The tier's amounts for individuals. */
        individual: AmountRange.optional(),
        /** The tier's amounts for units. */
        unit: AmountRange.optional(),
      }),
    )
    .optional(),
});

export const FirstViolationListing = z.strictObject({
  /** Whether the matter is on the edition's 首违不罚 list. */
  listed: z.boolean(),
  /** The list item's own conditions; all must hold. */
  conditions: z.array(NamedCondition),
  /** Where the listing comes from (`published` with the list's source, or `modelled`). */
  provenance: Provenance,
  /** The item number on the published list. */
  item: z.string().optional(),
});

/** One violation matter (违法事项), jurisdiction-neutral, with a legal basis per jurisdiction. */
export const MatterFile = z.strictObject({
  /** Path of the JSON Schema, for editors. */
  $schema: z.string().optional(),
  /** The matter's stable id: domain, then dot-separated kebab-case words (`cityscape.littering`); also the file name. */
  id: MatterId,
  /** The violation's name in both languages, as a benchmark table prints it. */
  name: Localized,
  /** `cityscape` (市容) or `ecology` (生态环保). */
  domain: z.enum(["ecology", "cityscape"]),
  /** A category id; a `same-category` first-violation policy counts prior violations across a category. */
  category: z.string().min(1),
  /** Who can commit it: `individual`, `unit`, or both. */
  parties: z.array(z.enum(["individual", "unit"])).min(1),
  /** 涉及公民生命健康安全、金融安全: the five-year limitation may apply when harm was caused. */
  safetyRelevant: z.boolean().optional(),
  /** Why the matter is (or is not) safety-relevant, when it is marked. */
  safetyReason: z.string().optional(),
  /** The act can earn money (兜售, 经营 …): a case may state its illegal gains, which Art. 28 ¶2 confiscates. */
  earnsMoney: z.boolean().optional(),
  /** How a repeat count (`repeatCount`, readable by this matter's conditions) is counted, when the matter's tiers use one. */
  repeats: z
    .strictObject({
      /** Months before the act within which a prior counts; absent: all time. */
      windowMonths: z.number().int().positive().optional(),
      /** `same-matter` or `same-category`. */
      scope: z.enum(["same-matter", "same-category"]),
      /** `region` or `local` (same province or city). */
      area: z.enum(["region", "local"]),
      /** true: only priors that were punished (被依法查处) count; false: waived ones too. */
      punishedOnly: z.boolean(),
      /** What the table says, in both languages (被依法查处两次以上 …). */
      label: Localized,
      /** Where the counting rule comes from. */
      provenance: Provenance,
    })
    .optional(),
  /** Ladders of tier ids, lightest first: "one step lighter or heavier" moves along a tier's ladder only. Absent: one ladder of all tiers in file order. */
  ladders: z.array(z.array(Identifier).min(1)).optional(),
  /**
   * A factor-score fine (裁量百分比): amount = min + (max − min) × the sum of the factor scores, clamped to the
   * statutory range; tiers with `band: "factor-score"` use it.
   */
  factorScore: z
    .strictObject({
      /** The factors, each an enum fact with a score per value. */
      factors: z
        .array(
          z.strictObject({
            /** The enum fact the factor reads. */
            fact: FactName,
            /** The score of each value, as a fraction of the range (`"0.1"`, `"1/5"`). */
            scores: z.record(Identifier, RatioString),
          }),
        )
        .min(1)
        .max(32),
      /** Where the table comes from. */
      provenance: Provenance,
    })
    .optional(),
  /** The facts a case of this matter must give, by camelCase name. */
  facts: z.record(FactName, FactDeclaration),
  /** The legal basis per jurisdiction id; a lower jurisdiction without its own uses its parent's. */
  bases: z.record(JurisdictionId, LegalBasis),
  /** The discretion tiers, lightest first; for every combination of valid facts exactly one applies. */
  tiers: z.array(Tier).min(1),
  /** When the violation counts as 轻微 (Art. 33 ¶1); defaults to the edition's rule. */
  minor: Condition.optional(),
  /** The matter's entry on the 首违不罚 list, if any. */
  firstViolation: FirstViolationListing.optional(),
  /** Where the tier split and the tier conditions come from. */
  provenance: z.strictObject({
    /** Provenance of the tier split (the amounts). */
    tiers: Provenance,
    /** Provenance of the tier conditions (适用情形). */
    conditions: Provenance,
  }),
  /** Anything a reader of the rule should know. */
  notes: z.array(z.string()).optional(),
});

// ---------------------------------------------------------------------------------------------
// Edition and general rules

export const CircumstanceKind = z.enum(["mitigating", "mitigating-or-reducing", "aggravating", "exempting"]);

export const Circumstance = z.strictObject({
  /** A stable id a case names in `circumstances`. */
  id: Identifier,
  /** `mitigating` (从轻), `mitigating-or-reducing` (从轻或者减轻), `aggravating` (从重) or `exempting` (不予). */
  kind: CircumstanceKind,
  /** true: the law says 应当 (shall); false: 可以 (may) or a benchmark's own factor. */
  mandatory: z.boolean(),
  /** Its wording in both languages. */
  label: Localized,
  /** The article that provides it, if a statute does. */
  citation: Citation.optional(),
  /** Where it comes from. */
  provenance: Provenance,
});

const Threshold = z.strictObject({
  /** The amount for individuals (元). */
  individual: DecimalString,
  /** The amount for units (元). */
  unit: DecimalString,
});

export const GeneralRules = z.strictObject({
  /** The 行政处罚法 provisions the evaluator applies, with their numbers and verbatim texts. */
  statute: z.strictObject({
    /** Art. 28 ¶1: the order to correct that accompanies every penalty. */
    orderToCorrect: Citation,
    /** Art. 28 ¶2: illegal gains are confiscated. */
    confiscation: Citation.optional(),
    /** Art. 29: one act breaking several provisions gets one fine, under the higher one. */
    oneFine: Citation,
    /** Art. 30: minors. */
    minorAge: z.strictObject({
      /** No penalty under this age (14). */
      noPenaltyUnder: z.number().int().positive(),
      /** Mandatory 从轻或者减轻 under this age (18). */
      mitigateUnder: z.number().int().positive(),
      /** Art. 30, verbatim. */
      citation: Citation,
    }),
    /** Art. 31: mental illness. */
    mentalState: Citation,
    /** Art. 32: the circumstances that shall lead to 从轻或者减轻. */
    mandatoryMitigation: Citation,
    /** Art. 33 ¶1, first sentence: minor, corrected in time, no harm → no penalty. */
    minorNoHarm: Citation,
    /** Art. 33 ¶1, second sentence: first violation, minor harm, corrected in time → may waive. */
    firstViolation: Citation,
    /** Art. 33 ¶2: proven absence of fault → no penalty. */
    noFault: Citation,
    /** Art. 33 ¶3: the duty to educate that accompanies a decision not to punish. */
    educate: Citation,
    /** Art. 36: the limitation period. */
    limitation: z.strictObject({
      /** Years within which the act must be discovered (2). */
      years: z.number().int().positive(),
      /** The extended period for safety-relevant matters with harm (5). */
      extendedYears: z.number().int().positive(),
      /** Art. 36, verbatim. */
      citation: Citation,
    }),
    /** Art. 51: the simple (on-the-spot) procedure, with its fine limits per party type. */
    simpleProcedure: Threshold.extend({
      /** Art. 51, verbatim. */
      citation: Citation,
    }),
    /** The article requiring legal review (法制审核) of some decisions. */
    legalReview: Citation,
    /** The article giving a hearing right (听证) for large fines and some sanctions. */
    hearing: Citation,
    /** Art. 37: the rules in force when the act occurred apply, unless the rules at decision time are lighter. */
    temporal: Citation,
  }),
  /** How a statutory range is split into tiers when a matter gives no explicit amounts. */
  tierFormula: z.strictObject({
    /** `linear` (default): fractions of the width; `geometric`: fractions of the ratio max/min (按倍数), for ranges with a minimum above 0. */
    split: z.enum(["linear", "geometric"]).optional(),
    /** Fractions of [min, max] for a fine with a statutory minimum (range, multiples, percentages, rates). */
    range: z.strictObject({
      /** The 从轻 band. */
      lighter: Band,
      /** The 一般 band. */
      general: Band,
      /** The 从重 band. */
      heavier: Band,
    }),
    /** Fractions of [0, max] for a fine with only a maximum. */
    maxOnly: z.strictObject({
      /** The 从轻 band. */
      lighter: Band,
      /** The 一般 band. */
      general: Band,
      /** The 从重 band. */
      heavier: Band,
    }),
    /** 减轻: from this fraction of the statutory minimum up to just below the minimum. */
    reduced: z.strictObject({
      /** Where the 减轻 band starts, as a fraction of the statutory minimum; it ends just below the minimum. */
      from: RatioString,
    }),
    /** The published tier rule and which part of its reading is modelled. */
    provenance: Provenance,
  }),
  /** Which sanctions are administrative penalties (Art. 9) and which give a hearing right (Art. 63). */
  sanctionKinds: z.strictObject({
    /** Sanction codes that are penalties; the others are orders or measures. */
    penalties: z.array(SanctionCode).min(1),
    /** Art. 9, verbatim (its opening words or the items relied on). */
    penaltiesCitation: Citation,
    /** Sanction codes whose imposition gives the party a hearing right (Art. 63 (三)(四)). */
    hearing: z.array(SanctionCode),
  }),
  /** How circumstances move a case between tiers. */
  adjustment: z.strictObject({
    /** 减轻 applies when at least this many mandatory 从轻或者减轻 circumstances are present and none aggravating. */
    reduceAtMandatory: z.number().int().positive(),
    /** Where the adjustment rule comes from. */
    provenance: Provenance,
  }),
  /** The circumstance catalogue (情节) a case may name. */
  circumstances: z.array(Circumstance),
  /** The 首违不罚 policy: what counts as a first violation. */
  firstViolation: z.strictObject({
    /** Prior violations count within this many months before the act. */
    lookbackMonths: z.number().int().positive(),
    /** `same-matter` or `same-category`: which prior violations count. */
    scope: z.enum(["same-matter", "same-category"]),
    /** `region`: prior violations anywhere in the covered region count (毗邻区域); `local`: only in the same province or city. */
    area: z.enum(["region", "local"]),
    /** Where the policy comes from. */
    provenance: Provenance,
  }),
  /** When a violation is 轻微 (Art. 33 ¶1) unless the matter says otherwise. */
  minorViolation: z.strictObject({
    /** The 轻微 test (it may read `tierLevel`). */
    when: Condition,
    /** Where the test comes from. */
    provenance: Provenance,
  }),
  /** Thresholds for legal review and for the hearing right, per party type. */
  procedure: z.strictObject({
    /** 法制审核: required from these fine maxima (元). */
    legalReview: Threshold.extend({
      /** A 减轻 decision always needs legal review. */
      reducedAlwaysReviewed: z.boolean(),
      /** Where the thresholds come from. */
      provenance: Provenance,
    }),
    /** 听证: the 较大数额 from which a hearing right arises (元). */
    hearing: Threshold.extend({
      /** Where the thresholds come from. */
      provenance: Provenance,
    }),
  }),
  /** How band bounds are rounded: lower bounds up, upper bounds down, to a multiple of `unit`. */
  rounding: z.strictObject({
    /** The rounding unit (元), e.g. `"1"`. */
    unit: DecimalString,
    /** Where the rounding rule comes from. */
    provenance: Provenance,
  }),
});

export const Jurisdiction = z.strictObject({
  /** The jurisdiction id: `shanghai`, `shanghai/qingpu`, `zhejiang/jiaxing` … */
  id: JurisdictionId,
  /** Its name in both languages. */
  name: Localized,
  /** false: no law text is available for this jurisdiction, so no matter can have a basis there. */
  basisAvailable: z.boolean(),
  /** Why it has no basis, or how it relates to its parent. */
  note: z.string().optional(),
});

/** Why an edition changes something relative to the edition it supersedes. */
export const ChangeNote = z.strictObject({
  /** What changed: a matter id (`cityscape.littering`), a part of it (`cityscape.littering#tiers`), or `generalRules.<key>`. */
  ref: z.string().min(1),
  /** `added`, `removed` or `changed`. */
  kind: z.enum(["added", "removed", "changed"]),
  /**
   * The change of law behind a removal (a repealed or amended law, regulation or rule). Only a removal with one makes
   * an act unpunishable under Art. 37; without it, an act is judged under the edition in force when it occurred.
   */
  lawChange: Source.optional(),
  /** Why, in both languages. */
  reason: Localized,
  /** Where the change comes from. */
  provenance: Provenance,
});

/** One benchmark edition's header and general rules (通则). */
export const EditionFile = z.strictObject({
  /** Path of the JSON Schema, for editors. */
  $schema: z.string().optional(),
  /** The edition's id (`yrd-2025`), as cases and the CLI name it. */
  id: Identifier,
  /** The benchmark's title in both languages. */
  title: Localized,
  /** Who issued it (for a modelled edition: who modelled it, on what). */
  issuer: Localized,
  /** The document number (文号), or null for a modelled edition. */
  documentNumber: z.string().nullable(),
  /** First day in force (`YYYY-MM-DD`). */
  effectiveFrom: IsoDate,
  /** Last day in force, or null while in force. */
  effectiveTo: IsoDate.nullable(),
  /** The editions this one replaces. */
  supersedes: z.array(Identifier).optional(),
  /** The reasons for what this edition changes relative to the editions it supersedes. */
  changes: z.array(ChangeNote).optional(),
  /** The enforcing body the benchmark is for (default `city-management`, 城管执法部门). */
  agency: Agency.optional(),
  /** The jurisdictions the edition covers, including those without an available law text. */
  jurisdictions: z.array(Jurisdiction).min(1),
  /** What the edition knowingly leaves out, and why. */
  knownGaps: z.array(
    z.strictObject({
      /** The jurisdiction the gap concerns, if one. */
      jurisdiction: JurisdictionId.optional(),
      /** What is missing and why, in both languages. */
      note: Localized,
    }),
  ),
  /** Where the edition as a whole comes from. */
  provenance: Provenance,
  /** The general rules (通则) every matter shares. */
  generalRules: GeneralRules,
});

/**
 * A jurisdiction overlay: a lower level (e.g. `shanghai/qingpu` under 示范区条例 Art. 58) refining its parent's tiers
 * for some matters. It may only narrow: every refined tier stays inside the parent's tier range.
 */
export const OverlayFile = z.strictObject({
  /** Path of the JSON Schema, for editors. */
  $schema: z.string().optional(),
  /** The lower jurisdiction refined (`shanghai/qingpu`). */
  jurisdiction: JurisdictionId,
  /** The jurisdiction whose tiers it narrows (`shanghai`). */
  parent: JurisdictionId,
  /** The refinement's title in both languages. */
  title: Localized,
  /** The provision that lets the lower level refine the benchmark, verbatim. */
  citation: Citation,
  /** Where the refinement comes from. */
  provenance: Provenance,
  /** The refined matters, by matter id. */
  matters: z.record(
    MatterId,
    z.strictObject({
      /** The refined tiers of the matter, by tier id. */
      tiers: z.record(
        Identifier,
        z.strictObject({
          /** Explicit amounts (fines with a fixed statutory range). */
          individual: AmountRange.optional(),
          /** Explicit amounts for units. */
          unit: AmountRange.optional(),
          /** Fractions of the statutory range (fines that depend on the case); must lie inside the parent tier's band. */
          band: Band.optional(),
        }),
      ),
    }),
  ),
});

/** Chinese and English wording of one label. */
export type Localized = z.infer<typeof Localized>;
/** A verbatim legal citation: law file, article reference and the article's words. */
export type Citation = z.infer<typeof Citation>;
/** A non-statutory source: a published document or web page. */
export type Source = z.infer<typeof Source>;
/** Where one part of a rule comes from (`statute`, `formula`, `published` or `modelled`), with its source. */
export type Provenance = z.infer<typeof Provenance>;
/** A json-rules-engine operator. */
export type Operator = z.infer<typeof Operator>;
/** A named condition with a label: a precondition, a list condition or a sanction condition. */
export type NamedCondition = z.infer<typeof NamedCondition>;
/** A fact a matter declares: `number`, `money`, `enum` or `boolean`, with its label and bounds or values. */
export type FactDeclaration = z.infer<typeof FactDeclaration>;
/** The statutory fine in one of the six shapes the law uses: `range`, `max-only`, `fixed`, `per-unit`, `multiple`, `percentage`. */
export type StatutoryFine = z.infer<typeof StatutoryFine>;
/** A sanction or measure beside the fine, possibly conditional. */
export type Sanction = z.infer<typeof Sanction>;
/**
 * The kind of a sanction or measure.
 *
 * @inline
 */
export type SanctionCode = z.infer<typeof SanctionCode>;
/** A statutory stage: a further sentence of the article that sets a different fine when its condition holds. */
export type StatutoryStage = z.infer<typeof StatutoryStage>;
/** The enforcing body a penalty article names. */
export type Agency = z.infer<typeof Agency>;
/** The penalty the statute sets for one kind of party: the fine, whether it is optional, its preconditions and other sanctions. */
export type StatutoryPenalty = z.infer<typeof StatutoryPenalty>;
/** One jurisdiction's legal basis for a matter: prohibiting and penalty articles and the statutory penalty per party type. */
export type LegalBasis = z.infer<typeof LegalBasis>;
/** The level of a tier: `reduced` (减轻), `lighter` (从轻), `general` (一般), `heavier` (从重). */
export type TierLevel = z.infer<typeof TierLevel>;
/** A slice of an interval, as fractions from 0 to 1. */
export type Band = z.infer<typeof Band>;
/** An explicit amount range in 元. */
export type AmountRange = z.infer<typeof AmountRange>;
/** A discretion tier (裁量阶次): the facts that select it and its amounts. */
export type Tier = z.infer<typeof Tier>;
/** A matter's entry on the 首违不罚 list, with the item's own conditions. */
export type FirstViolationListing = z.infer<typeof FirstViolationListing>;
/** One violation matter (违法事项): a `matters/<id>.json` file. */
export type MatterFile = z.infer<typeof MatterFile>;
/** A circumstance (情节) of the edition's catalogue: kind, whether mandatory, label and source. */
export type Circumstance = z.infer<typeof Circumstance>;
/** The kind of a circumstance: `mitigating`, `mitigating-or-reducing`, `aggravating` or `exempting`. */
export type CircumstanceKind = z.infer<typeof CircumstanceKind>;
/** An edition's general rules (通则): the statute it applies, the tier formula, circumstances, first-violation policy, thresholds and rounding. */
export type GeneralRules = z.infer<typeof GeneralRules>;
/** A jurisdiction an edition covers, and whether a law text is available for it. */
export type Jurisdiction = z.infer<typeof Jurisdiction>;
/** One benchmark edition's header and general rules: an `edition.json` file. */
export type EditionFile = z.infer<typeof EditionFile>;
/** A jurisdiction overlay: a lower level's refinement of its parent's tiers (`overlays/*.json`). */
export type OverlayFile = z.infer<typeof OverlayFile>;
/** The stated reason for one change against the superseded edition. */
export type ChangeNote = z.infer<typeof ChangeNote>;
