/**
 * 行政处罚法 Art. 37 (从旧兼从轻): the rules in force when the act occurred apply, unless the rules in force at the
 * decision are lighter. A benchmark edition that merely stops listing a matter (scope, competence) does not make the
 * act lawful: only a removal backed by a change of law does (`changes[].lawChange`).
 */
import type { CompiledRuleSet } from "../compile/index.js";
import type { CompiledEditions } from "../compile/editions.js";
import { addCitation } from "../law/citation.js";
import { dayNumber } from "../dates/index.js";
import { Dec } from "../money/index.js";
import type { Ground, Outcome, TraceStep } from "../schema/case.js";
import type { ChangeNote } from "../schema/rules.js";

/** The result of evaluating one case: its outcome, or every problem with it. */
export type Evaluated = { ok: true; outcome: Outcome } | { ok: false; issues: import("../errors/index.js").Issue[] };

type RunOne = (edition: CompiledRuleSet, raw: unknown, checkEffectiveDates: boolean) => Evaluated;

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

/** The outcome with the Art. 37 ground that says which edition applies (a new Outcome; the given one is not changed). */
function withGround(o: Outcome, ground: Ground, step: TraceStep): Outcome {
  const citations = o.citations.slice();
  addCitation(citations, ground.citation);
  const out: Outcome = { ...o, grounds: [...o.grounds, ground], citations };
  if (o.trace) out.trace = [step, ...o.trace];
  return out;
}

const describe = (o: Outcome) => `${o.disposition}${o.fine ? ` ${o.fine.min}–${o.fine.max}` : ""}`;
const DISPOSITION_ZH: Record<Outcome["disposition"], string> = {
  "no-penalty": "不予处罚",
  "may-waive": "可以不予处罚",
  penalty: "给予处罚",
};
const describeZh = (o: Outcome) => `${DISPOSITION_ZH[o.disposition]}${o.fine ? ` ${o.fine.min}–${o.fine.max} 元` : ""}`;

/** The removal notes of `later` for the matters it no longer lists. */
function removals(later: CompiledRuleSet, ids: readonly string[]): { id: string; note: ChangeNote | undefined }[] {
  return ids
    .filter((id) => !later.matters.has(id))
    .map((id) => ({ id, note: later.edition.changes?.find((c) => c.kind === "removed" && c.ref === id) }));
}

/**
 * A matter the edition in force at the act does not list yet, though a later edition does. The benchmark's silence
 * does not make the act lawful: the law in force at the act (Art. 37) punishes it, and the later edition, the only
 * benchmark for it, sets the discretion — the one in force at decision, or else the first later edition that lists
 * every matter of the case. Unless that edition says the matter was added because the law changed after the act
 * (`changes[].lawChange` on an `added` entry): then the act was not punishable when it occurred (法不溯及既往), and the
 * case is refused with that reason, as for any act before the law.
 */
function listedLater(
  set: CompiledEditions,
  atAct: CompiledRuleSet,
  atDecision: CompiledRuleSet | undefined,
  ids: readonly string[],
  unlisted: readonly string[],
): { run(runOne: RunOne, raw: unknown, reads: Record<string, unknown>): Evaluated } | undefined {
  const from = dayNumber(atAct.edition.effectiveFrom)!;
  const listsAllLater = (e: CompiledRuleSet) =>
    dayNumber(e.edition.effectiveFrom)! > from && ids.every((id) => e.matters.has(id));
  const later = atDecision && listsAllLater(atDecision) ? atDecision : set.editions.find(listsAllLater);
  if (!later) return undefined;
  const added = unlisted
    .map((id) => later.edition.changes?.find((c) => c.kind === "added" && c.ref === id && c.lawChange))
    .find((c) => c !== undefined);
  return {
    run(runOne, raw, reads) {
      const names = unlisted.map((id) => later.matters.get(id)!.matter.name);
      if (added) {
        return {
          ok: false,
          issues: [
            {
              code: "act-before-law",
              path: ["occurredOn"],
              message: `${added.ref} was added to ${later.edition.id} because the law changed (${added.lawChange!.title}) after the act; an act is punished only under the law in force when it occurred (Art. 37) / ${names.map((n) => n.zh).join("、")}系因${added.lawChange!.title}的修改而列入，违法行为发生时尚无该规定，不得依此处罚（第三十七条）`,
            },
          ],
        };
      }
      const b = runOne(later, raw, false);
      if (!b.ok) return b;
      const temporal = atAct.edition.generalRules.statute.temporal;
      return {
        ok: true,
        outcome: withGround(
          b.outcome,
          {
            code: "matter-listed-later",
            citation: temporal,
            mandatory: true,
            ref: `${atAct.edition.id}→${later.edition.id}`,
          },
          {
            step: "edition",
            result: "applied",
            reads,
            citation: temporal,
            note: {
              zh: `违法行为发生时有效的《${atAct.edition.title.zh}》未列出${names.map((n) => `“${n.zh}”`).join("、")}；该行为依行为发生时有效的法律规定应予处罚，裁量适用列出该事项的《${later.edition.title.zh}》`,
              en: `${atAct.edition.id}, in force when the act occurred, does not list ${unlisted.join(", ")}; the act is punishable under the law in force then, and ${later.edition.id}, which lists the matter, sets the discretion`,
            },
          },
        ),
      };
    },
  };
}

const dayOf = (value: unknown) => (typeof value === "string" ? dayNumber(value) : undefined);

/**
 * The day that decides which rules were in force "when the act occurred" (违法行为发生时). An act in a continuing
 * state (连续或者继续状态, Art. 36 ¶2) is one act until it ends, so it is judged by its last day: `endedOn`, or, for
 * an act still going on when it was found, `discoveredOn`. Otherwise the day it occurred.
 */
function actDay(record: Record<string, unknown>, occurred: number): { day: number; text: string; byEnd: boolean } {
  const ended = dayOf(record.endedOn);
  if (ended !== undefined && ended > occurred) return { day: ended, text: String(record.endedOn), byEnd: true };
  const discovered = dayOf(record.discoveredOn);
  if (ended === undefined && record.continuing === true && discovered !== undefined && discovered > occurred)
    return { day: discovered, text: String(record.discoveredOn), byEnd: true };
  return { day: occurred, text: String(record.occurredOn), byEnd: false };
}

/** Art. 37: the edition in force when the act occurred, unless the one in force at decision is lighter. */
export function runEditions(set: CompiledEditions, raw: unknown, runOne: RunOne): Evaluated {
  const latest = set.editions[set.editions.length - 1]!;
  const record = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const occurred = dayOf(record.occurredOn);
  if (occurred === undefined) return runOne(latest, raw, false);
  const act = actDay(record, occurred);
  const atAct = set.editions.find((e) => inForce(e, act.day));
  if (!atAct) {
    const periods = set.editions
      .map((e) => `${e.edition.id}: ${e.edition.effectiveFrom} – ${e.edition.effectiveTo ?? "open"}`)
      .join("; ");
    return {
      ok: false,
      issues: [
        {
          code: "edition-not-in-force",
          path: [act.byEnd ? (record.endedOn !== undefined ? "endedOn" : "discoveredOn") : "occurredOn"],
          message: `no edition is in force on ${act.text} (${periods}) / ${act.text} 无有效的基准版本（${periods}）`,
        },
      ],
    };
  }
  const temporal = atAct.edition.generalRules.statute.temporal;
  const reads: Record<string, unknown> = { occurredOn: record.occurredOn, decidedOn: record.decidedOn };
  if (act.byEnd) {
    reads.endedOn = record.endedOn;
    reads.continuing = record.continuing;
    reads.discoveredOn = record.discoveredOn;
  }
  const decided = dayOf(record.decidedOn);
  const atDecision = decided === undefined ? undefined : set.editions.find((e) => inForce(e, decided));
  const zhName = (e: CompiledRuleSet) => `《${e.edition.title.zh}》`;
  const ids = (Array.isArray(record.matter) ? record.matter : [record.matter]).filter(
    (id): id is string => typeof id === "string",
  );
  const unlisted = ids.filter((id) => !atAct.matters.has(id));
  if (unlisted.length > 0) {
    const listed = listedLater(set, atAct, atDecision, ids, unlisted);
    if (listed) return listed.run(runOne, raw, reads);
  }

  const a = runOne(atAct, raw, !act.byEnd);
  if (!a.ok) return a;
  // How the act's day was found, for the notes below.
  const when = act.byEnd
    ? {
        zh: `违法行为有连续或者继续状态，以行为终了之日（${act.text}）确定违法行为发生时的规定；`,
        en: `the act was continuing, so the rules in force on its last day (${act.text}) are those in force when it occurred; `,
      }
    : { zh: "", en: "" };
  const keep = (zh: string, en: string): Evaluated => ({
    ok: true,
    outcome: withGround(
      a.outcome,
      { code: "rule-in-force-at-act", citation: temporal, mandatory: true, ref: atAct.edition.id },
      {
        step: "edition",
        result: "applied",
        reads,
        citation: temporal,
        note: { zh: when.zh + zh, en: when.en + en },
      },
    ),
  });
  if (!atDecision || atDecision === atAct)
    return keep(`适用违法行为发生时有效的${zhName(atAct)}`, `${atAct.edition.id} was in force when the act occurred`);

  const laterTemporal = atDecision.edition.generalRules.statute.temporal;
  const gone = removals(atDecision, ids);
  if (gone.length > 0) {
    const ref = `${atAct.edition.id}→${atDecision.edition.id}`;
    if (gone.length === ids.length && gone.every((g) => g.note?.lawChange)) {
      const o = a.outcome;
      const lighter: Outcome = {
        ...o,
        ruleSet: {
          id: atDecision.edition.id,
          title: atDecision.edition.title,
          effectiveFrom: atDecision.edition.effectiveFrom,
          effectiveTo: atDecision.edition.effectiveTo,
        },
        disposition: "no-penalty",
        grounds: [],
        tier: null,
        fine: null,
        sanctions: [],
        procedure: { simpleProcedure: false, legalReview: false, hearing: false },
        citations: [],
      };
      if (o.trace) lighter.trace = [...o.trace];
      const laws = gone.map((g) => g.note!.lawChange!.title).join("、");
      return {
        ok: true,
        outcome: withGround(
          lighter,
          { code: "later-rule-lighter", citation: laterTemporal, mandatory: true, ref },
          {
            step: "edition",
            result: "applied",
            reads,
            citation: laterTemporal,
            note: {
              zh: `作出决定时，因${laws}的修改或者废止，该行为不再认为是违法：不予处罚`,
              en: `at decision the act is no longer unlawful after the change of law (${laws}): no penalty`,
            },
          },
        ),
      };
    }
    const why = gone
      .map((g) => `${atAct.matters.get(g.id)?.matter.name.zh ?? g.id}：${g.note ? g.note.reason.zh : "无说明"}`)
      .join("；");
    const whyEn = gone.map((g) => `${g.id}: ${g.note ? g.note.reason.en : "no reason stated"}`).join("; ");
    return keep(
      `${zhName(atDecision)}不再列出该事项，但并非因法律、法规、规章的修改或者废止（${why}）：仍适用违法行为发生时有效的${zhName(atAct)}`,
      `${atDecision.edition.id} no longer lists the matter, but not because a law, regulation or rule changed (${whyEn}): ${atAct.edition.id}, in force when the act occurred, applies`,
    );
  }
  const b = runOne(atDecision, raw, false);
  if (!b.ok) {
    return {
      ok: false,
      issues: b.issues.map((i) => ({
        ...i,
        message: `to compare with ${atDecision.edition.id}, in force at decidedOn (Art. 37): ${i.message}`,
      })),
    };
  }
  if (isLighter(b.outcome, a.outcome)) {
    return {
      ok: true,
      outcome: withGround(
        b.outcome,
        {
          code: "later-rule-lighter",
          citation: laterTemporal,
          mandatory: true,
          ref: `${atAct.edition.id}→${atDecision.edition.id}`,
        },
        {
          step: "edition",
          result: "applied",
          reads,
          citation: laterTemporal,
          note: {
            zh: `作出决定时有效的${zhName(atDecision)}较违法行为发生时的${zhName(atAct)}轻（${describeZh(b.outcome)}，对比 ${describeZh(a.outcome)}）：从轻适用`,
            en: `${atDecision.edition.id}, in force at decision, is lighter than ${atAct.edition.id}, in force when the act occurred (${describe(b.outcome)} vs ${describe(a.outcome)})`,
          },
        },
      ),
    };
  }
  return keep(
    `适用违法行为发生时有效的${zhName(atAct)}；作出决定时有效的${zhName(atDecision)}并不更轻（${describeZh(b.outcome)}，对比 ${describeZh(a.outcome)}）`,
    `${atAct.edition.id} was in force when the act occurred; ${atDecision.edition.id}, in force at decision, is not lighter (${describe(b.outcome)} vs ${describe(a.outcome)})`,
  );
}
