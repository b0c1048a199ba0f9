/**
 * The corpus part of the semantic diff, one case at a time: each case is decided under both editions, the two
 * decisions are compared in words ({@link outcomeSummary}), and only counts are kept — per group of differing cases,
 * the count and the position of the group's first case. What it holds grows with the number of distinct groups
 * (matter × jurisdiction × party × the two decisions), never with the number of cases, so a corpus of any size can
 * be streamed through it, and tallies of parts of a corpus (one per worker) merge into the tally of the whole.
 */
import type { CompiledRuleSet } from "../compile/index.js";
import { safeEvaluate } from "../evaluate/index.js";
import type { Outcome } from "../schema/case.js";

/** A short description of the part of an outcome the diff compares. */
export function outcomeSummary(o: Outcome): string {
  const parts: string[] = [o.disposition];
  if (o.tier) parts.push(`tier ${o.tier.id}`);
  if (o.fine) parts.push(`fine ${o.fine.min === o.fine.max ? o.fine.min : `${o.fine.min}–${o.fine.max}`} 元`);
  if (o.firstViolation.applies !== "no") parts.push(`首违不罚 ${o.firstViolation.applies}`);
  return parts.join(", ");
}

/** How one edition decides one case, in words; `decided` is false when the edition rejects it. */
export function decideIn(
  edition: CompiledRuleSet,
  input: Record<string, unknown>,
): { summary: string; decided: boolean } {
  const cm = edition.matters.get(String(input.matter));
  if (!cm && !Array.isArray(input.matter)) return { summary: `not a matter of ${edition.edition.id}`, decided: false };
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
  if (!r.ok)
    return { summary: `rejected (${r.issues[0]!.code} at ${r.issues[0]!.path.join(".") || "input"})`, decided: false };
  return { summary: outcomeSummary(r.outcome), decided: true };
}

/** Corpus cases that share matter, jurisdiction, party and both decisions. */
export interface CorpusGroup {
  matter: string;
  jurisdiction: string;
  party: string;
  /** The decision under the older edition, in words. */
  before: string;
  /** The decision under the newer edition, in words. */
  after: string;
  /** How many cases the group holds. */
  cases: number;
  /** The position (e.g. input line number) of the group's first case: regions are listed in the order they are first met. */
  first: number;
}

/** The counts of a corpus (or of a part of one): plain data, so it can be sent between threads and merged. */
export interface CorpusTally {
  cases: number;
  differing: number;
  rejected: number;
  /** The groups of differing cases, by key. */
  groups: Map<string, CorpusGroup>;
}

/** Streams corpus cases through both editions, keeping only a {@link CorpusTally}. */
export class CorpusDiffer {
  private readonly counts: CorpusTally = { cases: 0, differing: 0, rejected: 0, groups: new Map() };

  constructor(
    readonly a: CompiledRuleSet,
    readonly b: CompiledRuleSet,
  ) {}

  /** Compares one case; `position` orders the groups (the first case of a group gives the group's place). */
  add(raw: unknown, position: number): void {
    const t = this.counts;
    t.cases++;
    // Anything that is not an object (a JSON `null`, a number) is rejected by both editions.
    const input = (raw !== null && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
    const x = decideIn(this.a, input);
    const y = decideIn(this.b, input);
    if (!x.decided && !y.decided) {
      t.rejected++;
      return;
    }
    if (x.summary === y.summary) return;
    t.differing++;
    const matter = String(input.matter);
    const jurisdiction = String(input.jurisdiction);
    const party = (input.party as { type?: string } | undefined)?.type ?? "?";
    const key = `${matter}\u0000${jurisdiction}\u0000${party}\u0000${x.summary}\u0000${y.summary}`;
    const g = t.groups.get(key);
    if (g) {
      g.cases++;
      if (position < g.first) g.first = position;
    } else
      t.groups.set(key, {
        matter,
        jurisdiction,
        party,
        before: x.summary,
        after: y.summary,
        cases: 1,
        first: position,
      });
  }

  /** Adds the tally of another part of the corpus (in any order: the result is the same). */
  merge(other: CorpusTally): void {
    const t = this.counts;
    t.cases += other.cases;
    t.differing += other.differing;
    t.rejected += other.rejected;
    for (const [key, g] of other.groups) {
      const mine = t.groups.get(key);
      if (!mine) t.groups.set(key, { ...g });
      else {
        mine.cases += g.cases;
        if (g.first < mine.first) mine.first = g.first;
      }
    }
  }

  /** The counts so far (the differ's own object: read it, do not change it). */
  tally(): CorpusTally {
    return this.counts;
  }
}
