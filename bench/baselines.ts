/**
 * What a user would otherwise write, for the bench to measure cailiang against (bench only; never shipped):
 *
 * - jreIdiomatic: json-rules-engine as its users write it — one `Engine` per matter, one rule per tier (the tier's
 *   `when` as the rule's conditions, the tier id as the event type), `await engine.run(facts)` per case, the first
 *   event naming the tier. It decides only the tier the facts select: no exemptions, circumstances, bands, sanctions,
 *   procedure or citations, so it does much less than `evaluate` and is a generous baseline.
 * - handWrittenTier: the same tier choice as straight-line JavaScript (`if (f.location === "ordinary" && …) return
 *   "lighter"`), one function per matter, generated from the rule files only so that every matter has one. The floor:
 *   no engine, no validation, no outcome.
 *
 * Both read the same fact bag the library's conditions read (matter facts plus `party`, `priorCount` …), made
 * before the clock starts, which again favours the baselines.
 */
import { Engine, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import type { CompiledMatter, CompiledRuleSet } from "../src/compile/index.js";
import type { Condition } from "../src/schema/rules.js";

export type TierOf = (bag: Record<string, unknown>) => string;

/** One Engine per matter, one rule per tier. */
export function jreEngines(compiled: CompiledRuleSet): Map<string, { engine: Engine; fallback: string }> {
  const out = new Map<string, { engine: Engine; fallback: string }>();
  for (const [id, cm] of compiled.matters) {
    const engine = new Engine([], { allowUndefinedFacts: true });
    let fallback = cm.tiers[0]!.id;
    cm.tiers.forEach((t, i) => {
      if (!t.tier?.when) {
        fallback = t.id;
        return;
      }
      const rule: RuleProperties = {
        conditions: t.tier.when as TopLevelCondition,
        event: { type: t.id },
        priority: cm.tiers.length - i,
      };
      engine.addRule(rule);
    });
    out.set(id, { engine, fallback });
  }
  return out;
}

/** `await engine.run(facts)` and the first event's type, as a user of json-rules-engine writes it. */
export async function jreTier(
  engines: Map<string, { engine: Engine; fallback: string }>,
  matter: string,
  facts: Record<string, unknown>,
): Promise<string> {
  const e = engines.get(matter)!;
  const { events } = await e.engine.run(facts);
  return events.length > 0 ? events[0]!.type : e.fallback;
}

function js(c: Condition, f: string): string {
  if ("all" in c) return c.all.length === 0 ? "true" : `(${c.all.map((x) => js(x, f)).join(" && ")})`;
  if ("any" in c) return c.any.length === 0 ? "false" : `(${c.any.map((x) => js(x, f)).join(" || ")})`;
  if ("not" in c) return `!${js(c.not, f)}`;
  const a = `${f}[${JSON.stringify(c.fact)}]`;
  const v = JSON.stringify(c.value);
  switch (c.operator) {
    case "equal":
      return `${a} === ${v}`;
    case "notEqual":
      return `${a} !== ${v}`;
    case "in":
      return `(${(c.value as unknown[]).map((x) => `${a} === ${JSON.stringify(x)}`).join(" || ") || "false"})`;
    case "notIn":
      return `(${(c.value as unknown[]).map((x) => `${a} !== ${JSON.stringify(x)}`).join(" && ") || "true"})`;
    case "lessThan":
      return `${a} < ${v}`;
    case "lessThanInclusive":
      return `${a} <= ${v}`;
    case "greaterThan":
      return `${a} > ${v}`;
    case "greaterThanInclusive":
      return `${a} >= ${v}`;
    case "contains":
      return `${a}.includes(${v})`;
    case "doesNotContain":
      return `!${a}.includes(${v})`;
  }
}

/** One straight-line tier function per matter (what a person would type for each matter). */
export function handWrittenTiers(compiled: CompiledRuleSet): Map<string, TierOf> {
  const out = new Map<string, TierOf>();
  for (const [id, cm] of compiled.matters) out.set(id, handWritten(cm));
  return out;
}

function handWritten(cm: CompiledMatter): TierOf {
  let body = "";
  let fallback = cm.tiers[0]!.id;
  for (const t of cm.tiers) {
    if (t.tier?.when) body += `if (${js(t.tier.when, "f")}) return ${JSON.stringify(t.id)};\n`;
    else fallback = t.id;
  }
  body += `return ${JSON.stringify(fallback)};`;
  return new Function("f", body) as TierOf;
}
