/**
 * Semantic diff: where two editions decide the same case differently, over a case corpus and over cases generated
 * from both editions' thresholds and enum values, grouped into regions a lawyer can read.
 */
import type { CompiledRuleSet } from "../compile/index.js";
import { boundaryCases, factThresholds, type GeneratedCase } from "./cases.js";
import { CorpusDiffer, decideIn, outcomeSummary, type CorpusTally } from "./corpus.js";

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

export { outcomeSummary };

function evaluateIn(edition: CompiledRuleSet, input: Record<string, unknown>): string {
  return decideIn(edition, input).summary;
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

/** The generated boundary cases of two editions, compared: the groups of differing cases and what describes them. */
export interface GeneratedDiff {
  cases: number;
  differing: number;
  groups: Map<string, Group>;
  seenByMatter: Map<string, Map<string, Set<string>>>;
  thresholds: Map<string, Map<string, number[]>>;
}

const matterName = (a: CompiledRuleSet, b: CompiledRuleSet, matter: string) =>
  (a.matters.get(matter) ?? b.matters.get(matter))?.matter.name.zh ?? matter;

/** Decides the cases generated from both editions' thresholds and enum values under each edition. */
export function generatedDiff(
  a: CompiledRuleSet,
  b: CompiledRuleSet,
  onProgress?: (done: number, total: number) => void,
): GeneratedDiff {
  const groups = new Map<string, Group>();
  const thresholdCache = new Map<string, Map<string, number[]>>();
  const record = (
    c: Pick<GeneratedCase, "matter" | "jurisdiction" | "party" | "situation" | "cell">,
    before: string,
    after: string,
  ) => {
    // Enum and boolean values split regions, so a region is one combination of them with numeric ranges.
    const categorical = Object.entries(c.cell)
      .filter(([, v]) => typeof v !== "number")
      .map(([k, v]) => `${k}=${String(v)}`)
      .join("&");
    const key = [c.matter, c.jurisdiction, c.party, c.situation, categorical, before, after].join("\u0000");
    let g = groups.get(key);
    if (!g) {
      g = {
        region: {
          source: "generated",
          matter: c.matter,
          matterName: matterName(a, b, c.matter),
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
  let lastMatter = "";
  let seen = new Map<string, Set<string>>();
  let ts = new Map<string, number[]>();
  const matterCount = new Set([...a.matters.keys(), ...b.matters.keys()]).size;
  let mattersDone = -1;
  for (const c of boundaryCases([a, b])) {
    generatedCases++;
    if (c.matter !== lastMatter) {
      mattersDone++;
      onProgress?.(mattersDone, matterCount);
      lastMatter = c.matter;
      seen = new Map();
      seenByMatter.set(c.matter, seen);
      ts = thresholdsOf(c.matter);
    }
    for (const [k, v] of Object.entries(c.cell)) {
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(typeof v === "number" ? String(intervalLabel(v, ts.get(k) ?? [])[0]) : JSON.stringify(v));
    }
    const x = evaluateIn(a, c.input);
    const y = evaluateIn(b, c.input);
    if (x !== y) {
      generatedDiffering++;
      record(c, x, y);
    }
  }
  onProgress?.(matterCount, matterCount);
  return { cases: generatedCases, differing: generatedDiffering, groups, seenByMatter, thresholds: thresholdCache };
}

/**
 * The report of a semantic diff from its parts: the generated boundary cases (when they were run) and the tally of a
 * corpus (when one was given). Corpus regions are listed in the order their first case came in the corpus.
 */
export function semanticReport(
  a: CompiledRuleSet,
  b: CompiledRuleSet,
  generated: GeneratedDiff | undefined,
  corpus: CorpusTally | undefined,
): SemanticDiff {
  const regions: Region[] = [];
  if (generated) {
    for (const g of generated.groups.values()) {
      const thresholds = generated.thresholds.get(g.region.matter) ?? factThresholds([a, b], g.region.matter);
      regions.push({
        ...g.region,
        where: describeCells(g.cells, thresholds, generated.seenByMatter.get(g.region.matter) ?? new Map()),
        cases: g.cases,
      });
    }
  }
  if (corpus) {
    const groups = [...corpus.groups.values()].sort((x, y) => x.first - y.first);
    for (const g of groups) {
      regions.push({
        source: "corpus",
        matter: g.matter,
        matterName: matterName(a, b, g.matter),
        jurisdiction: g.jurisdiction,
        party: g.party,
        situation: "corpus",
        before: g.before,
        after: g.after,
        // Corpus cases are grouped by their decisions alone: no facts bound the region.
        where: "",
        cases: g.cases,
      });
    }
  }
  regions.sort((x, y) =>
    (x.matter + x.jurisdiction + x.party + x.situation + x.where).localeCompare(
      y.matter + y.jurisdiction + y.party + y.situation + y.where,
    ),
  );
  return {
    from: a.edition.id,
    to: b.edition.id,
    generated: generated ? { cases: generated.cases, differing: generated.differing } : { cases: 0, differing: 0 },
    ...(corpus ? { corpus: { cases: corpus.cases, differing: corpus.differing, rejected: corpus.rejected } } : {}),
    regions,
  };
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
  const generated = options.generated !== false ? generatedDiff(a, b, options.onProgress) : undefined;
  let tally: CorpusTally | undefined;
  if (corpus) {
    // One case at a time: only counts per group are kept, whatever the corpus's size.
    const differ = new CorpusDiffer(a, b);
    let position = 0;
    for (const raw of corpus) differ.add(raw, position++);
    tally = differ.tally();
  }
  return semanticReport(a, b, generated, tally);
}
