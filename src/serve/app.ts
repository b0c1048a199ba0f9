/**
 * The HTTP API of `cailiang serve`, on Hono: JSON in and out, NDJSON for batches, RFC 9457 problem details for
 * errors. Node-only (it reads request streams); not part of the browser-safe `cailiang` entry.
 */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { CompiledRuleSet } from "../compile/index.js";
import { compileEditions } from "../compile/editions.js";
import { safeEvaluate, safeExplain, type Evaluable } from "../evaluate/index.js";
import type { Issue } from "../errors/index.js";
import { diff } from "../diff/structural.js";
import { semanticDiff, type SemanticDiff } from "../diff/semantic.js";
import { depthExceeds, evaluateLine, MAX_DEPTH } from "../cli/batch.js";
import { readLines } from "../cli/lines.js";
import { DiffRequestSchema } from "./schemas.js";
import { openApiDocument, type OpenApiExtension } from "./openapi.js";

/**
 * Endpoints registered beside the core ones (e.g. credit consequences, case-file review): each adds its routes to the
 * app and its paths and schemas to the OpenAPI document.
 */
export interface ServiceExtension {
  /** Adds the routes; `context` gives the editions and the shared helpers. */
  register(app: Hono, context: ServiceContext): void;
  /** The extension's part of `/openapi.json`. */
  openapi: OpenApiExtension;
}

/** What extensions get from the service. */
export interface ServiceContext {
  /** The editions, by id. */
  editions: ReadonlyMap<string, CompiledRuleSet>;
  /** Reads a JSON body (size and depth checked); answers with a problem and returns undefined when it cannot. */
  readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }>;
  /** An RFC 9457 problem response. */
  problem(
    c: Context,
    status: ContentfulStatusCode,
    code: string,
    title: string,
    detail?: string,
    issues?: Issue[],
  ): Response;
}

/** Options of {@link createApp}. */
export interface ServiceOptions {
  /** The editions to evaluate with (several are chosen by date, 行政处罚法 Art. 37). */
  editions: readonly CompiledRuleSet[];
  /** The version reported by `/healthz` and `/openapi.json`. */
  version: string;
  /** Largest JSON request body, in bytes (default 1 MiB; `/v1/diff` allows 16 times that). */
  maxBodyBytes?: number;
  /** Longest time a batch may run before it stops reading (default 120 s). */
  batchTimeLimitMs?: number;
  /** Endpoints registered beside the core ones. */
  extensions?: readonly ServiceExtension[];
}

const PROBLEM_TYPE = (code: string) => `urn:cailiang:problem:${code}`;

/** Builds the app; the caller serves it (see {@link startServer}). */
export function createApp(options: ServiceOptions): Hono {
  const maxBody = options.maxBodyBytes ?? 1 << 20;
  const batchTimeLimit = options.batchTimeLimitMs ?? 120_000;
  const editions = new Map(options.editions.map((e) => [e.edition.id, e]));
  const all: Evaluable = options.editions.length === 1 ? options.editions[0]! : compileEditions(options.editions);
  const diffCache = new Map<string, SemanticDiff>();
  const app = new Hono();

  const problem: ServiceContext["problem"] = (c, status, code, title, detail, issues) => {
    const body: Record<string, unknown> = {
      type: PROBLEM_TYPE(code),
      title,
      status,
      instance: new URL(c.req.url).pathname,
    };
    if (detail !== undefined) body.detail = detail;
    if (issues !== undefined) body.issues = issues.slice(0, 50);
    c.header("content-type", "application/problem+json");
    return c.body(JSON.stringify(body), status);
  };

  const tooLarge = (limit: number) =>
    bodyLimit({
      maxSize: limit,
      onError: (c) => {
        // The rest of the body is not read, so the connection cannot carry another request.
        c.header("connection", "close");
        return problem(c, 413, "body-too-large", "Request body too large", `The body may hold at most ${limit} bytes.`);
      },
    });

  const readJson: ServiceContext["readJson"] = async (c) => {
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
      return {
        ok: false,
        response: problem(
          c,
          415,
          "unsupported-media-type",
          "Unsupported media type",
          `Send the body as application/json, not "${type || "nothing"}".`,
        ),
      };
    }
    let value: unknown;
    try {
      value = JSON.parse((await c.req.text()).replace(/^\uFEFF/, ""));
    } catch (error) {
      const issue: Issue = { code: "invalid-json", path: [], message: `not valid JSON: ${(error as Error).message}` };
      return { ok: false, response: problem(c, 400, "invalid-json", "Body is not valid JSON", issue.message, [issue]) };
    }
    if (depthExceeds(value, MAX_DEPTH)) {
      const issue: Issue = { code: "input-too-large", path: [], message: `nests deeper than ${MAX_DEPTH} levels` };
      return { ok: false, response: problem(c, 400, "input-too-large", "Body nests too deep", issue.message, [issue]) };
    }
    return { ok: true, value };
  };

  /** The evaluable of `?edition=`, or every edition; undefined for an unknown id. */
  const target = (c: Context): Evaluable | undefined => {
    const id = c.req.query("edition");
    return id === undefined ? all : editions.get(id);
  };
  const noEdition = (c: Context) =>
    problem(
      c,
      404,
      "unknown-edition",
      "No such edition",
      `Edition "${c.req.query("edition") ?? c.req.param("edition")}" is not served; see GET /v1/editions.`,
    );

  const caseRoute = (trace: boolean) => async (c: Context) => {
    const t = target(c);
    if (!t) return noEdition(c);
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const result = trace ? safeExplain(t, body.value) : safeEvaluate(t, body.value);
    if (!result.ok)
      return problem(
        c,
        422,
        "case-rejected",
        "Case rejected",
        `${result.issues.length} problem(s); each issue names its field.`,
        result.issues,
      );
    return c.json(result.outcome);
  };

  app.onError((error, c) => problem(c, 500, "internal-error", "Internal error", error.message));
  app.notFound((c) =>
    problem(
      c,
      404,
      "not-found",
      "Not found",
      `No endpoint ${c.req.method} ${new URL(c.req.url).pathname}; see GET /openapi.json.`,
    ),
  );

  app.get("/healthz", (c) => c.json({ status: "ok", version: options.version, editions: [...editions.keys()] }));
  app.get("/openapi.json", (c) =>
    c.json(
      openApiDocument(
        options.version,
        (options.extensions ?? []).map((e) => e.openapi),
      ),
    ),
  );

  app.post("/v1/evaluate", tooLarge(maxBody), caseRoute(false));
  app.post("/v1/explain", tooLarge(maxBody), caseRoute(true));

  app.post("/v1/batch", async (c) => {
    const t = target(c);
    if (!t) return noEdition(c);
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/(x-ndjson|jsonl|json-seq|x-jsonlines)\s*(;|$)/i.test(type)) {
      return problem(
        c,
        415,
        "unsupported-media-type",
        "Unsupported media type",
        `Send the cases as application/x-ndjson, one per line, not "${type || "nothing"}".`,
      );
    }
    const trace = c.req.query("trace") === "true";
    const body = c.req.raw.body;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      if (!body) return;
      const reader = body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        reader.releaseLock();
      }
    }
    const lines = readLines(chunks());
    const started = Date.now();
    const encoder = new TextEncoder();
    let last = 0;
    let stopped = false;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (stopped) return;
        let out = "";
        // Up to 64 KiB per piece; each piece goes out as soon as it is ready.
        while (out.length < 1 << 16) {
          if (Date.now() - started > batchTimeLimit) {
            out +=
              JSON.stringify({
                line: last + 1,
                ok: false,
                issues: [
                  {
                    code: "input-too-large",
                    path: [],
                    message: `the batch stopped before this line: it ran longer than ${batchTimeLimit / 1000} s; send the lines from here on in another request`,
                  },
                ],
              }) + "\n";
            stopped = true;
            void lines.return(undefined);
            break;
          }
          const next = await lines.next();
          if (next.done) {
            stopped = true;
            break;
          }
          last = next.value.line;
          out += JSON.stringify(evaluateLine(t, next.value, trace)) + "\n";
          if (last % 256 === 0) break;
        }
        if (out) controller.enqueue(encoder.encode(out));
        if (stopped) controller.close();
      },
      async cancel() {
        stopped = true;
        await lines.return(undefined);
      },
    });
    return new Response(stream, { status: 200, headers: { "content-type": "application/x-ndjson; charset=utf-8" } });
  });

  app.post("/v1/diff", tooLarge(16 * maxBody), async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = DiffRequestSchema.safeParse(body.value);
    if (!parsed.success) {
      const issues: Issue[] = parsed.error.issues.map((i) => ({
        code: "invalid-usage",
        path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: i.message,
      }));
      return problem(c, 422, "invalid-request", "Invalid diff request", "See issues.", issues);
    }
    const { from, to, cases, generated } = parsed.data;
    const a = editions.get(from);
    const b = editions.get(to);
    if (!a || !b)
      return problem(
        c,
        404,
        "unknown-edition",
        "No such edition",
        `Edition "${a ? to : from}" is not served; see GET /v1/editions.`,
      );
    const structural = diff(a.ruleSet, b.ruleSet);
    const corpus = cases?.map((x) => {
      if (x && typeof x === "object" && !Array.isArray(x) && Object.hasOwn(x, "id")) {
        const { id: _id, ...rest } = x as Record<string, unknown>;
        return rest;
      }
      return x;
    });
    let semantic: SemanticDiff;
    if (generated && !corpus) {
      const key = `${from}\u0000${to}`;
      semantic = diffCache.get(key) ?? semanticDiff(a, b, undefined, { generated: true });
      diffCache.set(key, semantic);
    } else {
      semantic = semanticDiff(a, b, corpus, { generated: generated === true });
    }
    return c.json({ structural, semantic });
  });

  app.get("/v1/editions", (c) =>
    c.json(
      [...editions.values()].map((e) => ({
        id: e.edition.id,
        title: e.edition.title,
        effectiveFrom: e.edition.effectiveFrom,
        effectiveTo: e.edition.effectiveTo ?? null,
        jurisdictions: e.edition.jurisdictions.map((j) => ({ id: j.id, name: j.name })),
        matters: e.ruleSet.matters.map((m) => ({ id: m.id, name: m.name, domain: m.domain })),
      })),
    ),
  );

  app.get("/v1/editions/:edition/matters/:matter", (c) => {
    const e = editions.get(c.req.param("edition"));
    if (!e) return noEdition(c);
    const m = e.ruleSet.matters.find((x) => x.id === c.req.param("matter"));
    if (!m)
      return problem(
        c,
        404,
        "unknown-matter",
        "No such matter",
        `Edition ${e.edition.id} has no matter "${c.req.param("matter")}".`,
      );
    return c.json({
      edition: e.edition.id,
      id: m.id,
      name: m.name,
      domain: m.domain,
      parties: m.parties,
      jurisdictions: Object.keys(m.bases),
      facts: m.facts,
      factsSchema: factsSchema(m.facts),
      circumstances: [...e.circumstances.values()].map((x) => ({
        id: x.id,
        kind: x.kind,
        mandatory: x.mandatory,
        label: x.label,
      })),
    });
  });

  // Endpoints after a decision (credit consequences, case-file review) go here, beside the core ones, under /v1/, with
  // their paths and schemas added to openapi.ts; or they arrive as `extensions`.
  const context: ServiceContext = { editions, readJson, problem };
  for (const extension of options.extensions ?? []) extension.register(app, context);
  return app;
}

type Facts = CompiledRuleSet["ruleSet"]["matters"][number]["facts"];

/** A JSON Schema (2020-12) of a case's `facts` for one matter, from the matter's fact declarations. */
export function factsSchema(facts: Facts): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, d] of Object.entries(facts)) {
    const common = {
      title: d.label.zh,
      description: d.description ? `${d.label.en}. ${d.description.en}` : d.label.en,
    };
    switch (d.type) {
      case "number":
        properties[name] = {
          ...common,
          type: d.integer ? "integer" : "number",
          minimum: d.min,
          ...(d.max === undefined ? {} : { maximum: d.max }),
          ...(d.unit ? { "x-unit": d.unit } : {}),
        };
        break;
      case "money":
        properties[name] = { ...common, type: "string", pattern: "^(0|[1-9][0-9]*)(\\.[0-9]+)?$" };
        break;
      case "enum":
        properties[name] = {
          ...common,
          enum: d.values.map((v) => v.value),
          "x-labels": Object.fromEntries(d.values.map((v) => [v.value, v.label])),
        };
        break;
      case "boolean":
        properties[name] = { ...common, type: "boolean" };
        break;
    }
  }
  return { type: "object", properties, required: Object.keys(facts), additionalProperties: false };
}
