/**
 * A worker thread of `cailiang diff --cases … --workers N`: compiles both editions from the rule sets it is given,
 * compares the chunks of corpus lines it is sent, answers each chunk with the messages about its unreadable lines,
 * and at the end sends its tally.
 */
import { parentPort, workerData } from "node:worker_threads";
import { compile } from "../compile/index.js";
import { CorpusDiffer } from "../diff/corpus.js";
import { diffChunk, type DiffWorkerData, type FromWorker, type ToWorker } from "./diff-stream.js";

const data = workerData as DiffWorkerData;
const port = parentPort!;
const differ = new CorpusDiffer(compile(data.a), compile(data.b));
port.on("message", (m: ToWorker) => {
  if (m.type === "chunk") {
    const bad = diffChunk(differ, data.path, m.chunk.lines);
    port.postMessage({ type: "chunk", seq: m.chunk.seq, bad } satisfies FromWorker);
  } else {
    port.postMessage({ type: "done", tally: differ.tally() } satisfies FromWorker);
  }
});
