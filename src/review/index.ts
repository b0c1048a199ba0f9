/**
 * Case-file review (案卷评查): a decided case record is checked against the benchmark (evaluated with the public
 * {@link safeEvaluate}) and against the 行政处罚法's procedure and deadlines, then scored on a review standard. Pure
 * and browser-safe. A check that needs a step the record does not give is reported as not checkable, never passed.
 */
import { CailiangError, type Issue } from "../errors/index.js";
import {
  addDays,
  addWorkdays,
  checkCalendar,
  makeCalendar,
  type Calendar,
  type CalendarInput,
  type CalendarKind,
} from "../dates/calendar.js";
import { safeEvaluate, type Evaluable } from "../evaluate/index.js";
import { isEditions } from "../compile/editions.js";
import type { CompiledRuleSet } from "../compile/index.js";
import { Dec } from "../money/index.js";
import { parseArticleReference } from "../laws/verify.js";
import { ReviewRecord, type CheckId, type ReviewCheck } from "../schema/review.js";
import type { Outcome } from "../schema/case.js";
import type { Citation, Localized } from "../schema/rules.js";
import type { ReviewStandard } from "./standard.js";

export { loadReviewStandard, safeLoadReviewStandard, type ReviewStandard } from "./standard.js";

/** One defect found in a case file. */
export interface Finding {
  /** The check that found it. */
  check: CheckId;
  /** `veto` (the file fails) or `deduct` (points off the content part). */
  severity: "veto" | "deduct";
  /** Points deducted (0 for a veto). */
  points: number;
  /** The article the check rests on, verbatim. */
  citation: Citation;
  /** What was found, in both languages, with the dates or amounts. */
  message: Localized;
}

/** A check the record cannot support: the steps it needs are not in the record. */
export interface NotCheckable {
  /** The check. */
  check: CheckId;
  /** The record fields that are missing (`steps.noticeOn` …). */
  missing: string[];
  /** Why, in both languages. */
  message: Localized;
}

/** The review of one case file. */
export interface AuditResult {
  /** The record's id. */
  id: string;
  /** The review standard applied. */
  standard: string;
  /** What the benchmark says for the case. */
  benchmark: {
    /** The edition applied. */
    edition: string;
    /** The matter id. */
    matter: string;
    /** The benchmark's disposition. */
    disposition: Outcome["disposition"];
    /** The tier id, or null. */
    tier: string | null;
    /** The tier's fine range, or null. */
    fine: Outcome["fine"];
    /** The 首违不罚 verdict. */
    firstViolation: Outcome["firstViolation"]["applies"];
  };
  /** The defects found, veto items first. */
  findings: Finding[];
  /** Checks the record cannot support. */
  notCheckable: NotCheckable[];
  /** A veto finding makes the file 不合格 with a score of 0. */
  vetoed: boolean;
  /** The content part's score (扣完为止, never below 0); the form part (卷面) needs a human reviewer. */
  score: {
    /** Points of the content part after deductions (0 when vetoed). */
    content: number;
    /** The content part's points on the sheet. */
    contentMax: number;
    /** The form part's points on the sheet; not scored here. */
    formMax: number;
  };
  /** The grade on the content part (the standard's cut-offs); a veto gives the last grade. */
  grade: {
    /** The grade id. */
    id: string;
    /** Its name in both languages. */
    label: Localized;
  };
  /** The decision departs from the benchmark (fine, disposition or first-violation list). */
  outsideBenchmark: boolean;
  /** Which days the working-day deadlines skipped. */
  calendar: CalendarKind;
}

/** The result of {@link safeAudit}. */
export type SafeAuditResult =
  | {
      /** The record was reviewed. */
      ok: true;
      /** The review. */
      result: AuditResult;
    }
  | {
      /** The record was rejected. */
      ok: false;
      /** Every problem, with its field path (`decision.fine`, `case.facts.area`, `steps.servedOn` …). */
      issues: Issue[];
    };

/** Options of {@link audit}. */
export interface AuditOptions {
  /** Public holidays and made-up working days for the working-day deadlines (Art. 85); absent: weekends only. */
  calendar?: CalendarInput;
}

/** Checks that compare the decision with the benchmark. */
export const BENCHMARK_CHECKS: readonly CheckId[] = [
  "fine-outside-benchmark",
  "disposition-contradicts-benchmark",
  "first-violation-ignored",
];

const L = (zh: string, en: string): Localized => ({ zh, en });
const PENALTY_SANCTIONS = new Set([
  "confiscate-illegal-gains",
  "confiscate-items",
  "order-to-stop-work",
  "revoke-license",
]);

function editionOf(target: Evaluable, id: string): CompiledRuleSet {
  if (!isEditions(target)) return target;
  return target.editions.find((e) => e.edition.id === id) ?? target.editions[0]!;
}

function pickStandard(standards: ReviewStandard | readonly ReviewStandard[], edition: string): ReviewStandard {
  const list = Array.isArray(standards) ? (standards as readonly ReviewStandard[]) : [standards as ReviewStandard];
  return list.find((s) => s.edition === edition) ?? list[0]!;
}

const fineText = (f: NonNullable<Outcome["fine"]>) => (f.min === f.max ? `${f.min}` : `${f.min}–${f.max}`);

/**
 * Reviews one decided case record, returning the issues instead of throwing when the record is invalid. `standards`
 * may be one standard or several (the one whose `edition` is the outcome's is used).
 */
export function safeAudit(
  target: Evaluable,
  recordInput: unknown,
  standards: ReviewStandard | readonly ReviewStandard[],
  options: AuditOptions = {},
): SafeAuditResult {
  const parsed = ReviewRecord.safeParse(recordInput);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        code: "invalid-record" as const,
        path: i.path as (string | number)[],
        message: i.message,
      })),
    };
  }
  const record = parsed.data;
  const { decision: dec, steps } = record;
  const issues: Issue[] = [];
  for (const p of checkCalendar(options.calendar ?? {}))
    issues.push({ code: "invalid-record", path: ["calendar", p.list, p.index], message: p.message });
  const caseDecided = record.case.decidedOn;
  if (caseDecided !== undefined && caseDecided !== dec.decidedOn) {
    issues.push({
      code: "date-order",
      path: ["case", "decidedOn"],
      message: `the case says decided on ${String(caseDecided)}, the decision on ${dec.decidedOn}`,
    });
  }
  if (dec.disposition === "no-penalty" && (dec.fine !== null || dec.sanctions.length > 0)) {
    issues.push({
      code: "invalid-record",
      path: ["decision", "disposition"],
      message: "a no-penalty decision imposes no fine and no sanction",
    });
  }
  if (dec.fine !== null && new Dec(dec.fine).isZero())
    issues.push({ code: "invalid-record", path: ["decision", "fine"], message: "a fine of 0 is no fine: give null" });
  if (steps.filedOn && steps.filedOn > dec.decidedOn) {
    issues.push({
      code: "date-order",
      path: ["steps", "filedOn"],
      message: `the case cannot be opened (${steps.filedOn}) after the decision (${dec.decidedOn})`,
    });
  }
  if (steps.servedOn && steps.servedOn < dec.decidedOn) {
    issues.push({
      code: "date-order",
      path: ["steps", "servedOn"],
      message: `the decision cannot be served (${steps.servedOn}) before it is made (${dec.decidedOn})`,
    });
  }
  const h = steps.hearing;
  if (h?.noticeOn && h.heldOn && h.heldOn < h.noticeOn) {
    issues.push({
      code: "date-order",
      path: ["steps", "hearing", "heldOn"],
      message: `the hearing (${h.heldOn}) cannot precede its notice (${h.noticeOn})`,
    });
  }
  if (h?.requestedOn && h.offeredOn && h.requestedOn < h.offeredOn) {
    issues.push({
      code: "date-order",
      path: ["steps", "hearing", "requestedOn"],
      message: `the request (${h.requestedOn}) cannot precede the offer (${h.offeredOn})`,
    });
  }
  const evaluated = safeEvaluate(
    target,
    caseDecided === undefined ? { ...record.case, decidedOn: dec.decidedOn } : record.case,
  );
  if (!evaluated.ok) for (const i of evaluated.issues) issues.push({ ...i, path: ["case", ...i.path] });
  if (issues.length > 0 || !evaluated.ok) return { ok: false, issues };

  const outcome = evaluated.outcome;
  const compiled = editionOf(target, outcome.ruleSet.id);
  const standard = pickStandard(standards, outcome.ruleSet.id);
  const calendar = makeCalendar(options.calendar ?? {});
  const party = (record.case.party as { type: "individual" | "unit" }).type;
  const ctx: Ctx = { outcome, compiled, calendar, party, record, fine: dec.fine === null ? null : new Dec(dec.fine) };
  const findings: Finding[] = [];
  const notCheckable: NotCheckable[] = [];
  const checks = new Map(standard.checks.map((c) => [c.id, c]));
  const found = (id: CheckId, message: Localized) => {
    const c = checks.get(id);
    if (c) findings.push({ check: id, severity: c.severity, points: c.points, citation: c.citation, message });
  };
  const unknown = (id: CheckId, missing: string[]) => {
    if (checks.has(id)) {
      notCheckable.push({
        check: id,
        missing,
        message: L(
          `案卷未载明 ${missing.join("、")}，无法核查`,
          `The record does not give ${missing.join(", ")}, so this cannot be checked`,
        ),
      });
    }
  };
  for (const run of RUNS) run(ctx, found, unknown);

  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "veto" ? -1 : 1));
  const vetoed = findings.some((f) => f.severity === "veto");
  const deducted = findings.reduce((sum, f) => sum + f.points, 0);
  const content = vetoed ? 0 : Math.max(0, standard.sheet.content - deducted);
  const grades = standard.grades;
  const grade = vetoed
    ? grades[grades.length - 1]!
    : (grades.find((g) => content >= g.minContent) ?? grades[grades.length - 1]!);
  return {
    ok: true,
    result: {
      id: record.id,
      standard: standard.id,
      benchmark: {
        edition: outcome.ruleSet.id,
        matter: outcome.matter.id,
        disposition: outcome.disposition,
        tier: outcome.tier?.id ?? null,
        fine: outcome.fine,
        firstViolation: outcome.firstViolation.applies,
      },
      findings,
      notCheckable,
      vetoed,
      score: { content, contentMax: standard.sheet.content, formMax: standard.sheet.form },
      grade: { id: grade.id, label: grade.label },
      outsideBenchmark: findings.some((f) => BENCHMARK_CHECKS.includes(f.check)),
      calendar: calendar.kind,
    },
  };
}

interface Ctx {
  outcome: Outcome;
  compiled: CompiledRuleSet;
  calendar: Calendar;
  party: "individual" | "unit";
  record: ReviewRecord;
  fine: Dec | null;
}
type Found = (id: CheckId, message: Localized) => void;
type Unknown = (id: CheckId, missing: string[]) => void;

/** The benchmark: disposition, first-violation list, fine band. */
function benchmark({ outcome, record, fine, compiled, party }: Ctx, found: Found): void {
  const dec = record.decision;
  if (outcome.disposition === "no-penalty" && dec.disposition === "penalty") {
    if (outcome.grounds[0]?.code === "first-violation-list") {
      found(
        "first-violation-ignored",
        L(
          "符合首违不罚清单（应当不予处罚），却作出了行政处罚",
          "The first-violation list applies (no penalty shall be imposed), yet a penalty was imposed",
        ),
      );
    } else {
      const g = outcome.grounds[0]?.code ?? "no-penalty";
      found(
        "disposition-contradicts-benchmark",
        L(
          `依基准应当不予行政处罚（${g}），却作出了行政处罚`,
          `Under the benchmark no penalty is due (${g}), yet a penalty was imposed`,
        ),
      );
    }
    return;
  }
  if (outcome.disposition === "penalty" && dec.disposition === "no-penalty") {
    found(
      "disposition-contradicts-benchmark",
      L("依基准应当给予行政处罚，却决定不予处罚", "Under the benchmark a penalty is due, yet none was imposed"),
    );
    return;
  }
  if (dec.disposition !== "penalty") return;
  const band = outcome.fine;
  if (band) {
    // "可以处…罚款": a decision with another penalty (a warning) and no fine stays within the statute.
    const basis = compiled.ruleSet.matters.find((m) => m.id === outcome.matter.id)?.bases[outcome.jurisdiction.basis];
    const optionalFine =
      basis?.statutory[party]?.optional === true &&
      dec.sanctions.some((s) => s === "warning" || PENALTY_SANCTIONS.has(s));
    if (fine === null && optionalFine) return;
    if (fine === null) {
      found(
        "fine-outside-benchmark",
        L(
          `未处罚款，基准幅度为 ${fineText(band)} 元`,
          `No fine imposed; the benchmark's range is ${fineText(band)} 元`,
        ),
      );
    } else if (fine.lt(band.min) || fine.gt(band.max)) {
      found(
        "fine-outside-benchmark",
        L(
          `罚款 ${dec.fine} 元超出基准幅度 ${fineText(band)} 元`,
          `Fine of ${dec.fine} 元 outside the benchmark's range of ${fineText(band)} 元`,
        ),
      );
    }
  } else if (fine !== null) {
    found(
      "fine-outside-benchmark",
      L(
        `基准在该阶次不处罚款，却处罚款 ${dec.fine} 元`,
        `The benchmark gives no fine in this tier, yet ${dec.fine} 元 was imposed`,
      ),
    );
  }
}

/** Art. 59 ¶1(三): the decision states its legal basis, including the penalty article. */
function penaltyArticle({ outcome, compiled, record }: Ctx, found: Found): void {
  const dec = record.decision;
  if (dec.disposition !== "penalty") return;
  const matter = compiled.ruleSet.matters.find((m) => m.id === outcome.matter.id);
  const basis = matter?.bases[outcome.jurisdiction.basis];
  if (!basis) return;
  const number = (article: string) => parseArticleReference(article.replace(/(条).*$/, "$1"))?.article;
  const cited = basis.penalty.some((p) =>
    dec.citations.some((c) => c.law === p.law && number(c.article) === number(p.article)),
  );
  if (!cited) {
    const wanted = [...new Set(basis.penalty.map((p) => `${p.law} ${p.article.replace(/(条).*$/, "$1")}`))].join("、");
    found(
      "penalty-article-not-cited",
      L(`决定书未引用处罚依据 ${wanted}`, `The decision does not cite the penalty article ${wanted}`),
    );
  }
}

/** Art. 51: the simple procedure only for fines up to the limits, or a warning. */
function simpleProcedure({ compiled, record, party, fine }: Ctx, found: Found): void {
  const dec = record.decision;
  if (dec.procedure !== "simple" || dec.disposition !== "penalty") return;
  const limit = compiled.money.simple[party];
  const other = dec.sanctions.filter((s) => PENALTY_SANCTIONS.has(s));
  if ((fine !== null && fine.gt(limit)) || other.length > 0) {
    const what =
      fine !== null && fine.gt(limit) ? `罚款 ${dec.fine} 元超过 ${limit.toFixed()} 元` : `并处 ${other.join("、")}`;
    const whatEn =
      fine !== null && fine.gt(limit)
        ? `a fine of ${dec.fine} 元 above ${limit.toFixed()} 元`
        : `also ${other.join(", ")}`;
    found("simple-procedure-not-allowed", L(`适用简易程序，但${what}`, `Simple procedure used with ${whatEn}`));
  }
}

/** Art. 42: at least two officers with enforcement certificates. */
function officers({ record }: Ctx, found: Found, unknown: Unknown): void {
  const list = record.steps.officers;
  if (list === undefined) return unknown("officers-fewer-than-two", ["steps.officers"]);
  const certified = list.filter((o) => typeof o.certificate === "string").length;
  const possible = list.filter((o) => o.certificate !== null).length;
  if (certified >= 2) return;
  if (possible < 2) {
    found(
      "officers-fewer-than-two",
      L(`具有执法资格的执法人员 ${certified} 人，少于两人`, `${certified} certified officer(s): fewer than two`),
    );
    return;
  }
  unknown(
    "officers-fewer-than-two",
    list.flatMap((o, i) => (o.certificate === undefined ? [`steps.officers[${i}].certificate`] : [])),
  );
}

/** Arts. 44, 62: notice before the decision, and the party's statement heard unless waived. */
function notice({ record }: Ctx, found: Found, unknown: Unknown): void {
  const { noticeOn, statementHeard } = record.steps;
  const decidedOn = record.decision.decidedOn;
  if (record.decision.disposition !== "penalty") return;
  if (noticeOn === undefined) unknown("notice-missing-or-late", ["steps.noticeOn"]);
  else if (noticeOn === null)
    found(
      "notice-missing-or-late",
      L("作出处罚决定前未告知当事人", "The party was not told of the proposed penalty before the decision"),
    );
  else if (noticeOn > decidedOn) {
    found(
      "notice-missing-or-late",
      L(`告知日期 ${noticeOn} 晚于决定日期 ${decidedOn}`, `Notice on ${noticeOn}, after the decision of ${decidedOn}`),
    );
  }
  if (statementHeard === false) {
    found(
      "notice-missing-or-late",
      L(
        "未听取当事人的陈述、申辩（当事人未明确放弃）",
        "The party's statement was not heard (and was not expressly waived)",
      ),
    );
  }
}

/** Art. 58: legal review before the decision where required. */
function legalReview({ compiled, record, party, fine, outcome }: Ctx, found: Found, unknown: Unknown): void {
  const dec = record.decision;
  if (dec.procedure !== "general" || dec.disposition !== "penalty") return;
  const rules = compiled.edition.generalRules.procedure.legalReview;
  const reasons: Localized[] = [];
  if (fine !== null && fine.gte(compiled.money.legalReview[party])) {
    const t = compiled.money.legalReview[party].toFixed();
    reasons.push(L(`罚款达到 ${t} 元`, `a fine of ${t} 元 or more`));
  }
  if (rules.reducedAlwaysReviewed && outcome.tier?.id === "reduced")
    reasons.push(L("减轻处罚", "a reduced penalty (减轻)"));
  if (typeof record.steps.hearing?.heldOn === "string") reasons.push(L("经过听证程序", "a hearing was held"));
  if (reasons.length === 0) return;
  const on = record.steps.legalReviewOn;
  if (on === undefined) return unknown("legal-review-missing", ["steps.legalReviewOn"]);
  if (on === null) {
    found(
      "legal-review-missing",
      L(
        `应当法制审核（${reasons.map((r) => r.zh).join("；")}）而未审核`,
        `Legal review was required (${reasons.map((r) => r.en).join("; ")}) but not done`,
      ),
    );
  } else if (on > dec.decidedOn) {
    found(
      "legal-review-missing",
      L(
        `法制审核日期 ${on} 晚于决定日期 ${dec.decidedOn}`,
        `Legal review on ${on}, after the decision of ${dec.decidedOn}`,
      ),
    );
  }
}

/** Arts. 63, 64, 85: the hearing right, the hearing, and its notice seven working days ahead. */
function hearing({ compiled, record, party, fine, calendar }: Ctx, found: Found, unknown: Unknown): void {
  const dec = record.decision;
  if (dec.procedure !== "general" || dec.disposition !== "penalty") return;
  const h = record.steps.hearing;
  const heavy = dec.sanctions.filter((s) => s === "revoke-license" || s === "order-to-stop-work");
  const due = (fine !== null && fine.gte(compiled.money.hearing[party])) || heavy.length > 0;
  if (due) {
    const offered = h?.offeredOn;
    if (offered === undefined) unknown("hearing-not-offered", ["steps.hearing.offeredOn"]);
    else if (offered === null) {
      found(
        "hearing-not-offered",
        L(
          `拟作出较大数额罚款或者较重处罚（${dec.fine ?? heavy.join("、")}），未告知听证权利`,
          `A large fine or heavy penalty (${dec.fine ?? heavy.join(", ")}) without telling the party of the hearing right`,
        ),
      );
    } else if (offered > dec.decidedOn) {
      found(
        "hearing-not-offered",
        L(
          `听证权利告知日期 ${offered} 晚于决定日期 ${dec.decidedOn}`,
          `Hearing right offered on ${offered}, after the decision of ${dec.decidedOn}`,
        ),
      );
    }
  }
  if (h && typeof h.requestedOn === "string") {
    // Art. 64(一): a request later than five working days after the offer need not be granted.
    const inTime = typeof h.offeredOn !== "string" || h.requestedOn <= addWorkdays(calendar, h.offeredOn, 5);
    if (inTime) {
      if (h.heldOn === undefined) unknown("hearing-not-held", ["steps.hearing.heldOn"]);
      else if (h.heldOn === null)
        found(
          "hearing-not-held",
          L(
            `当事人于 ${h.requestedOn} 要求听证，未组织听证`,
            `The party asked for a hearing on ${h.requestedOn}; none was held`,
          ),
        );
    }
  }
  if (h && typeof h.heldOn === "string") {
    if (h.noticeOn === undefined) return unknown("hearing-notice-late", ["steps.hearing.noticeOn"]);
    if (h.noticeOn === null) {
      found(
        "hearing-notice-late",
        L("举行听证前未通知当事人听证的时间、地点", "The party was not notified of the hearing's time and place"),
      );
      return;
    }
    const earliest = addWorkdays(calendar, h.noticeOn, 7);
    if (h.heldOn < earliest) {
      found(
        "hearing-notice-late",
        L(
          `${h.noticeOn} 通知、${h.heldOn} 举行听证，不足七个工作日（最早 ${earliest}）`,
          `Notified on ${h.noticeOn}, held on ${h.heldOn}: less than seven working days (earliest ${earliest})`,
        ),
      );
    }
  }
}

/** Art. 60: the decision within ninety (calendar) days of 立案. */
function deadline({ record }: Ctx, found: Found, unknown: Unknown): void {
  const dec = record.decision;
  if (dec.procedure !== "general") return;
  const filed = record.steps.filedOn;
  if (typeof filed !== "string") return unknown("decision-overdue", ["steps.filedOn"]);
  const due = addDays(filed, 90);
  if (dec.decidedOn > due) {
    found(
      "decision-overdue",
      L(
        `${filed} 立案，${dec.decidedOn} 作出决定，超过九十日（应不晚于 ${due}）`,
        `Opened on ${filed}, decided on ${dec.decidedOn}: more than ninety days (due by ${due})`,
      ),
    );
  }
}

/** Arts. 61, 85: service on the spot, or within seven working days when the party was absent. */
function service({ record, calendar }: Ctx, found: Found, unknown: Unknown): void {
  const dec = record.decision;
  // Art. 61 is about the 行政处罚决定书 of the general procedure (the simple procedure hands it over on the spot, Art. 52).
  if (dec.procedure !== "general" || dec.disposition !== "penalty") return;
  const served = record.steps.servedOn;
  if (served === undefined) {
    unknown("service-missing", ["steps.servedOn"]);
    unknown("service-late", ["steps.servedOn"]);
    return;
  }
  if (served === null) {
    found("service-missing", L("案卷无送达记录", "The file has no record of service"));
    return;
  }
  const due = addWorkdays(calendar, dec.decidedOn, 7);
  if (served > due) {
    found(
      "service-late",
      L(
        `${dec.decidedOn} 决定，${served} 送达，超过七个工作日（应不晚于 ${due}）`,
        `Decided on ${dec.decidedOn}, served on ${served}: more than seven working days (due by ${due})`,
      ),
    );
  }
}

const RUNS: readonly ((ctx: Ctx, found: Found, unknown: Unknown) => void)[] = [
  benchmark,
  penaltyArticle,
  simpleProcedure,
  officers,
  notice,
  legalReview,
  hearing,
  deadline,
  service,
];

/**
 * Reviews one decided case record: evaluates its case under the benchmark, runs every check of the standard, and
 * scores the content part. Throws a {@link CailiangError} naming every invalid field of the record.
 *
 * @example
 * ```ts
 * const standard = loadReviewStandard(policies["yrd-2025"]!.review);
 * const result = audit(compiled, record, standard, { calendar: { holidays: ["2025-10-01"] } });
 * result.findings.map((f) => f.check); // e.g. ["fine-outside-benchmark", "service-late"]
 * result.grade.label.zh;               // e.g. "合格"
 * ```
 */
export function audit(
  target: Evaluable,
  record: unknown,
  standards: ReviewStandard | readonly ReviewStandard[],
  options: AuditOptions = {},
): AuditResult {
  const result = safeAudit(target, record, standards, options);
  if (!result.ok) throw new CailiangError(`Record rejected: ${result.issues.length} problem(s)`, result.issues);
  return result.result;
}

/** The check of a standard by id (for labels in reports). */
export function checkOf(standard: ReviewStandard, id: CheckId): ReviewCheck | undefined {
  return standard.checks.find((c) => c.id === id);
}
