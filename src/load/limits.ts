/**
 * Size and depth limits of rule files, checked by one iterative pass over the parsed JSON before anything walks it
 * recursively (the zod schemas, the citation walk, the compiler, deep freezing). A rule file over a limit is
 * rejected with file and JSON pointer; no input can drive the loader, compiler or validator past the stack.
 */
import { toPointer, type Issue } from "../errors/index.js";

/** The limits every rule file (edition, matter, overlay) is held to. The bundled files stay far below each. */
export const RULE_LIMITS = {
  /** Nesting of JSON objects and arrays in one file (bundled files: 10). */
  jsonDepth: 64,
  /** Nesting of `all` / `any` / `not` in one condition (a leaf alone is 1; bundled conditions: at most 4). */
  conditionDepth: 16,
  /** Tiers of one matter (bundled matters: at most 4). */
  tiers: 32,
  /**
   * JSON values (objects, arrays, strings, numbers, booleans, nulls) in one file (bundled files: at most about 500).
   * Also bounds the schema's work: 20,000 values each wrong take it about 0.3 s.
   */
  values: 20_000,
  /** Characters of all strings and keys in one file together (bundled files: at most about 13,000). */
  textChars: 1 << 20,
  /** Matter files, and overlay files, in one rule set. */
  files: 1000,
} as const;

interface Frame {
  value: unknown;
  key: string | number;
  parent: Frame | undefined;
  depth: number;
  conditionDepth: number;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f && f.parent; f = f.parent) path.push(f.key);
  return path.reverse();
}

const isCombinator = (o: object): boolean =>
  (Object.prototype.hasOwnProperty.call(o, "all") && Array.isArray((o as { all: unknown }).all)) ||
  (Object.prototype.hasOwnProperty.call(o, "any") && Array.isArray((o as { any: unknown }).any)) ||
  (Object.prototype.hasOwnProperty.call(o, "not") && typeof (o as { not: unknown }).not === "object");

/**
 * The limit problems of one parsed rule file, each with the file and the JSON pointer of the first value over the
 * limit (at most one issue per limit). Iterative: the walk's own memory is bounded by {@link RULE_LIMITS}`.values`.
 */
export function checkRuleFileLimits(value: unknown, file: string, kind: "edition" | "matter" | "overlay"): Issue[] {
  const issues: Issue[] = [];
  const add = (code: "too-deep" | "too-large", path: (string | number)[], en: string, zh: string) =>
    issues.push({ code, path, file, pointer: toPointer(path), message: `${en}（${zh}）` });
  let deepReported = false;
  let conditionReported = false;
  let values = 0;
  let chars = 0;
  const stack: Frame[] = [{ value, key: "", parent: undefined, depth: 1, conditionDepth: 0 }];
  try {
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const v = frame.value;
      values++;
      if (typeof v === "string") {
        chars += v.length;
        if (chars > RULE_LIMITS.textChars) {
          add(
            "too-large",
            pathOf(frame),
            `more than ${RULE_LIMITS.textChars} characters of text in one file`,
            `单个文件的文字超过 ${RULE_LIMITS.textChars} 个字符`,
          );
          break;
        }
        continue;
      }
      if (v === null || typeof v !== "object") continue;
      if (frame.depth > RULE_LIMITS.jsonDepth) {
        if (!deepReported)
          add(
            "too-deep",
            pathOf(frame),
            `nests deeper than ${RULE_LIMITS.jsonDepth} levels`,
            `嵌套超过 ${RULE_LIMITS.jsonDepth} 层`,
          );
        deepReported = true;
        continue;
      }
      let conditionDepth = frame.conditionDepth;
      if (!Array.isArray(v) && isCombinator(v)) {
        conditionDepth++;
        if (conditionDepth >= RULE_LIMITS.conditionDepth && !conditionReported) {
          // A leaf below this combinator would make the condition one level deeper still.
          add(
            "too-deep",
            pathOf(frame),
            `a condition nested more than ${RULE_LIMITS.conditionDepth} levels deep (all / any / not)`,
            `条件（all / any / not）嵌套超过 ${RULE_LIMITS.conditionDepth} 层`,
          );
          conditionReported = true;
        }
      }
      const keys = Array.isArray(v) ? undefined : Object.keys(v);
      const children = keys ? keys.length : (v as unknown[]).length;
      if (values + stack.length + children > RULE_LIMITS.values) {
        add(
          "too-large",
          pathOf(frame),
          `more than ${RULE_LIMITS.values} JSON values in one file`,
          `单个文件的 JSON 值超过 ${RULE_LIMITS.values} 个`,
        );
        break;
      }
      if (!keys) {
        const a = v as unknown[];
        for (let i = a.length - 1; i >= 0; i--)
          stack.push({ value: a[i], key: i, parent: frame, depth: frame.depth + 1, conditionDepth });
      } else {
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i]!;
          chars += k.length;
          stack.push({
            value: (v as Record<string, unknown>)[k],
            key: k,
            parent: frame,
            depth: frame.depth + 1,
            conditionDepth,
          });
        }
      }
    }
  } catch {
    // A getter or proxy that throws: not JSON.
    issues.push({
      code: "invalid-rule-file",
      path: [],
      file,
      pointer: "",
      message: "cannot be read as JSON data（不能作为 JSON 数据读取）",
    });
    return issues;
  }
  if (kind === "matter" && value && typeof value === "object" && Array.isArray((value as { tiers?: unknown }).tiers)) {
    const n = (value as { tiers: unknown[] }).tiers.length;
    if (n > RULE_LIMITS.tiers)
      add(
        "too-large",
        ["tiers"],
        `${n} tiers; a matter has at most ${RULE_LIMITS.tiers}`,
        `共 ${n} 个阶次，一个事项至多 ${RULE_LIMITS.tiers} 个`,
      );
  }
  return issues;
}

/**
 * The limit problems of a whole rule set source: each file by {@link checkRuleFileLimits}, and the number of matter
 * and overlay files. Empty when every file is within {@link RULE_LIMITS}.
 */
export function checkRuleSetLimits(
  edition: unknown,
  matters: readonly unknown[],
  overlays: readonly unknown[],
  files: { edition: string; matters: readonly string[]; overlays: readonly string[] },
): Issue[] {
  const issues: Issue[] = [];
  for (const [list, name] of [
    [matters, "matters"],
    [overlays, "overlays"],
  ] as const) {
    if (list.length > RULE_LIMITS.files) {
      issues.push({
        code: "too-large",
        path: [],
        file: name,
        pointer: "",
        message: `${list.length} ${name} files; a rule set has at most ${RULE_LIMITS.files}（${name} 文件共 ${list.length} 个，上限 ${RULE_LIMITS.files} 个）`,
      });
    }
  }
  if (issues.length > 0) return issues;
  issues.push(...checkRuleFileLimits(edition, files.edition, "edition"));
  matters.forEach((m, i) => issues.push(...checkRuleFileLimits(m, files.matters[i]!, "matter")));
  overlays.forEach((o, i) => issues.push(...checkRuleFileLimits(o, files.overlays[i]!, "overlay")));
  return issues;
}
