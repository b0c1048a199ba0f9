/**
 * Issues in the reader's language. An {@link Issue} keeps its stable `code` and `path` for programs and its English
 * `message`; {@link localizeIssue} words it in Chinese from the code, the path and what the issue is about (the case
 * and the rule set), never by translating the English text. Messages of the case schema itself come from zod's own
 * zh-CN locale.
 */
import * as z from "zod";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { Issue } from "../errors/index.js";
import { CaseInput } from "../schema/case.js";
import type { EditionFile, FactDeclaration, Localized, MatterFile } from "../schema/rules.js";
import { label, type Lang } from "./labels.js";

/** What an issue is about, when known: the case as given and the rule set it was checked against. */
export interface IssueContext {
  /** The case input the issues were found in. */
  input?: unknown;
  /** The rule set the case was checked against (a loaded `RuleSet` fits). */
  ruleSet?: IssueRuleSet;
}

/** The parts of a rule set an issue's wording reads. */
export interface IssueRuleSet {
  /** The edition: its title, dates and jurisdictions. */
  edition: EditionFile;
  /** Its matters: names, parties and declared facts. */
  matters: readonly MatterFile[];
}

/** An issue with its message in one language. */
export interface LocalizedIssue extends Issue {
  /** The message in the language asked for. */
  text: string;
}

let zhErrorMap: z.core.$ZodErrorMap | undefined;

/** zod's type words that its zh-CN locale leaves in English. */
const ZOD_WORDS: Record<string, string> = {
  number: "数字",
  string: "字符串",
  boolean: "布尔值",
  object: "对象",
  array: "数组",
  undefined: "空",
  bigint: "整数",
  int: "整数",
};

/** The zh-CN messages zod gives for a case, by dotted path (the first message of each path). */
function zodMessagesZh(input: unknown): Map<string, string> {
  zhErrorMap ??= zhCN().localeError;
  const out = new Map<string, string>();
  const parsed = CaseInput.safeParse(input, { error: zhErrorMap });
  if (parsed.success) return out;
  for (const i of parsed.error.issues) {
    const key = i.path.map(String).join(".");
    if (out.has(key)) continue;
    // A message the schema words itself (a regex's English hint) is not zod's locale: word it by field instead.
    const fromLocale = /[\u4e00-\u9fff]/.test(i.message);
    out.set(
      key,
      fromLocale
        ? i.message.replace(/\b(number|string|boolean|object|array|undefined|bigint|int)\b/g, (w) => ZOD_WORDS[w]!)
        : "",
    );
  }
  return out;
}

/** The value at a path inside the input, if any. */
function at(input: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

const show = (v: unknown): string =>
  typeof v === "string" ? `“${v}”` : v === undefined ? "（空）" : (JSON.stringify(v) ?? String(v));

/** Chinese names of the case fields, for messages that name a field. */
const FIELDS: Record<string, string> = {
  matter: "违法事项",
  party: "当事人",
  "party.type": "当事人类型",
  "party.age": "年龄",
  "party.mentalState": "精神状态",
  jurisdiction: "地区",
  occurredOn: "行为发生日",
  endedOn: "行为终了日",
  discoveredOn: "发现日",
  decidedOn: "决定日",
  facts: "违法事实",
  circumstances: "情节",
  harm: "危害后果",
  correction: "改正情况",
  priorViolations: "此前违法记录",
  noFaultProven: "没有主观过错的证据",
};

/** The Chinese name of a field path: `priorViolations.0.on` → `此前违法记录第 1 条的日期`. */
export function fieldName(path: readonly (string | number)[]): string {
  if (path[0] === "priorViolations" && typeof path[1] === "number") {
    const sub = path[2] === "matter" ? "事项" : path[2] === "on" ? "日期" : path[2] === "jurisdiction" ? "地区" : "";
    return `此前违法记录第 ${path[1] + 1} 条${sub ? `的${sub}` : ""}`;
  }
  if (path[0] === "circumstances" && typeof path[1] === "number") return `第 ${path[1] + 1} 个情节`;
  const key = path.map(String).join(".");
  return FIELDS[key] ?? FIELDS[String(path[0])] ?? key;
}

function factDecl(ctx: IssueContext, name: string): FactDeclaration | undefined {
  const input = ctx.input as { matter?: unknown } | undefined;
  const ids = Array.isArray(input?.matter) ? input.matter : [input?.matter];
  for (const m of ctx.ruleSet?.matters ?? [])
    if (ids.includes(m.id) && Object.hasOwn(m.facts, name)) return m.facts[name];
  return undefined;
}

const zh = (l: Localized | undefined, fallback: string): string => l?.zh ?? fallback;

/** What a fact declaration accepts, in Chinese. */
function factExpectation(decl: FactDeclaration): string {
  switch (decl.type) {
    case "number": {
      const unit = decl.unit ? decl.unit.zh : "";
      const u = unit ? ` ${unit}` : "";
      const range = decl.max !== undefined ? `${decl.min}${u}至 ${decl.max}${u}之间` : `不小于 ${decl.min}${u}`;
      return `应为${range}的${decl.integer ? "整数" : "数字"}`;
    }
    case "money":
      return "应为以元为单位的金额，如 12000.50，且大于 0 元";
    case "enum":
      return `应为以下之一：${decl.values.map((v) => v.label.zh).join("、")}`;
    case "boolean":
      return "应为“是”或“否”";
  }
}

/**
 * One issue's message in a language: English is the issue's own message; Chinese is worded from its code, its
 * path and the context. Names the field in both.
 *
 * @example
 * ```ts
 * localizeIssue({ code: "date-order", path: ["discoveredOn"], message: "…" }, "zh"); // "发现日早于行为发生日：…"
 * ```
 */
export function localizeIssue(issue: Issue, lang: Lang, ctx: IssueContext = {}): string {
  if (lang === "en") return issue.message;
  const path = issue.path;
  const value = at(ctx.input, path);
  const edition = ctx.ruleSet?.edition;
  const editionName = edition ? `《${edition.title.zh}》` : "本版基准";
  const field = fieldName(path);
  switch (issue.code) {
    case "invalid-case": {
      if (ctx.input !== undefined) {
        const fromZod = zodMessagesZh(ctx.input).get(path.map(String).join("."));
        if (fromZod) return `${field}：${fromZod}`;
      }
      const last = path[path.length - 1];
      if (
        last === "occurredOn" ||
        last === "endedOn" ||
        last === "discoveredOn" ||
        last === "decidedOn" ||
        last === "on"
      ) {
        return `${field}：${show(value)}不是 1900 年至 2999 年之间的有效日期（格式：年-月-日）`;
      }
      if (path[0] === "matter") return `${field}：违法事项重复`;
      return `${field}：${label("issue", "invalid-case", "zh")}`;
    }
    case "unknown-matter":
      return `${field}：${editionName}没有违法事项${show(value)}`;
    case "unknown-jurisdiction":
      return `${field}：${editionName}不包括地区${show(value)}`;
    case "no-legal-basis": {
      const j = edition?.jurisdictions.find((x) => x.id === value);
      return `${field}：${j ? zh(j.name, String(value)) : show(value)}没有该事项的法律依据，请选择有法律依据的地区`;
    }
    case "party-not-liable": {
      const input = ctx.input as { matter?: unknown } | undefined;
      const m = ctx.ruleSet?.matters.find((x) => x.id === input?.matter);
      const parties = m ? m.parties.map((p) => label("partyType", p, "zh")).join("、") : "";
      return `${field}：本事项${parties ? `只适用于${parties}，` : ""}不适用于${label("partyType", String(value), "zh")}`;
    }
    case "missing-fact": {
      const name = String(path[path.length - 1]);
      const decl = factDecl(ctx, name);
      return `请填写违法事实“${zh(decl?.label, name)}”${decl ? `（${factExpectation(decl)}）` : ""}`;
    }
    case "invalid-fact": {
      const name = String(path[path.length - 1]);
      const decl = factDecl(ctx, name);
      return decl
        ? `“${decl.label.zh}”${factExpectation(decl)}，现为${show(value)}`
        : `违法事实“${name}”的值${show(value)}不符合要求`;
    }
    case "unknown-fact":
      return `“${String(path[path.length - 1])}”不是本事项的违法事实`;
    case "unknown-circumstance":
      return `${field}：情节${show(value)}不在${editionName}的情节目录中`;
    case "date-order": {
      const last = path[path.length - 1];
      if (last === "endedOn") return "行为终了日早于行为发生日：行为不能在开始之前终了";
      if (last === "discoveredOn") return "发现日早于行为发生日：行为不能在发生之前被发现";
      if (last === "decidedOn") return "决定日早于发现日或行为终了日";
      if (last === "on") return `${field}晚于本次行为发生日：此前违法记录应在本次行为之前`;
      return `${field}：${label("issue", "date-order", "zh")}`;
    }
    case "edition-not-in-force": {
      const span = edition
        ? `施行期为 ${edition.effectiveFrom} 起${edition.effectiveTo ? `至 ${edition.effectiveTo}` : ""}`
        : "";
      const when = at(ctx.input, ["occurredOn"]);
      return `${editionName}${span ? `${span}，` : ""}行为发生日${typeof when === "string" ? ` ${when} ` : ""}不在其施行期内（行政处罚法第三十七条：适用违法行为发生时的规定）`;
    }
    default: {
      const where = issue.file
        ? `${issue.file}${issue.pointer ? `#${issue.pointer}` : ""}`
        : path.length > 0
          ? field
          : "";
      return `${where ? `${where}：` : ""}${label("issue", issue.code, "zh")}`;
    }
  }
}

/** Every issue with its message in a language (the issue objects themselves are not changed). */
export function localizeIssues(issues: readonly Issue[], lang: Lang, ctx: IssueContext = {}): LocalizedIssue[] {
  return issues.map((i) => ({ ...i, text: localizeIssue(i, lang, ctx) }));
}
