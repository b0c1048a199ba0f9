/**
 * `cailiang diff --cases`: the corpus streamed from its file in chunks of lines, each chunk compared under both
 * editions in this thread or in one of N worker threads, the workers' tallies merged at the end. Memory stays flat
 * in the corpus's size: at most a few chunks per worker are in flight, and each worker keeps only counts per group of
 * differing cases. The report is the same whatever the number of workers: tallies are sums, each group keeps the
 * line of its first case, and unreadable lines are reported on stderr in line order.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { CompiledRuleSet } from "../compile/index.js";
import type { RuleSet } from "../load/index.js";
import { CorpusDiffer, type CorpusTally } from "../diff/corpus.js";
import { depthExceeds, MAX_DEPTH } from "./batch.js";
import { MAX_LINE_BYTES, readFileLines } from "./lines.js";

/** The most workers `--workers` accepts. */
export const MAX_WORKERS = 64;

/**
 * The value of `--workers`: a whole number from 1 to {@link MAX_WORKERS} (default 1), or the message (in Chinese and
 * English) saying why it is not one.
 */
export function parseWorkers(value: unknown): number | string {
  if (value === undefined) return 1;
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= MAX_WORKERS) return n;
  return `--workers: 应为 1 到 ${MAX_WORKERS} 之间的整数，收到 ${JSON.stringify(String(value))}; expected a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(String(value))}`;
}

/** Lines per chunk sent to a worker: large enough that messaging costs little, small enough to keep memory low. */
export const CHUNK_LINES = 1000;

/** A message about one input line for stderr (without the line ending). */
export interface LineMessage {
  line: number;
  text: string;
}

/** One chunk of input lines that have text (over-long lines are reported by the reader and never sent). */
export interface LineChunk {
  seq: number;
  lines: { line: number; text: string }[];
}

/** Parses and compares the lines of one chunk; returns the messages about lines that could not be read. */
export function diffChunk(differ: CorpusDiffer, path: string, lines: LineChunk["lines"]): LineMessage[] {
  const bad: LineMessage[] = [];
  for (const { line, text } of lines) {
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      bad.push({ line, text: `${path}:${line}: [invalid-json] not valid JSON: ${(error as Error).message}` });
      continue;
    }
    if (depthExceeds(value, MAX_DEPTH)) {
      bad.push({ line, text: `${path}:${line}: [input-too-large] nests deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    if (value && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "id")) {
      const { id: _id, ...rest } = value as Record<string, unknown>;
      value = rest;
    }
    differ.add(value, line);
  }
  return bad;
}

/** What a diff worker is given: both editions' rule sets (plain data) and the corpus's path for messages. */
export interface DiffWorkerData {
  a: RuleSet;
  b: RuleSet;
  path: string;
}

/** Messages from the main thread to a worker. */
export type ToWorker = { type: "chunk"; chunk: LineChunk } | { type: "end" };
/** Messages from a worker to the main thread. */
export type FromWorker = { type: "chunk"; seq: number; bad: LineMessage[] } | { type: "done"; tally: CorpusTally };

/** The worker script beside this module: the built `.js`, or under tsx (tests, `--src` bench) the `.ts` source. */
function defaultWorkerScript(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith(".ts") ? "./diff-worker.ts" : "./diff-worker.js", here);
}

function startWorker(script: URL, workerData: DiffWorkerData): Worker {
  if (!script.pathname.endsWith(".ts")) return new Worker(script, { workerData });
  // TypeScript sources (tests and `npm run bench -- --src`) are loaded through tsx's module hooks.
  const api = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href.replace(/\.cjs$/, ".mjs");
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}

/** A worker failed: the diff stops and the error is reported (exit 70), never swallowed. */
export class WorkerFailure extends Error {}

export interface StreamOptions {
  /** Worker threads; 1 compares in this thread. */
  workers: number;
  /** Called with each message about an unreadable line, in line order. */
  onBadLine: (text: string) => void;
  /** Called now and then with the number of lines read so far. */
  onLines?: (lines: number) => void;
  /** The worker script (tests use another to check failures). */
  workerScript?: URL;
  /** Lines per chunk (tests use small chunks). */
  chunkLines?: number;
  /** Stops the diff (it then rejects) and its workers. */
  signal?: AbortSignal;
}

/** Streams the corpus at `path` through editions `a` and `b`; returns the tally of the whole corpus. */
export async function streamCorpusDiff(
  a: CompiledRuleSet,
  b: CompiledRuleSet,
  path: string,
  options: StreamOptions,
): Promise<CorpusTally> {
  const chunkLines = options.chunkLines ?? CHUNK_LINES;
  const differ = new CorpusDiffer(a, b);
  // Messages of over-long lines (found by the reader) wait, with their chunk, for the messages of the lines before.
  const tooLargeMessage = (l: { line: number; bytes: number; id?: string }) =>
    `${path}:${l.line}: [line-too-large] line is ${l.bytes} bytes; at most ${MAX_LINE_BYTES}${l.id ? ` (id ${JSON.stringify(l.id)})` : ""}`;
  const report = (own: LineMessage[], bad: LineMessage[]) => {
    const all = own.length === 0 ? bad : bad.length === 0 ? own : [...own, ...bad].sort((x, y) => x.line - y.line);
    for (const m of all) options.onBadLine(m.text);
  };

  if (options.workers <= 1) {
    let lines: LineChunk["lines"] = [];
    let own: LineMessage[] = [];
    const flush = () => {
      report(own, diffChunk(differ, path, lines));
      lines = [];
      own = [];
    };
    for (const input of readFileLines(path)) {
      if (input.tooLarge) own.push({ line: input.line, text: tooLargeMessage(input) });
      else lines.push({ line: input.line, text: input.text });
      if (lines.length + own.length >= chunkLines) {
        flush();
        options.onLines?.(input.line);
      }
    }
    flush();
    return differ.tally();
  }

  const script = options.workerScript ?? defaultWorkerScript();
  const data: DiffWorkerData = { a: a.ruleSet, b: b.ruleSet, path };
  const workers = Array.from({ length: options.workers }, () => startWorker(script, data));
  const inFlight = workers.map(() => 0);
  const maxInFlight = 2;
  // Messages of finished chunks, printed in chunk order; at most the chunks in flight wait here.
  const finished = new Map<number, LineMessage[]>();
  const ownOf = new Map<number, LineMessage[]>();
  let nextToReport = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fail = (error: Error) => {
    failure ??= error;
    notify();
  };
  const tallies: CorpusTally[] = [];
  const done = workers.map(() => false);
  workers.forEach((worker, i) => {
    worker.on("message", (m: FromWorker) => {
      if (m.type === "chunk") {
        inFlight[i]!--;
        finished.set(m.seq, m.bad);
        while (finished.has(nextToReport)) {
          report(ownOf.get(nextToReport) ?? [], finished.get(nextToReport)!);
          finished.delete(nextToReport);
          ownOf.delete(nextToReport);
          nextToReport++;
        }
      } else {
        done[i] = true;
        tallies.push(m.tally);
      }
      notify();
    });
    worker.on("error", (error) => fail(new WorkerFailure(`worker ${i + 1}: ${error.stack ?? error.message}`)));
    worker.on("messageerror", (error) => fail(new WorkerFailure(`worker ${i + 1}: ${error.message}`)));
    worker.on("exit", (code) => {
      if (!done[i]) fail(new WorkerFailure(`worker ${i + 1} stopped (exit code ${code})`));
    });
  });
  options.signal?.addEventListener("abort", () => fail(new Error("the diff was stopped")), { once: true });
  const waitFor = async (ready: () => boolean) => {
    while (!failure && !ready()) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
  };

  try {
    let seq = 0;
    let lines: LineChunk["lines"] = [];
    let own: LineMessage[] = [];
    const send = async () => {
      // The least busy worker takes the chunk; with every worker busy, reading waits.
      await waitFor(() => inFlight.some((n) => n < maxInFlight));
      let i = 0;
      for (let j = 1; j < workers.length; j++) if (inFlight[j]! < inFlight[i]!) i = j;
      if (own.length > 0) ownOf.set(seq, own);
      inFlight[i]!++;
      workers[i]!.postMessage({ type: "chunk", chunk: { seq: seq++, lines } } satisfies ToWorker);
      lines = [];
      own = [];
    };
    for (const input of readFileLines(path)) {
      if (input.tooLarge) own.push({ line: input.line, text: tooLargeMessage(input) });
      else lines.push({ line: input.line, text: input.text });
      if (lines.length + own.length >= chunkLines) {
        await send();
        options.onLines?.(input.line);
      }
    }
    if (lines.length > 0 || own.length > 0) await send();
    for (const w of workers) w.postMessage({ type: "end" } satisfies ToWorker);
    await waitFor(() => tallies.length === workers.length);
    if (nextToReport !== seq) throw new WorkerFailure(`${seq - nextToReport} chunk(s) were not answered`);
  } finally {
    wake = undefined;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  for (const t of tallies) differ.merge(t);
  return differ.tally();
}
