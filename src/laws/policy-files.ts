/**
 * Loading policy rule files that sit beside an edition (credit policy, review standard): schema validation and the
 * same verbatim citation check the rule-set loader applies. Pure: the caller supplies the law texts.
 */
import type { z } from "zod";
import { toPointer, type Issue } from "../errors/index.js";
import type { Citation } from "../schema/rules.js";
import { checkCitation, parseLaw, type Article } from "./verify.js";

/** Law texts by law id, as {@link LoadOptions} takes them. */
export type LawTexts = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

const isCitation = (v: unknown): v is Citation =>
  v !== null &&
  typeof v === "object" &&
  typeof (v as Citation).law === "string" &&
  typeof (v as Citation).article === "string" &&
  typeof (v as Citation).text === "string";

/** Every citation object in a parsed file, with its path. */
export function citationsIn(
  value: unknown,
  path: (string | number)[] = [],
): { citation: Citation; path: (string | number)[] }[] {
  const out: { citation: Citation; path: (string | number)[] }[] = [];
  const stack: [unknown, (string | number)[]][] = [[value, path]];
  while (stack.length > 0) {
    const [v, p] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (isCitation(v)) {
      out.push({ citation: v, path: p });
      continue;
    }
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...p, i]]));
    else for (const [k, x] of Object.entries(v)) stack.push([x, [...p, k]]);
  }
  return out.sort((a, b) => (toPointer(a.path) < toPointer(b.path) ? -1 : 1));
}

function parsedLaws(laws: LawTexts): Map<string, Map<number, Article>> {
  const entries = laws instanceof Map ? [...laws.entries()] : Object.entries(laws);
  return new Map(entries.map(([id, text]) => [id, parseLaw(text as string)]));
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
};

/** The result of loading a policy file: the validated, frozen file or every problem. */
export type PolicyLoadResult<T> =
  | {
      /** The file is valid. */
      ok: true;
      /** The validated, deeply frozen file. */
      value: T;
    }
  | {
      /** The file was rejected. */
      ok: false;
      /** Every problem, with file and JSON pointer. */
      issues: Issue[];
    };

/** Validates a policy file against its schema and, with law texts, checks every citation verbatim. */
export function loadPolicyFile<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
  laws: LawTexts | undefined,
  extra?: (value: z.infer<S>) => Issue[],
): PolicyLoadResult<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        code: "invalid-rule-file",
        path: i.path as (string | number)[],
        file,
        pointer: toPointer(i.path as (string | number)[]),
        message: i.message,
      })),
    };
  }
  const issues: Issue[] = extra ? extra(parsed.data).map((i) => ({ ...i, file, pointer: toPointer(i.path) })) : [];
  if (laws) {
    const parsedTexts = parsedLaws(laws);
    for (const { citation, path } of citationsIn(parsed.data)) {
      const problem = checkCitation(citation, parsedTexts);
      if (problem) issues.push({ code: "citation-mismatch", path, file, pointer: toPointer(path), message: problem });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: deepFreeze(parsed.data) };
}
