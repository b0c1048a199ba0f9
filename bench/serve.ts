/**
 * Load test of `cailiang serve`: `npx tsx bench/serve.ts [--requests 10000] [--concurrency 32]`.
 *
 * Starts the built service (`node dist/cli.js serve --port 0`, run `npm run build` first) on 127.0.0.1 in a child
 * process, sends `--requests` POST /v1/evaluate requests with `--concurrency` in flight over keep-alive connections,
 * each a case of a fixed-seed corpus of yrd-2023 (as JSON text, with every edition loaded so Art. 37 chooses), then one
 * POST /v1/batch of the same cases as NDJSON. Prints throughput and latency percentiles. Bounded: it stops after the
 * requests or after 120 s, whichever comes first, and always stops the service. On a shared machine the wall-clock
 * figures follow the load; the service's own CPU time per request (from /proc) does much less.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { compile } from "../src/compile/index.js";
import { loadRuleSet } from "../src/load/index.js";
import { yrd2023 } from "../src/generated/yrd-2023.js";
import { generateCorpus } from "../fixtures/corpus.js";

const { values } = parseArgs({
  options: { requests: { type: "string" }, concurrency: { type: "string" }, json: { type: "boolean" } },
});
const REQUESTS = Number(values.requests ?? 10_000);
const CONCURRENCY = Number(values.concurrency ?? 32);
const DEADLINE_MS = 120_000;
const root = join(import.meta.dirname, "..");

const ruleSet = loadRuleSet(yrd2023);
const bodies = [...generateCorpus({ seed: 7, size: 1000, ruleSet: compile(ruleSet) as never })].map((c) =>
  JSON.stringify(c),
);

const child = spawn(process.execPath, [join(root, "dist", "cli.js"), "serve", "--port", "0"], {
  cwd: root,
  stdio: ["ignore", "ignore", "pipe"],
});
const stop = () => {
  if (child.exitCode === null) child.kill("SIGTERM");
};
process.once("exit", stop);
const timer = setTimeout(() => {
  console.error("bench/serve: deadline reached, stopping");
  stop();
  process.exit(1);
}, DEADLINE_MS);
timer.unref();

const url = await new Promise<string>((resolve, reject) => {
  let err = "";
  child.stderr.on("data", (d: Buffer) => {
    err += d.toString();
    const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
    if (m) resolve(m[1]!);
  });
  child.once("exit", () => reject(new Error(`the service did not start: ${err}`)));
});

// Warm-up: JIT and connections.
for (let i = 0; i < 200; i++)
  await (
    await fetch(url + "/v1/evaluate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: bodies[i % bodies.length]!,
    })
  ).arrayBuffer();

/** CPU seconds (user + system) the service process has used so far, from /proc (Linux); NaN elsewhere. */
function serverCpuSeconds(): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

const latencies: number[] = [];
const cpu0 = serverCpuSeconds();
const statuses = new Map<number, number>();
let next = 0;
const started = performance.now();
async function worker() {
  for (;;) {
    const i = next++;
    if (i >= REQUESTS) return;
    const t0 = performance.now();
    const r = await fetch(url + "/v1/evaluate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: bodies[i % bodies.length]!,
    });
    await r.arrayBuffer();
    latencies.push(performance.now() - t0);
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const seconds = (performance.now() - started) / 1000;
const cpuEvaluate = serverCpuSeconds() - cpu0;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!;

const batchBody = Array.from({ length: REQUESTS }, (_, i) => bodies[i % bodies.length]!).join("\n") + "\n";
const cpu1 = serverCpuSeconds();
const b0 = performance.now();
const br = await fetch(url + "/v1/batch", {
  method: "POST",
  headers: { "content-type": "application/x-ndjson" },
  body: batchBody,
});
const batchLines = (await br.text()).trim().split("\n").length;
const batchSeconds = (performance.now() - b0) / 1000;
const cpuBatch = serverCpuSeconds() - cpu1;

stop();
const result = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`,
  requests: REQUESTS,
  concurrency: CONCURRENCY,
  statuses: Object.fromEntries(statuses),
  requestsPerSecond: Math.round(REQUESTS / seconds),
  serverCpuMsPerRequest: +((cpuEvaluate * 1000) / REQUESTS).toFixed(3),
  latencyMs: {
    p50: +pct(50).toFixed(2),
    p90: +pct(90).toFixed(2),
    p99: +pct(99).toFixed(2),
    max: +latencies.at(-1)!.toFixed(2),
  },
  batch: {
    lines: batchLines,
    casesPerSecond: Math.round(batchLines / batchSeconds),
    serverCpuMsPerCase: +((cpuBatch * 1000) / batchLines).toFixed(3),
  },
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`cailiang serve load test — ${result.machine}`);
  console.log(
    `POST /v1/evaluate: ${REQUESTS} requests, ${CONCURRENCY} concurrent: ${result.requestsPerSecond} requests/s; latency p50 ${result.latencyMs.p50} ms, p90 ${result.latencyMs.p90} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms; service CPU ${result.serverCpuMsPerRequest} ms per request; statuses ${JSON.stringify(result.statuses)}`,
  );
  console.log(
    `POST /v1/batch: ${batchLines} cases in one NDJSON request: ${result.batch.casesPerSecond} cases/s; service CPU ${result.batch.serverCpuMsPerCase} ms per case`,
  );
}
process.exit(0);
