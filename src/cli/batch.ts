/** One line of `cailiang batch`: JSON text in, one JSON line out (the Outcome, or `{ line, issues }`). */
import type { Issue } from "../errors/index.js";
import { safeEvaluate, safeExplain, type Evaluable } from "../evaluate/index.js";

export const MAX_LINE_CHARS = 1 << 20;
export const MAX_DEPTH = 32;

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

/** Evaluates one batch line; never throws. */
export function processLine(target: Evaluable, line: string, lineNumber: number, trace = false): { ok: boolean; json: string } {
  let issues: Issue[] | undefined;
  let parsed: unknown;
  if (line.length > MAX_LINE_CHARS) {
    issues = [{ code: "input-too-large", path: [], message: `line is ${line.length} characters; at most ${MAX_LINE_CHARS}` }];
  } else {
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      issues = [{ code: "invalid-json", path: [], message: `not valid JSON: ${(error as Error).message}` }];
    }
    if (!issues && depthExceeds(parsed, MAX_DEPTH)) {
      issues = [{ code: "input-too-large", path: [], message: `nests deeper than ${MAX_DEPTH} levels` }];
    }
  }
  if (!issues) {
    const result = trace ? safeExplain(target, parsed) : safeEvaluate(target, parsed);
    if (result.ok) return { ok: true, json: JSON.stringify(result.outcome) };
    issues = result.issues;
  }
  return { ok: false, json: JSON.stringify({ line: lineNumber, issues }) };
}
