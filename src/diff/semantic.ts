/**
 * Semantic diff: where two editions decide the same case differently, over a case corpus and over cases generated
 * from both editions' thresholds and enum values, grouped into regions a lawyer can read.
 */
import type { CompiledRuleSet } from "../compile/index.js";
import { safeEvaluate } from "../evaluate/index.js";
import type { Outcome } from "../schema/case.js";
import { boundaryCases, factThresholds, type GeneratedCase } from "./cases.js";

/** Cases decided differently by the two editions that share matter, jurisdiction, party, situation and change. */
export interface Region {
  /** Whether the cases were generated (boundary cases) or came from a corpus. */
  source: "generated" | "corpus";
  /** The matter id. */
  matter: string;
  /** The matter's Chinese name. */
  matterName: string;
  /** The jurisdiction id. */
  jurisdiction: string;
  /** The party type. */
  party: string;
  /** The legal situation the cases share (e.g. first violation, corrected late). */
  situation: string;
  /** The facts of the cases in words: `location = key-area; priorCount ≥ 1`. */
  where: string;
  /** The outcome under edition `from`, in words. */
  before: string;
  /** The outcome under edition `to`, in words. */
  after: string;
  /** How many cases the region holds. */
  cases: number;
}

/** What changes for cases between edition `from` and edition `to`. */
export interface SemanticDiff {
  /** The older edition id. */
  from: string;
  /** The newer edition id. */
  to: string;
  /** The generated boundary cases. */
  generated: {
    /** How many were evaluated under both editions. */
    cases: number;
    /** How many were decided differently. */
    differing: number;
  };
  /** The corpus cases, when a corpus was given. */
  corpus?: {
    /** How many corpus cases were read. */
    cases: number;
    /** How many were decided differently. */
    differing: number;
    /** How many were rejected by both editions. */
    rejected: number;
  };
  /** The groups of cases decided differently. */
  regions: Region[];
}

/** A short description of the part of an outcome the diff compares. */
export function outcomeSummary(o: Outcome): string {
  const parts: string[] = [o.disposition];
  if (o.tier) parts.push(`tier ${o.tier.id}`);
  if (o.fine) parts.push(`fine ${o.fine.min === o.fine.max ? o.fine.min : `${o.fine.min}–${o.fine.max}`} 元`);
  if (o.firstViolation.applies !== "no") parts.push(`首违不罚 ${o.firstViolation.applies}`);
  return parts.join(", ");
}

function evaluateIn(edition: CompiledRuleSet, input: Record<string, unknown>): { summary: string; outcome?: Outcome } {
  const cm = edition.matters.get(String(input.matter));
  if (!cm && !Array.isArray(input.matter)) return { summary: `not a matter of ${edition.edition.id}` };
  let caseInput = input;
  if (cm && input.facts && typeof input.facts === "object") {
    // Give each edition only the facts it declares (a fact may be new in one edition); copy only when needed.
    const declared = cm.matter.facts;
    const given = input.facts as Record<string, unknown>;
    let extra = false;
    for (const k in given) if (!(k in declared)) extra = true;
    if (extra)
      caseInput = { ...input, facts: Object.fromEntries(Object.entries(given).filter(([k]) => k in declared)) };
  }
  const r = safeEvaluate(edition, caseInput, { checkEffectiveDates: false });
  if (!r.ok) return { summary: `rejected (${r.issues[0]!.code} at ${r.issues[0]!.path.join(".") || "input"})` };
  return { summary: outcomeSummary(r.outcome), outcome: r.outcome };
}

function intervalLabel(value: number, thresholds: number[]): [number, string] {
  let i = 0;
  while (i < thresholds.length && thresholds[i]! < value) i++;
  if (i < thresholds.length && thresholds[i] === value) return [2 * i + 1, `${value}`];
  const lo = i > 0 ? thresholds[i - 1] : undefined;
  const hi = i < thresholds.length ? thresholds[i] : undefined;
  return [2 * i, lo === undefined ? `< ${hi}` : hi === undefined ? `> ${lo}` : `${lo}–${hi} (exclusive)`];
}

/** Describes the cells of a region: values of enums, numbers as the threshold intervals they fall in; facts that
 * take every value seen for the matter are left out (they do not bound the region). */
function describeCells(
  cells: Record<string, unknown>[],
  thresholds: Map<string, number[]>,
  seen: Map<string, Set<string>>,
): string {
  if (cells.length === 0) return "";
  const parts: string[] = [];
  for (const k of Object.keys(cells[0]!)) {
    const ts = thresholds.get(k) ?? [];
    const numeric = cells.every((c) => typeof c[k] === "number");
    const key = (v: unknown) => (numeric ? String(intervalLabel(v as number, ts)[0]) : JSON.stringify(v));
    const mine = new Set(cells.map((c) => key(c[k])));
    const all = seen.get(k) ?? mine;
    if (mine.size === all.size) continue;
    if (!numeric) {
      const values = [...new Set(cells.map((c) => String(c[k])))];
      parts.push(values.length === 1 ? `${k} = ${values[0]}` : `${k} ∈ {${values.join(", ")}}`);
      continue;
    }
    // Slots in order, adjacent when no seen slot lies between them.
    const order = [...all].map(Number).sort((a, b) => a - b);
    const picked = order.filter((slot) => mine.has(String(slot)));
    const label = (slot: number) =>
      intervalLabel(
        slot % 2 === 1
          ? ts[(slot - 1) / 2]!
          : slot === 0
            ? ts[0]! - 1
            : slot === 2 * ts.length
              ? ts[ts.length - 1]! + 1
              : (ts[slot / 2 - 1]! + ts[slot / 2]!) / 2,
        ts,
      )[1];
    const lower = (slot: number) =>
      slot % 2 === 1 ? `≥ ${ts[(slot - 1) / 2]}` : slot === 0 ? "" : `> ${ts[slot / 2 - 1]}`;
    const upper = (slot: number) =>
      slot % 2 === 1 ? `≤ ${ts[(slot - 1) / 2]}` : slot === 2 * ts.length ? "" : `< ${ts[slot / 2]}`;
    const ranges: string[] = [];
    let i = 0;
    while (i < picked.length) {
      let j = i;
      while (j + 1 < picked.length && order.indexOf(picked[j + 1]!) === order.indexOf(picked[j]!) + 1) j++;
      const a = picked[i]!;
      const b = picked[j]!;
      const first = order.indexOf(a) === 0;
      const last = order.indexOf(b) === order.length - 1;
      if (a === b) ranges.push(a % 2 === 1 ? `= ${ts[(a - 1) / 2]}` : label(a));
      else ranges.push([first ? "" : lower(a), last ? "" : upper(b)].filter(Boolean).join(" and "));
      i = j + 1;
    }
    parts.push(ranges.length === 1 ? `${k} ${ranges[0]}` : `${k} in {${ranges.join("; ")}}`);
  }
  return parts.join("; ");
}

interface Group {
  region: Omit<Region, "where" | "cases">;
  cells: Record<string, unknown>[];
  cases: number;
}

/**
 * Compares how editions `a` and `b` decide the same cases, each edition regardless of its own effective dates:
 * the cases generated from both editions' conditions, plus an optional corpus.
 *
 * @example
 * ```ts
 * const report = semanticDiff(compile(loadRuleSet(yrd2023)), compile(loadRuleSet(yrd2025)));
 * report.regions[0]; // { matter: "cityscape.littering", where: "location = ordinary; priorCount = 2", before: "penalty, tier heavier, …", … }
 * ```
 */
export function semanticDiff(
  a: CompiledRuleSet,
  b: CompiledRuleSet,
  corpus?: Iterable<unknown>,
  options: {
    generated?: boolean;
    /** Called as the generated cases of each matter are done: matters done, matters in all. */
    onProgress?: (done: number, total: number) => void;
  } = {},
): SemanticDiff {
  const groups = new Map<string, Group>();
  const thresholdCache = new Map<string, Map<string, number[]>>();
  const record = (
    source: Region["source"],
    c: Pick<GeneratedCase, "matter" | "jurisdiction" | "party" | "situation" | "cell">,
    before: string,
    after: string,
  ) => {
    // Enum and boolean values split regions, so a region is one combination of them with numeric ranges.
    const categorical = Object.entries(c.cell)
      .filter(([, v]) => typeof v !== "number")
      .map(([k, v]) => `${k}=${String(v)}`)
      .join("&");
    const key = [source, c.matter, c.jurisdiction, c.party, c.situation, categorical, before, after].join("\u0000");
    let g = groups.get(key);
    if (!g) {
      const name = (a.matters.get(c.matter) ?? b.matters.get(c.matter))?.matter.name.zh ?? c.matter;
      g = {
        region: {
          source,
          matter: c.matter,
          matterName: name,
          jurisdiction: c.jurisdiction,
          party: c.party,
          situation: c.situation,
          before,
          after,
        },
        cells: [],
        cases: 0,
      };
      groups.set(key, g);
    }
    g.cases++;
    g.cells.push(c.cell);
  };
  let generatedCases = 0;
  let generatedDiffering = 0;
  const seenByMatter = new Map<string, Map<string, Set<string>>>();
  const thresholdsOf = (matter: string) => {
    let t = thresholdCache.get(matter);
    if (!t) {
      t = factThresholds([a, b], matter);
      thresholdCache.set(matter, t);
    }
    return t;
  };
  if (options.generated !== false) {
    let lastMatter = "";
    let seen = new Map<string, Set<string>>();
    let ts = new Map<string, number[]>();
    const matterCount = new Set([...a.matters.keys(), ...b.matters.keys()]).size;
    let mattersDone = -1;
    for (const c of boundaryCases([a, b])) {
      generatedCases++;
      if (c.matter !== lastMatter) {
        mattersDone++;
        options.onProgress?.(mattersDone, matterCount);
        lastMatter = c.matter;
        seen = new Map();
        seenByMatter.set(c.matter, seen);
        ts = thresholdsOf(c.matter);
      }
      for (const [k, v] of Object.entries(c.cell)) {
        if (!seen.has(k)) seen.set(k, new Set());
        seen.get(k)!.add(typeof v === "number" ? String(intervalLabel(v, ts.get(k) ?? [])[0]) : JSON.stringify(v));
      }
      const x = evaluateIn(a, c.input).summary;
      const y = evaluateIn(b, c.input).summary;
      if (x !== y) {
        generatedDiffering++;
        record("generated", c, x, y);
      }
    }
  }
  if (options.generated !== false)
    options.onProgress?.(
      new Set([...a.matters.keys(), ...b.matters.keys()]).size,
      new Set([...a.matters.keys(), ...b.matters.keys()]).size,
    );
  let corpusStats: SemanticDiff["corpus"];
  if (corpus) {
    corpusStats = { cases: 0, differing: 0, rejected: 0 };
    for (const raw of corpus) {
      corpusStats.cases++;
      const input = raw as Record<string, unknown>;
      const x = evaluateIn(a, input);
      const y = evaluateIn(b, input);
      if (!x.outcome && !y.outcome) {
        corpusStats.rejected++;
        continue;
      }
      if (x.summary === y.summary) continue;
      corpusStats.differing++;
      const party = (input.party as { type?: string } | undefined)?.type ?? "?";
      record(
        "corpus",
        {
          matter: String(input.matter),
          jurisdiction: String(input.jurisdiction),
          party: party as "unit",
          situation: "corpus",
          cell: {},
        },
        x.summary,
        y.summary,
      );
    }
  }
  const regions: Region[] = [];
  for (const g of groups.values()) {
    regions.push({
      ...g.region,
      where: describeCells(g.cells, thresholdsOf(g.region.matter), seenByMatter.get(g.region.matter) ?? new Map()),
      cases: g.cases,
    });
  }
  regions.sort((x, y) =>
    (x.matter + x.jurisdiction + x.party + x.situation + x.where).localeCompare(
      y.matter + y.jurisdiction + y.party + y.situation + y.where,
    ),
  );
  return {
    from: a.edition.id,
    to: b.edition.id,
    generated: { cases: generatedCases, differing: generatedDiffering },
    ...(corpusStats ? { corpus: corpusStats } : {}),
    regions,
  };
}
