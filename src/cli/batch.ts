/**
 * One line of `cailiang batch` (and of the service's `/v1/batch`): JSON text in, one JSON line out.
 *
 * Output lines, one per input line, in input order:
 * - `{ "line": n, "id"?: "…", "ok": true, "outcome": {…} }` for an evaluated case;
 * - `{ "line": n, "id"?: "…", "ok": false, "issues": [ … ] }` for a rejected line (not JSON, too large, too deep,
 *   or a case the evaluator rejects);
 * - `{ "line": n, "blank": true }` for a blank or whitespace-only line, which is not a case and is not rejected.
 *
 * A case may carry an `id` (a string of at most {@link MAX_ID_CHARS} characters); it is removed before evaluation and
 * echoed on the output line, so results can be matched back to the caller's records.
 */
import type { Issue } from "../errors/index.js";
import { safeEvaluate, safeExplain, type Evaluable } from "../evaluate/index.js";
import type { Outcome } from "../schema/case.js";
import { MAX_LINE_BYTES, type InputLine } from "./lines.js";

export const MAX_DEPTH = 32;
/** The longest `id` a batch case may carry. */
export const MAX_ID_CHARS = 256;

/** One output line of a batch. */
export type BatchLine =
  | { line: number; id?: string; ok: true; outcome: Outcome }
  | { line: number; id?: string; ok: false; issues: Issue[] }
  | { line: number; blank: true };

/** True when a parsed JSON value nests deeper than `limit`; iterative, so hostile input cannot exhaust the stack. */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (d > limit) return true;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return false;
}

/** The issue of a line longer than the limit. */
export function lineTooLarge(bytes: number, maxBytes = MAX_LINE_BYTES): Issue {
  return {
    code: "line-too-large",
    path: [],
    message: `line is ${bytes} bytes; a line may hold at most ${maxBytes} bytes (UTF-8)`,
  };
}

/** Evaluates one line read by {@link readLines}; never throws. */
export function evaluateLine(target: Evaluable, input: InputLine, trace = false): BatchLine {
  if (input.tooLarge) {
    return {
      line: input.line,
      ...(input.id === undefined ? {} : { id: input.id }),
      ok: false,
      issues: [lineTooLarge(input.bytes)],
    };
  }
  const text = input.text;
  if (text.trim() === "") return { line: input.line, blank: true };
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_LINE_BYTES) return { line: input.line, ok: false, issues: [lineTooLarge(bytes)] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      line: input.line,
      ok: false,
      issues: [{ code: "invalid-json", path: [], message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  if (depthExceeds(parsed, MAX_DEPTH)) {
    return {
      line: input.line,
      ok: false,
      issues: [{ code: "input-too-large", path: [], message: `nests deeper than ${MAX_DEPTH} levels` }],
    };
  }
  return evaluateCase(target, parsed, input.line, trace);
}

/** Evaluates one parsed case of a batch, taking its `id` off first; never throws. */
export function evaluateCase(target: Evaluable, value: unknown, line: number, trace = false): BatchLine {
  let id: string | undefined;
  let input = value;
  if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "id")) {
    const { id: raw, ...rest } = value as Record<string, unknown>;
    if (typeof raw !== "string" || raw.length > MAX_ID_CHARS) {
      return {
        line,
        ok: false,
        issues: [
          { code: "invalid-case", path: ["id"], message: `expected a string of at most ${MAX_ID_CHARS} characters` },
        ],
      };
    }
    id = raw;
    input = rest;
  }
  const withId = id === undefined ? {} : { id };
  const result = trace ? safeExplain(target, input) : safeEvaluate(target, input);
  if (result.ok) return { line, ...withId, ok: true, outcome: result.outcome };
  return { line, ...withId, ok: false, issues: result.issues };
}

/** True when a batch line counts as rejected (exit code 2 for the whole batch). */
export const isRejected = (l: BatchLine): boolean => "ok" in l && !l.ok;

/** Evaluates one batch line given as text; never throws. Kept for callers that have the whole line in memory. */
export function processLine(
  target: Evaluable,
  line: string,
  lineNumber: number,
  trace = false,
): { ok: boolean; json: string } {
  const out = evaluateLine(target, { line: lineNumber, text: line }, trace);
  return { ok: !isRejected(out), json: JSON.stringify(out) };
}
