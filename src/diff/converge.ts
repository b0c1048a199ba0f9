/**
 * Convergence: for one edition, where jurisdictions decide the same generated case differently (类案不同罚 across
 * the region), per matter, with the spread of fine ranges.
 */
import { competentBases, type CompiledRuleSet } from "../compile/index.js";
import { Dec } from "../money/index.js";
import { boundaryCases, SITUATIONS } from "./cases.js";
import { outcomeSummary } from "./semantic.js";
import { safeEvaluate } from "../evaluate/index.js";

/** How one matter's outcomes differ across jurisdictions. */
export interface MatterConvergence {
  /** The matter id. */
  matter: string;
  /** The matter's Chinese name. */
  name: string;
  /** The jurisdictions with a legal basis for the matter. */
  jurisdictions: string[];
  /** Fact cells compared (each under every jurisdiction). */
  cells: number;
  /** Cells whose outcome is not the same in every jurisdiction. */
  differing: number;
  /** Cells where the disposition itself differs (e.g. penalty here, no penalty there). */
  dispositionDiffers: number;
  /** Per tier: the fine range in each jurisdiction (static fines only) and the ratio of the highest to the lowest maximum. */
  spread: {
    /** The tier id. */
    tier: string;
    /** The party type. */
    party: string;
    /** The fine range per jurisdiction, in words. */
    ranges: Record<string, string>;
    /** The highest maximum over the lowest, or null when a maximum is zero. */
    maxRatio: string | null;
  }[];
  /** One example cell where outcomes differ, with each jurisdiction's outcome. */
  example?: {
    /** The cell's facts. */
    facts: Record<string, unknown>;
    /** The legal situation. */
    situation: string;
    /** The party type. */
    party: string;
    /** The outcome per jurisdiction, in words. */
    outcomes: Record<string, string>;
  };
}

/** Cross-jurisdiction comparison of one edition. */
export interface ConvergenceReport {
  /** The edition id. */
  edition: string;
  /** One entry per matter with a basis in more than one jurisdiction. */
  matters: MatterConvergence[];
}

/**
 * Compares, for every matter with a basis in more than one jurisdiction, the outcome of each generated case in each
 * of those jurisdictions.
 */
export function convergence(
  compiled: CompiledRuleSet,
  options: {
    /** Called before each matter and once at the end: matters done, matters in all. */
    onProgress?: (done: number, total: number) => void;
  } = {},
): ConvergenceReport {
  const matters: MatterConvergence[] = [];
  let done = 0;
  for (const cm of compiled.matters.values()) {
    options.onProgress?.(done++, compiled.matters.size);
    const jurisdictions = competentBases(compiled, cm).sort();
    if (jurisdictions.length < 2) continue;
    const report: MatterConvergence = {
      matter: cm.matter.id,
      name: cm.matter.name.zh,
      jurisdictions,
      cells: 0,
      differing: 0,
      dispositionDiffers: 0,
      spread: [],
    };
    const seen = new Set<string>();
    const spread = new Map<string, Map<string, { min: InstanceType<typeof Dec>; max: InstanceType<typeof Dec> }>>();
    for (const c of boundaryCases([compiled], { situations: SITUATIONS.slice(0, 4) })) {
      if (c.matter !== cm.matter.id) continue;
      const key = JSON.stringify([c.cell, c.party, c.situation]);
      if (seen.has(key)) continue;
      seen.add(key);
      report.cells++;
      const outcomes: Record<string, string> = {};
      const dispositions = new Set<string>();
      for (const j of jurisdictions) {
        const r = safeEvaluate(compiled, { ...c.input, jurisdiction: j }, { checkEffectiveDates: false });
        outcomes[j] = r.ok ? outcomeSummary(r.outcome) : `rejected (${r.issues[0]!.code})`;
        if (r.ok) {
          dispositions.add(r.outcome.disposition);
          if (c.situation === "refused" && r.outcome.tier && r.outcome.fine) {
            const k = `${r.outcome.tier.id}|${c.party}`;
            if (!spread.has(k)) spread.set(k, new Map());
            const prev = spread.get(k)!.get(j);
            const min = new Dec(r.outcome.fine.min);
            const max = new Dec(r.outcome.fine.max);
            spread.get(k)!.set(j, prev ? { min: Dec.min(prev.min, min), max: Dec.max(prev.max, max) } : { min, max });
          }
        }
      }
      if (new Set(Object.values(outcomes)).size > 1) {
        report.differing++;
        if (dispositions.size > 1) report.dispositionDiffers++;
        report.example ??= { facts: c.cell, situation: c.situation, party: c.party, outcomes };
      }
    }
    for (const [k, byJ] of spread) {
      const [tier, party] = k.split("|") as [string, string];
      const maxima = [...byJ.values()].map((r) => r.max);
      const lo = Dec.min(...maxima);
      const hi = Dec.max(...maxima);
      report.spread.push({
        tier,
        party,
        ranges: Object.fromEntries([...byJ].map(([j, r]) => [j, `${r.min.toFixed()}–${r.max.toFixed()}`])),
        maxRatio: lo.isZero() ? null : hi.div(lo).toDecimalPlaces(2).toFixed(),
      });
    }
    matters.push(report);
  }
  options.onProgress?.(compiled.matters.size, compiled.matters.size);
  return { edition: compiled.edition.id, matters };
}
