/**
 * Exhaustive check that a matter's tier conditions partition its fact space: for every cell of the space induced by
 * the thresholds and values the conditions use, exactly one tier applies. Checked, not assumed.
 */
import type { Condition } from "../schema/rules.js";
import { compileCondition, leaves, type FactBag, type Predicate } from "../law/condition.js";
import type { FactDomain } from "./domains.js";

export const MAX_CELLS = 200_000;

export interface PartitionFinding {
  kind: "gap" | "overlap";
  tiers: string[];
  facts: Record<string, unknown>;
}

function numberRepresentatives(domain: Extract<FactDomain, { kind: "number" }>, thresholds: number[]): number[] {
  const ts = [...new Set(thresholds)].sort((a, b) => a - b);
  const candidates = new Set<number>([domain.min]);
  if (domain.max !== undefined) candidates.add(domain.max);
  if (domain.integer) {
    for (const t of ts)
      for (const c of [Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1]) candidates.add(c);
  } else {
    const points = [...ts];
    for (const t of ts) candidates.add(t);
    for (let i = 0; i + 1 < points.length; i++) candidates.add((points[i]! + points[i + 1]!) / 2);
    if (ts.length > 0) {
      candidates.add(ts[0]! - 1);
      candidates.add(ts[ts.length - 1]! + 1);
      candidates.add((domain.min + ts[0]!) / 2);
      if (domain.max !== undefined) candidates.add((domain.max + ts[ts.length - 1]!) / 2);
    }
  }
  return [...candidates]
    .filter((c) => Number.isFinite(c) && c >= domain.min && (domain.max === undefined || c <= domain.max))
    .filter((c) => !domain.integer || Number.isInteger(c))
    .sort((a, b) => a - b);
}

/**
 * Enumerates representative fact combinations for the given conditions. Returns undefined when the space has more
 * than {@link MAX_CELLS} cells.
 */
export function representativePoints(
  conditions: Condition[],
  domains: ReadonlyMap<string, FactDomain>,
): FactBag[] | undefined {
  const thresholds = new Map<string, number[]>();
  const setMembers = new Map<string, Set<string>>();
  for (const c of conditions) {
    for (const { leaf } of leaves(c)) {
      const domain = domains.get(leaf.fact);
      if (!domain) continue;
      if (!thresholds.has(leaf.fact)) thresholds.set(leaf.fact, []);
      const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
      if (domain.kind === "number") {
        for (const v of values) if (typeof v === "number") thresholds.get(leaf.fact)!.push(v);
      } else if (domain.kind === "set") {
        if (!setMembers.has(leaf.fact)) setMembers.set(leaf.fact, new Set());
        for (const v of values) if (typeof v === "string") setMembers.get(leaf.fact)!.add(v);
      }
    }
  }
  const dims: { name: string; values: unknown[] }[] = [];
  for (const [name, ts] of thresholds) {
    const domain = domains.get(name)!;
    switch (domain.kind) {
      case "number":
        dims.push({ name, values: numberRepresentatives(domain, ts) });
        break;
      case "enum":
        dims.push({ name, values: domain.values });
        break;
      case "boolean":
        dims.push({ name, values: [false, true] });
        break;
      case "set": {
        const members = [...(setMembers.get(name) ?? [])];
        const subsets: string[][] = [];
        for (let mask = 0; mask < 1 << Math.min(members.length, 16); mask++) {
          subsets.push(members.filter((_, i) => (mask >> i) & 1));
        }
        dims.push({ name, values: subsets });
        break;
      }
      case "money":
        dims.push({ name, values: ["0"] });
        break;
    }
  }
  let size = 1;
  for (const d of dims) {
    size *= Math.max(d.values.length, 1);
    if (size > MAX_CELLS) return undefined;
  }
  const points: FactBag[] = [];
  const current: Record<string, unknown> = {};
  const walk = (i: number): void => {
    if (i === dims.length) {
      points.push({ ...current });
      return;
    }
    for (const v of dims[i]!.values) {
      current[dims[i]!.name] = v;
      walk(i + 1);
    }
  };
  walk(0);
  return points;
}

/** Finds gaps (no tier applies) and overlaps (two tiers apply) among tiers; at most `limit` of each kind. */
export function checkPartition(
  tiers: { id: string; when: Condition | undefined }[],
  domains: ReadonlyMap<string, FactDomain>,
  limit = 3,
): PartitionFinding[] | "too-large" {
  const conditions = tiers.map((t) => t.when).filter((c): c is Condition => c !== undefined);
  const points = representativePoints(conditions, domains);
  if (!points) return "too-large";
  const tests: Predicate[] = tiers.map((t) => (t.when ? compileCondition(t.when) : () => true));
  const findings: PartitionFinding[] = [];
  let gaps = 0;
  const overlaps = new Set<string>();
  for (const point of points) {
    const matched = tiers.filter((_, i) => tests[i]!(point)).map((t) => t.id);
    if (matched.length === 0 && gaps < limit) {
      gaps++;
      findings.push({ kind: "gap", tiers: [], facts: point });
    } else if (matched.length > 1) {
      const key = matched.join("+");
      if (!overlaps.has(key) && overlaps.size < limit) {
        overlaps.add(key);
        findings.push({ kind: "overlap", tiers: matched, facts: point });
      }
    }
  }
  return findings;
}
