/**
 * One reader of JSON Lines input for `batch`, `diff --cases`, `test` and the service's batch endpoint.
 *
 * It takes bytes chunk by chunk and never holds more than `maxBytes` of one line: a longer line is skipped to its end
 * and reported as too large (with the `id` found near its start, if any), and reading goes on with the next line.
 * Every input line is accounted for, in order, numbered from 1, blank lines included. A UTF-8 byte order mark before
 * the first line and a carriage return before each line feed are dropped. A final line without a line feed is read;
 * the empty remainder after a final line feed is not a line.
 */
import { closeSync, openSync, readSync } from "node:fs";

/** The most bytes one input line may hold (1 MiB), counted in UTF-8 bytes without the line ending. */
export const MAX_LINE_BYTES = 1 << 20;

/** How many leading bytes of an over-long line are kept to find its `id`. */
const ID_PREFIX_BYTES = 4096;

/** One input line: its text, or, when it was longer than the limit, its size in bytes and the `id` near its start. */
export type InputLine =
  { line: number; text: string; tooLarge?: undefined } | { line: number; tooLarge: true; bytes: number; id?: string };

const LF = 0x0a;
const CR = 0x0d;

/** Splits a byte stream into {@link InputLine}s, holding at most `maxBytes` (+1 for a CR) of the current line. */
export class LineSplitter {
  readonly maxBytes: number;
  private parts: Buffer[] = [];
  private size = 0;
  private skipping = false;
  private prefix: Buffer | undefined;
  private endsWithCr = false;
  private lineNumber = 0;
  private atStart = true;

  constructor(maxBytes = MAX_LINE_BYTES) {
    this.maxBytes = maxBytes;
  }

  /** Takes one chunk; returns the lines it completes. */
  push(chunk: Uint8Array | string): InputLine[] {
    let buf =
      typeof chunk === "string"
        ? Buffer.from(chunk, "utf8")
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.atStart && buf.length > 0) {
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      this.atStart = false;
    }
    const out: InputLine[] = [];
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(LF, start);
      if (nl === -1) {
        this.take(buf.subarray(start));
        return out;
      }
      this.take(buf.subarray(start, nl));
      out.push(this.finish());
      start = nl + 1;
    }
  }

  /** Ends the input; returns the last line when it had no line feed. */
  end(): InputLine[] {
    return this.size > 0 || this.skipping ? [this.finish()] : [];
  }

  private take(piece: Buffer) {
    if (piece.length === 0) return;
    this.size += piece.length;
    this.endsWithCr = piece[piece.length - 1] === CR;
    if (this.skipping) return;
    if (this.size > this.maxBytes + 1) {
      const kept = this.parts.length === 0 ? piece : Buffer.concat([...this.parts, piece]);
      this.prefix = Buffer.from(kept.subarray(0, ID_PREFIX_BYTES));
      this.parts = [];
      this.skipping = true;
      return;
    }
    // A copy, so the line does not keep the stream's whole chunk alive.
    this.parts.push(Buffer.from(piece));
  }

  private finish(): InputLine {
    const line = ++this.lineNumber;
    const size = this.size;
    const parts = this.parts;
    const prefix = this.prefix;
    const skipped = this.skipping;
    this.parts = [];
    this.size = 0;
    this.skipping = false;
    this.prefix = undefined;
    const endsWithCr = this.endsWithCr;
    this.endsWithCr = false;
    if (skipped) return tooLarge(line, endsWithCr ? size - 1 : size, prefix!.toString("utf8"));
    let buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (buf.length > 0 && buf[buf.length - 1] === CR) buf = buf.subarray(0, buf.length - 1);
    if (buf.length > this.maxBytes)
      return tooLarge(line, buf.length, buf.subarray(0, ID_PREFIX_BYTES).toString("utf8"));
    return { line, text: buf.toString("utf8") };
  }
}

function tooLarge(line: number, bytes: number, start: string): InputLine {
  const id = findId(start);
  return id === undefined ? { line, tooLarge: true, bytes } : { line, tooLarge: true, bytes, id };
}

/**
 * Reads the lines of a stream of bytes (or strings, taken as UTF-8) without buffering more than `maxBytes` of one line.
 *
 * @example
 * ```ts
 * for await (const l of readLines(createReadStream("cases.jsonl"))) {
 *   if (l.tooLarge) console.log(l.line, "too large");
 *   else console.log(l.line, l.text);
 * }
 * ```
 */
export async function* readLines(
  input: AsyncIterable<Uint8Array | string>,
  options: { maxBytes?: number } = {},
): AsyncGenerator<InputLine> {
  const splitter = new LineSplitter(options.maxBytes);
  for await (const chunk of input) yield* splitter.push(chunk);
  yield* splitter.end();
}

/** Reads the lines of a file synchronously, 64 KiB at a time, with the same limits as {@link readLines}. */
export function* readFileLines(path: string, options: { maxBytes?: number } = {}): Generator<InputLine> {
  const splitter = new LineSplitter(options.maxBytes);
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 16);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      yield* splitter.push(buf.subarray(0, n));
    }
    yield* splitter.end();
  } finally {
    closeSync(fd);
  }
}

/**
 * Finds a top-level `"id": "…"` member near the start of a JSON object's text without parsing the rest (which may be
 * cut off). Returns undefined when the text given holds none.
 */
export function findId(text: string): string | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\r" || text[i] === "\n")) i++;
  };
  const str = (): string | undefined => {
    if (text[i] !== '"') return undefined;
    const begin = i++;
    while (i < n && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= n) return undefined;
    i++;
    try {
      return JSON.parse(text.slice(begin, i)) as string;
    } catch {
      return undefined;
    }
  };
  ws();
  if (text[i] !== "{") return undefined;
  let depth = 0;
  let expectKey = false;
  while (i < n) {
    ws();
    const c = text[i];
    if (c === undefined) return undefined;
    if (c === "{" || c === "[") {
      depth++;
      expectKey = c === "{";
      i++;
    } else if (c === "}" || c === "]") {
      depth--;
      i++;
      if (depth === 0) return undefined;
    } else if (c === ",") {
      expectKey = true;
      i++;
    } else if (c === '"') {
      const s = str();
      if (s === undefined) return undefined;
      ws();
      if (text[i] === ":") {
        i++;
        if (depth === 1 && expectKey && s === "id") {
          ws();
          return str();
        }
        expectKey = false;
      }
    } else {
      i++;
    }
  }
  return undefined;
}
