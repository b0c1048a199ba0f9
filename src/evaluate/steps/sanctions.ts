/**
 * Sanctions beside the fine: the statute's (and the applied stage's) sanctions whose conditions hold, a warning-only
 * tier's warning, and Art. 28 ¶2's confiscation of illegal gains (当事人有违法所得 … 应当予以没收).
 */
import type { CompiledSanction, CompiledStage, CompiledTier } from "../../compile/index.js";
import { Dec } from "../../money/index.js";
import type { OutcomeSanction } from "../../schema/case.js";
import type { Sanction } from "../../schema/rules.js";
import type { Context } from "../context.js";
import { MEASURE_LABELS } from "./findings.js";

function kindOf(ctx: Context, code: Sanction["code"]): OutcomeSanction["kind"] {
  return ctx.rules.sanctionKinds.penalties.includes(code) ? "penalty" : "measure";
}

/** The illegal gains stated by the case, as a decimal, if any. */
export function illegalGains(ctx: Context): Dec | undefined {
  const text = ctx.input.illegalGains;
  return text === undefined ? undefined : new Dec(text);
}

export function sanctions(ctx: Context, stage: CompiledStage | null, tier: CompiledTier): OutcomeSanction[] {
  const out: OutcomeSanction[] = [];
  const gains = illegalGains(ctx);
  const confiscation = ctx.statute.confiscation;
  // A confiscation the statute attaches to gains ("有违法所得的，并处没收违法所得") with no condition of its own that the
  // case's facts could show: it is listed only when the case states gains above 0 (below), never on unknown gains.
  let gainsOnly: Sanction | undefined;
  const add = (list: readonly CompiledSanction[]) => {
    for (const { sanction, test } of list) {
      if (test && !test(ctx.bag)) continue;
      if (tier.warningOnly && sanction.code === "warning") continue;
      if (sanction.code === "confiscate-illegal-gains") {
        // Stated gains decide confiscation under Art. 28 ¶2 below.
        if (gains !== undefined && confiscation) continue;
        if (!test) {
          if (gains === undefined) {
            gainsOnly = sanction;
            continue;
          }
          if (!gains.gt(0)) continue;
        }
      }
      out.push({
        code: sanction.code,
        label: sanction.label,
        mandatory: sanction.mandatory,
        kind: kindOf(ctx, sanction.code),
        citation: sanction.citation ?? null,
      });
    }
  };
  if (tier.warningOnly && ctx.penalty.warning) {
    const w = ctx.penalty.warning;
    out.push({
      code: "warning",
      label: w.label,
      mandatory: true,
      kind: kindOf(ctx, "warning"),
      citation: w.citation ?? null,
    });
  }
  add(ctx.penalty.sanctions);
  if (stage) add(stage.sanctions);
  if (gains !== undefined && confiscation) {
    const applies = gains.gt(0);
    ctx.trace?.add(
      "confiscation",
      applies ? "applied" : "not-applied",
      { illegalGains: ctx.input.illegalGains },
      confiscation,
      applies ? `违法所得 ${gains.toFixed()} 元：应当予以没收` : "没有违法所得",
      applies ? `illegal gains of ${gains.toFixed()} 元: confiscated` : "no illegal gains",
    );
    if (applies)
      out.push({
        code: "confiscate-illegal-gains",
        label: MEASURE_LABELS.confiscate,
        mandatory: true,
        kind: kindOf(ctx, "confiscate-illegal-gains"),
        citation: confiscation,
      });
  } else if (gainsOnly) {
    const article = gainsOnly.citation ?? confiscation ?? null;
    ctx.trace?.add(
      "confiscation",
      "info",
      { illegalGains: null },
      article,
      "案件未载明违法所得：有违法所得的，并处没收违法所得",
      "the case states no illegal gains: any gains are to be confiscated as well",
    );
  } else if (ctx.cm.matter.earnsMoney && confiscation) {
    ctx.trace?.add(
      "confiscation",
      "info",
      { illegalGains: null },
      confiscation,
      "本事项可能产生违法所得：案件未载明违法所得；有违法所得的，应当予以没收",
      "the act can earn money; the case states no illegal gains; any are to be confiscated",
    );
  }
  return out;
}
