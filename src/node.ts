/**
 * `cailiang/node`: loading rule sets and law texts from the filesystem.
 *
 * @module cailiang/node
 * @packageDocumentation
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { loadRuleSet, safeLoadRuleSet, type LoadOptions, type LoadResult, type RuleSet, type RuleSetSource } from "./load/index.js";
import { RuleSetError, type Issue } from "./errors/index.js";

/** Options for {@link loadRuleSetFromDir}. */
export interface DirOptions {
  /**
   * Directory of law texts (`<law-id>.md`) to check every citation against. Default: a `laws` directory beside the
   * rule set (e.g. `rules/laws` for `rules/yrd-2023`) when there is one; `false` skips the check.
   */
  lawsDir?: string | false;
}

/** Reads every `<law-id>.md` file of a directory. */
export function readLaws(dir: string): Map<string, string> {
  const laws = new Map<string, string>();
  for (const f of readdirSync(dir)) {
    if (f.endsWith(".md") && f !== "README.md") laws.set(f.slice(0, -3), readFileSync(join(dir, f), "utf8"));
  }
  return laws;
}

/** The raw files of a rule set directory, as {@link readRuleSetSource} reads them. */
export interface RuleSetFiles {
  /** The parsed files, ready for `loadRuleSet`. */
  source: RuleSetSource;
  /** Files that could not be read or parsed, and matter files not named after their id. */
  issues: Issue[];
}

/**
 * Reads the raw files of a rule set directory (`edition.json`, `matters/*.json`, `overlays/*.json`) without validating
 * them: unreadable JSON and a matter file not named after its id are returned as issues. Paths in the source (used in
 * messages) are relative to `pathsFrom` (default: the working directory).
 */
export function readRuleSetSource(dir: string, options: { pathsFrom?: string } = {}): RuleSetFiles {
  const issues: Issue[] = [];
  const from = options.pathsFrom ?? process.cwd();
  const rel = (p: string) => relative(from, p) || p;
  const parse = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      issues.push({ code: "invalid-json", path: [], file: rel(file), pointer: "", message: `not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
  };
  const readAll = (sub: string, check?: (data: unknown, file: string) => void) => {
    const folder = join(dir, sub);
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".json")).sort() : [];
    const data: unknown[] = [];
    const paths: string[] = [];
    for (const f of files) {
      const value = parse(join(folder, f));
      if (value === undefined) continue;
      check?.(value, f);
      data.push(value);
      paths.push(rel(join(folder, f)));
    }
    return { data, paths };
  };
  const editionPath = join(dir, "edition.json");
  if (!existsSync(editionPath)) {
    issues.push({ code: "invalid-rule-file", path: [], file: rel(editionPath), pointer: "", message: "a rule set directory needs an edition.json" });
  }
  const matters = readAll("matters", (data, f) => {
    const expected = basename(f, ".json");
    if (data && typeof data === "object" && (data as { id?: unknown }).id !== expected) {
      issues.push({ code: "invalid-rule-file", path: ["id"], file: rel(join(dir, "matters", f)), pointer: "/id", message: `the file name must be the matter id: expected id "${expected}"`, matter: String((data as { id?: unknown }).id) });
    }
  });
  const overlays = readAll("overlays");
  const source: RuleSetSource = {
    edition: existsSync(editionPath) ? parse(editionPath) : undefined,
    matters: matters.data,
    overlays: overlays.data,
    paths: { edition: rel(editionPath), matters: matters.paths, overlays: overlays.paths },
  };
  return { source, issues };
}

function lawOptions(dir: string, options: DirOptions): LoadOptions {
  const lawsDir = options.lawsDir === undefined ? join(dirname(dir), "laws") : options.lawsDir;
  if (lawsDir === false || !existsSync(lawsDir) || !statSync(lawsDir).isDirectory()) return {};
  return { laws: readLaws(lawsDir) };
}

/** Loads `<dir>/edition.json`, `<dir>/matters/*.json` and `<dir>/overlays/*.json`; returns every problem instead of throwing. */
export function safeLoadRuleSetFromDir(dir: string, options: DirOptions = {}): LoadResult {
  const { source, issues } = readRuleSetSource(dir);
  const result = safeLoadRuleSet(source, lawOptions(dir, options));
  if (issues.length === 0) return result;
  return { ok: false, issues: [...issues, ...(result.ok ? [] : result.issues)] };
}

/**
 * Loads a rule set directory (`edition.json` + `matters/*.json`), checking citations against the law texts found
 * beside it; throws a {@link RuleSetError} listing every problem with file and JSON pointer.
 *
 * @example
 * ```ts
 * import { loadRuleSetFromDir } from "cailiang/node";
 * const ruleSet = loadRuleSetFromDir("rules/yrd-2023");
 * ```
 */
export function loadRuleSetFromDir(dir: string, options: DirOptions = {}): RuleSet {
  const result = safeLoadRuleSetFromDir(dir, options);
  if (!result.ok) throw new RuleSetError(result.issues);
  return result.ruleSet;
}

export { loadRuleSet };
