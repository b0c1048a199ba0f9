/** Counting prior violations: the edition's first-violation policy, and a matter's own repeat rule. */
import type { CompiledMatter, CompiledRuleSet } from "../compile/index.js";
import { addMonths } from "../dates/index.js";
import { topLevel } from "../law/jurisdiction.js";
import { fastDayNumber, type ValidCase } from "./validate.js";

interface CountRule {
  /** Months back from the act; undefined: all time. */
  months: number | undefined;
  scope: "same-matter" | "same-category";
  area: "region" | "local";
  punishedOnly: boolean;
}

function count(compiled: CompiledRuleSet, v: ValidCase, matters: readonly CompiledMatter[], rule: CountRule): number {
  const priors = v.input.priorViolations;
  if (priors.length === 0) return 0;
  let windowStart: number | undefined; // only a prior near the window's edge needs the calendar
  const top = topLevel(v.input.jurisdiction);
  let n = 0;
  for (const p of priors) {
    if (rule.punishedOnly && p.punished === false) continue;
    const on = fastDayNumber(p.on);
    const back = v.days.occurred - on;
    if (back < 0) continue;
    if (rule.months !== undefined) {
      // n months are 28·n to 31·n days.
      if (back > rule.months * 31) continue;
      if (back > rule.months * 28 && on < (windowStart ??= addMonths(v.input.occurredOn, -rule.months))) continue;
    }
    // One act under several provisions (Art. 29): a prior recorded under any of them is the same conduct.
    const same =
      rule.scope === "same-matter"
        ? matters.some((m) => m.matter.id === p.matter)
        : matters.some((m) => compiled.matters.get(p.matter)?.matter.category === m.matter.category);
    if (!same) continue;
    if (rule.area === "local" && topLevel(p.jurisdiction) !== top) continue;
    n++;
  }
  return n;
}

/** Prior violations of the case's conduct counted under the edition's first-violation policy (punished or waived). */
export function priorCount(compiled: CompiledRuleSet, v: ValidCase): number {
  const policy = compiled.edition.generalRules.firstViolation;
  return count(compiled, v, v.matters, {
    months: policy.lookbackMonths,
    scope: policy.scope,
    area: policy.area,
    punishedOnly: false,
  });
}

/** The matter's own repeat count (`repeatCount`), by its `repeats` rule. */
export function repeatCount(compiled: CompiledRuleSet, v: ValidCase, cm: CompiledMatter): number {
  const r = cm.matter.repeats;
  if (!r) return 0;
  return count(compiled, v, [cm], {
    months: r.windowMonths,
    scope: r.scope,
    area: r.area,
    punishedOnly: r.punishedOnly,
  });
}
