/**
 * 行政处罚法 Art. 29: one act breaking several provisions gets one fine, under the provision whose statutory fine is
 * higher (maximum first, then minimum). Only provisions under which a fine is due compete (应当给予罚款处罚的); if
 * none, the first provision stands.
 */
import type { Ground } from "../schema/case.js";
import { formatAmount } from "../money/index.js";
import type { CompiledRuleSet } from "../compile/index.js";
import type { ProvisionResult } from "./provision.js";
import type { Trace } from "./trace.js";

export interface Chosen {
  index: number;
  /** The Art. 29 ground, when a fine is due under the chosen provision. */
  ground: Ground | null;
}

export function oneFine(
  compiled: CompiledRuleSet,
  results: readonly ProvisionResult[],
  traces: readonly (Trace | null)[],
): Chosen {
  if (results.length === 1) return { index: 0, ground: null };
  const due = (r: ProvisionResult) => r.fineDue;
  let chosen = results.findIndex(due);
  if (chosen < 0) chosen = 0;
  else {
    for (let i = chosen + 1; i < results.length; i++) {
      if (!due(results[i]!)) continue;
      const a = results[i]!.statutory!;
      const b = results[chosen]!.statutory!;
      if (a.max.gt(b.max) || (a.max.eq(b.max) && a.min.gt(b.min))) chosen = i;
    }
  }
  const winner = results[chosen]!.matter.matter;
  const citation = compiled.edition.generalRules.statute.oneFine;
  const ground: Ground | null = due(results[chosen]!)
    ? { code: "one-fine-higher-provision", citation, mandatory: true }
    : null;
  traces[chosen]?.add(
    "one-act-several-provisions",
    ground ? "applied" : "not-applied",
    Object.fromEntries(
      results.map((r) => [
        r.matter.matter.id,
        r.statutory ? `${formatAmount(r.statutory.min)}–${formatAmount(r.statutory.max)}` : null,
      ]),
    ),
    citation,
    ground
      ? `同一违法行为违反多个规定：按罚款数额高的“${winner.name.zh}”处罚一次`
      : "各项规定下均不应给予罚款：不适用第二十九条",
    ground
      ? `one fine, under ${winner.id}, the provision with the higher statutory fine`
      : "no fine is due under any of the provisions: Art. 29 does not apply",
  );
  return { index: chosen, ground };
}
