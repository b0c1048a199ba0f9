/**
 * Evaluation: a validated case → the lawful {@link Outcome}. Synchronous and pure; applies 行政处罚法 Arts. 28–33,
 * 36 and 51 with the numbers and texts of the rule set's general rules (nothing legal is hard-coded here).
 */
import { boundIssues, CaseInputError, type Issue } from "../errors/index.js";
import type { CompiledBasis, CompiledMatter, CompiledPenalty, CompiledRuleSet, CompiledTier, FormattedInterval } from "../compile/index.js";
import { tierBand } from "../compile/index.js";
import { statutoryInterval } from "../compile/fine.js";
import type { Citation, Localized, OverlayFile, SanctionCode } from "../schema/rules.js";
import type { Ground, Outcome, OutcomeSanction, TraceStep } from "../schema/case.js";
import { addMonths, dayNumber } from "../dates/index.js";
import { isEditions, type CompiledEditions } from "../compile/editions.js";
import { bandOf, Dec, formatAmount, type Interval } from "../money/index.js";
import { fastDayNumber, validateCase, type ValidCase } from "./validate.js";

export { validateCase, type ValidCase };

/** The result of {@link safeEvaluate} and {@link safeExplain}: the outcome, or every problem with the case. */
export type SafeEvaluateResult =
  | {
      /** The case was evaluated. */
      ok: true;
      /** Its lawful outcome. */
      outcome: Outcome;
    }
  | {
      /** The case was rejected. */
      ok: false;
      /** Every problem, each naming the case field (`path`). */
      issues: Issue[];
    };

const PENALTY_SANCTIONS: ReadonlySet<SanctionCode> = new Set<SanctionCode>([
  "warning",
  "confiscate-illegal-gains",
  "confiscate-items",
  "revoke-license",
  "order-to-stop-work",
]);
const HEARING_SANCTIONS: ReadonlySet<SanctionCode> = new Set<SanctionCode>(["revoke-license", "order-to-stop-work"]);

const MEASURES = {
  correct: { zh: "责令改正或者限期改正", en: "Order to correct the violation" },
  educate: { zh: "对当事人进行教育", en: "Educate the party" },
  guardianDiscipline: { zh: "责令监护人加以管教", en: "Order the guardian to discipline the minor" },
  guardianCare: { zh: "责令监护人严加看管和治疗", en: "Order the guardian to supervise and treat" },
} satisfies Record<string, Localized>;

const FIRST_VIOLATION_CONDITIONS = {
  first: { zh: "初次违法", en: "First violation" },
  minorHarm: { zh: "危害后果轻微", en: "Harm at most minor" },
  corrected: { zh: "及时改正", en: "Corrected in time" },
} satisfies Record<string, Localized>;

class Trace {
  readonly steps: TraceStep[] = [];
  add(step: string, result: TraceStep["result"], reads: Record<string, unknown>, citation: Citation | null, note: string): void {
    this.steps.push({ step, result, reads, citation, note });
  }
}

interface ProvisionResult {
  outcome: Outcome;
  /** The provision's statutory fine for this case (Art. 29 compares provisions by it). */
  statutory: Interval | null;
}

function resolveBasis(compiled: CompiledRuleSet, matter: CompiledMatter, jurisdiction: string): CompiledBasis | Issue {
  for (let j: string | undefined = jurisdiction; j; j = j.includes("/") ? j.slice(0, j.lastIndexOf("/")) : undefined) {
    const basis = matter.bases.get(j);
    if (basis) return basis;
  }
  const declared = compiled.jurisdictions.get(jurisdiction);
  const unavailable = declared && !declared.basisAvailable;
  return {
    code: "no-legal-basis",
    path: ["jurisdiction"],
    message: unavailable
      ? `${matter.matter.id} has no legal basis in ${jurisdiction}: ${declared.note ?? "no law text is available there"}`
      : `${matter.matter.id} has no legal basis in ${jurisdiction} (bases: ${[...matter.bases.keys()].join(", ")})`,
  };
}

/** Prior violations of the case's conduct counted under the edition's first-violation policy. */
export function priorCount(compiled: CompiledRuleSet, v: ValidCase): number {
  if (v.input.priorViolations.length === 0) return 0;
  const policy = compiled.edition.generalRules.firstViolation;
  let windowStart: number | undefined; // only a prior near the window's edge needs the calendar
  const top = v.input.jurisdiction.split("/")[0];
  let n = 0;
  for (const p of v.input.priorViolations) {
    const on = fastDayNumber(p.on);
    const back = v.days.occurred - on;
    // n months are 28·n to 31·n days.
    if (back < 0 || back > policy.lookbackMonths * 31) continue;
    if (back > policy.lookbackMonths * 28 && on < (windowStart ??= addMonths(v.input.occurredOn, -policy.lookbackMonths))) continue;
    // One act under several provisions (Art. 29): a prior violation recorded under any of them is the same conduct.
    if (policy.scope === "same-matter" ? !v.matters.some((m) => m.matter.id === p.matter) : !v.matters.some((m) => compiled.matters.get(p.matter)?.matter.category === m.matter.category)) continue;
    if (policy.area === "local" && p.jurisdiction.split("/")[0] !== top) continue;
    n++;
  }
  return n;
}

function money(interval: Interval): { min: string; max: string; currency: "CNY" } {
  const text = (interval as FormattedInterval).text; // static bands come formatted from compile()
  if (text) return { min: text.min, max: text.max, currency: "CNY" };
  return { min: formatAmount(interval.min), max: formatAmount(interval.max), currency: "CNY" };
}

/**
 * The facts every condition of a case reads: the matter facts plus the system facts (`tierLevel` is set during
 * evaluation). Exposed so another condition engine can be run over exactly the same facts.
 */
export function factBag(v: ValidCase, priorCount: number): Record<string, unknown> {
  const input = v.input;
  // System facts first, then the matter facts (never overriding a system fact, as the spread this replaces did not);
  // a literal plus plain stores is several times faster than a spread of the facts followed by more properties.
  const bag: Record<string, unknown> = {
    party: input.party.type,
    priorCount,
    harm: input.harm,
    correction: input.correction,
    circumstances: v.circumstances,
  };
  const facts = input.facts;
  for (const k in facts) if (!hasOwn.call(bag, k)) bag[k] = facts[k];
  return bag;
}

const hasOwn = Object.prototype.hasOwnProperty;

function evaluateProvision(compiled: CompiledRuleSet, v: ValidCase, cm: CompiledMatter, basis: CompiledBasis, trace: Trace | null): ProvisionResult {
  const g = compiled.edition.generalRules;
  const statute = g.statute;
  const input = v.input;
  const party = input.party;
  const penalty = basis[party.type] as CompiledPenalty;
  // The case's statutory interval of a fine that depends on the facts: computed at most once per provision.
  let statutoryMemo: Interval | undefined;
  const statutoryOf = (): Interval => (statutoryMemo ??= statutoryInterval(penalty.fine!, input.facts));
  const grounds: Ground[] = [];
  const sanctions: OutcomeSanction[] = [];
  const count = priorCount(compiled, v);

  const bag = factBag(v, count);
  trace?.add("legal-basis", "info", { jurisdiction: input.jurisdiction }, basis.basis.penalty[0] ?? null,
    `${cm.matter.id}: ${basis.jurisdiction === input.jurisdiction ? "" : `applies the basis of ${basis.jurisdiction}; `}prior violations counted in the window: ${count}`);

  // Tier selected by the facts (the loader proved exactly one applies).
  let factIndex = 0;
  for (let i = 0; i < cm.tiers.length; i++) {
    if (cm.tiers[i]!.test(bag)) {
      factIndex = i;
      break;
    }
  }
  const factTier = cm.tiers[factIndex]!;
  bag.tierLevel = factTier.level;
  trace?.add("tier-by-facts", "applied", { ...input.facts, priorCount: count, party: party.type, tier: factTier.id }, null,
    `facts select tier "${factTier.id}" (${factTier.label.zh} / ${factTier.label.en})`);

  // 首违不罚 verdict: the list's commitment, else Art. 33 ¶1 sentence 2.
  const listed = cm.matter.firstViolation?.listed === true;
  const listUnmet = listed ? cm.listConditions.filter((c) => !c.test(bag)).map((c) => ({ id: c.id, label: c.label })) : [];
  const statutoryUnmet: { id: string; label: Localized }[] = [];
  if (count > 0) statutoryUnmet.push({ id: "first-violation", label: FIRST_VIOLATION_CONDITIONS.first });
  if (input.harm !== "none" && input.harm !== "minor") statutoryUnmet.push({ id: "harm-minor", label: FIRST_VIOLATION_CONDITIONS.minorHarm });
  if (input.correction !== "in-time") statutoryUnmet.push({ id: "corrected-in-time", label: FIRST_VIOLATION_CONDITIONS.corrected });
  const firstViolation: Outcome["firstViolation"] =
    listed && listUnmet.length === 0
      ? { listed, applies: "shall", unmet: [] }
      : statutoryUnmet.length === 0
        ? { listed, applies: "may", unmet: listUnmet }
        : { listed, applies: "no", unmet: listed ? listUnmet : statutoryUnmet };

  // Exemptions in order of the law; the first mandatory one decides.
  const exempt = (code: Ground["code"], citation: Citation, step: string, note: string, extra?: Partial<Ground>): ProvisionResult => {
    grounds.push({ code, citation, mandatory: true, ...extra });
    trace?.add(step, "applied", {}, citation, note);
    return finish("no-penalty", null, null);
  };

  const start = v.days.ended ?? v.days.occurred;
  const extended = cm.matter.safetyRelevant === true && input.harm !== "none";
  const years = extended ? statute.limitation.extendedYears : statute.limitation.years;
  const startText = input.endedOn ?? input.occurredOn;
  // A period of n years is at least 365·n days, so a case found sooner needs no calendar arithmetic.
  const expired = v.days.discovered - start >= years * 365 && v.days.discovered > addMonths(startText, years * 12);
  trace?.add("limitation", expired ? "applied" : "not-applied", { occurredOn: input.occurredOn, endedOn: input.endedOn, discoveredOn: input.discoveredOn, harm: input.harm },
    statute.limitation.citation, `${years}-year period from ${startText}${extended ? " (life, health or financial safety with harm)" : ""}; discovered ${input.discoveredOn}`);
  if (expired) {
    grounds.push({ code: "limitation-expired", citation: statute.limitation.citation, mandatory: true });
    return finish("no-penalty", null, null, true);
  }

  const age = party.type === "individual" ? party.age : undefined;
  if (age !== undefined && age < statute.minorAge.noPenaltyUnder) {
    sanctions.push({ code: "guardian-discipline", label: MEASURES.guardianDiscipline, mandatory: true, kind: "measure", citation: statute.minorAge.citation });
    return exempt("under-minimum-age", statute.minorAge.citation, "minor-age", `age ${age} is under ${statute.minorAge.noPenaltyUnder}`);
  }
  const mental = party.type === "individual" ? party.mentalState : undefined;
  if (mental === "incapable") {
    sanctions.push({ code: "guardian-discipline", label: MEASURES.guardianCare, mandatory: true, kind: "measure", citation: statute.mentalState });
    return exempt("mental-incapacity", statute.mentalState, "mental-state", "the party could not recognise or control the act");
  }
  if (input.noFaultProven === true) {
    return exempt("no-fault", statute.noFault, "no-fault", "evidence proves no subjective fault");
  }
  const minor = cm.minor(bag);
  const minorNoHarm = minor && input.correction === "in-time" && input.harm === "none";
  trace?.add("minor-no-harm", minorNoHarm ? "applied" : "not-applied", { minor, correction: input.correction, harm: input.harm }, statute.minorNoHarm,
    "违法行为轻微 ∧ 及时改正 ∧ 没有造成危害后果");
  if (minorNoHarm) {
    grounds.push({ code: "minor-no-harm", citation: statute.minorNoHarm, mandatory: true });
    return finish("no-penalty", null, null);
  }
  if (listed) {
    trace?.add("first-violation-list", firstViolation.applies === "shall" ? "applied" : "not-applied", { priorCount: count, correction: input.correction, harm: input.harm },
      statute.firstViolation, listUnmet.length === 0 ? "every condition of the list item holds" : `unmet: ${listUnmet.map((u) => u.id).join(", ")}`);
    if (firstViolation.applies === "shall") {
      const fv = cm.matter.firstViolation!;
      const ground: Ground = { code: "first-violation-list", citation: statute.firstViolation, mandatory: true };
      if (fv.provenance.source) ground.source = fv.provenance.source;
      grounds.push(ground);
      return finish("no-penalty", null, null);
    }
  }
  const unmetPre = penalty.preconditions.filter((p) => !p.test(bag));
  if (penalty.preconditions.length > 0) {
    trace?.add("preconditions", unmetPre.length > 0 ? "applied" : "not-applied", { correction: input.correction }, basis.basis.penalty[0] ?? null,
      unmetPre.length > 0 ? `the fine needs ${unmetPre.map((p) => p.label.zh).join("、")}, which does not hold` : "every precondition of the fine holds");
  }
  if (unmetPre.length > 0) {
    for (const p of unmetPre) grounds.push({ code: "precondition-unmet", citation: basis.basis.penalty[0] ?? null, mandatory: true, ref: p.id });
    return finish("no-penalty", null, null);
  }

  // Penalty: circumstances adjust the fact tier.
  const circumstances = v.circumstances.map((id) => compiled.circumstances.get(id)!);
  let mandatoryMitigation = 0;
  let mitigating = false;
  let aggravating = false;
  if (age !== undefined && age < statute.minorAge.mitigateUnder) {
    grounds.push({ code: "minor-age-mitigation", citation: statute.minorAge.citation, mandatory: true });
    mandatoryMitigation++;
    mitigating = true;
  }
  if (mental === "partially-incapable") {
    grounds.push({ code: "partial-capacity-mitigation", citation: statute.mentalState, mandatory: false });
    mitigating = true;
  }
  for (const c of circumstances) {
    if (c.kind === "aggravating") {
      aggravating = true;
      grounds.push({ code: "aggravating-circumstance", citation: c.citation ?? null, mandatory: c.mandatory, ref: c.id });
    } else if (c.kind === "mitigating" || c.kind === "mitigating-or-reducing") {
      mitigating = true;
      if (c.kind === "mitigating-or-reducing" && c.mandatory) mandatoryMitigation++;
      grounds.push({ code: "mitigating-circumstance", citation: c.citation ?? null, mandatory: c.mandatory, ref: c.id });
    }
  }
  const fine = penalty.fine;
  let tier: CompiledTier;
  let band: Interval | null = null;
  // A jurisdiction overlay below the basis (e.g. 青浦 under Shanghai) may narrow the tier's range.
  let refinement: { overlay: OverlayFile; tier: OverlayFile["matters"][string]["tiers"][string] } | undefined;
  const overlayFor = (t: CompiledTier) => {
    for (let j: string | undefined = input.jurisdiction; j && j !== basis.jurisdiction; j = j.includes("/") ? j.slice(0, j.lastIndexOf("/")) : undefined) {
      const o = cm.overlays.get(j);
      const tier = o?.tiers.get(t.id);
      if (o && tier) return { overlay: o.overlay, tier };
    }
    return undefined;
  };
  const bandFor = (t: CompiledTier, index: number): Interval | undefined => {
    if (!fine) return undefined;
    refinement = t.level === "reduced" ? undefined : overlayFor(t);
    if (refinement) {
      const amounts = refinement.tier[party.type];
      if (amounts) return { min: new Dec(amounts.min), max: new Dec(amounts.max) };
      if (refinement.tier.band) {
        return bandOf(statutoryOf(), refinement.tier.band.from, refinement.tier.band.to, compiled.money.unit);
      }
      refinement = undefined;
    }
    if (penalty.fixed) return t.level === "reduced" ? penalty.fixed.reduced : penalty.fixed.bands[index];
    return tierBand(compiled.edition, t.tier, t.level, fine, statutoryOf(), basis.jurisdiction, party.type, compiled.money.unit);
  };
  const reducedBand = mandatoryMitigation >= g.adjustment.reduceAtMandatory && !aggravating ? bandFor(cm.reduced, -1) : undefined;
  if (reducedBand || (fine === null && mandatoryMitigation >= g.adjustment.reduceAtMandatory && !aggravating)) {
    tier = cm.reduced;
    band = reducedBand ?? null;
    grounds.push({ code: "reduced-penalty", citation: statute.mandatoryMitigation, mandatory: false });
    trace?.add("adjustment", "applied", { circumstances: v.circumstances, age }, statute.mandatoryMitigation,
      `${mandatoryMitigation} mandatory 从轻或者减轻 circumstance(s), none aggravating: 减轻 below the statutory minimum`);
  } else {
    const shift = (mitigating ? -1 : 0) + (aggravating ? 1 : 0);
    const index = Math.min(cm.tiers.length - 1, Math.max(0, factIndex + shift));
    tier = cm.tiers[index]!;
    band = bandFor(tier, index) ?? null;
    trace?.add("adjustment", shift === 0 ? "not-applied" : "applied", { circumstances: v.circumstances, age, mentalState: mental },
      mitigating && mandatoryMitigation > 0 ? statute.mandatoryMitigation : null,
      shift === 0
        ? mitigating && aggravating ? "mitigating and aggravating circumstances cancel out" : "no circumstance moves the tier"
        : `${shift < 0 ? "mitigating" : "aggravating"} circumstance(s) move the tier from "${factTier.id}" to "${tier.id}"`);
  }
  grounds.unshift({ code: "statutory-penalty", citation: basis.basis.penalty[0] ?? null, mandatory: !penalty.penalty.optional });
  if (refinement) {
    grounds.push({ code: "local-refinement", citation: refinement.overlay.citation, mandatory: true, ref: refinement.overlay.jurisdiction });
    trace?.add("local-refinement", "applied", { jurisdiction: input.jurisdiction, tier: tier.id }, refinement.overlay.citation,
      `${refinement.overlay.title.en}: ${band ? `${formatAmount(band.min)}–${formatAmount(band.max)} 元` : "refined"} within the ${basis.jurisdiction} tier`);
  }

  bag.tierLevel = tier.level;
  for (const { sanction, test } of penalty.sanctions) {
    if (test && !test(bag)) continue;
    sanctions.push({
      code: sanction.code,
      label: sanction.label,
      mandatory: sanction.mandatory,
      kind: PENALTY_SANCTIONS.has(sanction.code) ? "penalty" : "measure",
      citation: sanction.citation ?? null,
    });
  }

  if (firstViolation.applies === "may") {
    grounds.push({ code: "first-violation", citation: statute.firstViolation, mandatory: false });
    trace?.add("first-violation", "applied", { priorCount: count, harm: input.harm, correction: input.correction }, statute.firstViolation,
      "初次违法 ∧ 危害后果轻微 ∧ 及时改正: the agency may waive the penalty below");
    return finish("may-waive", tier, band);
  }
  trace?.add("first-violation", "not-applied", { priorCount: count, harm: input.harm, correction: input.correction }, statute.firstViolation,
    `unmet: ${firstViolation.unmet.map((u) => u.id).join(", ")}`);
  return finish("penalty", tier, band);

  function finish(disposition: Outcome["disposition"], t: CompiledTier | null, fineBand: Interval | null, expiredCase = false): ProvisionResult {
    const threshold = party.type;
    const out: OutcomeSanction[] = [];
    if (disposition === "no-penalty") {
      out.push({ code: "educate", label: MEASURES.educate, mandatory: true, kind: "measure", citation: statute.educate });
    }
    if (!expiredCase) out.push({ code: "order-to-correct", label: MEASURES.correct, mandatory: true, kind: "measure", citation: statute.orderToCorrect });
    out.push(...sanctions);
    const penaltySanctions = out.filter((s) => s.kind === "penalty");
    const imposes = disposition !== "no-penalty";
    // Static bands carry these three comparisons precomputed by compile().
    const known = fineBand !== null ? (fineBand as FormattedInterval).thresholds?.[threshold] : undefined;
    const legalReview =
      imposes &&
      ((fineBand !== null && (known ? known.legalReview : fineBand.max.gte(compiled.money.legalReview[threshold]))) ||
        (t?.level === "reduced" && g.procedure.legalReview.reducedAlwaysReviewed));
    const hearing =
      imposes &&
      ((fineBand !== null && (known ? known.hearing : fineBand.max.gte(compiled.money.hearing[threshold]))) ||
        penaltySanctions.some((s) => HEARING_SANCTIONS.has(s.code as SanctionCode)));
    // A decision on the spot (Art. 51) cannot wait for legal review or offer a hearing.
    const simpleProcedure =
      imposes &&
      !legalReview &&
      !hearing &&
      (fineBand ? (known ? known.simple : fineBand.max.lte(compiled.money.simple[threshold])) : penaltySanctions.length > 0) &&
      penaltySanctions.every((s) => s.code === "warning");
    trace?.add("procedure", "info", { fineMax: fineBand ? formatAmount(fineBand.max) : null, party: party.type }, simpleProcedure ? statute.simpleProcedure.citation : null,
      `simple procedure ${simpleProcedure ? "available" : "not available"}; legal review ${legalReview ? "required" : "not required"}; hearing right ${hearing ? "must be notified" : "not triggered"} (flags use the upper bound of the range)`);

    // The basis's own citations come deduplicated from compile(); grounds and sanctions are added as they come.
    const citations: Citation[] = basis.citations.slice();
    // Deduplicated by value (law, article, text); a linear scan of the few citations so far, no key strings.
    const cite = (c: Citation | null | undefined) => {
      if (!c) return;
      for (let i = 0; i < citations.length; i++) {
        const x = citations[i]!;
        if (x === c || (x.law === c.law && x.article === c.article && x.text === c.text)) return;
      }
      citations.push(c);
    };
    grounds.forEach((gr) => cite(gr.citation));
    out.forEach((s) => cite(s.citation));
    if (simpleProcedure) cite(statute.simpleProcedure.citation);
    if (legalReview) cite(statute.legalReview);
    if (hearing) cite(statute.hearing);

    const jurisdiction = compiled.jurisdictions.get(input.jurisdiction)!;
    const outcome: Outcome = {
      matter: { id: cm.matter.id, name: cm.matter.name },
      ruleSet: {
        id: compiled.edition.id,
        title: compiled.edition.title,
        effectiveFrom: compiled.edition.effectiveFrom,
        effectiveTo: compiled.edition.effectiveTo,
      },
      jurisdiction: { id: jurisdiction.id, name: jurisdiction.name, basis: basis.jurisdiction },
      disposition,
      grounds,
      tier: t ? { id: t.id, label: t.label } : null,
      fine: fineBand ? money(fineBand) : null,
      sanctions: out,
      firstViolation,
      procedure: { simpleProcedure, legalReview, hearing },
      citations,
    };
    const statutory = penalty.fine ? (penalty.fixed?.statutory ?? statutoryOf()) : null;
    return { outcome, statutory };
  }
}

/** Options of {@link evaluate} and its siblings. */
export interface EvaluateOptions {
  /**
   * With one edition: reject a case whose act falls outside the edition's effective period (default true). Set it to
   * false to ask what an edition would decide regardless of its dates (comparisons, research); with several
   * editions the dates always choose the edition.
   */
  checkEffectiveDates?: boolean;
}

/** One compiled edition, or several for choosing by date (Art. 37). */
export type Evaluable = CompiledRuleSet | CompiledEditions;

function run(target: Evaluable, raw: unknown, withTrace: boolean, options: EvaluateOptions = {}): SafeEvaluateResult {
  if (isEditions(target)) return runEditions(target, raw, withTrace);
  const checked = validateCase(target, raw, options);
  if (!checked.ok) return { ok: false, issues: boundIssues(checked.issues) };
  return evaluateValid(target, checked.value, withTrace);
}

const RANK: Record<Outcome["disposition"], number> = { "no-penalty": 0, "may-waive": 1, penalty: 2 };

/**
 * True when outcome `a` is lighter than `b`: a milder disposition (no penalty < may waive < penalty); with the same
 * disposition, a lower fine maximum; with the same maximum, a lower fine minimum. A missing fine counts as 0.
 */
export function isLighter(a: Outcome, b: Outcome): boolean {
  if (RANK[a.disposition] !== RANK[b.disposition]) return RANK[a.disposition] < RANK[b.disposition];
  const amax = new Dec(a.fine?.max ?? 0);
  const bmax = new Dec(b.fine?.max ?? 0);
  if (!amax.eq(bmax)) return amax.lt(bmax);
  return new Dec(a.fine?.min ?? 0).lt(b.fine?.min ?? 0);
}

function inForce(e: CompiledRuleSet, day: number): boolean {
  const from = dayNumber(e.edition.effectiveFrom)!;
  const to = e.edition.effectiveTo === null ? Infinity : dayNumber(e.edition.effectiveTo)!;
  return day >= from && day <= to;
}

function withGround(o: Outcome, ground: Ground, step: TraceStep | undefined): Outcome {
  o.grounds.push(ground);
  if (ground.citation && !o.citations.some((c) => c.law === ground.citation!.law && c.article === ground.citation!.article)) o.citations.push(ground.citation);
  if (o.trace && step) o.trace.unshift(step);
  return o;
}

/** Art. 37 (从旧兼从轻): the edition in force when the act occurred, unless the one in force at decision is lighter. */
function runEditions(set: CompiledEditions, raw: unknown, withTrace: boolean): SafeEvaluateResult {
  const latest = set.editions[set.editions.length - 1]!;
  const record = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const occurred = typeof record.occurredOn === "string" ? dayNumber(record.occurredOn) : undefined;
  if (occurred === undefined) return run(latest, raw, withTrace, { checkEffectiveDates: false });
  const atAct = set.editions.find((e) => inForce(e, occurred));
  if (!atAct) {
    return {
      ok: false,
      issues: [{
        code: "edition-not-in-force",
        path: ["occurredOn"],
        message: `no edition is in force on ${String(record.occurredOn)} (${set.editions.map((e) => `${e.edition.id}: ${e.edition.effectiveFrom} – ${e.edition.effectiveTo ?? "open"}`).join("; ")})`,
      }],
    };
  }
  const a = run(atAct, raw, withTrace);
  if (!a.ok) return a;
  const temporal = atAct.edition.generalRules.statute.temporal;
  const decided = typeof record.decidedOn === "string" ? dayNumber(record.decidedOn) : undefined;
  const atDecision = decided === undefined ? undefined : set.editions.find((e) => inForce(e, decided));
  const keep = (note: string) =>
    ({
      ok: true,
      outcome: withGround(a.outcome, { code: "rule-in-force-at-act", citation: temporal, mandatory: true, ref: atAct.edition.id },
        { step: "edition", result: "applied", reads: { occurredOn: record.occurredOn, decidedOn: record.decidedOn }, citation: temporal, note }),
    }) as const;
  if (!atDecision || atDecision === atAct) return keep(`${atAct.edition.id} was in force when the act occurred`);

  const laterTemporal = atDecision.edition.generalRules.statute.temporal;
  const ids = Array.isArray(record.matter) ? record.matter : [record.matter];
  const removed = ids.every((id) => typeof id === "string" && !atDecision.matters.has(id));
  if (removed) {
    const o = a.outcome;
    const lighter: Outcome = {
      ...o,
      ruleSet: { id: atDecision.edition.id, title: atDecision.edition.title, effectiveFrom: atDecision.edition.effectiveFrom, effectiveTo: atDecision.edition.effectiveTo },
      disposition: "no-penalty",
      grounds: [],
      tier: null,
      fine: null,
      sanctions: [],
      procedure: { simpleProcedure: false, legalReview: false, hearing: false },
      citations: [],
    };
    if (o.trace) lighter.trace = [...o.trace];
    return {
      ok: true,
      outcome: withGround(lighter, { code: "later-rule-lighter", citation: laterTemporal, mandatory: true, ref: `${atAct.edition.id}→${atDecision.edition.id}` },
        { step: "edition", result: "applied", reads: { occurredOn: record.occurredOn, decidedOn: record.decidedOn }, citation: laterTemporal,
          note: `${atDecision.edition.id}, in force at decision, no longer lists ${ids.join(", ")}: the act is no longer punished under it (不认为是违法)` }),
    };
  }
  const b = run(atDecision, raw, withTrace, { checkEffectiveDates: false });
  if (!b.ok) {
    return {
      ok: false,
      issues: b.issues.map((i) => ({ ...i, message: `to compare with ${atDecision.edition.id}, in force at decidedOn (Art. 37): ${i.message}` })),
    };
  }
  if (isLighter(b.outcome, a.outcome)) {
    return {
      ok: true,
      outcome: withGround(b.outcome, { code: "later-rule-lighter", citation: laterTemporal, mandatory: true, ref: `${atAct.edition.id}→${atDecision.edition.id}` },
        { step: "edition", result: "applied", reads: { occurredOn: record.occurredOn, decidedOn: record.decidedOn }, citation: laterTemporal,
          note: `${atDecision.edition.id}, in force at decision, is lighter than ${atAct.edition.id}, in force when the act occurred (${describeOutcome(b.outcome)} vs ${describeOutcome(a.outcome)})` }),
    };
  }
  return keep(`${atAct.edition.id} was in force when the act occurred; ${atDecision.edition.id}, in force at decision, is not lighter (${describeOutcome(b.outcome)} vs ${describeOutcome(a.outcome)})`);
}

const describeOutcome = (o: Outcome) => `${o.disposition}${o.fine ? ` ${o.fine.min}–${o.fine.max}` : ""}`;

/** Evaluates a case that {@link validateCase} accepted (for alternative condition engines over the same pipeline). */
export function evaluateValid(compiled: CompiledRuleSet, v: ValidCase, withTrace: boolean): SafeEvaluateResult {
  const bases: CompiledBasis[] = [];
  const issues: Issue[] = [];
  for (const m of v.matters) {
    const b = resolveBasis(compiled, m, v.input.jurisdiction);
    if ("code" in b) issues.push(b);
    else bases.push(b);
  }
  if (issues.length > 0) return { ok: false, issues };
  const traces: (Trace | null)[] = v.matters.map(() => (withTrace ? new Trace() : null));
  const results = v.matters.map((m, i) => evaluateProvision(compiled, v, m, bases[i]!, traces[i]!));
  let chosen = 0;
  if (results.length > 1) {
    // Art. 29: one fine, under the provision whose statutory fine is higher (maximum first, then minimum).
    // Only provisions under which a fine is due compete (应当给予罚款处罚的); if none, the first provision stands.
    const due = (r: ProvisionResult) => r.outcome.disposition !== "no-penalty" && r.statutory !== null;
    chosen = results.findIndex(due);
    if (chosen < 0) chosen = 0;
    else {
      for (let i = chosen + 1; i < results.length; i++) {
        if (!due(results[i]!)) continue;
        const a = results[i]!.statutory!;
        const b = results[chosen]!.statutory!;
        if (a.max.gt(b.max) || (a.max.eq(b.max) && a.min.gt(b.min))) chosen = i;
      }
    }
    const winner = results[chosen]!.outcome;
    const oneFine = compiled.edition.generalRules.statute.oneFine;
    if (winner.disposition !== "no-penalty") {
      winner.grounds.push({ code: "one-fine-higher-provision", citation: oneFine, mandatory: true });
      if (!winner.citations.some((c) => c.law === oneFine.law && c.article === oneFine.article)) winner.citations.push(oneFine);
    }
    traces[chosen]?.add("one-act-several-provisions", "applied",
      Object.fromEntries(results.map((r) => [r.outcome.matter.id, r.statutory ? `${formatAmount(r.statutory.min)}–${formatAmount(r.statutory.max)}` : null])),
      oneFine, `one fine, under ${winner.matter.id}, the provision with the higher statutory fine`);
  }
  const outcome = results[chosen]!.outcome;
  if (withTrace) outcome.trace = traces[chosen]!.steps;
  return { ok: true, outcome };
}

/**
 * Evaluates one case; returns the issues instead of throwing when the case is invalid.
 *
 * @example
 * ```ts
 * const result = safeEvaluate(compiled, JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.path.join("."), issue.message);
 * ```
 */
export function safeEvaluate(target: Evaluable, caseInput: unknown, options?: EvaluateOptions): SafeEvaluateResult {
  try {
    return run(target, caseInput, false, options);
  } catch (error) {
    return { ok: false, issues: [{ code: "invalid-case", path: [], message: `case could not be evaluated: ${(error as Error).message}` }] };
  }
}

/**
 * Evaluates one case into its lawful {@link Outcome}; throws a {@link CaseInputError} naming every invalid field.
 *
 * @example
 * ```ts
 * const outcome = evaluate(compile(loadRuleSet(yrd2023)), caseInput);
 * outcome.disposition; // "penalty"
 * outcome.fine;        // { min: "40", max: "60", currency: "CNY" }
 * ```
 */
export function evaluate(target: Evaluable, caseInput: unknown, options?: EvaluateOptions): Outcome {
  const result = run(target, caseInput, false, options);
  if (!result.ok) throw new CaseInputError(result.issues);
  return result.outcome;
}

/**
 * Like {@link evaluate}, with the explanation `trace`: every rule step, the facts it read and the article behind it.
 * From `examples/explain.ts`:
 *
 * {@includeCode ../../examples/explain.ts#explain}
 */
export function explain(target: Evaluable, caseInput: unknown, options?: EvaluateOptions): Outcome {
  const result = run(target, caseInput, true, options);
  if (!result.ok) throw new CaseInputError(result.issues);
  return result.outcome;
}

/**
 * Like {@link explain}, returning the issues instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeExplain(compiled, input);
 * if (result.ok) for (const step of result.outcome.trace!) console.log(step.step, step.result, step.note);
 * else for (const issue of result.issues) console.log(issue.path.join("."), issue.message);
 * ```
 */
export function safeExplain(target: Evaluable, caseInput: unknown, options?: EvaluateOptions): SafeEvaluateResult {
  try {
    return run(target, caseInput, true, options);
  } catch (error) {
    return { ok: false, issues: [{ code: "invalid-case", path: [], message: `case could not be evaluated: ${(error as Error).message}` }] };
  }
}
