/**
 * A streaming JSON Lines reader for the review command: one line at a time through `readline`, so a file of 10⁵
 * records never becomes one string. Kept separate so a shared byte-limited reader can replace it.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Issue } from "../errors/index.js";
import { depthExceeds, MAX_DEPTH, MAX_LINE_CHARS } from "./batch.js";

/** One non-empty line: its number and either the parsed value or the problem. */
export type JsonLine = { line: number; value: unknown; issues?: undefined } | { line: number; value?: undefined; issues: Issue[] };

/** Reads a JSON Lines file (or stdin for `-`) line by line; blank lines are skipped. */
export async function* readJsonLinesStream(path: string): AsyncGenerator<JsonLine> {
  const stream = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === "") continue;
    if (text.length > MAX_LINE_CHARS) {
      yield { line: n, issues: [{ code: "input-too-large", path: [], message: `line is ${text.length} characters; at most ${MAX_LINE_CHARS}` }] };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { line: n, issues: [{ code: "invalid-json", path: [], message: `not valid JSON: ${(error as Error).message}` }] };
      continue;
    }
    if (depthExceeds(value, MAX_DEPTH)) {
      yield { line: n, issues: [{ code: "input-too-large", path: [], message: `nests deeper than ${MAX_DEPTH} levels` }] };
      continue;
    }
    yield { line: n, value };
  }
}
