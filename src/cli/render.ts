/**
 * Human-readable rendering of an Outcome for the terminal: in Chinese (`zh`), in English (`en`), or Chinese with
 * English labels (`both`, the default when the locale asks for neither). Codes appear as labels from the one label
 * table; ids only in the bilingual form, for people who also read the JSON.
 */
import type { Outcome } from "../schema/case.js";
import { LAW_TITLES } from "../generated/law-titles.js";
import { label, langFromEnv, type Lang } from "../i18n/labels.js";
import { traceReason, type AnyTraceStep } from "../i18n/trace.js";

/** The language of the summary: one language, or Chinese with English labels. */
export type RenderLang = Lang | "both";

/**
 * The summary language for a command line: `--lang zh|en` when given, else Chinese under a `zh` locale
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`), else both.
 */
export function renderLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): RenderLang {
  if (flag === "zh" || flag === "en") return flag;
  return langFromEnv(env) === "zh" ? "zh" : "both";
}

/** Words of the summary: Chinese, English. */
const W = {
  matter: ["事项", "Matter"],
  ruleSet: ["基准", "Rule set"],
  jurisdiction: ["地区", "Jurisdiction"],
  basis: ["依据", "basis"],
  disposition: ["处理", "Disposition"],
  tier: ["阶次", "Tier"],
  fine: ["罚款", "Fine"],
  ifNotWaived: ["如不免罚", "if not waived"],
  firstViolation: ["首违不罚", "First violation"],
  listed: ["列入清单", "listed"],
  unmet: ["未满足", "unmet"],
  sanctions: ["措施", "Sanctions & measures"],
  optional: ["可以", "optional"],
  procedure: ["程序", "Procedure"],
  simple: ["简易程序", "simple procedure"],
  review: ["法制审核", "legal review"],
  hearing: ["听证告知", "hearing notice"],
  grounds: ["理由", "Grounds"],
  discretionary: ["裁量", "discretionary"],
  benchmark: ["本基准", "this benchmark"],
  citations: ["条文", "Citations"],
  trace: ["推理", "Trace"],
  yes: ["是", "yes"],
  no: ["否", "no"],
  yuan: ["元", "CNY"],
} as const;

type Word = keyof typeof W;

/** Renders an outcome as a short summary in the language asked for. */
export function renderOutcome(o: Outcome, lang: RenderLang = "both"): string {
  const zh = lang !== "en";
  const both = lang === "both";
  /** A heading: `处理 Disposition` padded to a column (both), `处理：` or `Disposition: `; `alone` on its own line. */
  const head = (w: Word, alone = false) =>
    both
      ? alone
        ? `${W[w][0]} ${W[w][1]}`
        : `${W[w][0]} ${W[w][1]}`.padEnd(17)
      : zh
        ? `${W[w][0]}：`
        : alone
          ? `${W[w][1]}:`
          : `${W[w][1]}: `;
  /** Inline words: `是 / yes`, `是` or `yes`. */
  const word = (w: Word) => (both ? `${W[w][0]} / ${W[w][1]}` : zh ? W[w][0] : W[w][1]);
  const lab = (kind: Parameters<typeof label>[0], code: string) =>
    both ? `${label(kind, code, "zh")} / ${label(kind, code, "en")}` : label(kind, code, zh ? "zh" : "en");
  const loc = (l: { zh: string; en: string }) => (both ? `${l.zh} / ${l.en}` : zh ? l.zh : l.en);
  const id = (s: string) => (both ? ` (${s})` : "");
  const yes = (b: boolean) => word(b ? "yes" : "no");
  const sep = zh ? "；" : "; ";
  const colon = lang === "zh" ? "：" : ": ";

  const lines: string[] = [];
  lines.push(`${head("matter")}${zh ? o.matter.name.zh : o.matter.name.en}${id(o.matter.id)}`);
  lines.push(`${head("ruleSet")}${zh ? o.ruleSet.title.zh : o.ruleSet.title.en}${id(o.ruleSet.id)}`);
  lines.push(
    `${head("jurisdiction")}${zh ? o.jurisdiction.name.zh : o.jurisdiction.name.en}${both ? ` (${o.jurisdiction.id}; 依据 basis: ${o.jurisdiction.basis})` : ""}`,
  );
  lines.push(`${head("disposition")}${lab("disposition", o.disposition)}`);
  if (o.tier) lines.push(`${head("tier")}${loc(o.tier.label)}${id(o.tier.id)}`);
  if (o.fine) {
    const amount = o.fine.min === o.fine.max ? o.fine.min : `${o.fine.min}–${o.fine.max}`;
    const unit = both ? "元 (CNY)" : zh ? "元" : "CNY";
    lines.push(`${head("fine")}${amount} ${unit}${o.disposition === "may-waive" ? `  — ${word("ifNotWaived")}` : ""}`);
  }
  const fv = o.firstViolation;
  lines.push(
    `${head("firstViolation", true)}${both ? "  " : lang === "en" ? " " : ""}${lab("firstViolation", fv.applies)}${fv.listed ? `${sep}${word("listed")}` : ""}`,
  );
  if (fv.unmet.length > 0)
    lines.push(`  ${word("unmet")}${colon}${fv.unmet.map((u) => `${loc(u.label)}${id(u.id)}`).join(zh ? "、" : ", ")}`);
  if (o.sanctions.length > 0) {
    lines.push(head("sanctions", true));
    for (const s of o.sanctions) lines.push(`  - ${loc(s.label)}${s.mandatory ? "" : `（${word("optional")}）`}`);
  }
  lines.push(
    `${head("procedure")}${word("simple")}${colon}${yes(o.procedure.simpleProcedure)}${sep}${word("review")}${colon}${yes(o.procedure.legalReview)}${sep}${word("hearing")}${colon}${yes(o.procedure.hearing)}`,
  );
  lines.push(head("grounds", true));
  for (const g of o.grounds) {
    const where = g.citation
      ? `${lawName(g.citation.law)}${zh && !both ? "" : " "}${g.citation.article}`
      : g.source
        ? g.source.title
        : word("benchmark");
    lines.push(
      `  - ${lab("ground", g.code)}${both ? ` [${g.code}${g.ref ? ` ${g.ref}` : ""}]` : ""}${colon}${where}${g.mandatory ? "" : `（${word("discretionary")}）`}`,
    );
  }
  lines.push(head("citations", true));
  for (const c of o.citations) lines.push(`  - ${lawName(c.law)}${zh && !both ? "" : " "}${c.article}：${c.text}`);
  if (o.trace) {
    lines.push(head("trace", true));
    (o.trace as AnyTraceStep[]).forEach((t, i) => {
      const text = both
        ? `${traceReason(t, "zh", o)} / ${traceReason(t, "en", o)}`
        : traceReason(t, zh ? "zh" : "en", o);
      lines.push(`  ${i + 1}. [${lab("traceResult", t.result)}] ${lab("traceStep", t.step)}${colon}${text}`);
    });
  }
  return lines.join("\n");
}

function lawName(id: string): string {
  const title = LAW_TITLES[id];
  return title ? `《${title}》` : id;
}
