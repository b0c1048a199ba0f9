/**
 * Zod schemas for the case-file review standard (`rules/<edition>/review.json`) and for the decided-case records an
 * audit reads. The JSON Schema `rules/schema/review.schema.json` is generated from these.
 */
import * as z from "zod";
import { Citation, DecimalString, Identifier, IsoDate, LawId, Localized, Provenance, SanctionCode } from "./rules.js";

/** The ids of the checks {@link ReviewStandardFile} may score. */
export const CheckId = z.enum([
  "fine-outside-benchmark",
  "disposition-contradicts-benchmark",
  "first-violation-ignored",
  "penalty-article-not-cited",
  "simple-procedure-not-allowed",
  "officers-fewer-than-two",
  "notice-missing-or-late",
  "legal-review-missing",
  "hearing-not-offered",
  "hearing-not-held",
  "hearing-notice-late",
  "decision-overdue",
  "service-missing",
  "service-late",
]);

/** One scored check of the review sheet. */
export const ReviewCheck = z.strictObject({
  /** The check's id. */
  id: CheckId,
  /** What the check looks for, in both languages. */
  label: Localized,
  /** `veto` (基本标准: the file is 不合格 whatever else it scores) or `deduct` (points off the content part). */
  severity: z.enum(["veto", "deduct"]),
  /** Points deducted per finding (0 for a veto). */
  points: z.number().min(0).max(100),
  /** The article the check rests on, verbatim. */
  citation: Citation,
  /** Where the severity and points come from (`modelled` unless a published sheet gives them). */
  provenance: Provenance,
});

/** A grade of the review sheet: the lowest content score that earns it. */
export const ReviewGrade = z.strictObject({
  /** A stable id (`excellent`, `pass`, `fail`). */
  id: Identifier,
  /** Its name in both languages (优秀 / 合格 / 不合格). */
  label: Localized,
  /** The lowest content score (of the content part's points) that earns it. */
  minContent: z.number().min(0),
});

/** A case-file review standard (案卷评查标准): rule data beside an edition (`rules/<edition>/review.json`). */
export const ReviewStandardFile = z.strictObject({
  /** Path of the JSON Schema, for editors. */
  $schema: z.string().optional(),
  /** The standard's id. */
  id: Identifier,
  /** The edition it goes with. */
  edition: Identifier,
  /** Its title in both languages. */
  title: Localized,
  /** The 100-point sheet: 卷面 (form, checked by a person) and 内容 (content, partly checked here). */
  sheet: z.strictObject({
    /** Points of the form part (卷面); software cannot check it. */
    form: z.number().int().min(0),
    /** Points of the content part (内容); deductions come off it, 扣完为止, never below 0. */
    content: z.number().int().min(1),
    /** Where the structure comes from. */
    provenance: Provenance,
  }),
  /** The checks, each with its severity, points and article. */
  checks: z.array(ReviewCheck).min(1),
  /** Grades, best first; a file with a veto finding gets the last. */
  grades: z.array(ReviewGrade).min(2),
  /** Where the grade cut-offs come from. */
  gradesProvenance: Provenance,
  /** Calendar days from 立案 within which the decision is due (行政处罚法 Art. 60: 九十日; not working days). */
  decisionPeriod: z.strictObject({
    /** Calendar days. */
    days: z.number().int().positive(),
    /** The article, verbatim. */
    citation: Citation,
  }),
  /** Art. 85: the law's 二日/三日/五日/七日 are working days, verbatim. */
  workingDays: Citation,
});

/** An officer who handled the case. */
export const Officer = z.strictObject({
  /** The officer's name or staff id. */
  name: z.string().min(1).max(100),
  /** The enforcement certificate (执法证) number; null when the officer has none; absent when not recorded. */
  certificate: z.string().min(1).max(100).nullable().optional(),
});

/** The decision as the case file records it. */
export const RecordedDecision = z.strictObject({
  /** `penalty` (给予行政处罚) or `no-penalty` (不予行政处罚). */
  disposition: z.enum(["penalty", "no-penalty"]),
  /** The fine imposed (元, a decimal string), or null for none. */
  fine: DecimalString.nullable(),
  /** Sanctions imposed besides the fine. */
  sanctions: z.array(SanctionCode).max(16).default([]),
  /** The articles the decision cites as its basis (决定书 "依据"). */
  citations: z
    .array(
      z.strictObject({
        /** The law file id (`sh-city-appearance-regulation-2018`). */
        law: LawId,
        /** The article reference (`第三十五条` or down to 款/项). */
        article: z.string().regex(/^第[〇零一二三四五六七八九十百]+条/, "an article reference such as 第三十五条"),
      }),
    )
    .max(32),
  /** `simple` (简易程序, 当场) or `general` (普通程序). */
  procedure: z.enum(["simple", "general"]),
  /** The decision date. */
  decidedOn: IsoDate,
});

/**
 * A procedure date: a date when the step was done, null when the file records that it was not done, absent when the
 * file does not say (the check is then not checkable).
 */
const StepDate = IsoDate.nullable().optional();

/** The procedure steps a case file records; absent steps make the checks that need them not checkable. */
export const RecordedSteps = z.strictObject({
  /** 立案 date. */
  filedOn: StepDate,
  /** The officers who handled the case. */
  officers: z.array(Officer).max(32).optional(),
  /** Date the party was told of the proposed penalty and of the rights to state a case and to a hearing (告知, Art. 44). */
  noticeOn: StepDate,
  /** The party's statement was heard (true), refused (false) or expressly waived (`"waived"`, Art. 62). */
  statementHeard: z.union([z.boolean(), z.literal("waived")]).optional(),
  /** The hearing (听证) steps. */
  hearing: z
    .strictObject({
      /** Date the party was told of the hearing right (Art. 63). */
      offeredOn: StepDate,
      /** Date the party asked for a hearing; null when the party did not. */
      requestedOn: StepDate,
      /** Date the party was notified of the hearing's time and place (Art. 64(二)). */
      noticeOn: StepDate,
      /** Date the hearing was held. */
      heldOn: StepDate,
    })
    .optional(),
  /** Date of the legal review (法制审核, Art. 58). */
  legalReviewOn: StepDate,
  /** Date the decision was served (送达, Art. 61). */
  servedOn: StepDate,
});

/** One decided case as a case system has it: the case facts, the decision and the procedure steps. */
export const ReviewRecord = z.strictObject({
  /** The case file's id. */
  id: z.string().min(1).max(200),
  /** The case input (as for `evaluate`); without `decidedOn`, the decision date is used. */
  case: z.record(z.string(), z.unknown()),
  /** The decision. */
  decision: RecordedDecision,
  /** The procedure steps. */
  steps: RecordedSteps,
});

/** A check id. */
export type CheckId = z.infer<typeof CheckId>;
/** One scored check of a review standard. */
export type ReviewCheck = z.infer<typeof ReviewCheck>;
/** A grade of a review standard. */
export type ReviewGrade = z.infer<typeof ReviewGrade>;
/** A case-file review standard (`rules/<edition>/review.json`). */
export type ReviewStandardFile = z.infer<typeof ReviewStandardFile>;
/** An officer of a case file. */
export type Officer = z.infer<typeof Officer>;
/** The decision of a case file. */
export type RecordedDecision = z.infer<typeof RecordedDecision>;
/** The procedure steps of a case file. */
export type RecordedSteps = z.infer<typeof RecordedSteps>;
/** One decided case record (after defaults). */
export type ReviewRecord = z.infer<typeof ReviewRecord>;
/** One decided case record as a case system writes it. */
export type ReviewRecordInput = z.input<typeof ReviewRecord>;
