/**
 * Credit consequences of a penalty decision (信用惩戒): whether it is recorded as 失信/不良 information, for how long it
 * is published, when repair may be asked, and the objection deadlines, from a credit policy file. Pure and
 * browser-safe; working days use the caller's holiday calendar or weekends only.
 */
import { CailiangError, type Issue } from "../errors/index.js";
import { addMonths } from "../dates/index.js";
import { addDays, addWorkdays, checkCalendar, dayText, makeCalendar, type CalendarKind } from "../dates/calendar.js";
import { Dec } from "../money/index.js";
import { CreditDecision, type CreditLevel, type CreditRegion, type LevelCriteria } from "../schema/credit.js";
import type { CaseInput, Outcome } from "../schema/case.js";
import type { Citation, Localized } from "../schema/rules.js";
import type { CreditPolicy } from "./policy.js";

export { loadCreditPolicy, safeLoadCreditPolicy, type CreditPolicy, type PolicyLoadOptions } from "./policy.js";

/**
 * Why a credit result is what it is: `recorded`, the exclusions (`not-a-penalty`, `simple-procedure`, `not-final`,
 * `minor-violation`, `harm-reduced`), `no-credit-statute` (no credit regulation of the jurisdiction in the policy),
 * the level (`level`, `severe-list-candidate`, `severe-list-no-basis`), publicity (`publicity-window`,
 * `no-publicity-regime`), `severe-listed`, `policy-edition-differs`, `calendar-weekends-only` and
 * `adjacent-area`.
 */
export type CreditReasonCode =
  | "recorded"
  | "not-a-penalty"
  | "simple-procedure"
  | "not-final"
  | "minor-violation"
  | "harm-reduced"
  | "no-credit-statute"
  | "level"
  | "severe-list-candidate"
  | "severe-list-no-basis"
  | "publicity-window"
  | "no-publicity-regime"
  | "severe-listed"
  | "policy-edition-differs"
  | "calendar-weekends-only"
  | "adjacent-area";

/** One reason of a credit result, in both languages. */
export interface CreditReason {
  /** What kind of reason it is. */
  code: CreditReasonCode;
  /** The reason in words. */
  message: Localized;
  /** The article it rests on, verbatim, or null. */
  citation: Citation | null;
  /** `law` (a statute or a published source says so) or `modelled` (the policy's own choice). */
  status: "law" | "modelled";
}

/** Working-day deadlines of an objection (异议), and their dates when the receipt date was given. */
export interface ObjectionDeadlines {
  /** Working days to mark the objection (异议标注), or null when the statute sets none. */
  markWithin: number | null;
  /** Working days to pass the objection on to the agency that provided the information, or null. */
  transferWithin: number | null;
  /** Working days to decide it (from receipt, or from the transfer's receipt). */
  decideWithin: number;
  /** The longest total when extended, or null. */
  extendableTo: number | null;
  /** The receipt date the dates count from, when given. */
  receivedOn?: string;
  /** Last day to mark it. */
  markBy?: string | null;
  /** Last day to decide it (after the longest transfer). */
  decideBy?: string;
  /** Last day of the longest extension. */
  extendedBy?: string | null;
}

/** The credit consequences of one decision. */
export interface CreditResult {
  /** The policy applied. */
  policy: string;
  /** The jurisdiction of the decision, and the province whose credit statute applies (null: none in the policy). */
  jurisdiction: {
    /** The outcome's jurisdiction id. */
    id: string;
    /** The province whose credit statute applies, or null. */
    region: string | null;
  };
  /** True: recorded as 失信/不良 information; false: not recorded; null: the policy has no credit statute for the jurisdiction. */
  recordable: boolean | null;
  /** Why, each with its article and whether it is law or modelled. */
  reasons: CreditReason[];
  /** The credit level of a recorded decision (the policy's table: modelled unless it cites a law), or null. */
  level: {
    /** The level id. */
    id: string;
    /** Its name in both languages. */
    label: Localized;
    /** The decision makes the party a candidate for a 严重失信 list (the listing is the agency's own decision). */
    severeList: boolean;
    /** The law that allows the level in this province, or null for the policy's own level. */
    basis: Citation | null;
    /** `modelled` unless a found text sets the level. */
    status: "law" | "modelled";
  } | null;
  /** The publicity window on the credit websites, from the decision date; null when not recorded. */
  publicity: {
    /** First day of publicity (the decision date). */
    from: string;
    /** Last day of the minimum period; early termination may be applied for after it. */
    earliestEnd: string;
    /** Last day of the maximum period; publicity ends by itself after it. */
    latestEnd: string;
    /** The regime applied (`ndrc-58` …). */
    regime: string;
    /** The windows that applied (the longest wins). */
    windows: string[];
  } | null;
  /** How long the information is kept or can be queried under the province's statute; null when not recorded. */
  retention: {
    /** Whole years. */
    years: number;
    /** The first day counted. */
    from: string;
    /** The day the period reaches. */
    until: string;
    /** What the statute calls it. */
    label: Localized;
  } | null;
  /** Credit repair; null when not recorded. */
  repair: {
    /** Whether repair can be applied for at all. */
    available: boolean;
    /** The first day early termination of publicity may be applied for (the day after the minimum period), or null. */
    earliestOn: string | null;
    /** What the party must show, in both languages. */
    conditions: Localized[];
  } | null;
  /** Objection deadlines in working days; null when not recorded. */
  objection: ObjectionDeadlines | null;
  /** The adjacent areas (configuration) the jurisdiction belongs to. */
  adjacentAreas: {
    /** The area id. */
    id: string;
    /** Its name in both languages. */
    name: Localized;
    /** Its members. */
    members: string[];
  }[];
  /** Which days the working-day deadlines skipped: `"supplied"` or `"weekends-only"`. */
  calendar: CalendarKind;
  /** The parts of this result that rest on modelled data (`level`, `minor`, `adjacentAreas` …). */
  modelled: string[];
  /** Every article the result rests on, verbatim. */
  citations: Citation[];
}

/** The result of {@link safeCredit}. */
export type SafeCreditResult =
  | {
      /** The decision was accepted. */
      ok: true;
      /** Its credit consequences. */
      result: CreditResult;
    }
  | {
      /** The decision was rejected. */
      ok: false;
      /** Every problem, with its field path. */
      issues: Issue[];
    };

const L = (zh: string, en: string): Localized => ({ zh, en });

function regionOf(policy: CreditPolicy, jurisdiction: string): CreditRegion | undefined {
  return policy.regions.find((r) => jurisdiction === r.jurisdiction || jurisdiction.startsWith(r.jurisdiction + "/"));
}

function pickPolicy(
  policies: CreditPolicy | readonly CreditPolicy[],
  edition: string,
): { policy: CreditPolicy; differs: boolean } {
  const list = Array.isArray(policies) ? (policies as readonly CreditPolicy[]) : [policies as CreditPolicy];
  const match = list.find((p) => p.edition === edition);
  return { policy: match ?? list[0]!, differs: !match };
}

function criteriaHold(c: LevelCriteria, ctx: LevelContext): boolean {
  const tests: boolean[] = [];
  if (c.fineAtLeast) tests.push(ctx.fine !== null && ctx.fine.gte(c.fineAtLeast[ctx.party]));
  if (c.tiers) tests.push(ctx.tier !== null && c.tiers.includes(ctx.tier));
  if (c.sanctions) tests.push(c.sanctions.some((s) => ctx.sanctions.has(s)));
  if (c.matters) tests.push(c.matters.includes(ctx.matter));
  if (c.domains) tests.push((c.domains as string[]).includes(ctx.domain));
  if (c.harm) tests.push(ctx.harm !== undefined && (c.harm as string[]).includes(ctx.harm));
  if (c.circumstances) tests.push(c.circumstances.some((id) => ctx.circumstances.has(id)));
  return c.match === "all" ? tests.length > 0 && tests.every(Boolean) : tests.some(Boolean);
}

interface LevelContext {
  fine: Dec | null;
  party: "individual" | "unit";
  tier: string | null;
  sanctions: Set<string>;
  matter: string;
  domain: string;
  harm: string | undefined;
  circumstances: Set<string>;
}

/**
 * Validates a decision for {@link credit}; the issues name the field (`decidedOn`, `calendar.holidays[2]` …).
 */
function validateDecision(input: unknown): { decision: CreditDecision } | { issues: Issue[] } {
  const parsed = CreditDecision.safeParse(input);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((i) => ({
        code: "invalid-decision" as const,
        path: i.path as (string | number)[],
        message: i.message,
      })),
    };
  }
  const d = parsed.data;
  const issues: Issue[] = [];
  for (const p of checkCalendar(d.calendar ?? {}))
    issues.push({ code: "invalid-decision", path: ["calendar", p.list, p.index], message: p.message });
  if (d.actEndedOn !== undefined && d.actEndedOn > d.decidedOn) {
    issues.push({
      code: "date-order",
      path: ["actEndedOn"],
      message: `the act cannot end (${d.actEndedOn}) after the decision (${d.decidedOn})`,
    });
  }
  if (d.objectionReceivedOn !== undefined && d.objectionReceivedOn < d.decidedOn) {
    issues.push({
      code: "date-order",
      path: ["objectionReceivedOn"],
      message: `an objection (${d.objectionReceivedOn}) cannot precede the decision (${d.decidedOn})`,
    });
  }
  if (d.disposition === "no-penalty" && (d.fine !== null || (d.sanctions ?? []).length > 0)) {
    issues.push({
      code: "invalid-decision",
      path: ["disposition"],
      message: "a no-penalty decision imposes no fine and no sanction",
    });
  }
  if (d.fine !== null && new Dec(d.fine).isZero()) {
    issues.push({ code: "invalid-decision", path: ["fine"], message: "a fine of 0 is no fine: give null" });
  }
  return issues.length > 0 ? { issues } : { decision: d };
}

/**
 * The credit consequences of a decision, returning the issues instead of throwing when the decision is invalid.
 * `policies` may be one policy or several (the one whose `edition` is the outcome's is used).
 */
export function safeCredit(
  policies: CreditPolicy | readonly CreditPolicy[],
  outcome: Outcome,
  decisionInput: unknown,
): SafeCreditResult {
  const checked = validateDecision(decisionInput);
  if ("issues" in checked) return { ok: false, issues: checked.issues };
  const d = checked.decision;
  const { policy, differs } = pickPolicy(policies, outcome.ruleSet.id);
  const reasons: CreditReason[] = [];
  const modelled = new Set<string>();
  const citations: Citation[] = [];
  const cite = (c: Citation | null) => {
    if (c && !citations.some((x) => x.law === c.law && x.article === c.article && x.text === c.text)) citations.push(c);
    return c;
  };
  const reason = (
    code: CreditReasonCode,
    message: Localized,
    citation: Citation | null,
    status: "law" | "modelled" = "law",
  ) => reasons.push({ code, message, citation: cite(citation), status });

  if (differs) {
    reason(
      "policy-edition-differs",
      L(
        `信用政策 ${policy.id} 对应 ${policy.edition}，结果所依据的基准为 ${outcome.ruleSet.id}`,
        `Policy ${policy.id} belongs to ${policy.edition}; the outcome was decided under ${outcome.ruleSet.id}`,
      ),
      null,
      "modelled",
    );
  }
  const calendar = makeCalendar(d.calendar ?? {});
  const jurisdiction = outcome.jurisdiction.id;
  const region = regionOf(policy, jurisdiction);
  const adjacentAreas = policy.adjacentAreas
    .filter((a) => a.members.some((m) => jurisdiction === m || jurisdiction.startsWith(m + "/")))
    .map((a) => ({ id: a.id, name: a.name, members: [...a.members] }));

  const empty = (recordable: boolean | null): CreditResult => ({
    policy: policy.id,
    jurisdiction: { id: jurisdiction, region: region?.jurisdiction ?? null },
    recordable,
    reasons,
    level: null,
    publicity: null,
    retention: null,
    repair: null,
    objection: null,
    adjacentAreas,
    calendar: calendar.kind,
    modelled: [...modelled],
    citations,
  });

  if (!region) {
    reason(
      "no-credit-statute",
      L(
        `信用政策未编入 ${outcome.jurisdiction.name.zh} 的信用条例，无法判断是否记入信用档案`,
        `The policy has no credit regulation for ${outcome.jurisdiction.name.en}; whether the decision is recorded cannot be said`,
      ),
      null,
    );
    return { ok: true, result: empty(null) };
  }

  // Recordable: every exclusion that holds is listed.
  const rule = region.record;
  const statute = region.statute.zh;
  const grounds = outcome.grounds;
  const circumstances = new Set<string>([
    ...(d.circumstances ?? []),
    ...grounds.flatMap((g) => (g.ref ? [g.ref] : [])),
  ]);
  let excluded = false;
  if (d.disposition === "no-penalty") {
    excluded = true;
    reason(
      "not-a-penalty",
      L(
        "不予行政处罚，没有可记录的行政处罚信息",
        "No penalty was imposed, so there is no penalty information to record",
      ),
      rule.citation,
    );
  }
  if (!rule.procedures.includes(d.procedure)) {
    excluded = true;
    reason(
      "simple-procedure",
      L(
        `适用简易程序作出的决定不记入（${statute}）`,
        `A decision made under the simple procedure is not recorded (${region.statute.en})`,
      ),
      rule.citation,
    );
  }
  if (rule.requireFinal && !d.final) {
    excluded = true;
    reason(
      "not-final",
      L(
        "决定尚未生效：法定期限内未提起复议、诉讼或者经复议、诉讼维持后方可记入",
        "The decision is not final yet: it is recorded once the review and litigation periods pass or it is upheld",
      ),
      rule.citation,
    );
  }
  if (rule.excludeMinor) {
    const fromGrounds = grounds.some((g) => g.code === "minor-no-harm");
    const fromTier = outcome.tier !== null && rule.minorTiers.includes(outcome.tier.id);
    const minor = d.minor ?? (fromGrounds || fromTier);
    if (minor) {
      excluded = true;
      const derived = d.minor === undefined && !fromGrounds;
      if (derived) modelled.add("minor");
      reason(
        "minor-violation",
        derived
          ? L(
              `违法行为轻微不记入；决定未说明是否轻微，按本政策把“${outcome.tier!.label.zh}”阶次视为轻微（模型）`,
              `A minor violation is not recorded; the decision does not say, and this policy reads the ${outcome.tier!.label.en} tier as minor (modelled)`,
            )
          : L("违法行为轻微，不记入", "The violation is minor, so it is not recorded"),
        rule.citation,
        derived ? "modelled" : "law",
      );
    }
  }
  if (rule.excludeHarmReduced && rule.harmReducedCircumstances.some((id) => circumstances.has(id))) {
    excluded = true;
    reason(
      "harm-reduced",
      L(
        "当事人主动消除、减轻违法行为危害后果，不记入",
        "The party actively removed or reduced the harm, so it is not recorded",
      ),
      rule.citation,
    );
  }
  if (excluded) {
    const result = empty(false);
    result.modelled = [...modelled];
    return { ok: true, result };
  }
  const objection = objectionDeadlines(region, calendar, d.objectionReceivedOn, cite);
  reason(
    "recorded",
    L(`记入信用档案（${statute}）`, `Recorded as adverse credit information (${region.statute.en})`),
    rule.citation,
  );

  // Level: the heaviest whose conditions hold; a severe-list level only with a legal basis in this province.
  const sanctions = new Set<string>(
    d.sanctions ?? outcome.sanctions.filter((s) => s.kind === "penalty").map((s) => s.code),
  );
  const ctx: LevelContext = {
    fine: d.fine === null ? null : new Dec(d.fine),
    party: d.party,
    tier: outcome.tier?.id ?? null,
    sanctions,
    matter: outcome.matter.id,
    domain: outcome.matter.id.split(".")[0]!,
    harm: d.harm,
    circumstances,
  };
  let level: CreditLevel = policy.levels[0]!;
  for (let i = policy.levels.length - 1; i > 0; i--) {
    const candidate = policy.levels[i]!;
    if (!criteriaHold(candidate.when!, ctx)) continue;
    const basis = candidate.basis?.[region.jurisdiction] ?? null;
    if (candidate.severeList && !basis) {
      reason(
        "severe-list-no-basis",
        L(
          `符合“${candidate.label.zh}”的条件，但本政策未列出${statute}中允许列入的条文，不予适用`,
          `The conditions of "${candidate.label.en}" hold, but the policy cites no article of the ${region.statute.en} that allows the list, so it does not apply`,
        ),
        null,
        "modelled",
      );
      continue;
    }
    level = candidate;
    break;
  }
  const levelBasis = level.basis?.[region.jurisdiction] ?? null;
  const levelStatus = level.provenance.status === "modelled" ? "modelled" : "law";
  if (levelStatus === "modelled") modelled.add("level");
  reason(
    "level",
    L(
      `信用等级：${level.label.zh}${levelStatus === "modelled" ? "（本政策模型，非官方等级）" : ""}`,
      `Credit level: ${level.label.en}${levelStatus === "modelled" ? " (this policy's model, not an official level)" : ""}`,
    ),
    levelBasis,
    levelStatus,
  );
  if (level.severeList) {
    reason(
      "severe-list-candidate",
      L(
        "可作为列入严重失信名单的候选；是否列入由行政机关依法决定，列入前应当告知理由和依据",
        "A candidate for the 严重失信 list; listing is the agency's own decision, after telling the party the reasons and basis",
      ),
      region.severeList.procedure,
      "modelled",
    );
    cite(region.severeList.citation);
  }

  // Publicity: the regime in force on the decision date; the longest window that applies wins.
  const regime = policy.publicity.find(
    (r) => (r.from === null || r.from <= d.decidedOn) && (r.to === null || d.decidedOn <= r.to),
  );
  let publicity: CreditResult["publicity"] = null;
  let repairEarliest: string | null = null;
  if (!regime) {
    reason(
      "no-publicity-regime",
      L(
        `本政策没有适用于 ${d.decidedOn} 作出的决定的公示期限`,
        `The policy has no publicity regime for decisions of ${d.decidedOn}`,
      ),
      null,
    );
  } else {
    const fields = new Set(d.fields ?? policy.matterFields[outcome.matter.id] ?? []);
    const windows = regime.windows.filter(
      (w) => (!w.fields || w.fields.some((f) => fields.has(f))) && (!w.levels || w.levels.includes(level.id)),
    );
    if (windows.length === 0) {
      reason(
        "no-publicity-regime",
        L(
          `公示期限“${regime.id}”没有适用于本决定的期限`,
          `Publicity regime "${regime.id}" has no window for this decision`,
        ),
        null,
      );
    } else {
      const minMonths = Math.max(...windows.map((w) => w.minMonths));
      const maxMonths = Math.max(...windows.map((w) => w.maxMonths));
      const earliestEnd = dayText(addMonths(d.decidedOn, minMonths));
      publicity = {
        from: d.decidedOn,
        earliestEnd,
        latestEnd: dayText(addMonths(d.decidedOn, maxMonths)),
        regime: regime.id,
        windows: windows.map((w) => w.id),
      };
      repairEarliest = addDays(earliestEnd, 1);
      const src = regime.provenance.source;
      reason(
        "publicity-window",
        L(
          `在信用网站公示：自决定之日起最短 ${minMonths} 个月、最长 ${maxMonths} 个月（${src?.documentNumber ?? regime.id}${windows.length > 1 ? "，取最长期限" : ""}）`,
          `Published on the credit websites from the decision date for at least ${minMonths} and at most ${maxMonths} months (${src?.documentNumber ?? regime.id}${windows.length > 1 ? "; the longest window wins" : ""})`,
        ),
        null,
        regime.provenance.status === "modelled" ? "modelled" : "law",
      );
      if (windows.some((w) => w.levels)) modelled.add("publicity");
    }
  }

  const ret = region.retention;
  const retentionFrom = ret.from === "act-ended" ? (d.actEndedOn ?? d.decidedOn) : d.decidedOn;
  const retention = {
    years: ret.years,
    from: retentionFrom,
    until: dayText(addMonths(retentionFrom, ret.years * 12)),
    label: ret.label,
  };
  cite(ret.citation);
  if (ret.from === "act-ended" && d.actEndedOn === undefined) modelled.add("retention");

  const repairClosed = region.repair.excludedWhenSevereListed && d.severeListed === true;
  if (d.severeListed) {
    reason(
      "severe-listed",
      repairClosed
        ? L(
            "当事人已被列入严重失信名单：不适用信用修复；保存和披露期限延至移出名单之日",
            "The party is on the 严重失信 list: repair does not apply, and retention runs until the party leaves the list",
          )
        : L("当事人已被列入严重失信主体名单", "The party is on the 严重失信 list"),
      repairClosed ? region.repair.citations[region.repair.citations.length - 1]! : region.severeList.citation,
    );
  }
  for (const c of region.repair.citations) cite(c);
  if (region.repair.removeWithin) cite(region.repair.removeWithin.citation);
  const conditions = [...region.repair.conditions];
  if (region.repair.excludedWhenSevereListed && !d.severeListed) {
    conditions.push(L("当事人未被列入严重失信名单", "The party is not on the 严重失信 list"));
  }
  const repair = { available: !repairClosed, earliestOn: repairClosed ? null : repairEarliest, conditions };

  if (adjacentAreas.length > 0) {
    modelled.add("adjacentAreas");
    reason(
      "adjacent-area",
      L(
        `所在地属于毗邻区域：${adjacentAreas.map((a) => a.name.zh).join("、")}（配置；跨区域互认只有原则性规定，具体机制未知）`,
        `The jurisdiction belongs to the adjacent area(s) ${adjacentAreas.map((a) => a.name.en).join(", ")} (configuration; cross-region recognition is sourced only as a principle)`,
      ),
      policy.crossRegion.citations[0]!,
      "modelled",
    );
  }

  if (calendar.kind === "weekends-only" && objection.receivedOn !== undefined) {
    reason(
      "calendar-weekends-only",
      L(
        "未提供法定节假日，工作日只扣除周末，期限可能偏早",
        "No public holidays were given: working days skip weekends only, so a deadline may be too early",
      ),
      null,
      "modelled",
    );
  }
  return {
    ok: true,
    result: {
      policy: policy.id,
      jurisdiction: { id: jurisdiction, region: region.jurisdiction },
      recordable: true,
      reasons,
      level: { id: level.id, label: level.label, severeList: level.severeList, basis: levelBasis, status: levelStatus },
      publicity,
      retention,
      repair,
      objection,
      adjacentAreas,
      calendar: calendar.kind,
      modelled: [...modelled],
      citations,
    },
  };
}

function objectionDeadlines(
  region: CreditRegion,
  calendar: ReturnType<typeof makeCalendar>,
  receivedOn: string | undefined,
  cite: (c: Citation | null) => Citation | null,
): ObjectionDeadlines {
  const o = region.objection;
  for (const w of [o.markWithin, o.transferWithin, o.decideWithin, o.extendableTo]) if (w) cite(w.citation);
  const out: ObjectionDeadlines = {
    markWithin: o.markWithin?.days ?? null,
    transferWithin: o.transferWithin?.days ?? null,
    decideWithin: o.decideWithin.days,
    extendableTo: o.extendableTo?.days ?? null,
  };
  if (receivedOn !== undefined) {
    const transferred = o.transferWithin ? addWorkdays(calendar, receivedOn, o.transferWithin.days) : receivedOn;
    out.receivedOn = receivedOn;
    out.markBy = o.markWithin ? addWorkdays(calendar, receivedOn, o.markWithin.days) : null;
    out.decideBy = addWorkdays(calendar, transferred, o.decideWithin.days);
    out.extendedBy = o.extendableTo ? addWorkdays(calendar, receivedOn, o.extendableTo.days) : null;
  }
  return out;
}

/**
 * The credit consequences of a decision: whether it is recorded, its level, the publicity window, retention, repair
 * and objection deadlines, each reason with its article and marked `law` or `modelled`. Throws a
 * {@link CailiangError} naming every invalid field of the decision.
 *
 * @example
 * ```ts
 * const policy = loadCreditPolicy(policies["yrd-2025"]!.credit);
 * const outcome = evaluate(compiled, caseInput);
 * const result = credit(policy, outcome, { decidedOn: "2025-09-01", procedure: "general", party: "unit", fine: "20000", final: true });
 * result.recordable;            // true
 * result.publicity?.latestEnd;  // "2028-09-01"
 * ```
 */
export function credit(
  policies: CreditPolicy | readonly CreditPolicy[],
  outcome: Outcome,
  decision: unknown,
): CreditResult {
  const result = safeCredit(policies, outcome, decision);
  if (!result.ok) throw new CailiangError(`Decision rejected: ${result.issues.length} problem(s)`, result.issues);
  return result.result;
}

/**
 * The decision a case would most likely lead to, for showing credit consequences before a decision exists: decided
 * on the case's `decidedOn` (or the discovery date), general procedure, the outcome's highest fine and penalties,
 * final. Every assumption is returned in words so a surface can show it.
 */
export function assumedDecision(
  caseInput: Pick<CaseInput, "party" | "decidedOn" | "discoveredOn" | "harm" | "circumstances">,
  outcome: Outcome,
): {
  /** The decision to pass to {@link credit}. */
  decision: CreditDecision;
  /** What was assumed, in both languages. */
  assumptions: Localized[];
} {
  const decidedOn = caseInput.decidedOn ?? caseInput.discoveredOn;
  const penalty = outcome.disposition !== "no-penalty";
  const decision: CreditDecision = {
    decidedOn,
    procedure: "general",
    disposition: penalty ? "penalty" : "no-penalty",
    party: caseInput.party.type,
    fine: penalty && outcome.fine && !new Dec(outcome.fine.max).isZero() ? outcome.fine.max : null,
    sanctions: penalty
      ? outcome.sanctions
          .filter((s) => s.kind === "penalty" && s.mandatory)
          .map((s) => s.code as NonNullable<CreditDecision["sanctions"]>[number])
      : [],
    final: true,
    harm: caseInput.harm,
    circumstances: [...caseInput.circumstances],
  };
  const assumptions = [
    L(
      `决定日期：${decidedOn}${caseInput.decidedOn ? "" : "（案件未给出决定日期，按发现日期）"}`,
      `Decided on ${decidedOn}${caseInput.decidedOn ? "" : " (the case gives no decision date; the discovery date is used)"}`,
    ),
    L("适用一般程序；决定已生效（未复议、诉讼）", "General procedure; the decision is final (no review or litigation)"),
  ];
  if (penalty) {
    assumptions.push(
      decision.fine
        ? L(`罚款按裁量幅度上限 ${decision.fine} 元`, `The fine is the top of the range, ${decision.fine} 元`)
        : L("不处罚款", "No fine"),
    );
  } else {
    assumptions.push(L("不予行政处罚", "No penalty"));
  }
  return { decision, assumptions };
}
