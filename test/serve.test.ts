import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { startServer, type RunningServer } from "../src/serve/index.js";
import { OutcomeSchema } from "../src/serve/schemas.js";
import { MAX_LINE_BYTES } from "../src/cli/lines.js";
import { root } from "./helpers.js";

const fixture = JSON.parse(readFileSync(join(root, "fixtures", "yrd-2023", "_law.json"), "utf8"))[0].case;
let server: RunningServer;
const post = (path: string, body: string, type = "application/json") =>
  fetch(server.url + path, { method: "POST", headers: { "content-type": type }, body });

beforeAll(async () => {
  server = await startServer({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await server.close();
});

describe("cailiang serve", () => {
  it("listens on 127.0.0.1 and answers /healthz", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(server.url + "/healthz");
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: "ok", editions: ["yrd-2023", "yrd-2025"] });
  });
  it("POST /v1/evaluate returns the Outcome (the same as the library), valid against the published schema", async () => {
    const r = await post("/v1/evaluate", JSON.stringify(fixture));
    expect(r.status).toBe(200);
    const outcome = await r.json();
    // _law.json #0: littering in a key area, moderate harm, corrected late → general tier, 40–60 元.
    expect(outcome).toMatchObject({
      disposition: "penalty",
      tier: { id: "general" },
      fine: { min: "40", max: "60", currency: "CNY" },
    });
    expect(OutcomeSchema.safeParse(outcome).success).toBe(true);
  });
  it("?edition= chooses one edition; an unknown one is a 404 problem", async () => {
    const r = await post("/v1/evaluate?edition=yrd-2023", JSON.stringify(fixture));
    expect((await r.json()).ruleSet.id).toBe("yrd-2023");
    const bad = await post("/v1/evaluate?edition=yrd-1999", JSON.stringify(fixture));
    expect(bad.status).toBe(404);
    expect(bad.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await bad.json()).toMatchObject({ type: "urn:cailiang:problem:unknown-edition", status: 404 });
  });
  it("a rejected case is a 422 problem carrying the issues with their fields", async () => {
    const r = await post("/v1/evaluate", JSON.stringify({ ...fixture, facts: {} }));
    expect(r.status).toBe(422);
    expect(r.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const p = await r.json();
    expect(p).toMatchObject({
      type: "urn:cailiang:problem:case-rejected",
      title: "Case rejected",
      status: 422,
      instance: "/v1/evaluate",
    });
    expect(p.issues).toContainEqual(expect.objectContaining({ code: "missing-fact", path: ["facts", "location"] }));
  });
  it("bad JSON is 400, a wrong media type 415, a body over 1 MiB 413, an unknown path 404, all as problems", async () => {
    expect((await post("/v1/evaluate", "{")).status).toBe(400);
    expect((await post("/v1/evaluate", JSON.stringify(fixture), "text/plain")).status).toBe(415);
    const big = await post("/v1/evaluate", JSON.stringify({ ...fixture, pad: "x".repeat(MAX_LINE_BYTES) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ type: "urn:cailiang:problem:body-too-large" });
    const none = await fetch(server.url + "/v2/nothing");
    expect(none.status).toBe(404);
    expect(none.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });
  it("POST /v1/explain adds the trace", async () => {
    const r = await post("/v1/explain", JSON.stringify(fixture));
    expect((await r.json()).trace.length).toBeGreaterThan(0);
  });
  it("POST /v1/batch streams one NDJSON line per input line, in order, a 2 MiB line reported as line-too-large", async () => {
    const huge = JSON.stringify({ id: "huge", ...fixture, pad: "x".repeat(2 * MAX_LINE_BYTES) });
    const body =
      [JSON.stringify({ id: "a", ...fixture }), huge, "", "not json", JSON.stringify({ id: "e", ...fixture })].join(
        "\r\n",
      ) + "\r\n";
    const r = await post("/v1/batch", body, "application/x-ndjson");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await r.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.id, l.ok, l.blank])).toEqual([
      [1, "a", true, undefined],
      [2, "huge", false, undefined],
      [3, undefined, undefined, true],
      [4, undefined, false, undefined],
      [5, "e", true, undefined],
    ]);
    expect(lines[1].issues[0].code).toBe("line-too-large");
    expect(lines[3].issues[0].code).toBe("invalid-json");
  });
  it("POST /v1/batch wants NDJSON", async () => {
    expect((await post("/v1/batch", JSON.stringify(fixture))).status).toBe(415);
  });
  it("POST /v1/diff compares two editions over a corpus", async () => {
    const c = {
      ...fixture,
      matter: "cityscape.roadside-car-wash",
      facts: { occupiedArea: 25 },
      occurredOn: "2025-01-05",
      discoveredOn: "2025-01-05",
    };
    const r = await post("/v1/diff", JSON.stringify({ from: "yrd-2023", to: "yrd-2025", cases: [c] }));
    expect(r.status).toBe(200);
    const d = await r.json();
    expect(d.semantic.corpus).toEqual({ cases: 1, differing: 1, rejected: 0 });
    expect(d.structural.changes.length).toBeGreaterThan(0);
    const bad = await post("/v1/diff", JSON.stringify({ from: "yrd-2023" }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path).toEqual(["to"]);
  });
  it("GET /v1/editions and the matter form", async () => {
    const editions = await (await fetch(server.url + "/v1/editions")).json();
    expect(editions.map((e: { id: string }) => e.id)).toEqual(["yrd-2023", "yrd-2025"]);
    const form = await (await fetch(server.url + "/v1/editions/yrd-2023/matters/cityscape.littering")).json();
    expect(form).toMatchObject({
      edition: "yrd-2023",
      id: "cityscape.littering",
      factsSchema: { type: "object", required: ["location"] },
    });
    expect(form.factsSchema.properties.location.enum).toEqual(
      Object.keys(form.factsSchema.properties.location["x-labels"]),
    );
    expect((await fetch(server.url + "/v1/editions/yrd-2023/matters/nothing")).status).toBe(404);
  });
  it("GET /openapi.json is OpenAPI 3.1 with the case schema generated from zod", async () => {
    const doc = await (await fetch(server.url + "/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/v1/evaluate",
        "/v1/explain",
        "/v1/batch",
        "/v1/diff",
        "/v1/editions",
        "/v1/editions/{edition}/matters/{matter}",
        "/healthz",
      ]),
    );
    const caseSchema = doc.components.schemas.CaseInput;
    expect(caseSchema.required).toEqual(
      expect.arrayContaining([
        "matter",
        "party",
        "jurisdiction",
        "occurredOn",
        "discoveredOn",
        "facts",
        "harm",
        "correction",
      ]),
    );
    expect(caseSchema.properties.harm.enum).toEqual(["none", "minor", "moderate", "serious"]);
    expect(doc.paths["/v1/evaluate"].post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/CaseInput",
    });
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });
});

describe("cailiang serve (the command)", () => {
  it("stops on SIGTERM after finishing, exit 0", async () => {
    const child = spawn(process.execPath, [join(root, "dist", "cli.js"), "serve", "--port", "0"], { cwd: root });
    let stderr = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.once("exit", () => reject(new Error(stderr)));
    });
    expect((await fetch(url + "/healthz")).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/stopping/);
  }, 20_000);
});

describe("packaging of the service", () => {
  it("stays out of the browser-safe entry: nothing dist/index.js loads imports hono or node:http", async () => {
    const { readFileSync: read } = await import("node:fs");
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = read(join(root, "dist", file), "utf8");
      expect(text).not.toMatch(/from ["'](hono|@hono\/node-server|node:http|http)["']/);
      for (const m of text.matchAll(/from ["']\.\/([^"']+)["']/g)) visit(m[1]!);
    };
    visit("index.js");
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe("service limits", () => {
  it("a batch that runs past its time limit ends with a line naming the first line not decided", async () => {
    const s = await startServer({ port: 0, rules: ["yrd-2023"], batchTimeLimitMs: 300 });
    try {
      const line = JSON.stringify(fixture) + "\n";
      let sent = 0;
      // Lines trickle in every 100 ms, so the limit passes after about three of them.
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent === 20) return controller.close();
          await new Promise((r) => setTimeout(r, 100));
          controller.enqueue(new TextEncoder().encode(line));
          sent++;
        },
      });
      const r = await fetch(s.url + "/v1/batch", {
        method: "POST",
        headers: { "content-type": "application/x-ndjson" },
        body,
        duplex: "half",
      } as RequestInit);
      const lines = (await r.text())
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      const last = lines.at(-1);
      expect(lines.length).toBeLessThan(20);
      expect(lines.slice(0, -1).every((l, i) => l.ok === true && l.line === i + 1)).toBe(true);
      expect(last).toMatchObject({ line: lines.length, ok: false, issues: [{ code: "input-too-large" }] });
      expect(last.issues[0].message).toMatch(/ran longer than 0.3 s/);
    } finally {
      await s.close();
    }
  });
  it("POST /v1/credit and POST /v1/audit answer what the library answers; a bad decision or record is a 422 problem", async () => {
    const { compileEditions, safeEvaluate, safeCredit, safeAudit, loadCreditPolicy, loadReviewStandard } =
      await import("../src/index.js");
    const { compiled, compiled2025 } = await import("./helpers.js");
    const { policies } = await import("../src/rules.js");
    const editions = compileEditions([compiled, compiled2025]);
    const creditPolicies = Object.values(policies).map((p) => loadCreditPolicy(p.credit));
    const standards = Object.values(policies).map((p) => loadReviewStandard(p.review));
    const creditCase = JSON.parse(readFileSync(join(root, "fixtures", "credit", "law.json"), "utf8"))[0];
    const r = await post("/v1/credit", JSON.stringify({ case: creditCase.case, decision: creditCase.decision }));
    expect(r.status).toBe(200);
    const body = await r.json();
    const outcome = safeEvaluate(editions, creditCase.case);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      const expected = safeCredit(creditPolicies, outcome.outcome, creditCase.decision);
      expect(body).toEqual(
        JSON.parse(JSON.stringify({ outcome: outcome.outcome, credit: expected.ok ? expected.result : null })),
      );
    }
    const bad = await post(
      "/v1/credit",
      JSON.stringify({ case: creditCase.case, decision: { procedure: "nonsense" } }),
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path[0]).toBe("decision");

    const record = JSON.parse(readFileSync(join(root, "fixtures", "review", "law.json"), "utf8"))[0].record;
    const a = await post("/v1/audit", JSON.stringify(record));
    expect(a.status).toBe(200);
    const audited = safeAudit(editions, record, standards);
    expect(await a.json()).toEqual(JSON.parse(JSON.stringify(audited.ok ? audited.result : null)));
    expect((await post("/v1/audit", JSON.stringify({ id: "x" }))).status).toBe(422);
    const doc = await (await fetch(server.url + "/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/credit", "/v1/audit"]));
  });
});
