/**
 * The edition's 首违不罚 list: a listed matter whose list conditions all hold is not punished (the published list
 * commits the agency, turning Art. 33 ¶1's "may" into "shall"). Also the verdict the Outcome reports.
 */
import type { Outcome } from "../../schema/case.js";
import type { Localized } from "../../schema/rules.js";
import type { Context } from "../context.js";
import type { Exemption } from "./findings.js";

const STATUTORY_CONDITIONS = Object.freeze({
  first: Object.freeze({ zh: "初次违法", en: "First violation" }),
  minorHarm: Object.freeze({ zh: "危害后果轻微", en: "Harm at most minor" }),
  corrected: Object.freeze({ zh: "及时改正", en: "Corrected in time" }),
}) satisfies Record<string, Localized>;

/** The conditions of Art. 33 ¶1, second sentence, that do not hold (初次违法, 危害后果轻微, 及时改正). */
export function statutoryConditionsUnmet(ctx: Context): { id: string; label: Localized }[] {
  const unmet: { id: string; label: Localized }[] = [];
  if (ctx.priorCount > 0) unmet.push({ id: "first-violation", label: STATUTORY_CONDITIONS.first });
  if (ctx.input.harm !== "none" && ctx.input.harm !== "minor")
    unmet.push({ id: "harm-minor", label: STATUTORY_CONDITIONS.minorHarm });
  if (ctx.input.correction !== "in-time")
    unmet.push({ id: "corrected-in-time", label: STATUTORY_CONDITIONS.corrected });
  return unmet;
}

/** The 首违不罚 verdict: `shall` (listed, every list condition holds), `may` (Art. 33 ¶1 s2) or `no`. */
// The verdicts of unlisted matters depend only on which statutory conditions fail: eight frozen values, shared.
const UNLISTED: Outcome["firstViolation"][] = [];
for (let i = 0; i < 8; i++) {
  const unmet: { id: string; label: Localized }[] = [];
  if (i & 1) unmet.push(Object.freeze({ id: "first-violation", label: STATUTORY_CONDITIONS.first }));
  if (i & 2) unmet.push(Object.freeze({ id: "harm-minor", label: STATUTORY_CONDITIONS.minorHarm }));
  if (i & 4) unmet.push(Object.freeze({ id: "corrected-in-time", label: STATUTORY_CONDITIONS.corrected }));
  UNLISTED.push(
    Object.freeze({
      listed: false,
      applies: i === 0 ? ("may" as const) : ("no" as const),
      unmet: Object.freeze(i === 0 ? [] : unmet) as typeof unmet,
    }),
  );
}

export function firstViolationVerdict(ctx: Context): Outcome["firstViolation"] {
  const listed = ctx.cm.matter.firstViolation?.listed === true;
  if (!listed) {
    const harm = ctx.input.harm;
    return UNLISTED[
      (ctx.priorCount > 0 ? 1 : 0) |
        (harm !== "none" && harm !== "minor" ? 2 : 0) |
        (ctx.input.correction !== "in-time" ? 4 : 0)
    ]!;
  }
  const listUnmet = listed
    ? ctx.cm.listConditions.filter((c) => !c.test(ctx.bag)).map((c) => ({ id: c.id, label: c.label }))
    : [];
  const statutoryUnmet = statutoryConditionsUnmet(ctx);
  if (listed && listUnmet.length === 0) return { listed, applies: "shall", unmet: [] };
  if (statutoryUnmet.length === 0) return { listed, applies: "may", unmet: listUnmet };
  return { listed, applies: "no", unmet: listed ? listUnmet : statutoryUnmet };
}

export function firstViolationList(ctx: Context, verdict: Outcome["firstViolation"]): Exemption | null {
  if (!verdict.listed) return null;
  const applies = verdict.applies === "shall";
  const unmet = verdict.unmet;
  ctx.trace?.add(
    "first-violation-list",
    applies ? "applied" : "not-applied",
    { priorCount: ctx.priorCount, correction: ctx.input.correction, harm: ctx.input.harm },
    ctx.statute.firstViolation,
    applies
      ? "首违不罚清单事项，清单条件均满足：不予行政处罚"
      : `首违不罚清单事项，未满足：${unmet.map((u) => u.label.zh).join("、")}`,
    applies
      ? "listed matter and every condition of the list item holds: no penalty"
      : `listed matter; unmet: ${unmet.map((u) => u.label.en).join(", ")}`,
  );
  if (!applies) return null;
  const source = ctx.cm.matter.firstViolation!.provenance.source;
  return {
    ground: source
      ? { code: "first-violation-list", citation: ctx.statute.firstViolation, mandatory: true, source }
      : { code: "first-violation-list", citation: ctx.statute.firstViolation, mandatory: true },
    measures: [],
  };
}
