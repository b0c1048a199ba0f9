/** 行政处罚法 Art. 33 ¶1, first sentence: 违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚. */
import type { Context } from "../context.js";
import type { Exemption } from "./findings.js";

export function minorNoHarm(ctx: Context): Exemption | null {
  const minor = ctx.cm.minor(ctx.bag);
  const { correction, harm } = ctx.input;
  const applies = minor && correction === "in-time" && harm === "none";
  ctx.trace?.add(
    "minor-no-harm",
    applies ? "applied" : "not-applied",
    { minor, correction, harm },
    ctx.statute.minorNoHarm,
    `违法行为轻微：${minor ? "是" : "否"}；及时改正：${correction === "in-time" ? "是" : "否"}；没有造成危害后果：${harm === "none" ? "是" : "否"}`,
    `minor: ${minor ? "yes" : "no"}; corrected in time: ${correction === "in-time" ? "yes" : "no"}; no harm: ${harm === "none" ? "yes" : "no"}`,
  );
  return applies
    ? { ground: { code: "minor-no-harm", citation: ctx.statute.minorNoHarm, mandatory: true }, measures: [] }
    : null;
}
