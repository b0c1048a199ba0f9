/**
 * 行政处罚法 Art. 36 (limitation): an act not discovered within two years is no longer punished; five years where it
 * concerns life, health or financial safety and caused harm. The period runs from the day a continuing act ends; an
 * act still going on has not started it.
 */
import { addMonths } from "../../dates/index.js";
import type { Context } from "../context.js";
import type { Exemption } from "./findings.js";

export function limitation(ctx: Context): Exemption | null {
  const { input, statute, v } = ctx;
  const rule = statute.limitation;
  const ongoing = input.continuing === true && input.endedOn === undefined;
  const extended = ctx.cm.matter.safetyRelevant === true && input.harm !== "none";
  const years = extended ? rule.extendedYears : rule.years;
  const startText = input.endedOn ?? input.occurredOn;
  const start = v.days.ended ?? v.days.occurred;
  // A period of n years is at least 365·n days, so a case found sooner needs no calendar arithmetic.
  const expired =
    !ongoing && v.days.discovered - start >= years * 365 && v.days.discovered > addMonths(startText, years * 12);
  ctx.trace?.add(
    "limitation",
    expired ? "applied" : "not-applied",
    {
      occurredOn: input.occurredOn,
      endedOn: input.endedOn,
      continuing: input.continuing,
      discoveredOn: input.discoveredOn,
      harm: input.harm,
    },
    rule.citation,
    ongoing
      ? `违法行为仍处于连续或者继续状态，追责期限尚未起算（${input.discoveredOn} 发现）`
      : `违法行为${input.endedOn ? "终了于" : "发生于"} ${startText}，于 ${input.discoveredOn} 被发现，${expired ? "已超过" : "未超过"} ${years} 年追责期限${extended ? "（涉及公民生命健康安全且有危害后果）" : ""}${expired ? "：不再给予行政处罚" : ""}`,
    ongoing
      ? `the act is still going on, so the period has not started (discovered ${input.discoveredOn})`
      : `${years}-year period from ${startText}${extended ? " (life, health or financial safety with harm)" : ""}; discovered ${input.discoveredOn}${expired ? ": expired, no penalty" : ": within the period"}`,
  );
  if (!expired) return null;
  return {
    ground: { code: "limitation-expired", citation: rule.citation, mandatory: true },
    measures: [],
    barred: true,
  };
}
