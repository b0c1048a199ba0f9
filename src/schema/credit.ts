/**
 * Zod schemas for the credit policy file (`rules/<edition>/credit.json`) and for the decision whose credit
 * consequences are asked for. The JSON Schema `rules/schema/credit.schema.json` is generated from these.
 */
import * as z from "zod";
import {
  Citation,
  DecimalString,
  Identifier,
  IsoDate,
  JurisdictionId,
  Localized,
  MatterId,
  Provenance,
  SanctionCode,
  Source,
} from "./rules.js";
import { Harm } from "./case.js";

/** A number of working days (工作日) with the article that sets it. */
export const WorkingDays = z.strictObject({
  /** How many working days. */
  days: z.number().int().positive(),
  /** The article that sets the period, verbatim. */
  citation: Citation,
});

/** When a decision is recorded as 失信信息 / 不良信息 in one province, and the statute that says so. */
export const RecordRule = z.strictObject({
  /** The procedures whose decisions are recorded: `general` (一般程序) only in both statutes; `simple` (简易程序) never. */
  procedures: z.array(z.enum(["simple", "general"])).min(1),
  /** Recorded only once the decision is final (no 复议/诉讼 within the legal period, or upheld): 浙江 Art. 11(二). */
  requireFinal: z.boolean(),
  /** Not recorded when the violation is 轻微 (上海 Art. 9 ¶2(四)). */
  excludeMinor: z.boolean(),
  /** Not recorded when the party actively removed or reduced the harm (主动消除、减轻违法行为危害后果, 上海 Art. 9 ¶2(四)). */
  excludeHarmReduced: z.boolean(),
  /** The circumstance ids of the edition's catalogue that mean the harm was actively removed or reduced. */
  harmReducedCircumstances: z.array(Identifier),
  /** Tier ids read as 违法行为轻微 when the decision does not say (the edition's own reading of 轻微). */
  minorTiers: z.array(Identifier),
  /** The article that makes penalty decisions recordable, verbatim. */
  citation: Citation,
  /** How the rule is read where the text is not plain (e.g. how 轻微 is decided). */
  note: z.string().optional(),
});

/** How long recorded information is kept or can be queried. */
export const Retention = z.strictObject({
  /** Whole years. */
  years: z.number().int().positive(),
  /** The day counting starts: `decision` (the decision date; 浙江 "认定之日") or `act-ended` (the day the act ended; 上海 "失信行为或者事件终止之日"). */
  from: z.enum(["decision", "act-ended"]),
  /** What the period is called in the statute, in both languages (查询期限 / 保存和披露期限). */
  label: Localized,
  /** The article, verbatim. */
  citation: Citation,
});

/** Objection (异议) deadlines of one province. */
export const Objection = z.strictObject({
  /** Working days within which the objection is marked (异议标注), or null when the statute sets none. */
  markWithin: WorkingDays.nullable(),
  /** Working days within which an objection the provider must decide is passed on to it (上海: 二个工作日内转交), or null. */
  transferWithin: WorkingDays.nullable(),
  /** Working days within which the objection is decided (处理完毕 / 作出是否更正的决定), from its receipt or, after a transfer, from the transfer's receipt. */
  decideWithin: WorkingDays,
  /** The longest total a decision may take when extended (浙江: 累计不得超过二十个工作日), or null. */
  extendableTo: WorkingDays.nullable(),
});

/** Credit repair (信用修复) in one province. */
export const Repair = z.strictObject({
  /** What the party must show, in both languages, each from the article. */
  conditions: z.array(Localized).min(1),
  /** A party on the 严重失信 list cannot apply (浙江 Art. 32 ¶2). */
  excludedWhenSevereListed: z.boolean(),
  /** Working days after the provider's written proof within which the entry leaves the query interface (上海 Art. 38), or null. */
  removeWithin: WorkingDays.nullable(),
  /** The articles, verbatim. */
  citations: z.array(Citation).min(1),
  /** What is not known (e.g. 浙江's detailed repair rules are "另行制定"). */
  note: z.string().optional(),
});

/** The credit statute of one province and what it says about penalty decisions. */
export const CreditRegion = z.strictObject({
  /** The province (and every jurisdiction under it): `shanghai`, `zhejiang`. */
  jurisdiction: JurisdictionId,
  /** The statute's name in both languages. */
  statute: Localized,
  /** Which decisions are recorded. */
  record: RecordRule,
  /** How long the recorded information is kept or can be queried. */
  retention: Retention,
  /** Objection deadlines. */
  objection: Objection,
  /** Repair. */
  repair: Repair,
  /** The article that lets (or makes) an agency list a party as 严重失信, verbatim; the listing itself is the agency's decision. */
  severeList: z.strictObject({
    /** The article, verbatim. */
    citation: Citation,
    /** The procedure before listing (notice of reasons and basis, 陈述申辩, 决定书), verbatim. */
    procedure: Citation,
  }),
});

/** One publicity window regime (公示期限), in force for decisions made in a date range. */
export const PublicityRegime = z.strictObject({
  /** A stable id (`ndrc-58`, `ndrc-2019-527`). */
  id: Identifier,
  /** First decision date the regime applies to, or null for no lower bound. */
  from: IsoDate.nullable(),
  /** Last decision date it applies to, or null while in force. */
  to: IsoDate.nullable(),
  /** The windows: the default one, and longer ones for some fields or levels; the longest that applies wins. */
  windows: z
    .array(
      z.strictObject({
        /** A stable id. */
        id: Identifier,
        /** The window in words, in both languages. */
        label: Localized,
        /** Minimum publicity, in months from the decision date; early termination may be asked for only after it. */
        minMonths: z.number().int().positive(),
        /** Maximum publicity, in months from the decision date; publicity ends by itself then. */
        maxMonths: z.number().int().positive(),
        /** Applies only to decisions in these fields (`special-equipment`, `work-safety`, `fire-safety`); absent: every field. */
        fields: z.array(Identifier).optional(),
        /** Applies only to decisions at these credit levels; absent: every level. */
        levels: z.array(Identifier).optional(),
      }),
    )
    .min(1),
  /** Where the regime comes from. */
  provenance: Provenance,
});

/** Conditions that select a credit level; `match` says whether any or all of the given ones must hold. */
export const LevelCriteria = z.strictObject({
  /** `any` (one given criterion suffices) or `all`. */
  match: z.enum(["any", "all"]),
  /** The imposed fine reaches this amount (元), per party type. */
  fineAtLeast: z
    .strictObject({
      /** For individuals. */
      individual: DecimalString,
      /** For units. */
      unit: DecimalString,
    })
    .optional(),
  /** The outcome's tier is one of these tier ids. */
  tiers: z.array(Identifier).optional(),
  /** The decision imposes one of these sanctions. */
  sanctions: z.array(SanctionCode).optional(),
  /** The matter is one of these. */
  matters: z.array(MatterId).optional(),
  /** The matter's domain is one of these. */
  domains: z.array(z.enum(["ecology", "cityscape"])).optional(),
  /** The case's harm is one of these (`none`, `minor`, `moderate`, `serious`). */
  harm: z.array(Harm).optional(),
  /** The outcome names one of these aggravating circumstances (as a ground's ref) or the decision lists it. */
  circumstances: z.array(Identifier).optional(),
});

/** A credit level (一般 / 较重 / 严重 …): the policy's own table unless `basis` cites a law. */
export const CreditLevel = z.strictObject({
  /** A stable id (`general`, `serious`, `severe`). */
  id: Identifier,
  /** Its name in both languages. */
  label: Localized,
  /** What selects it; absent only on the first (default) level. */
  when: LevelCriteria.optional(),
  /** The decision makes the party a candidate for a 严重失信 list; needs a `basis` (国办发〔2020〕49号 (六)). */
  severeList: z.boolean(),
  /** The law or regulation that allows the level, verbatim, per province; null when the level is the policy's own. */
  basis: z.record(JurisdictionId, Citation).nullable(),
  /** Where the level and its conditions come from (`modelled` unless a text was found). */
  provenance: Provenance,
});

/** A group of jurisdictions that recognise each other's credit consequences (毗邻区域): configuration. */
export const AdjacentArea = z.strictObject({
  /** A stable id. */
  id: Identifier,
  /** Its name in both languages. */
  name: Localized,
  /** Its member jurisdictions. */
  members: z.array(JurisdictionId).min(1),
  /** Where the grouping comes from (a published example, or `modelled`). */
  provenance: Provenance,
});

/** A credit policy: rule data beside an edition (`rules/<edition>/credit.json`). */
export const CreditPolicyFile = z.strictObject({
  /** Path of the JSON Schema, for editors. */
  $schema: z.string().optional(),
  /** The policy's id. */
  id: Identifier,
  /** The edition it goes with. */
  edition: Identifier,
  /** Its title in both languages. */
  title: Localized,
  /** What the policy knowingly cannot encode, in both languages (the 实施意见's own text was not found). */
  knownGaps: z.array(Localized),
  /** The credit statute of each province with one; a jurisdiction under none has no credit consequences the policy can state. */
  regions: z.array(CreditRegion).min(1),
  /** Publicity windows by decision date. */
  publicity: z.array(PublicityRegime).min(1),
  /** Fields of matters for the longer publicity minima (特种设备、安全生产、消防), by matter id. */
  matterFields: z.record(MatterId, z.array(Identifier)),
  /** Credit levels, lightest first; the heaviest whose conditions hold applies. */
  levels: z.array(CreditLevel).min(1),
  /** Groups of jurisdictions that recognise each other's credit consequences: configuration. */
  adjacentAreas: z.array(AdjacentArea),
  /** The principle of cross-region recognition, verbatim (the mechanism itself is not known). */
  crossRegion: z.strictObject({
    /** The articles, verbatim. */
    citations: z.array(Citation).min(1),
    /** What is and is not known. */
    provenance: Provenance,
  }),
  /** Sources that are not statutes (publicity windows as applied, list limits). */
  sources: z.array(Source),
});

/** A decision whose credit consequences are asked for: what was actually decided. */
export const CreditDecision = z.strictObject({
  /** The decision date (`YYYY-MM-DD`): publicity starts here. */
  decidedOn: IsoDate,
  /** `general` (一般程序) or `simple` (简易程序, never recorded). */
  procedure: z.enum(["simple", "general"]),
  /** `penalty` (a 行政处罚决定) or `no-penalty` (不予行政处罚: nothing to record). */
  disposition: z.enum(["penalty", "no-penalty"]).default("penalty"),
  /** `individual` (公民) or `unit` (法人或者其他组织). */
  party: z.enum(["individual", "unit"]),
  /** The fine actually imposed (元, a decimal string), or null for none. */
  fine: DecimalString.nullable(),
  /** The sanctions actually imposed besides the fine; absent: the outcome's penalties. */
  sanctions: z.array(SanctionCode).optional(),
  /** The decision is final: no 复议/诉讼 within the legal period, or upheld (浙江 Art. 11(二)). */
  final: z.boolean(),
  /** The agency found the violation 轻微 (上海 Art. 9 ¶2(四)); absent: read from the outcome. */
  minor: z.boolean().optional(),
  /** The harm the act caused, as the case gives it (`none`, `minor`, `moderate`, `serious`). */
  harm: Harm.optional(),
  /** The case's circumstance ids (the outcome lists only those that changed it). */
  circumstances: z.array(Identifier).max(64).optional(),
  /** Fields for the longer publicity minima (`special-equipment`, `work-safety`, `fire-safety`); absent: the policy's by matter. */
  fields: z.array(Identifier).max(16).optional(),
  /** The party is on a 严重失信 list (repair is then closed in 浙江, Art. 32 ¶2, and retention runs on, Art. 16). */
  severeListed: z.boolean().optional(),
  /** The day a continuing act ended, for a retention period counted from then (上海 Art. 35 ¶2); absent: the decision date. */
  actEndedOn: IsoDate.optional(),
  /** The day an objection was received (浙江 Art. 31 counts from its acceptance, 受理), for its deadlines as dates. */
  objectionReceivedOn: IsoDate.optional(),
  /** Public holidays and made-up working days for the working-day deadlines; absent: weekends only. */
  calendar: z
    .strictObject({
      /** Public holidays on weekdays. */
      holidays: z.array(IsoDate).max(2000).optional(),
      /** Weekend days that are working days. */
      workdays: z.array(IsoDate).max(2000).optional(),
    })
    .optional(),
});

/** A number of working days with the article that sets it. */
export type WorkingDays = z.infer<typeof WorkingDays>;
/** When a province records a penalty decision. */
export type RecordRule = z.infer<typeof RecordRule>;
/** How long recorded information is kept or can be queried. */
export type Retention = z.infer<typeof Retention>;
/** Objection deadlines of one province. */
export type Objection = z.infer<typeof Objection>;
/** Credit repair in one province. */
export type Repair = z.infer<typeof Repair>;
/** One province's credit statute as the policy encodes it. */
export type CreditRegion = z.infer<typeof CreditRegion>;
/** One publicity-window regime, by decision date. */
export type PublicityRegime = z.infer<typeof PublicityRegime>;
/** What selects a credit level. */
export type LevelCriteria = z.infer<typeof LevelCriteria>;
/** A credit level of the policy. */
export type CreditLevel = z.infer<typeof CreditLevel>;
/** A group of jurisdictions recognising each other's credit consequences. */
export type AdjacentArea = z.infer<typeof AdjacentArea>;
/** A credit policy file (`rules/<edition>/credit.json`). */
export type CreditPolicyFile = z.infer<typeof CreditPolicyFile>;
/** A decision whose credit consequences are asked for (after defaults). */
export type CreditDecision = z.infer<typeof CreditDecision>;
/** A decision as a caller writes it (`disposition` may be left out). */
export type CreditDecisionInput = z.input<typeof CreditDecision>;

/** The policy files bundled beside one edition. */
export interface EditionPolicyFiles {
  /** The credit policy (`credit.json`). */
  credit: CreditPolicyFile;
  /** The case-file review standard (`review.json`). */
  review: import("./review.js").ReviewStandardFile;
}
