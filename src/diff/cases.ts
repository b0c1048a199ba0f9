/**
 * Cases generated from the rules themselves: every cell of the fact space that the thresholds and enum values of the
 * given editions' conditions induce, for every party and jurisdiction with a basis, in a handful of legal situations
 * (plain penalty, prompt correction, refusal, circumstances, a minor). Where two editions agree on every such case,
 * they agree everywhere their conditions can tell apart.
 */
import { competentBases, type CompiledMatter, type CompiledRuleSet } from "../compile/index.js";
import type { Condition } from "../schema/rules.js";
import { leaves } from "../law/condition.js";
import { domainsFor, type FactDomain } from "../load/domains.js";
import { representativePoints } from "../load/partition.js";

/** One generated case with the coordinates a report groups by. */
export interface GeneratedCase {
  /** The matter id. */
  matter: string;
  /** The jurisdiction id. */
  jurisdiction: string;
  /** The party type. */
  party: "individual" | "unit";
  /** The legal situation (first violation or not, correction, harm …) the case was generated in. */
  situation: string;
  /** The case input, ready for `evaluate`. */
  input: Record<string, unknown>;
  /** The matter facts and system facts that locate the case in the fact space. */
  cell: Record<string, unknown>;
}

/** The numeric thresholds the conditions of a matter (in any of the editions) compare each fact with. */
export function factThresholds(editions: readonly CompiledRuleSet[], matterId: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const e of editions) {
    const cm = e.matters.get(matterId);
    if (!cm) continue;
    for (const c of matterConditions(cm)) {
      for (const { leaf } of leaves(c)) {
        for (const v of Array.isArray(leaf.value) ? leaf.value : [leaf.value]) {
          if (typeof v !== "number") continue;
          if (!out.has(leaf.fact)) out.set(leaf.fact, []);
          out.get(leaf.fact)!.push(v);
        }
      }
    }
  }
  for (const [k, v] of out)
    out.set(
      k,
      [...new Set(v)].sort((a, b) => a - b),
    );
  return out;
}

/** Legal situations each fact cell is tried in. */
export const SITUATIONS: { id: string; harm: string; correction: string; circumstances: string[]; age?: number }[] = [
  { id: "penalty", harm: "moderate", correction: "late", circumstances: [] },
  { id: "corrected-no-harm", harm: "none", correction: "in-time", circumstances: [] },
  { id: "corrected-minor-harm", harm: "minor", correction: "in-time", circumstances: [] },
  { id: "refused", harm: "moderate", correction: "refused", circumstances: [] },
  { id: "one-mandatory-mitigation", harm: "moderate", correction: "refused", circumstances: ["eliminated-harm"] },
  {
    id: "two-mandatory-mitigations",
    harm: "moderate",
    correction: "refused",
    circumstances: ["eliminated-harm", "confessed"],
  },
  { id: "aggravating", harm: "serious", correction: "refused", circumstances: ["evaded-inspection"] },
  { id: "minor-aged-16", harm: "moderate", correction: "refused", circumstances: [], age: 16 },
];

const OCCURRED = "2025-06-15";

function priorDates(n: number): string[] {
  const out: string[] = [];
  const base = Date.UTC(2025, 5, 15) / 86_400_000;
  for (let i = 1; i <= n; i++) out.push(new Date((base - 30 * i) * 86_400_000).toISOString().slice(0, 10));
  return out;
}

function matterConditions(cm: CompiledMatter): Condition[] {
  const out: Condition[] = [];
  const m = cm.matter;
  for (const t of m.tiers) if (t.when) out.push(t.when);
  if (m.minor) out.push(m.minor);
  for (const c of m.firstViolation?.conditions ?? []) out.push(c.when);
  for (const b of Object.values(m.bases)) {
    for (const sp of [b.statutory.individual, b.statutory.unit]) {
      for (const p of sp?.preconditions ?? []) out.push(p.when);
      for (const s of sp?.sanctions ?? []) if (s.when) out.push(s.when);
    }
  }
  return out;
}

function typicalValue(domain: FactDomain | undefined, thresholds: number[]): unknown {
  if (!domain) return undefined;
  switch (domain.kind) {
    case "number": {
      const t = thresholds.length > 0 ? Math.min(...thresholds) : domain.min > 0 ? domain.min * 10 : 10;
      const v = Math.max(domain.min, domain.integer ? Math.floor(t) : t);
      return domain.max !== undefined ? Math.min(v, domain.max) : v;
    }
    case "enum":
      return domain.values[0];
    case "boolean":
      return false;
    case "money":
      return "100000";
    case "set":
      return [];
  }
}

/**
 * Generates boundary cases for the matters of the given editions (matters present in any of them); a case only
 * carries the facts of the matter as each edition declares it, the union of both.
 */
export function* boundaryCases(
  editions: readonly CompiledRuleSet[],
  options: { situations?: typeof SITUATIONS } = {},
): Generator<GeneratedCase> {
  const situations = options.situations ?? SITUATIONS;
  const ids = [...new Set(editions.flatMap((e) => [...e.matters.keys()]))].sort();
  for (const id of ids) {
    const versions = editions.map((e) => e.matters.get(id)).filter((m): m is CompiledMatter => m !== undefined);
    const conditions = versions.flatMap(matterConditions);
    const domains = new Map<string, FactDomain>();
    for (const v of versions) {
      for (const [k, d] of domainsFor(v.matter, [], false)) if (!domains.has(k)) domains.set(k, d);
    }
    // System facts vary by situation, not by cell: keep tier facts and priorCount in the cells.
    const cellConditions = conditions.map((c) => stripSystem(c)).filter((c): c is Condition => c !== undefined);
    const priorThresholds = conditions.flatMap((c) =>
      leaves(c)
        .filter((l) => l.leaf.fact === "priorCount")
        .flatMap((l) => (Array.isArray(l.leaf.value) ? l.leaf.value : [l.leaf.value])),
    ) as number[];
    const cells = representativePoints(
      cellConditions,
      new Map(
        [...domains].filter(
          ([k]) => !["party", "harm", "correction", "circumstances", "tierLevel", "priorCount"].includes(k),
        ),
      ),
    ) ?? [{}];
    const priors = [...new Set([0, 1, 2, 3, ...priorThresholds.flatMap((t) => [t - 1, t, t + 1])])]
      .filter((n) => Number.isInteger(n) && n >= 0 && n <= 6)
      .sort((a, b) => a - b);
    const jurisdictions = [
      ...new Set(
        editions.flatMap((e) => {
          const m = e.matters.get(id);
          if (!m) return [];
          return [...competentBases(e, m), ...m.overlays.keys()];
        }),
      ),
    ].sort();
    const parties = [...new Set(versions.flatMap((v) => v.matter.parties))];
    const facts = new Set(versions.flatMap((v) => Object.keys(v.matter.facts)));
    for (const cell of cells) {
      const caseFacts: Record<string, unknown> = {};
      for (const f of facts) {
        const thresholds = conditions
          .flatMap((c) =>
            leaves(c)
              .filter((l) => l.leaf.fact === f)
              .flatMap((l) => (Array.isArray(l.leaf.value) ? l.leaf.value : [l.leaf.value])),
          )
          .filter((x): x is number => typeof x === "number");
        caseFacts[f] = f in cell ? cell[f] : typicalValue(domains.get(f), thresholds);
      }
      for (const priorCount of priors) {
        const priorViolations = priorDates(priorCount).map((on) => ({ matter: id, on, jurisdiction: "shanghai" }));
        for (const jurisdiction of jurisdictions) {
          for (const party of parties) {
            for (const s of situations) {
              if (party === "unit" && s.age !== undefined) continue;
              const input: Record<string, unknown> = {
                matter: id,
                party:
                  party === "unit"
                    ? { type: "unit" }
                    : s.age !== undefined
                      ? { type: "individual", age: s.age }
                      : { type: "individual" },
                jurisdiction,
                occurredOn: OCCURRED,
                discoveredOn: OCCURRED,
                facts: caseFacts,
                circumstances: s.circumstances,
                harm: s.harm,
                correction: s.correction,
                priorViolations,
              };
              yield { matter: id, jurisdiction, party, situation: s.id, input, cell: { ...caseFacts, priorCount } };
            }
          }
        }
      }
    }
  }
}

const SYSTEM = new Set(["party", "harm", "correction", "circumstances", "tierLevel", "priorCount"]);

/** The condition without its system-fact leaves (situations and prior counts supply those). */
function stripSystem(c: Condition): Condition | undefined {
  if ("all" in c || "any" in c) {
    const list = ("all" in c ? c.all : c.any).map(stripSystem).filter((x): x is Condition => x !== undefined);
    if (list.length === 0) return undefined;
    return "all" in c ? { all: list } : { any: list };
  }
  if ("not" in c) {
    const inner = stripSystem(c.not);
    return inner ? { not: inner } : undefined;
  }
  return SYSTEM.has(c.fact) ? undefined : c;
}
