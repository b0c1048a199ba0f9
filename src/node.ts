/**
 * `cailiang/node`: loading rule sets and law texts from the filesystem.
 *
 * @module cailiang/node
 * @packageDocumentation
 */
import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import {
  loadRuleSet,
  safeLoadRuleSet,
  type LoadOptions,
  type LoadResult,
  type RuleSet,
  type RuleSetSource,
} from "./load/index.js";
import { RuleSetError, type Issue } from "./errors/index.js";
import { DirectoryBudget, listFolder, readRegularFile, type Refusal } from "./node/files.js";

export { FILE_LIMITS } from "./node/files.js";

/** Options for {@link loadRuleSetFromDir}. */
export interface DirOptions {
  /**
   * Directory of law texts (`<law-id>.md`) to check every citation against. Default: a `laws` directory beside the
   * rule set (e.g. `rules/laws` for `rules/yrd-2023`) when there is one; `false` skips the check.
   */
  lawsDir?: string | false;
}

/** Every `<law-id>.md` file of a directory, and the files refused (not regular, too large). */
function readLawTexts(
  dir: string,
  rel: (p: string) => string = (p) => p,
): { laws: Map<string, string>; issues: Issue[] } {
  const laws = new Map<string, string>();
  const issues: Issue[] = [];
  const refuse = (file: string, refusal: Refusal) =>
    issues.push({ code: refusal.code, path: [], file: rel(file), pointer: "", message: refusal.message });
  // The directory itself was named by the caller (or sits beside the rule set) and may be a link; its files may not.
  let real = dir;
  try {
    real = realpathSync(dir);
  } catch {
    // listFolder reports what is wrong with it
  }
  const listing = listFolder(real, ".md", (f) => f !== "README.md");
  if (!listing.ok) {
    refuse(dir, listing.refusal);
    return { laws, issues };
  }
  const budget = new DirectoryBudget();
  for (const f of listing.names) {
    const file = join(dir, f);
    const over = budget.charge(file);
    if (over) {
      refuse(file, over);
      break;
    }
    const read = readSafely(file);
    if (read.ok) laws.set(f.slice(0, -3), read.text);
    else refuse(file, read.refusal);
  }
  return { laws, issues };
}

/**
 * Reads every `<law-id>.md` file of a directory. Only regular files of at most 1 MiB are read (16 MiB together);
 * throws a {@link RuleSetError} naming any other file (a link, FIFO or device, or a file too large).
 */
export function readLaws(dir: string): Map<string, string> {
  const { laws, issues } = readLawTexts(dir);
  if (issues.length > 0) throw new RuleSetError(issues);
  return laws;
}

/** {@link readRegularFile}, with a file that cannot be opened (gone, no permission) as a refusal naming the error code. */
function readSafely(file: string): ReturnType<typeof readRegularFile> {
  try {
    return readRegularFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    return {
      ok: false,
      refusal: { code: "not-a-regular-file", message: `cannot be read (${code})（无法读取：${code}）` },
    };
  }
}

/** The raw files of a rule set directory, as {@link readRuleSetSource} reads them. */
export interface RuleSetFiles {
  /** The parsed files, ready for `loadRuleSet`. */
  source: RuleSetSource;
  /** Files that could not be read or parsed, and matter files not named after their id. */
  issues: Issue[];
}

/** A JSON.parse message without the excerpt of the text V8 puts in it, with the position as line and column. */
function jsonProblem(text: string, error: unknown): string {
  const raw = (error as Error).message;
  const at = /at position (\d+)/.exec(raw);
  let where = "";
  if (at) {
    const pos = Math.min(Number(at[1]), text.length);
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i >= 0 && i < pos; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    where = ` at line ${line}, column ${pos - lineStart + 1}（第 ${line} 行第 ${pos - lineStart + 1} 列）`;
  }
  const reason = /^Unexpected token/.test(raw)
    ? "unexpected character"
    : /^Unexpected end/.test(raw)
      ? "unexpected end of input"
      : raw
          .replace(/ at position \d+.*$/s, "")
          .replace(/".*$/s, "")
          .trim();
  return `not valid JSON${where}: ${reason}（不是有效的 JSON）`;
}

/**
 * Reads the raw files of a rule set directory (`edition.json`, `matters/*.json`, `overlays/*.json`) without validating
 * them: unreadable JSON and a matter file not named after its id are returned as issues. Only regular files are read:
 * a symbolic link, FIFO, device or socket is refused as an issue without being opened for reading, and so is a file
 * over 1 MiB or one that would bring the directory over 16 MiB ({@link FILE_LIMITS}). Paths in the source (used in
 * messages) are relative to `pathsFrom` (default: the working directory).
 */
export function readRuleSetSource(dir: string, options: { pathsFrom?: string } = {}): RuleSetFiles {
  const issues: Issue[] = [];
  const from = options.pathsFrom ?? process.cwd();
  const rel = (p: string) => relative(from, p) || p;
  const refuse = (file: string, refusal: Refusal) =>
    issues.push({ code: refusal.code, path: [], file: rel(file), pointer: "", message: refusal.message });
  const budget = new DirectoryBudget();
  let overBudget = false;
  const parse = (file: string): unknown => {
    if (overBudget) return undefined;
    const over = budget.charge(file);
    if (over) {
      overBudget = true;
      refuse(file, over);
      return undefined;
    }
    const read = readSafely(file);
    if (!read.ok) {
      refuse(file, read.refusal);
      return undefined;
    }
    try {
      return JSON.parse(read.text);
    } catch (error) {
      issues.push({
        code: "invalid-json",
        path: [],
        file: rel(file),
        pointer: "",
        message: jsonProblem(read.text, error),
      });
      return undefined;
    }
  };
  const readAll = (sub: string, check?: (data: unknown, file: string) => void) => {
    const folder = join(dir, sub);
    const listing = listFolder(folder, ".json");
    const files = listing.ok ? listing.names : [];
    if (!listing.ok) refuse(folder, listing.refusal);
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
  const editionExists = exists(editionPath);
  if (!editionExists) {
    issues.push({
      code: "invalid-rule-file",
      path: [],
      file: rel(editionPath),
      pointer: "",
      message: "a rule set directory needs an edition.json（规则目录需要 edition.json）",
    });
  }
  const edition = editionExists ? parse(editionPath) : undefined;
  const matters = readAll("matters", (data, f) => {
    const expected = basename(f, ".json");
    if (data && typeof data === "object" && (data as { id?: unknown }).id !== expected) {
      issues.push({
        code: "invalid-rule-file",
        path: ["id"],
        file: rel(join(dir, "matters", f)),
        pointer: "/id",
        message: `the file name must be the matter id: expected id "${expected}"`,
        matter: String((data as { id?: unknown }).id),
      });
    }
  });
  const overlays = readAll("overlays");
  const source: RuleSetSource = {
    edition,
    matters: matters.data,
    overlays: overlays.data,
    paths: { edition: rel(editionPath), matters: matters.paths, overlays: overlays.paths },
  };
  return { source, issues };
}

/** True when something (of any kind, a dangling link included) is at `path`. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function lawOptions(dir: string, options: DirOptions): { load: LoadOptions; issues: Issue[] } {
  const lawsDir = options.lawsDir === undefined ? join(dirname(dir), "laws") : options.lawsDir;
  if (lawsDir === false || !existsSync(lawsDir) || !statSync(lawsDir).isDirectory()) return { load: {}, issues: [] };
  const { laws, issues } = readLawTexts(lawsDir, (p) => relative(process.cwd(), p) || p);
  return { load: { laws }, issues };
}

/**
 * Loads `<dir>/edition.json`, `<dir>/matters/*.json` and `<dir>/overlays/*.json`; returns every problem instead of
 * throwing, including files refused by {@link readRuleSetSource} and law texts refused for the same reasons.
 */
export function safeLoadRuleSetFromDir(dir: string, options: DirOptions = {}): LoadResult {
  const { source, issues } = readRuleSetSource(dir);
  const laws = lawOptions(dir, options);
  issues.push(...laws.issues);
  const result = safeLoadRuleSet(source, laws.load);
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
