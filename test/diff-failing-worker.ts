/**
 * A stand-in for src/cli/diff-worker.ts that fails, for test/diff-stream.test.ts: `throw` throws on the first
 * chunk; `exit` ends the thread without sending its tally.
 */
import { parentPort, workerData } from "node:worker_threads";

const mode = (workerData as { path: string }).path.endsWith("exit.jsonl") ? "exit" : "throw";
parentPort!.on("message", () => {
  if (mode === "exit") process.exit(3);
  throw new Error("planted failure in a diff worker");
});
