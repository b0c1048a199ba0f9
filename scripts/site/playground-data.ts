/**
 * The playground's rule data as static files: each bundled edition loaded and validated here, at build time, and
 * written as JSON the page fetches when it needs that edition. The latest edition's file is whole (it is the
 * default edition, loaded first, and the base of every page state); an older edition's file names each matter whose
 * text is identical in the latest edition by its id instead of repeating it.
 *
 * The page itself then carries no rule data and never runs the rule-file schemas: it compiles the already-validated
 * rule sets it fetches (see docs/playground/editions.ts).
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { loadCreditPolicy, loadRuleSet, type CreditPolicy, type MatterFile, type RuleSet } from "../../src/index.js";
import * as bundled from "../../src/rules.js";
import type { RuleSetSource } from "../../src/load/index.js";

/** One edition as the page's catalogue lists it before its data is loaded. */
export interface CatalogueEntry {
  id: string;
  title: { zh: string; en: string };
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The data file, relative to the page. */
  file: string;
}

/** What the page knows without fetching: the editions, oldest first (the last is the latest). */
export interface Catalogue {
  editions: CatalogueEntry[];
}

/**
 * An edition's data file: the loaded rule set, where a string in `matters` is the id of a matter identical in the
 * latest edition, and the edition's credit policy.
 */
export interface EditionData {
  ruleSet: Omit<RuleSet, "matters"> & { matters: (MatterFile | string)[] };
  credit: CreditPolicy | null;
}

/** The files to write, by path relative to the page, and the catalogue that names them. */
export interface PlaygroundData {
  catalogue: Catalogue;
  files: Map<string, string>;
  /** Gzip bytes of each edition's data written whole (for comparison in the build log). */
  wholeGzip: Record<string, number>;
}

const isSource = (value: unknown): value is RuleSetSource =>
  !!value && typeof value === "object" && "edition" in value && Array.isArray((value as RuleSetSource).matters);

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);

/** Loads every bundled edition and its credit policy, and writes one file per edition. */
export function playgroundData(): PlaygroundData {
  const policies = bundled.policies as Record<string, { credit?: unknown } | undefined>;
  const editions = Object.values(bundled as Record<string, unknown>)
    .filter(isSource)
    .map((source) => loadRuleSet(source))
    .sort((a, b) => (a.edition.effectiveFrom < b.edition.effectiveFrom ? -1 : 1));
  const latest = editions[editions.length - 1]!;
  const inLatest = new Map(latest.matters.map((m) => [m.id, JSON.stringify(m)]));

  const files = new Map<string, string>();
  const wholeGzip: Record<string, number> = {};
  const entries: CatalogueEntry[] = editions.map((rs) => {
    const id = rs.edition.id;
    const creditFile = policies[id]?.credit;
    const credit = creditFile === undefined ? null : loadCreditPolicy(creditFile);
    const data: EditionData = {
      ruleSet: {
        ...rs,
        matters: rs.matters.map((m) => (rs !== latest && inLatest.get(m.id) === JSON.stringify(m) ? m.id : m)),
      },
      credit,
    };
    const text = JSON.stringify(data);
    const file = `data/${id}.${hash(text)}.json`;
    files.set(file, text);
    wholeGzip[id] = gzipSync(JSON.stringify({ ruleSet: rs, credit })).length;
    return {
      id,
      title: { zh: rs.edition.title.zh, en: rs.edition.title.en },
      effectiveFrom: rs.edition.effectiveFrom,
      effectiveTo: rs.edition.effectiveTo,
      file,
    };
  });
  return { catalogue: { editions: entries }, files, wholeGzip };
}
