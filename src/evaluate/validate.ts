/**
 * Case input validation: shape (zod), then the matter-specific facts, dates and references.
 *
 * Two paths give one result. The fast path ({@link acceptCase}) is hand-written over tables compiled once
 * (`CompiledMatter.factTable`, `CompiledRuleSet.caseTables`): it accepts a case only when the full validation
 * ({@link validateCaseFully}: zod, then the checks below) would accept it with no issue, and otherwise gives up. Every
 * case it gives up on goes through the full validation, so an invalid case always gets exactly the issues (codes,
 * paths and messages) of the full validation; the fast path only decides faster that a valid case is valid.
 */
import { CaseInput } from "../schema/case.js";
import type { Issue } from "../errors/index.js";
import type { CompiledMatter, CompiledRuleSet } from "../compile/index.js";
import { checkFact, type FactTable } from "../compile/case-check.js";
import { dayNumber } from "../dates/index.js";
import { MAX_AMOUNT_CHARS, parseDecimal } from "../money/index.js";

/** A case that passed validation, with what evaluation needs precomputed. */
export interface ValidCase {
  input: CaseInput;
  matters: CompiledMatter[];
  days: { occurred: number; ended: number | undefined; discovered: number; decided: number | undefined };
  circumstances: string[];
}

function checkFacts(matter: CompiledMatter, facts: Readonly<Record<string, unknown>>, issues: Issue[]): void {
  for (const [name, decl] of Object.entries(matter.matter.facts)) {
    const path = ["facts", name];
    const value = Object.prototype.hasOwnProperty.call(facts, name) ? facts[name] : undefined;
    if (value === undefined) {
      issues.push({
        code: "missing-fact",
        path,
        message: `${matter.matter.id} needs fact "${name}" (${decl.label.en}, ${decl.type})`,
      });
      continue;
    }
    switch (decl.type) {
      case "number": {
        if (typeof value !== "number" || !Number.isFinite(value)) {
          issues.push({
            code: "invalid-fact",
            path,
            message: `expected a finite number${decl.unit ? ` in ${decl.unit.en}` : ""}, got ${JSON.stringify(value)}`,
          });
        } else if (decl.integer && !Number.isInteger(value)) {
          issues.push({ code: "invalid-fact", path, message: `expected a whole number, got ${value}` });
        } else if (value < decl.min || (decl.max !== undefined && value > decl.max)) {
          issues.push({
            code: "invalid-fact",
            path,
            message: `expected a number from ${decl.min}${decl.max !== undefined ? ` to ${decl.max}` : " up"}, got ${value}`,
          });
        }
        break;
      }
      case "money": {
        const amount = typeof value === "string" ? parseDecimal(value) : undefined;
        if (typeof value === "string" && value.length > MAX_AMOUNT_CHARS) {
          issues.push({
            code: "invalid-fact",
            path,
            message: `an amount is at most ${MAX_AMOUNT_CHARS} characters; got ${value.length}（金额至多 ${MAX_AMOUNT_CHARS} 个字符）`,
          });
        } else if (!amount) {
          issues.push({
            code: "invalid-fact",
            path,
            message: `expected an amount in 元 as a decimal string such as "12000.50", got ${JSON.stringify(value)}`,
          });
        } else if (amount.isZero() && matter.fineBases.has(name)) {
          issues.push({
            code: "invalid-fact",
            path,
            message: `"${name}" is the base of the fine and must be above 0 元`,
          });
        }
        break;
      }
      case "enum":
        if (typeof value !== "string" || !decl.values.some((v) => v.value === value)) {
          issues.push({
            code: "invalid-fact",
            path,
            message: `expected one of ${decl.values.map((v) => `"${v.value}"`).join(", ")}, got ${JSON.stringify(value)}`,
          });
        }
        break;
      case "boolean":
        if (typeof value !== "boolean")
          issues.push({ code: "invalid-fact", path, message: `expected true or false, got ${JSON.stringify(value)}` });
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
  const value = acceptCase(compiled, raw, options.checkEffectiveDates !== false);
  if (value !== undefined) return { ok: true, value };
  return validateCaseFully(compiled, raw, options);
}

// ---------------------------------------------------------------------------------------------
// Fast path

const hasOwn = Object.prototype.hasOwnProperty;
const OBJECT_PROTO = Object.prototype;

/** A plain object (the kind JSON.parse makes): zod's object checks then see exactly its own enumerable keys. */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === OBJECT_PROTO || proto === null;
}

const HARM: ReadonlySet<unknown> = new Set(["none", "minor", "moderate", "serious"]);
const CORRECTION: ReadonlySet<unknown> = new Set(["in-time", "late", "refused", "not-ordered"]);
const MENTAL_STATE: ReadonlySet<unknown> = new Set(["sound", "incapable", "intermittent-lucid", "partially-incapable"]);
const MAX_MATTERS = 16;
const MAX_CIRCUMSTANCES = 64;
const MAX_PRIORS = 1000;

/** Days since 1970-01-01 of a proleptic Gregorian date (days-from-civil), without Date. */
function civilDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/**
 * The day number of a `YYYY-MM-DD` string that both the schema (an ISO calendar date) and {@link dayNumber}
 * (1900–2999) accept; NaN for anything else.
 */
export function fastDayNumber(s: unknown): number {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const c0 = s.charCodeAt(0) - 48;
  const c1 = s.charCodeAt(1) - 48;
  const c2 = s.charCodeAt(2) - 48;
  const c3 = s.charCodeAt(3) - 48;
  const c5 = s.charCodeAt(5) - 48;
  const c6 = s.charCodeAt(6) - 48;
  const c8 = s.charCodeAt(8) - 48;
  const c9 = s.charCodeAt(9) - 48;
  // Each c is a digit exactly when it is, as an unsigned 32-bit value, at most 9.
  if (
    c0 >>> 0 > 9 ||
    c1 >>> 0 > 9 ||
    c2 >>> 0 > 9 ||
    c3 >>> 0 > 9 ||
    c5 >>> 0 > 9 ||
    c6 >>> 0 > 9 ||
    c8 >>> 0 > 9 ||
    c9 >>> 0 > 9
  ) {
    return NaN;
  }
  const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
  const m = c5 * 10 + c6;
  const d = c8 * 10 + c9;
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return NaN;
  const last =
    m === 2
      ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
        ? 29
        : 28
      : m === 4 || m === 6 || m === 9 || m === 11
        ? 30
        : 31;
  return d <= last ? civilDay(y, m, d) : NaN;
}

/** An optional date field: undefined when absent, NaN when present but not a valid date. */
function optionalDay(s: unknown): number | undefined {
  return s === undefined ? undefined : fastDayNumber(s);
}

/** True when `facts` holds exactly the facts of `table` (own, enumerable, no symbol keys), each valid. */
function acceptFacts(
  facts: Record<string, unknown>,
  names: ReadonlySet<string>,
  tables: readonly FactTable[],
): boolean {
  let n = 0;
  for (const k in facts) {
    if (!hasOwn.call(facts, k) || !names.has(k)) return false;
    n++;
  }
  if (n !== names.size) return false;
  if (Object.getOwnPropertySymbols(facts).length > 0) return false;
  for (const t of tables) {
    const checks = t.checks;
    for (let i = 0; i < checks.length; i++) if (!checkFact(checks[i]!, facts[checks[i]!.name])) return false;
  }
  return true;
}

/**
 * The fast path of {@link validateCase}: the validated case when the full validation would accept `raw` without any
 * issue, else undefined (the caller then runs the full validation for the issues). `input` is `raw` itself, which
 * has the same keys and values as the schema's parsed copy.
 */
export function acceptCase(compiled: CompiledRuleSet, raw: unknown, checkEffectiveDates = true): ValidCase | undefined {
  if (!isPlain(raw)) return undefined;
  // Exactly zod's strict-object test (`for…in`, so inherited keys count as zod counts them).
  for (const k in raw) {
    switch (k) {
      case "matter":
      case "party":
      case "jurisdiction":
      case "occurredOn":
      case "discoveredOn":
      case "facts":
      case "circumstances":
      case "harm":
      case "correction":
      case "priorViolations":
      case "endedOn":
      case "decidedOn":
      case "noFaultProven":
      case "continuing":
      case "illegalGains":
        continue;
      default:
        return undefined;
    }
  }
  const t = compiled.caseTables;
  const input = raw as CaseInput;

  // matter(s)
  const m = input.matter as unknown;
  let matters: CompiledMatter[];
  if (typeof m === "string") {
    const cm = compiled.matters.get(m);
    if (cm === undefined || !(t.allMatterIdsValid || t.matterIds.has(m))) return undefined;
    matters = [cm];
  } else {
    if (!Array.isArray(m) || m.length < 1 || m.length > MAX_MATTERS) return undefined;
    matters = [];
    for (const id of m) {
      if (typeof id !== "string" || !t.matterIds.has(id)) return undefined;
      const cm = compiled.matters.get(id)!;
      if (matters.includes(cm)) return undefined;
      matters.push(cm);
    }
  }

  // party
  const party = input.party as unknown;
  if (!isPlain(party)) return undefined;
  const type = party.type;
  if (type === "individual") {
    for (const k in party) if (k !== "type" && k !== "age" && k !== "mentalState") return undefined;
    const age = party.age;
    if (age !== undefined && !(typeof age === "number" && Number.isInteger(age) && age >= 0 && age <= 150))
      return undefined;
    const mental = party.mentalState;
    if (mental !== undefined && !MENTAL_STATE.has(mental)) return undefined;
  } else if (type === "unit") {
    for (const k in party) if (k !== "type") return undefined;
  } else return undefined;
  for (const cm of matters) if (!(type === "unit" ? cm.factTable.unit : cm.factTable.individual)) return undefined;

  if (!t.jurisdictions.has(input.jurisdiction as unknown as string)) return undefined;
  if (!HARM.has(input.harm) || !CORRECTION.has(input.correction)) return undefined;
  const noFault = input.noFaultProven as unknown;
  if (noFault !== undefined && typeof noFault !== "boolean") return undefined;
  const continuing = input.continuing as unknown;
  if (continuing !== undefined && typeof continuing !== "boolean") return undefined;
  if (input.illegalGains !== undefined) return undefined; // rare: the full validation checks the amount

  // facts
  const facts = input.facts as unknown;
  if (!isPlain(facts)) return undefined;
  if (matters.length === 1) {
    const ft = matters[0]!.factTable;
    if (!acceptFacts(facts, ft.names, [ft])) return undefined;
  } else {
    const names = new Set<string>();
    for (const cm of matters) for (const name of cm.factTable.names) names.add(name);
    if (
      !acceptFacts(
        facts,
        names,
        matters.map((cm) => cm.factTable),
      )
    )
      return undefined;
  }

  // dates
  const occurred = fastDayNumber(input.occurredOn);
  const discovered = fastDayNumber(input.discoveredOn);
  const ended = optionalDay(input.endedOn);
  const decided = optionalDay(input.decidedOn);
  // NaN fails every comparison below, so an invalid date never passes.
  if (!(occurred <= discovered)) return undefined;
  if (ended !== undefined && !(occurred <= ended)) return undefined;
  if (decided !== undefined && !(discovered <= decided && (ended === undefined || ended <= decided))) return undefined;
  if (checkEffectiveDates && !(occurred >= t.effectiveFrom && occurred <= t.effectiveTo)) return undefined;

  // circumstances: known ids, deduplicated, in the catalogue's order (the law's: Art. 32 (一) before (三))
  const given = input.circumstances as unknown;
  if (!Array.isArray(given) || given.length > MAX_CIRCUMSTANCES) return undefined;
  let circumstances: string[];
  if (given.length === 0) circumstances = [];
  else {
    circumstances = [];
    for (let i = 0; i < given.length; i++) {
      const id = given[i];
      if (!t.circumstances.has(id)) return undefined;
      if (!circumstances.includes(id)) circumstances.push(id);
    }
    circumstances.sort((a, b) => t.circumstances.get(a)! - t.circumstances.get(b)!);
  }

  // prior violations
  const priors = input.priorViolations as unknown;
  if (!Array.isArray(priors) || priors.length > MAX_PRIORS) return undefined;
  for (let i = 0; i < priors.length; i++) {
    const p = priors[i] as unknown;
    if (!isPlain(p)) return undefined;
    let n = 0;
    for (const k in p) {
      if (k === "punished") {
        if (typeof p.punished !== "boolean") return undefined;
        continue;
      }
      if (k !== "matter" && k !== "on" && k !== "jurisdiction") return undefined;
      n++;
    }
    if (n !== 3 || !t.matterIds.has(p.matter as string) || !t.jurisdictions.has(p.jurisdiction as string))
      return undefined;
    if (!(fastDayNumber(p.on) <= occurred)) return undefined;
  }

  return { input, matters, days: { occurred, ended, discovered, decided }, circumstances };
}

// ---------------------------------------------------------------------------------------------
// Full validation

/**
 * The full validation: the zod schema, then the matter-specific checks; every issue of an invalid case. Gives the
 * same result as {@link validateCase} (which tries {@link acceptCase} first).
 */
export function validateCaseFully(
  compiled: CompiledRuleSet,
  raw: unknown,
  options: { checkEffectiveDates?: boolean } = {},
): { ok: true; value: ValidCase } | { ok: false; issues: Issue[] } {
  const parsed = CaseInput.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        code: "invalid-case",
        path: i.path as (string | number)[],
        message: i.message,
      })),
    };
  }
  const input = parsed.data;
  const issues: Issue[] = [];
  const ids = Array.isArray(input.matter) ? input.matter : [input.matter];
  const matters: CompiledMatter[] = [];
  ids.forEach((id, i) => {
    const m = compiled.matters.get(id);
    const path = Array.isArray(input.matter) ? ["matter", i] : ["matter"];
    if (!m)
      issues.push({ code: "unknown-matter", path, message: `rule set ${compiled.edition.id} has no matter "${id}"` });
    else if (matters.includes(m))
      issues.push({ code: "invalid-case", path, message: `matter "${id}" is listed twice` });
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
      issues.push({
        code: "party-not-liable",
        path: ["party", "type"],
        message: `${m.matter.id} applies to ${m.matter.parties.join(" and ")} parties, not ${input.party.type}`,
      });
    }
    for (const name of Object.keys(m.matter.facts)) declared.add(name);
    checkFacts(m, input.facts, issues);
  }
  if (matters.length === ids.length) {
    // The caller's own keys: a parsed copy can lose some (a "__proto__" key), and every key must be a declared fact.
    const expected = `${ids.join(", ")} (expected: ${[...declared].join(", ") || "no facts"})`;
    for (const name of Object.keys((raw as { facts: object }).facts)) {
      if (!declared.has(name)) {
        issues.push({ code: "unknown-fact", path: ["facts", name], message: `"${name}" is not a fact of ${expected}` });
      }
    }
  }

  const day = (field: "occurredOn" | "endedOn" | "discoveredOn" | "decidedOn"): number | undefined => {
    const text = input[field];
    if (text === undefined) return undefined;
    const n = dayNumber(text);
    if (n === undefined)
      issues.push({
        code: "invalid-case",
        path: [field],
        message: `"${text}" is not a calendar date from 1900 to 2999`,
      });
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
  order(
    occurred,
    discovered,
    "discoveredOn",
    "discoveredOn is before occurredOn: an act cannot be found before it happens",
  );
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
      issues.push({
        code: "unknown-circumstance",
        path: ["circumstances", i],
        message: `"${id}" is not in the circumstance catalogue of ${compiled.edition.id}`,
      });
    } else if (!circumstances.includes(id)) circumstances.push(id);
  });
  const catalogue = compiled.caseTables.circumstances;
  circumstances.sort((a, b) => catalogue.get(a)! - catalogue.get(b)!);

  input.priorViolations.forEach((p, i) => {
    if (!compiled.matters.has(p.matter)) {
      issues.push({
        code: "unknown-matter",
        path: ["priorViolations", i, "matter"],
        message: `rule set ${compiled.edition.id} has no matter "${p.matter}"`,
      });
    }
    if (!compiled.jurisdictions.has(p.jurisdiction)) {
      issues.push({
        code: "unknown-jurisdiction",
        path: ["priorViolations", i, "jurisdiction"],
        message: `"${p.jurisdiction}" is not a jurisdiction of ${compiled.edition.id}`,
      });
    }
    const on = dayNumber(p.on);
    if (on === undefined)
      issues.push({
        code: "invalid-case",
        path: ["priorViolations", i, "on"],
        message: `"${p.on}" is not a calendar date from 1900 to 2999`,
      });
    else if (occurred !== undefined && on > occurred) {
      issues.push({
        code: "date-order",
        path: ["priorViolations", i, "on"],
        message: `a prior violation on ${p.on} is after this act (${input.occurredOn})`,
      });
    }
  });

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { input, matters, days: { occurred: occurred!, ended, discovered: discovered!, decided }, circumstances },
  };
}
