/** fast-check generators of valid cases for any matter of a compiled rule set. */
import fc from "fast-check";
import type { CaseInput, CompiledRuleSet } from "../src/index.js";
import { competentBases, type CompiledMatter } from "../src/compile/index.js";

/** A generated case: a CaseInput whose fields tests read and rewrite freely. */
export type LooseCase = CaseInput & Record<string, any>;
import { leaves } from "../src/law/condition.js";
import type { Condition, FactDeclaration, MatterFile } from "../src/schema/rules.js";

export function factArbitrary(decl: FactDeclaration): fc.Arbitrary<unknown> {
  switch (decl.type) {
    case "number": {
      const max = decl.max ?? Math.max(decl.min + 1000, decl.min * 10);
      if (decl.integer) return fc.integer({ min: Math.ceil(decl.min), max: Math.floor(max) });
      return fc.oneof(
        fc.integer({ min: Math.ceil(decl.min), max: Math.floor(max) }),
        fc
          .double({ min: decl.min, max, noNaN: true, noDefaultInfinity: true })
          .map((x) => Math.round(x * 100) / 100)
          .filter((x) => x >= decl.min && x <= max),
      );
    }
    case "enum":
      return fc.constantFrom(...decl.values.map((v) => v.value));
    case "boolean":
      return fc.boolean();
    case "money":
      return fc.integer({ min: 1, max: 100_000_000 }).map((cents) => (cents / 100).toFixed(2));
  }
}

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const DAY0 = Date.UTC(2023, 6, 1) / 86_400_000; // the yrd-2023 edition's first day

/** A valid case for `matterId` (its party types, facts, dates inside the edition, known circumstances). */
export function caseArbitrary(
  compiled: CompiledRuleSet,
  matterId: string,
  jurisdiction?: string,
): fc.Arbitrary<LooseCase> {
  const cm = compiled.matters.get(matterId)!;
  const m = cm.matter;
  // Shanghai unless the matter is outside the benchmark's competence there (then a case is refused, not decided).
  const competent = competentBases(compiled, cm);
  jurisdiction ??= competent.includes("shanghai") ? "shanghai" : competent[0]!;
  const facts = fc.record(Object.fromEntries(Object.entries(m.facts).map(([k, d]) => [k, factArbitrary(d)])));
  const party = fc.oneof(
    ...m.parties.map((t) =>
      t === "unit"
        ? fc.constant({ type: "unit" })
        : fc.record(
            {
              type: fc.constant("individual"),
              age: fc.integer({ min: 10, max: 90 }),
              mentalState: fc.constantFrom("sound", "incapable", "intermittent-lucid", "partially-incapable"),
            },
            { requiredKeys: ["type"] },
          ),
    ),
  );
  return fc
    .record({
      party,
      facts,
      occurred: fc.integer({ min: DAY0 + 30, max: DAY0 + 700 }), // inside yrd-2023 (to 2025-06-30)
      discoveredAfter: fc.integer({ min: 0, max: 1000 }),
      circumstances: fc.uniqueArray(fc.constantFrom(...compiled.circumstances.keys()), { maxLength: 3 }),
      harm: fc.constantFrom("none", "minor", "moderate", "serious"),
      correction: fc.constantFrom("in-time", "late", "refused", "not-ordered"),
      priors: fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 3 }),
      noFault: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((r) => {
      const c: Record<string, any> = {
        matter: matterId,
        party: r.party,
        jurisdiction,
        occurredOn: iso(r.occurred),
        discoveredOn: iso(r.occurred + r.discoveredAfter),
        facts: r.facts,
        circumstances: r.circumstances,
        harm: r.harm,
        correction: r.correction,
        priorViolations: r.priors.map((back) => ({
          matter: matterId,
          on: iso(r.occurred - back),
          jurisdiction: "zhejiang",
        })),
      };
      if (r.noFault !== undefined) c.noFaultProven = r.noFault;
      return c as LooseCase;
    });
}

// ---------------------------------------------------------------------------------------------
// Differential testing (fast path vs reference path): cases that probe every condition's boundaries

const day = (text: string) => Date.parse(text) / 86_400_000;

/** Every number a matter's conditions compare a fact with, by fact (tier, 轻微, list, precondition, sanction conditions). */
export function conditionThresholds(cm: CompiledMatter, minorDefault: Condition): Map<string, number[]> {
  const conditions: Condition[] = [];
  for (const t of cm.matter.tiers) if (t.when) conditions.push(t.when);
  conditions.push(cm.matter.minor ?? minorDefault);
  for (const c of cm.matter.firstViolation?.conditions ?? []) conditions.push(c.when);
  for (const basis of Object.values(cm.matter.bases)) {
    for (const sp of [basis.statutory.individual, basis.statutory.unit]) {
      for (const p of sp?.preconditions ?? []) conditions.push(p.when);
      for (const s of sp?.sanctions ?? []) if (s.when) conditions.push(s.when);
    }
  }
  const out = new Map<string, Set<number>>();
  for (const c of conditions) {
    for (const { leaf } of leaves(c)) {
      for (const v of Array.isArray(leaf.value) ? leaf.value : [leaf.value]) {
        if (typeof v === "number") out.set(leaf.fact, (out.get(leaf.fact) ?? new Set()).add(v));
      }
    }
  }
  return new Map([...out].map(([k, s]) => [k, [...s].sort((a, b) => a - b)]));
}

/** A fact value: anywhere in its domain, or just below, at or above a threshold some condition compares it with. */
export function boundaryFactArbitrary(decl: FactDeclaration, thresholds: readonly number[]): fc.Arbitrary<unknown> {
  if (decl.type !== "number" || thresholds.length === 0) return factArbitrary(decl);
  const inRange = (x: number) =>
    x >= decl.min && (decl.max === undefined || x <= decl.max) && (!decl.integer || Number.isInteger(x));
  const steps = decl.integer ? [-1, 0, 1] : [-1, -0.01, 0, 0.01, 1];
  const near = thresholds
    .flatMap((t) => steps.map((s) => Math.round((t + s) * 100) / 100))
    .concat(thresholds.flatMap((t) => [Math.floor(t), Math.ceil(t)]))
    .filter(inRange);
  if (near.length === 0) return factArbitrary(decl);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...new Set(near)), weight: 3 },
    { arbitrary: factArbitrary(decl), weight: 1 },
  );
}

/** A value that case validation rejects for this fact. */
function invalidFactArbitrary(decl: FactDeclaration): fc.Arbitrary<unknown> {
  switch (decl.type) {
    case "number":
      return fc.constantFrom<unknown>(
        decl.min - 1,
        String(decl.min),
        null,
        decl.integer ? decl.min + 0.5 : Number.NaN,
        ...(decl.max !== undefined ? [decl.max + 1] : []),
      );
    case "enum":
      return fc.constantFrom<unknown>("not-a-value", 1, true);
    case "boolean":
      return fc.constantFrom<unknown>("true", 0, null);
    case "money":
      return fc.constantFrom<unknown>(1000, "0", "1e5", "-5", "12.", "0.00", "123456789012345678901234");
  }
}

export interface DifferentialOptions {
  /** Share of cases with one deliberate defect (an invalid fact, date, id …), so issues are compared too. Default 0.1. */
  invalidShare?: number;
}

/**
 * A case for `matterId` that exercises every step of the pipeline: facts at and around the conditions' thresholds,
 * every jurisdiction (with and without a basis, overlays), both party types with ages and mental states around the
 * legal limits, circumstances, prior violations of this and other matters in every jurisdiction inside and outside
 * the look-back window, continuing acts, limitation boundaries, decision dates, now and then a second provision
 * (Art. 29), and a share of cases with a defect.
 */
export function differentialCaseArbitrary(
  compiled: CompiledRuleSet,
  matterId: string,
  options: DifferentialOptions = {},
): fc.Arbitrary<LooseCase> {
  const cm = compiled.matters.get(matterId)!;
  const m = cm.matter;
  const g = compiled.edition.generalRules;
  const thresholds = conditionThresholds(cm, g.minorViolation.when);
  const factsOf = (matter: MatterFile) =>
    fc.record(
      Object.fromEntries(
        Object.entries(matter.facts).map(([k, d]) => [k, boundaryFactArbitrary(d, thresholds.get(k) ?? [])]),
      ),
    );
  const jurisdictionIds = compiled.edition.jurisdictions.map((j) => j.id);
  const withBasis = jurisdictionIds.filter((j) =>
    competentBases(compiled, cm).some((b) => j === b || j.startsWith(b + "/")),
  );
  const matterIds = [...compiled.matters.keys()];
  const from = day(compiled.edition.effectiveFrom);
  const to = compiled.edition.effectiveTo === null ? from + 1100 : day(compiled.edition.effectiveTo);
  const ages = [0, 5, 13, 14, 15, 17, 18, 19, 30, 45, 70, 90, 150];
  const party = fc.oneof(
    ...m.parties.map((t) =>
      t === "unit"
        ? fc.constant({ type: "unit" })
        : fc.record(
            {
              type: fc.constant("individual"),
              age: fc.oneof(
                { arbitrary: fc.constantFrom(...ages), weight: 1 },
                { arbitrary: fc.integer({ min: 18, max: 80 }), weight: 2 },
              ),
              mentalState: fc.oneof(
                { arbitrary: fc.constant("sound"), weight: 3 },
                { arbitrary: fc.constantFrom("incapable", "intermittent-lucid", "partially-incapable"), weight: 1 },
              ),
            },
            { requiredKeys: ["type"] },
          ),
    ),
  );
  /** `value` in about `share` of the cases, else undefined. */
  const sometimes = <T>(arb: fc.Arbitrary<T>, share: number) =>
    fc.oneof(
      { arbitrary: fc.constant(undefined), weight: Math.round((1 - share) * 100) },
      { arbitrary: arb, weight: Math.round(share * 100) },
    );
  const others = matterIds.filter(
    (id) => id !== matterId && compiled.matters.get(id)!.matter.parties.some((p) => m.parties.includes(p)),
  );
  const second = others.length > 0 ? sometimes(fc.constantFrom(...others), 0.08) : fc.constant(undefined);
  const lookbackDays = g.firstViolation.lookbackMonths * 30.5;
  const prior = fc.record({
    matter: fc.oneof(
      { arbitrary: fc.constant(matterId), weight: 3 },
      { arbitrary: fc.constantFrom(...matterIds), weight: 1 },
    ),
    back: fc.oneof(
      fc.integer({ min: 0, max: 800 }),
      fc.integer({ min: Math.floor(lookbackDays) - 3, max: Math.ceil(lookbackDays) + 3 }),
    ),
    jurisdiction: fc.constantFrom(...jurisdictionIds),
  });
  const limitationDays = [g.statute.limitation.years, g.statute.limitation.extendedYears].map((y) =>
    Math.round(y * 365.25),
  );
  const base = fc.record({
    party,
    facts: factsOf(m),
    second,
    jurisdiction: fc.oneof(
      { arbitrary: fc.constantFrom(...(withBasis.length > 0 ? withBasis : jurisdictionIds)), weight: 9 },
      { arbitrary: fc.constantFrom(...jurisdictionIds), weight: 1 },
    ),
    occurred: fc.integer({ min: from, max: to }),
    endedAfter: sometimes(fc.integer({ min: 0, max: 120 }), 0.15),
    discoveredAfter: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 16 },
      { arbitrary: fc.integer({ min: 0, max: 2200 }), weight: 2 },
      { arbitrary: fc.constantFrom(...limitationDays).chain((d) => fc.integer({ min: d - 2, max: d + 2 })), weight: 2 },
    ),
    decidedAfter: sometimes(fc.integer({ min: 0, max: 120 }), 0.4),
    circumstances: fc.oneof(
      { arbitrary: fc.constant([] as string[]), weight: 2 },
      {
        arbitrary: fc.uniqueArray(fc.constantFrom(...compiled.circumstances.keys()), { minLength: 1, maxLength: 4 }),
        weight: 2,
      },
    ),
    duplicateCircumstance: fc.boolean(),
    harm: fc.oneof(
      { arbitrary: fc.constantFrom("none", "minor"), weight: 3 },
      { arbitrary: fc.constantFrom("moderate", "serious"), weight: 2 },
    ),
    correction: fc.oneof(
      { arbitrary: fc.constant("in-time"), weight: 2 },
      { arbitrary: fc.constantFrom("late", "refused", "not-ordered"), weight: 2 },
    ),
    priors: fc.oneof(
      { arbitrary: fc.constant([] as { matter: string; back: number; jurisdiction: string }[]), weight: 1 },
      { arbitrary: fc.array(prior, { minLength: 1, maxLength: 4 }), weight: 1 },
    ),
    noFault: sometimes(fc.boolean(), 0.1),
  });
  const valid = base.chain((r) =>
    (r.second ? factsOf(compiled.matters.get(r.second)!.matter) : fc.constant({})).map((secondFacts) => {
      const discovered = r.occurred + (r.endedAfter ?? 0) + r.discoveredAfter;
      const c: Record<string, any> = {
        matter: r.second ? [matterId, r.second] : matterId,
        party: r.party,
        jurisdiction: r.jurisdiction,
        occurredOn: iso(r.occurred),
        discoveredOn: iso(discovered),
        facts: { ...secondFacts, ...r.facts },
        circumstances:
          r.duplicateCircumstance && r.circumstances.length > 0
            ? [...r.circumstances, r.circumstances[0]]
            : r.circumstances,
        harm: r.harm,
        correction: r.correction,
        priorViolations: r.priors.map((p) => ({
          matter: p.matter,
          on: iso(r.occurred - p.back),
          jurisdiction: p.jurisdiction,
        })),
      };
      if (r.endedAfter !== undefined) c.endedOn = iso(r.occurred + r.endedAfter);
      if (r.decidedAfter !== undefined) c.decidedOn = iso(discovered + r.decidedAfter);
      if (r.noFault !== undefined) c.noFaultProven = r.noFault;
      return c as LooseCase;
    }),
  );
  const share = options.invalidShare ?? 0.1;
  if (share <= 0) return valid;
  const factNames = Object.keys(m.facts);
  const defect = fc.oneof(
    ...(factNames.length > 0
      ? [
          fc
            .constantFrom(...factNames)
            .chain((name) =>
              invalidFactArbitrary(m.facts[name]!).map((value) => ({ kind: "fact" as const, name, value })),
            ),
        ]
      : []),
    fc.constantFrom(
      { kind: "drop-fact" as const },
      { kind: "extra-fact" as const },
      { kind: "unknown-circumstance" as const },
      { kind: "discovered-before" as const },
      { kind: "bad-date" as const },
      { kind: "out-of-force" as const },
      { kind: "unknown-jurisdiction" as const },
      { kind: "unknown-prior-matter" as const },
      { kind: "prior-after-act" as const },
      { kind: "wrong-party" as const },
      { kind: "extra-field" as const },
      { kind: "not-an-object" as const },
    ),
  );
  const broken = fc.tuple(valid, defect).map(([c, d]): any => {
    const b: Record<string, any> = structuredClone(c);
    switch (d.kind) {
      case "fact":
        b.facts[d.name] = d.value;
        break;
      case "drop-fact":
        delete b.facts[factNames[0] ?? "none"];
        break;
      case "extra-fact":
        b.facts.notAFact = 1;
        break;
      case "unknown-circumstance":
        b.circumstances = [...b.circumstances, "bribed"];
        break;
      case "discovered-before":
        b.discoveredOn = iso(day(b.occurredOn) - 1);
        break;
      case "bad-date":
        b.occurredOn = b.occurredOn.slice(0, 8) + "31";
        break;
      case "out-of-force":
        b.occurredOn = iso(from - 1);
        break;
      case "unknown-jurisdiction":
        b.jurisdiction = "beijing";
        break;
      case "unknown-prior-matter":
        b.priorViolations = [
          ...b.priorViolations,
          { matter: "cityscape.jaywalking", on: b.occurredOn, jurisdiction: "shanghai" },
        ];
        break;
      case "prior-after-act":
        b.priorViolations = [
          ...b.priorViolations,
          { matter: matterId, on: iso(day(b.occurredOn) + 1), jurisdiction: "shanghai" },
        ];
        break;
      case "wrong-party":
        b.party = b.party.type === "unit" ? { type: "individual", age: 30 } : { type: "unit" };
        break;
      case "extra-field":
        b.fine = "0";
        break;
      case "not-an-object":
        return JSON.stringify(b);
    }
    return b;
  });
  return fc.oneof(
    { arbitrary: valid, weight: Math.round((1 - share) * 100) },
    { arbitrary: broken, weight: Math.round(share * 100) },
  );
}
