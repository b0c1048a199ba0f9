/**
 * Circumstances that move the penalty: Art. 30 (a minor aged 14–17, 应当从轻或者减轻), Art. 31 (partial incapacity,
 * 可以从轻或者减轻), and the edition's catalogue (Art. 32's items 应当从轻或者减轻, the benchmark's 从轻 and 从重 factors).
 */
import type { Context } from "../context.js";
import type { Adjuster } from "./findings.js";
import { minorAgeMitigation } from "./minor-age.js";
import { mentalStateMitigation } from "./mental-state.js";

export function circumstances(ctx: Context): Adjuster[] {
  const out: Adjuster[] = [];
  const age = minorAgeMitigation(ctx);
  if (age) out.push(age);
  const mental = mentalStateMitigation(ctx);
  if (mental) out.push(mental);
  for (const id of ctx.v.circumstances) {
    const c = ctx.compiled.circumstances.get(id)!;
    if (c.kind === "aggravating") {
      out.push({
        ground: { code: "aggravating-circumstance", citation: c.citation ?? null, mandatory: c.mandatory, ref: c.id },
        direction: 1,
        mandatoryReduction: false,
      });
    } else if (c.kind === "mitigating" || c.kind === "mitigating-or-reducing") {
      out.push({
        ground: { code: "mitigating-circumstance", citation: c.citation ?? null, mandatory: c.mandatory, ref: c.id },
        direction: -1,
        mandatoryReduction: c.kind === "mitigating-or-reducing" && c.mandatory,
      });
    }
  }
  return out;
}
