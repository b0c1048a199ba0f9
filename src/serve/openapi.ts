/** The OpenAPI 3.1 document of the service, generated from the zod schemas (JSON Schema 2020-12 is 3.1's dialect). */
import * as z from "zod";
import {
  BatchCaseSchema,
  BatchLineSchema,
  CaseInput,
  DiffRequestSchema,
  DiffResponseSchema,
  EditionSummarySchema,
  HealthSchema,
  IssueSchema,
  MatterFormSchema,
  OutcomeSchema,
  ProblemSchema,
} from "./schemas.js";

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ "application/json": { schema: ref(id) } });
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});

/** The component schemas, generated from zod. */
export function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(CaseInput, { id: "CaseInput" });
  registry.add(OutcomeSchema, { id: "Outcome" });
  registry.add(IssueSchema, { id: "Issue" });
  registry.add(ProblemSchema, { id: "Problem" });
  registry.add(BatchCaseSchema, { id: "BatchCase" });
  registry.add(BatchLineSchema, { id: "BatchLine" });
  registry.add(EditionSummarySchema, { id: "Edition" });
  registry.add(MatterFormSchema, { id: "MatterForm" });
  registry.add(DiffRequestSchema, { id: "DiffRequest" });
  registry.add(DiffResponseSchema, { id: "DiffResponse" });
  registry.add(HealthSchema, { id: "Health" });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io: "input",
    uri: (id) => `#/components/schemas/${id}`,
  }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  for (const s of Object.values(schemas)) {
    delete s.$schema;
    delete s.$id;
  }
  return schemas;
}

/** Extra paths (for endpoints registered beside the core ones) and their component schemas. */
export interface OpenApiExtension {
  paths: Record<string, unknown>;
  schemas?: Record<string, unknown>;
}

/** The whole OpenAPI 3.1 document. */
export function openApiDocument(version: string, extensions: OpenApiExtension[] = []): Record<string, unknown> {
  const edition = {
    name: "edition",
    in: "query",
    required: false,
    schema: { type: "string" },
    description: "Evaluate with this edition only (default: every edition, chosen by date under 行政处罚法 Art. 37).",
  };
  const caseOps = (summary: string) => ({
    summary,
    parameters: [edition],
    requestBody: { required: true, content: json("CaseInput") },
    responses: {
      "200": { description: "The outcome.", content: json("Outcome") },
      "400": problem("The body is not JSON, or nests too deep."),
      "404": problem("No such edition."),
      "413": problem("The body is larger than the limit."),
      "415": problem("The body is not application/json."),
      "422": problem("The case is rejected; `issues` names each field."),
    },
  });
  const paths: Record<string, unknown> = {
    "/v1/evaluate": { post: { operationId: "evaluate", ...caseOps("Evaluate one case.") } },
    "/v1/explain": { post: { operationId: "explain", ...caseOps("Evaluate one case with the explanation trace.") } },
    "/v1/batch": {
      post: {
        operationId: "batch",
        summary:
          "Evaluate cases given as NDJSON, one per line; the response streams one NDJSON line per input line, in order.",
        parameters: [edition],
        requestBody: { required: true, content: { "application/x-ndjson": { schema: ref("BatchCase") } } },
        responses: {
          "200": {
            description: "One line per input line.",
            content: { "application/x-ndjson": { schema: ref("BatchLine") } },
          },
          "404": problem("No such edition."),
          "415": problem("The body is not application/x-ndjson."),
        },
      },
    },
    "/v1/diff": {
      post: {
        operationId: "diff",
        summary: "Compare two editions: structure and outcomes.",
        requestBody: { required: true, content: json("DiffRequest") },
        responses: {
          "200": { description: "The diff.", content: json("DiffResponse") },
          "400": problem("Bad request."),
          "404": problem("No such edition."),
          "422": problem("Invalid request body."),
        },
      },
    },
    "/v1/editions": {
      get: {
        operationId: "editions",
        summary: "The editions the service evaluates with.",
        responses: {
          "200": {
            description: "Editions.",
            content: { "application/json": { schema: { type: "array", items: ref("Edition") } } },
          },
        },
      },
    },
    "/v1/editions/{edition}/matters/{matter}": {
      get: {
        operationId: "matter",
        summary: "The facts one matter needs, to render a form from.",
        parameters: [
          { name: "edition", in: "path", required: true, schema: { type: "string" } },
          { name: "matter", in: "path", required: true, schema: { type: "string" } },
        ],
        responses: {
          "200": { description: "The matter's form.", content: json("MatterForm") },
          "404": problem("No such edition or matter."),
        },
      },
    },
    "/healthz": {
      get: {
        operationId: "health",
        summary: "Liveness.",
        responses: { "200": { description: "Up.", content: json("Health") } },
      },
    },
    "/openapi.json": {
      get: { operationId: "openapi", summary: "This document.", responses: { "200": { description: "OpenAPI 3.1." } } },
    },
  };
  const schemas = componentSchemas();
  for (const e of extensions) {
    Object.assign(paths, e.paths);
    Object.assign(schemas, e.schemas ?? {});
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "cailiang",
      version,
      description:
        "Executable administrative-penalty discretion benchmarks (行政处罚裁量基准): case facts in, the lawful outcome with citations out. The bundled benchmark is modelled, not official.",
      license: { name: "MIT", identifier: "MIT" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths,
    components: { schemas },
  };
}
