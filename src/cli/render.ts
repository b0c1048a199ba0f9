/** Human-readable rendering of an Outcome for the terminal, Chinese first with English labels. */
import type { Outcome } from "../schema/case.js";
import { LAW_TITLES } from "../generated/law-titles.js";

const DISPOSITION: Record<Outcome["disposition"], string> = {
  "no-penalty": "不予行政处罚 / no penalty",
  "may-waive": "可以不予行政处罚 / penalty may be waived",
  penalty: "给予行政处罚 / penalty",
};

const APPLIES: Record<Outcome["firstViolation"]["applies"], string> = {
  shall: "不予处罚（清单承诺） / shall not be punished (listed)",
  may: "可以不予处罚 / may be waived",
  no: "不适用 / does not apply",
};

const yes = (b: boolean) => (b ? "是 / yes" : "否 / no");

/** Renders an outcome as a short bilingual summary. */
export function renderOutcome(o: Outcome): string {
  const lines: string[] = [];
  lines.push(`事项 Matter        ${o.matter.name.zh} (${o.matter.id})`);
  lines.push(`基准 Rule set      ${o.ruleSet.id} — ${o.ruleSet.title.zh}`);
  lines.push(`地区 Jurisdiction  ${o.jurisdiction.name.zh} (${o.jurisdiction.id}; 依据 basis: ${o.jurisdiction.basis})`);
  lines.push(`处理 Disposition   ${DISPOSITION[o.disposition]}`);
  if (o.tier) lines.push(`阶次 Tier          ${o.tier.label.zh} / ${o.tier.label.en} (${o.tier.id})`);
  if (o.fine) lines.push(`罚款 Fine          ${o.fine.min === o.fine.max ? o.fine.min : `${o.fine.min}–${o.fine.max}`} 元 (CNY)${o.disposition === "may-waive" ? "  — if not waived / 如不免罚" : ""}`);
  const fv = o.firstViolation;
  lines.push(`首违不罚 First violation  ${APPLIES[fv.applies]}${fv.listed ? "；列入清单 / listed" : ""}`);
  if (fv.unmet.length > 0) lines.push(`  未满足 unmet: ${fv.unmet.map((u) => `${u.label.zh} (${u.id})`).join("、")}`);
  if (o.sanctions.length > 0) {
    lines.push(`措施 Sanctions & measures`);
    for (const s of o.sanctions) lines.push(`  - ${s.label.zh} / ${s.label.en}${s.mandatory ? "" : "（可以 / optional）"}`);
  }
  lines.push(`程序 Procedure     简易程序 simple: ${yes(o.procedure.simpleProcedure)}；法制审核 legal review: ${yes(o.procedure.legalReview)}；听证告知 hearing: ${yes(o.procedure.hearing)}`);
  lines.push(`理由 Grounds`);
  for (const g of o.grounds) {
    const where = g.citation ? `${lawName(g.citation.law)} ${g.citation.article}` : g.source ? g.source.title : "本基准 / this benchmark";
    lines.push(`  - ${g.code}${g.ref ? ` (${g.ref})` : ""}: ${where}${g.mandatory ? "" : "（裁量 / discretionary）"}`);
  }
  lines.push(`条文 Citations`);
  for (const c of o.citations) lines.push(`  - ${lawName(c.law)} ${c.article}：${c.text}`);
  if (o.trace) {
    lines.push(`推理 Trace`);
    o.trace.forEach((t, i) => lines.push(`  ${i + 1}. [${t.result}] ${t.step}: ${t.note.zh} / ${t.note.en}`));
  }
  return lines.join("\n");
}

function lawName(id: string): string {
  const title = LAW_TITLES[id];
  return title ? `《${title}》` : id;
}
