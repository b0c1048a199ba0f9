/**
 * `cailiang batch --workers N`: the input lines are sent in chunks to N worker threads (./batch-worker.ts) and their
 * output is written back in input order, byte for byte what one thread writes.
 *
 * Memory stays bounded: lines are read as they are needed, a chunk holds at most {@link CHUNK_LINES} lines or
 * {@link CHUNK_CHARS} characters of text, each worker has at most {@link PER_WORKER} chunks outstanding, and reading
 * waits until the chunk that is next in order has been written (stdout's backpressure included). A worker that fails
 * (a thrown error, an unexpected exit) fails the batch as an internal error with its message; a rule set that cannot
 * be loaded is the same usage error as without workers. The workers are terminated at the end and on every error.
 */
import { Worker } from "node:worker_threads";
import { UsageError } from "./commands.js";
import type { InputLine } from "./lines.js";

/** The most lines in one chunk sent to a worker. */
export const CHUNK_LINES = 1000;
/** The lines of the first chunk; each next chunk has twice as many, up to {@link CHUNK_LINES}, so that every worker
 * has work early and a short input is still spread over the workers. */
const FIRST_CHUNK_LINES = 16;
/** The most characters of line text in one chunk (over-long lines are sent as their size only). */
export const CHUNK_CHARS = 1 << 20;
/** Chunks a worker may have outstanding: one it works on and one waiting, so it never waits for the parent. */
const PER_WORKER = 2;

/** What a worker is started with: the `--rules` values as given on the command line, and `--trace`. */
export interface WorkerData {
  rules: string[] | undefined;
  trace: boolean;
}

/** A chunk of input lines, numbered in input order from 0. */
export interface ChunkRequest {
  seq: number;
  lines: InputLine[];
}

/** A worker's answer: ready, a usage error or an internal error while loading the rules, or a chunk's output. */
export type WorkerReply =
  | { type: "ready" }
  | { type: "usage"; message: string }
  | { type: "error"; stack: string }
  | { type: "done"; seq: number; bytes: Uint8Array; cases: number; rejected: number; blank: number };

type Done = Extract<WorkerReply, { type: "done" }>;

/** Counts of a batch so far. */
export interface BatchTotals {
  cases: number;
  rejected: number;
  blank: number;
}

/** The default worker script: dist/cli-batch-worker.js beside the chunk this module is bundled into. */
const WORKER_URL = new URL("./cli-batch-worker.js", import.meta.url);

interface Slot {
  worker: Worker;
  outstanding: number;
}

/** N started worker threads with the rule sets loaded. */
export class BatchPool {
  private readonly slots: Slot[];
  private readonly results = new Map<number, Done>();
  private failure: Error | undefined;
  private stopping = false;
  private ready = 0;
  private wake: (() => void) | undefined;
  private woken = false;

  private constructor(count: number, data: WorkerData, url: URL) {
    this.slots = Array.from({ length: count }, (_, i) => {
      const slot: Slot = { worker: new Worker(url, { workerData: data }), outstanding: 0 };
      const name = `batch worker ${i + 1} of ${count}`;
      slot.worker.on("message", (reply: WorkerReply) => {
        if (reply.type === "ready") this.ready++;
        else if (reply.type === "done") {
          slot.outstanding--;
          this.results.set(reply.seq, reply);
        } else if (reply.type === "usage") this.fail(new UsageError(reply.message));
        else this.fail(new Error(`${name} failed: ${reply.stack}`));
        this.notify();
      });
      slot.worker.on("error", (error) => {
        this.fail(new Error(`${name} failed: ${error.stack ?? String(error)}`));
        this.notify();
      });
      slot.worker.on("messageerror", (error) => {
        this.fail(new Error(`${name}: a message could not be read: ${error.message}`));
        this.notify();
      });
      slot.worker.on("exit", (code) => {
        if (!this.stopping) this.fail(new Error(`${name} stopped unexpectedly (exit code ${code})`));
        this.notify();
      });
      return slot;
    });
  }

  /**
   * Starts `count` workers and waits until each has loaded the rule sets; a UsageError when they cannot be loaded.
   * `url` is the worker script (by default the bundled one).
   */
  static async start(count: number, data: WorkerData, url: URL = WORKER_URL): Promise<BatchPool> {
    const pool = new BatchPool(count, data, url);
    try {
      while (pool.ready < count) {
        if (pool.failure) throw pool.failure;
        await pool.next();
      }
    } catch (error) {
      await pool.stop();
      throw error;
    }
    return pool;
  }

  /**
   * Evaluates `lines` on the workers and hands each chunk's output to `write` in input order; `onChunk` is called
   * after each write with the totals so far. The workers are stopped when it returns or throws.
   */
  async run(
    lines: AsyncIterable<InputLine>,
    write: (bytes: Uint8Array) => Promise<void>,
    onChunk: (totals: BatchTotals) => void = () => {},
  ): Promise<BatchTotals> {
    const totals: BatchTotals = { cases: 0, rejected: 0, blank: 0 };
    let sent = 0;
    let written = 0;
    const flush = async () => {
      for (let done = this.results.get(written); done !== undefined; done = this.results.get(written)) {
        this.results.delete(written);
        written++;
        totals.cases += done.cases;
        totals.rejected += done.rejected;
        totals.blank += done.blank;
        await write(done.bytes);
        onChunk(totals);
      }
    };
    const check = async () => {
      if (!this.failure) return;
      // What was decided before the failure, in order, is written first (as the single-threaded batch does).
      await flush();
      throw this.failure;
    };
    const send = async (chunk: InputLine[]) => {
      for (;;) {
        await check();
        await flush();
        const slot = this.slots.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
        // Both bounds: no worker queues more than PER_WORKER chunks, and no more output waits for an earlier chunk
        // than the workers' share of chunks (a fast worker does not run ahead of a slow one without limit).
        if (slot.outstanding < PER_WORKER && sent - written < PER_WORKER * this.slots.length) {
          slot.outstanding++;
          slot.worker.postMessage({ seq: sent++, lines: chunk } satisfies ChunkRequest);
          return;
        }
        await this.next();
      }
    };
    try {
      let chunk: InputLine[] = [];
      let chars = 0;
      let size = FIRST_CHUNK_LINES;
      for await (const line of lines) {
        chunk.push(line);
        if (!line.tooLarge) chars += line.text.length;
        if (chunk.length >= size || chars >= CHUNK_CHARS) {
          await send(chunk);
          chunk = [];
          chars = 0;
          size = Math.min(2 * size, CHUNK_LINES);
        }
      }
      if (chunk.length > 0) await send(chunk);
      while (written < sent) {
        await check();
        await flush();
        if (written < sent) await this.next();
      }
      await check();
      return totals;
    } finally {
      await this.stop();
    }
  }

  /** Terminates every worker. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private fail(error: Error) {
    this.failure ??= error;
  }

  private notify() {
    const wake = this.wake;
    this.wake = undefined;
    if (wake) wake();
    else this.woken = true;
  }

  /** Resolves at the next message or event of any worker (at once if one came since the last wait). */
  private next(): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => (this.wake = resolve));
  }
}
