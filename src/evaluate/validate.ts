/** Case input validation: shape (zod), then the matter-specific facts, dates and references. */
import { CaseInput } from "../schema/case.js";
import type { Issue } from "../errors/index.js";
import type { CompiledMatter, CompiledRuleSet } from "../compile/index.js";
import { dayNumber } from "../dates/index.js";
import { parseDecimal } from "../money/index.js";

/** A case that passed validation, with what evaluation needs precomputed. */
export interface ValidCase {
  input: CaseInput;
  matters: CompiledMatter[];
  days: { occurred: number; ended: number | undefined; discovered: number; decided: number | undefined };
  circumstances: string[];
}

const MAX_MONEY_DIGITS = 20;

function checkFacts(matter: CompiledMatter, facts: Readonly<Record<string, unknown>>, issues: Issue[]): void {
  for (const [name, decl] of Object.entries(matter.matter.facts)) {
    const path = ["facts", name];
    const value = Object.prototype.hasOwnProperty.call(facts, name) ? facts[name] : undefined;
    if (value === undefined) {
      issues.push({ code: "missing-fact", path, message: `${matter.matter.id} needs fact "${name}" (${decl.label.en}, ${decl.type})` });
      continue;
    }
    switch (decl.type) {
      case "number": {
        if (typeof value !== "number" || !Number.isFinite(value)) {
          issues.push({ code: "invalid-fact", path, message: `expected a finite number${decl.unit ? ` in ${decl.unit.en}` : ""}, got ${JSON.stringify(value)}` });
        } else if (decl.integer && !Number.isInteger(value)) {
          issues.push({ code: "invalid-fact", path, message: `expected a whole number, got ${value}` });
        } else if (value < decl.min || (decl.max !== undefined && value > decl.max)) {
          issues.push({ code: "invalid-fact", path, message: `expected a number from ${decl.min}${decl.max !== undefined ? ` to ${decl.max}` : " up"}, got ${value}` });
        }
        break;
      }
      case "money": {
        const amount = typeof value === "string" && value.length <= MAX_MONEY_DIGITS + 3 ? parseDecimal(value) : undefined;
        if (!amount) {
          issues.push({ code: "invalid-fact", path, message: `expected an amount in 元 as a decimal string such as "12000.50", got ${JSON.stringify(value)}` });
        } else if (amount.isZero() && matter.fineBases.has(name)) {
          issues.push({ code: "invalid-fact", path, message: `"${name}" is the base of the fine and must be above 0 元` });
        }
        break;
      }
      case "enum":
        if (typeof value !== "string" || !decl.values.some((v) => v.value === value)) {
          issues.push({ code: "invalid-fact", path, message: `expected one of ${decl.values.map((v) => `"${v.value}"`).join(", ")}, got ${JSON.stringify(value)}` });
        }
        break;
      case "boolean":
        if (typeof value !== "boolean") issues.push({ code: "invalid-fact", path, message: `expected true or false, got ${JSON.stringify(value)}` });
        break;
    }
  }
}

/** Validates a case against a compiled rule set; returns the issues, or the validated case. */
export function validateCase(
  compiled: CompiledRuleSet,
  raw: unknown,
  options: { checkEffectiveDates?: boolean } = {},
): { ok: true; value: ValidCase } | { ok: false; issues: Issue[] } {
  const parsed = CaseInput.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ code: "invalid-case", path: i.path as (string | number)[], message: i.message })),
    };
  }
  const input = parsed.data;
  const issues: Issue[] = [];
  const ids = Array.isArray(input.matter) ? input.matter : [input.matter];
  const matters: CompiledMatter[] = [];
  ids.forEach((id, i) => {
    const m = compiled.matters.get(id);
    const path = Array.isArray(input.matter) ? ["matter", i] : ["matter"];
    if (!m) issues.push({ code: "unknown-matter", path, message: `rule set ${compiled.edition.id} has no matter "${id}"` });
    else if (matters.includes(m)) issues.push({ code: "invalid-case", path, message: `matter "${id}" is listed twice` });
    else matters.push(m);
  });

  if (!compiled.jurisdictions.has(input.jurisdiction)) {
    issues.push({
      code: "unknown-jurisdiction",
      path: ["jurisdiction"],
      message: `rule set ${compiled.edition.id} covers ${[...compiled.jurisdictions.keys()].join(", ")}; not "${input.jurisdiction}"`,
    });
  }

  const declared = new Set<string>();
  for (const m of matters) {
    if (!m.matter.parties.includes(input.party.type)) {
      issues.push({ code: "party-not-liable", path: ["party", "type"], message: `${m.matter.id} applies to ${m.matter.parties.join(" and ")} parties, not ${input.party.type}` });
    }
    for (const name of Object.keys(m.matter.facts)) declared.add(name);
    checkFacts(m, input.facts, issues);
  }
  if (matters.length === ids.length) {
    for (const name of Object.keys(input.facts)) {
      if (!declared.has(name)) {
        issues.push({ code: "unknown-fact", path: ["facts", name], message: `"${name}" is not a fact of ${ids.join(", ")} (expected: ${[...declared].join(", ") || "no facts"})` });
      }
    }
  }

  const day = (field: "occurredOn" | "endedOn" | "discoveredOn" | "decidedOn"): number | undefined => {
    const text = input[field];
    if (text === undefined) return undefined;
    const n = dayNumber(text);
    if (n === undefined) issues.push({ code: "invalid-case", path: [field], message: `"${text}" is not a calendar date from 1900 to 2999` });
    return n;
  };
  const occurred = day("occurredOn");
  const ended = day("endedOn");
  const discovered = day("discoveredOn");
  const decided = day("decidedOn");
  const order = (a: number | undefined, b: number | undefined, field: string, message: string) => {
    if (a !== undefined && b !== undefined && b < a) issues.push({ code: "date-order", path: [field], message });
  };
  order(occurred, ended, "endedOn", "endedOn is before occurredOn: an act cannot end before it starts");
  order(occurred, discovered, "discoveredOn", "discoveredOn is before occurredOn: an act cannot be found before it happens");
  order(discovered, decided, "decidedOn", "decidedOn is before discoveredOn");
  order(ended, decided, "decidedOn", "decidedOn is before endedOn");
  if (occurred !== undefined && options.checkEffectiveDates !== false) {
    const from = dayNumber(compiled.edition.effectiveFrom)!;
    const to = compiled.edition.effectiveTo === null ? undefined : dayNumber(compiled.edition.effectiveTo)!;
    if (occurred < from || (to !== undefined && occurred > to)) {
      issues.push({
        code: "edition-not-in-force",
        path: ["occurredOn"],
        message: `edition ${compiled.edition.id} is in force from ${compiled.edition.effectiveFrom}${to === undefined ? "" : ` to ${compiled.edition.effectiveTo}`}; the act occurred on ${input.occurredOn}`,
      });
    }
  }

  const circumstances: string[] = [];
  input.circumstances.forEach((id, i) => {
    if (!compiled.circumstances.has(id)) {
      issues.push({ code: "unknown-circumstance", path: ["circumstances", i], message: `"${id}" is not in the circumstance catalogue of ${compiled.edition.id}` });
    } else if (!circumstances.includes(id)) circumstances.push(id);
  });
  circumstances.sort();

  input.priorViolations.forEach((p, i) => {
    if (!compiled.matters.has(p.matter)) {
      issues.push({ code: "unknown-matter", path: ["priorViolations", i, "matter"], message: `rule set ${compiled.edition.id} has no matter "${p.matter}"` });
    }
    if (!compiled.jurisdictions.has(p.jurisdiction)) {
      issues.push({ code: "unknown-jurisdiction", path: ["priorViolations", i, "jurisdiction"], message: `"${p.jurisdiction}" is not a jurisdiction of ${compiled.edition.id}` });
    }
    const on = dayNumber(p.on);
    if (on === undefined) issues.push({ code: "invalid-case", path: ["priorViolations", i, "on"], message: `"${p.on}" is not a calendar date from 1900 to 2999` });
    else if (occurred !== undefined && on > occurred) {
      issues.push({ code: "date-order", path: ["priorViolations", i, "on"], message: `a prior violation on ${p.on} is after this act (${input.occurredOn})` });
    }
  });

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { input, matters, days: { occurred: occurred!, ended, discovered: discovered!, decided }, circumstances },
  };
}
