/**
 * A worker thread of `cailiang batch --workers N` (bundled as dist/cli-batch-worker.js). It loads the rule sets the
 * command line named (the same `--rules` values, bundled editions or directories, read here again rather than
 * passed as compiled objects), then evaluates the chunks of lines it is sent and answers each with the output lines
 * as UTF-8 bytes, exactly as the single-threaded batch writes them. Protocol: ./batch-pool.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { evaluateLine, isRejected } from "./batch.js";
import type { InputLine } from "./lines.js";
import { loadEvaluable } from "./rulesets.js";
import { UsageError } from "./commands.js";
import type { ChunkRequest, WorkerData, WorkerReply } from "./batch-pool.js";

const port = parentPort!;
const { rules, trace } = workerData as WorkerData;
const encoder = new TextEncoder();

const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

function evaluateChunk(evaluable: ReturnType<typeof loadEvaluable>, seq: number, lines: InputLine[]): void {
  let out = "";
  let cases = 0;
  let rejected = 0;
  let blank = 0;
  for (const input of lines) {
    const result = evaluateLine(evaluable, input, trace);
    if ("blank" in result) blank++;
    else {
      cases++;
      if (isRejected(result)) rejected++;
    }
    out += JSON.stringify(result) + "\n";
  }
  // TextEncoder gives a buffer of its own (not a slice of Buffer's shared pool), so it can be transferred.
  const bytes = encoder.encode(out);
  post({ type: "done", seq, bytes, cases, rejected, blank }, [bytes.buffer as ArrayBuffer]);
}

let evaluable: ReturnType<typeof loadEvaluable> | undefined;
try {
  evaluable = loadEvaluable(rules);
  post({ type: "ready" });
} catch (error) {
  if (error instanceof UsageError) post({ type: "usage", message: error.message });
  else post({ type: "error", stack: (error as Error).stack ?? String(error) });
}

port.on("message", (request: ChunkRequest) => {
  try {
    if (!evaluable) throw new Error("the rule sets were not loaded");
    evaluateChunk(evaluable, request.seq, request.lines);
  } catch (error) {
    post({ type: "error", stack: (error as Error).stack ?? String(error) });
  }
});
