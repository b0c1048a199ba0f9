/** 行政处罚法 Art. 33 ¶2: a party who proves it had no subjective fault is not punished. */
import type { Context } from "../context.js";
import type { Exemption } from "./findings.js";

export function noFault(ctx: Context): Exemption | null {
  const applies = ctx.input.noFaultProven === true;
  if (ctx.input.noFaultProven !== undefined) {
    ctx.trace?.add(
      "no-fault",
      applies ? "applied" : "not-applied",
      { noFaultProven: ctx.input.noFaultProven },
      ctx.statute.noFault,
      applies ? "有证据足以证明没有主观过错：不予行政处罚" : "未证明没有主观过错",
      applies ? "evidence proves no subjective fault: no penalty" : "no absence of fault is proven",
    );
  }
  return applies
    ? { ground: { code: "no-fault", citation: ctx.statute.noFault, mandatory: true }, measures: [] }
    : null;
}
