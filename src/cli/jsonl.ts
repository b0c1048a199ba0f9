/**
 * A streaming JSON Lines reader for the review command, on the shared byte-limited line reader: a file of 10⁵ records
 * never becomes one string, and an over-long line is reported and skipped without being held in memory.
 */
import { createReadStream } from "node:fs";
import type { Issue } from "../errors/index.js";
import { depthExceeds, MAX_DEPTH } from "./batch.js";
import { MAX_LINE_BYTES, readLines } from "./lines.js";

/** One non-empty line: its number and either the parsed value or the problem. */
export type JsonLine =
  { line: number; value: unknown; issues?: undefined } | { line: number; value?: undefined; issues: Issue[] };

/** Reads a JSON Lines file (or stdin for `-`) line by line; blank lines are skipped. */
export async function* readJsonLinesStream(path: string): AsyncGenerator<JsonLine> {
  const stream = path === "-" ? process.stdin : createReadStream(path);
  for await (const input of readLines(stream)) {
    const n = input.line;
    if (input.tooLarge) {
      yield {
        line: n,
        issues: [
          {
            code: "line-too-large",
            path: [],
            message: `line is ${input.bytes} bytes; at most ${MAX_LINE_BYTES} / 该行 ${input.bytes} 字节，超过上限 ${MAX_LINE_BYTES}`,
          },
        ],
      };
      continue;
    }
    const text = input.text;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield {
        line: n,
        issues: [{ code: "invalid-json", path: [], message: `not valid JSON: ${(error as Error).message}` }],
      };
      continue;
    }
    if (depthExceeds(value, MAX_DEPTH)) {
      yield {
        line: n,
        issues: [{ code: "input-too-large", path: [], message: `nests deeper than ${MAX_DEPTH} levels` }],
      };
      continue;
    }
    yield { line: n, value };
  }
}
