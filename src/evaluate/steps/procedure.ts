/**
 * Procedure flags, on the upper bound of the fine: Art. 51 (简易程序: individuals ≤ 200 元, units ≤ 3,000 元, or a
 * warning), 法制审核 (the edition's thresholds, and every 减轻), Art. 63 (听证: 较大数额 fines, confiscation of large
 * illegal gains, and the sanctions the edition lists).
 */
import type { FormattedInterval } from "../../compile/index.js";
import type { Interval } from "../../money/index.js";
import type { Outcome, OutcomeSanction } from "../../schema/case.js";
import { formatAmount } from "../../money/index.js";
import type { Context } from "../context.js";
import { illegalGains } from "./sanctions.js";

export function procedure(
  ctx: Context,
  imposes: boolean,
  band: Interval | null,
  reduced: boolean,
  sanctions: readonly OutcomeSanction[],
): Outcome["procedure"] {
  const party = ctx.party;
  const money = ctx.compiled.money;
  const penalties = sanctions.filter((s) => s.kind === "penalty");
  // Static bands carry these comparisons precomputed by compile().
  const known = band !== null ? (band as FormattedInterval).thresholds?.[party] : undefined;
  const gains = illegalGains(ctx);
  const legalReview =
    imposes &&
    ((band !== null && (known ? known.legalReview : band.max.gte(money.legalReview[party]))) ||
      (reduced && ctx.rules.procedure.legalReview.reducedAlwaysReviewed));
  const hearing =
    imposes &&
    ((band !== null && (known ? known.hearing : band.max.gte(money.hearing[party]))) ||
      penalties.some((s) => ctx.rules.sanctionKinds.hearing.includes(s.code as never)) ||
      (gains !== undefined &&
        penalties.some((s) => s.code === "confiscate-illegal-gains") &&
        gains.gte(money.hearing[party])));
  // A decision on the spot (Art. 51) cannot wait for legal review or offer a hearing.
  const simpleProcedure =
    imposes &&
    !legalReview &&
    !hearing &&
    (band ? (known ? known.simple : band.max.lte(money.simple[party])) : penalties.length > 0) &&
    penalties.every((s) => s.code === "warning");
  ctx.trace?.add(
    "procedure",
    "info",
    { fineMax: band ? formatAmount(band.max) : null, party },
    simpleProcedure ? ctx.statute.simpleProcedure.citation : null,
    `${simpleProcedure ? "可以" : "不可"}适用简易程序；${legalReview ? "需要" : "无需"}法制审核；${hearing ? "应当告知听证权利" : "不涉及听证"}（按罚款幅度上限判断）`,
    `simple procedure ${simpleProcedure ? "available" : "not available"}; legal review ${legalReview ? "required" : "not required"}; hearing right ${hearing ? "must be notified" : "not triggered"} (flags use the upper bound of the range)`,
  );
  return { simpleProcedure, legalReview, hearing };
}
