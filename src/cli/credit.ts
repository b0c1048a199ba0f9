/** `cailiang credit <decision.json>` and `evaluate --credit`: the credit consequences of a decision. */
import { assumedDecision, safeCredit, type CreditResult } from "../credit/index.js";
import { safeEvaluate, type Evaluable } from "../evaluate/index.js";
import { formatIssue } from "../errors/index.js";
import type { CaseInput, Outcome } from "../schema/case.js";
import type { Localized } from "../schema/rules.js";
import { LAW_TITLES } from "../generated/law-titles.js";
import { creditPolicies, PolicyInputError, readCalendar } from "./policies.js";

const law = (id: string) => (LAW_TITLES[id] ? `《${LAW_TITLES[id]}》` : id);
const yes = (b: boolean | null) => (b === null ? "未知 / unknown" : b ? "是 / yes" : "否 / no");

/** Renders a credit result as a short bilingual summary for the terminal. */
export function renderCredit(r: CreditResult, assumptions: readonly Localized[] = []): string {
  const lines: string[] = [];
  lines.push(`信用后果 Credit consequences (${r.policy})`);
  if (assumptions.length > 0) {
    lines.push(`  假定 Assumed`);
    for (const a of assumptions) lines.push(`    - ${a.zh} / ${a.en}`);
  }
  lines.push(
    `  记入信用档案 Recorded   ${yes(r.recordable)}${r.jurisdiction.region ? `（${r.jurisdiction.region}）` : ""}`,
  );
  if (r.level)
    lines.push(
      `  信用等级 Level         ${r.level.label.zh} / ${r.level.label.en}${r.level.status === "modelled" ? "（模型 modelled）" : ""}`,
    );
  if (r.publicity)
    lines.push(
      `  公示 Publicity         ${r.publicity.from} 起；最短至 ${r.publicity.earliestEnd}，最长至 ${r.publicity.latestEnd} (earliest end ${r.publicity.earliestEnd}, latest end ${r.publicity.latestEnd})`,
    );
  if (r.retention)
    lines.push(
      `  ${r.retention.label.zh} ${r.retention.years} 年 / ${r.retention.years} years: ${r.retention.from} → ${r.retention.until}`,
    );
  if (r.repair) {
    lines.push(
      `  信用修复 Repair         ${r.repair.available ? `可申请，最早 ${r.repair.earliestOn ?? "—"} / from ${r.repair.earliestOn ?? "—"}` : "不适用 / not available"}`,
    );
    for (const c of r.repair.conditions) lines.push(`    - ${c.zh} / ${c.en}`);
  }
  if (r.objection) {
    const o = r.objection;
    const parts = [
      o.markWithin !== null ? `标注 mark ${o.markWithin}` : null,
      o.transferWithin !== null ? `转交 transfer ${o.transferWithin}` : null,
      `处理 decide ${o.decideWithin}`,
      o.extendableTo !== null ? `延长至 extendable to ${o.extendableTo}` : null,
    ].filter(Boolean);
    lines.push(`  异议 Objection (工作日 working days)  ${parts.join("；")}`);
    if (o.receivedOn)
      lines.push(
        `    ${o.receivedOn} 收到 received → ${o.markBy ? `标注 mark by ${o.markBy}；` : ""}处理 decide by ${o.decideBy}${o.extendedBy ? `；最长 at most ${o.extendedBy}` : ""}`,
      );
  }
  if (r.adjacentAreas.length > 0)
    lines.push(`  毗邻区域 Adjacent areas  ${r.adjacentAreas.map((a) => a.name.zh).join("、")}（配置 configuration）`);
  lines.push(
    `  工作日 Calendar         ${r.calendar === "weekends-only" ? "仅扣除周末（未提供节假日）/ weekends only (no holidays given)" : "已提供节假日 / holidays supplied"}`,
  );
  if (r.modelled.length > 0) lines.push(`  模型部分 Modelled parts  ${r.modelled.join(", ")}`);
  lines.push(`  理由 Reasons`);
  for (const reason of r.reasons)
    lines.push(
      `    - [${reason.code}${reason.status === "modelled" ? ", 模型 modelled" : ""}] ${reason.message.zh} / ${reason.message.en}`,
    );
  lines.push(`  条文 Citations`);
  for (const c of r.citations) lines.push(`    - ${law(c.law)} ${c.article}：${c.text}`);
  return lines.join("\n");
}

/** The credit result for an outcome of `evaluate --credit`, with the assumed decision; throws PolicyInputError on bad options. */
export function creditForOutcome(
  caseInput: CaseInput,
  outcome: Outcome,
  values: Record<string, unknown>,
): { result: CreditResult; assumptions: Localized[] } {
  const policies = creditPolicies(values.rules as string[] | undefined);
  const calendar = readCalendar(values.calendar as string | undefined);
  const { decision, assumptions } = assumedDecision(caseInput, outcome);
  const result = safeCredit(policies, outcome, { ...decision, calendar });
  if (!result.ok)
    throw new PolicyInputError(
      `cannot compute credit consequences:\n${result.issues.map((i) => "  - " + formatIssue(i)).join("\n")}`,
    );
  return { result: result.result, assumptions };
}

/** `cailiang credit <decision.json>`: the file holds `{ "case": {…}, "decision": {…} }` (without a decision, one is assumed). */
export function cmdCredit(
  positionals: string[],
  values: Record<string, unknown>,
  deps: { evaluable: () => Evaluable; readJson: (path: string) => unknown },
): number {
  try {
    if (positionals.length !== 1)
      throw new PolicyInputError('credit needs exactly one file: { "case": {…}, "decision": {…} }');
    const input = deps.readJson(positionals[0]!);
    if (!input || typeof input !== "object" || Array.isArray(input) || !("case" in input)) {
      throw new PolicyInputError(`${positionals[0]}: expected { "case": {…}, "decision": {…} } (decision optional)`);
    }
    const extra = Object.keys(input).filter((k) => k !== "case" && k !== "decision");
    if (extra.length > 0)
      throw new PolicyInputError(`${positionals[0]}: unknown key(s) ${extra.join(", ")}; expected case and decision`);
    const { case: caseInput, decision } = input as { case: unknown; decision?: unknown };
    const evaluated = safeEvaluate(deps.evaluable(), caseInput);
    if (!evaluated.ok) {
      console.error(`Case rejected (${positionals[0]}):`);
      for (const i of evaluated.issues) console.error(`  - ${formatIssue({ ...i, path: ["case", ...i.path] })}`);
      return 2;
    }
    const policies = creditPolicies(values.rules as string[] | undefined);
    const calendar = readCalendar(values.calendar as string | undefined);
    let assumptions: Localized[] = [];
    let decisionInput: unknown = decision;
    if (decision === undefined) {
      const assumed = assumedDecision(caseInput as CaseInput, evaluated.outcome);
      decisionInput = { ...assumed.decision, calendar };
      assumptions = assumed.assumptions;
    } else if (values.calendar !== undefined && decision && typeof decision === "object" && !Array.isArray(decision)) {
      decisionInput = { ...decision, calendar };
    }
    const result = safeCredit(policies, evaluated.outcome, decisionInput);
    if (!result.ok) {
      console.error(`Decision rejected (${positionals[0]}):`);
      for (const i of result.issues) console.error(`  - ${formatIssue({ ...i, path: ["decision", ...i.path] })}`);
      return 2;
    }
    if (values.json)
      console.log(JSON.stringify({ outcome: evaluated.outcome, assumptions, credit: result.result }, null, 2));
    else console.log(renderCredit(result.result, assumptions));
    return 0;
  } catch (error) {
    if (error instanceof PolicyInputError) {
      console.error(`cailiang: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/** `evaluate --credit`: prints the outcome with its credit consequences under an assumed decision. */
export function printWithCredit(
  caseInput: CaseInput,
  outcome: Outcome,
  values: Record<string, unknown>,
  renderOutcome: (o: Outcome) => string,
): number {
  try {
    const { result, assumptions } = creditForOutcome(caseInput, outcome, values);
    if (values.json) console.log(JSON.stringify({ ...outcome, credit: { assumptions, result } }, null, 2));
    else console.log(`${renderOutcome(outcome)}\n${renderCredit(result, assumptions)}`);
    return 0;
  } catch (error) {
    if (error instanceof PolicyInputError) {
      console.error(`cailiang: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
