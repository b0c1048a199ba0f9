/**
 * A trace step read as reasoning: which condition held, which did not, and what follows. A step whose note is
 * already `{ zh, en }` is shown in the reader's language; a plain (English) note is reworded in Chinese from the
 * step's code, result and the facts it read, with the outcome for what the step decided.
 */
import type { Outcome, TraceStep } from "../schema/case.js";
import type { Localized } from "../schema/rules.js";
import { label, noteText, type Lang } from "./labels.js";

/** Names for ids the trace reads, supplied by whoever knows the rule set (all optional). */
export interface TraceLookups {
  /** A tier's label by id. */
  tier?(id: string): string | undefined;
  /** A circumstance's label by id. */
  circumstance?(id: string): string | undefined;
  /** A jurisdiction's name by id. */
  jurisdiction?(id: string): string | undefined;
}

/** A trace step as the engine may give it: its note a string today, `{ zh, en }` in newer outcomes. */
export interface AnyTraceStep extends Omit<TraceStep, "note"> {
  /** What the step found: one (English) string, or the same in both languages. */
  note: string | Localized;
}

const yn = (v: unknown) => (v === true ? "是" : v === false ? "否" : "未知");

/** The reasoning of one step in a language. */
export function traceReason(
  step: AnyTraceStep,
  lang: Lang,
  outcome?: Pick<Outcome, "tier" | "firstViolation" | "procedure" | "ruleSet" | "grounds" | "jurisdiction">,
  lookups: TraceLookups = {},
): string {
  const given = noteText(step.note, lang);
  if (given !== undefined) return given;
  const r = step.reads;
  const held = step.result === "applied";
  const tierName = (id: unknown) =>
    typeof id === "string"
      ? (lookups.tier?.(id) ?? (outcome?.tier?.id === id ? outcome.tier.label.zh : label("tierLevel", id, "zh")))
      : "";
  const place = (id: unknown) =>
    typeof id === "string"
      ? (lookups.jurisdiction?.(id) ?? (outcome?.jurisdiction.id === id ? outcome.jurisdiction.name.zh : id))
      : "";
  const circ = (ids: unknown) =>
    Array.isArray(ids) && ids.length > 0
      ? ids.map((id) => lookups.circumstance?.(String(id)) ?? String(id)).join("、")
      : "无";
  switch (step.step) {
    case "edition": {
      const lighter = outcome?.grounds.some((g) => g.code === "later-rule-lighter");
      const title = outcome ? `《${outcome.ruleSet.title.zh}》` : "该版基准";
      return lighter
        ? `处罚决定时施行的${title}比违法行为发生时的规定更轻，依从旧兼从轻原则适用${title}`
        : `违法行为发生于 ${String(r.occurredOn ?? "")}，适用当时施行的${title}（从旧兼从轻）`;
    }
    case "legal-basis": {
      return `本案发生在${place(r.jurisdiction)}，按该地区的法规确定法定罚则`;
    }
    case "tier-by-facts": {
      const count = typeof r.priorCount === "number" ? `回溯期内此前违法 ${r.priorCount} 次，` : "";
      return `${count}按违法事实落入“${tierName(r.tier)}”阶次`;
    }
    case "limitation":
      return held
        ? `违法行为发生于 ${String(r.endedOn ?? r.occurredOn ?? "")}，至 ${String(r.discoveredOn ?? "")} 才被发现，已超过追责期限：不再给予行政处罚`
        : `违法行为发生于 ${String(r.endedOn ?? r.occurredOn ?? "")}，于 ${String(r.discoveredOn ?? "")} 被发现，未超过追责期限`;
    case "minor-age":
      return "当事人不满十四周岁：不予行政处罚，责令监护人加以管教";
    case "mental-state":
      return "当事人在不能辨认或者不能控制自己行为时违法：不予行政处罚，责令监护人严加看管和治疗";
    case "no-fault":
      return "当事人有证据足以证明没有主观过错：不予行政处罚";
    case "minor-no-harm": {
      const parts = `违法行为轻微：${yn(r.minor)}；改正情况：${label("correction", String(r.correction), "zh")}；危害后果：${label("harm", String(r.harm), "zh")}`;
      return held
        ? `${parts}。三项同时满足：不予行政处罚`
        : `${parts}。须同时满足“轻微、及时改正、没有危害后果”，本案不满足`;
    }
    case "first-violation-list": {
      if (held) return "本事项列入首违不罚清单，清单条件均满足：不予行政处罚";
      const unmet = outcome?.firstViolation.unmet.map((u) => u.label.zh).join("、");
      return `本事项列入首违不罚清单，但${unmet ? `以下条件未满足：${unmet}` : "清单条件未全部满足"}`;
    }
    case "preconditions":
      return held
        ? `罚款须以法定情形为前提（改正情况：${label("correction", String(r.correction), "zh")}），本案不具备：不予罚款`
        : "罚款的法定前提条件均已具备";
    case "adjustment": {
      const listed = `情节：${circ(r.circumstances)}${typeof r.age === "number" ? `；年龄：${r.age} 周岁` : ""}`;
      if (outcome?.tier?.id === "reduced" && held)
        return `${listed}。具有应当从轻或者减轻的情节且无从重情节：减轻处罚，低于法定最低额`;
      return held
        ? `${listed}。情节将阶次调整为“${outcome?.tier ? outcome.tier.label.zh : ""}”`
        : `${listed}。没有改变阶次的情节（或从轻与从重相互抵消）`;
    }
    case "local-refinement": {
      return `适用${place(r.jurisdiction)}在上级阶次内细化的罚款幅度`;
    }
    case "first-violation": {
      const miss: string[] = [];
      if (typeof r.priorCount === "number" && r.priorCount > 0)
        miss.push(`此前有 ${r.priorCount} 次违法记录（不是初次违法）`);
      if (r.harm !== "none" && r.harm !== "minor")
        miss.push(`${label("harm", String(r.harm), "zh")}（危害后果不轻微）`);
      if (r.correction !== "in-time") miss.push(`${label("correction", String(r.correction), "zh")}（未及时改正）`);
      return held
        ? "初次违法、危害后果轻微并及时改正：可以不予行政处罚；如不免罚，按下述幅度处罚"
        : `不适用“首违可以不罚”：${miss.join("；") || "条件未满足"}`;
    }
    case "procedure": {
      const p = outcome?.procedure;
      const max = typeof r.fineMax === "string" ? `（按罚款幅度上限 ${r.fineMax} 元判断）` : "";
      if (!p) return label("traceStep", "procedure", "zh");
      return `简易程序：${p.simpleProcedure ? "可以适用" : "不适用"}；法制审核：${p.legalReview ? "须经" : "无须"}；听证：${p.hearing ? "应当告知听证权利" : "不属听证范围"}${max}`;
    }
    case "one-act-several-provisions":
      return "同一违法行为违反多个规定：只给予一次罚款，按罚款数额高的规定处罚";
    default:
      return `${label("traceStep", step.step, "zh")}：${label("traceResult", step.result, "zh")}`;
  }
}
