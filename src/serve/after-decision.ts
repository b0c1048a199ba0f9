/**
 * The endpoints after a decision: `POST /v1/credit` (the credit consequences of a decided case, 信用联合惩戒) and
 * `POST /v1/audit` (the review of one decided case file, 案卷评查). Thin: parse, call the library, answer.
 */
import type { Context } from "hono";
import { compileEditions } from "../compile/editions.js";
import type { Evaluable } from "../evaluate/index.js";
import { safeEvaluate } from "../evaluate/index.js";
import { safeCredit } from "../credit/index.js";
import { safeAudit } from "../review/index.js";
import type { CreditPolicy } from "../credit/policy.js";
import type { ReviewStandard } from "../review/standard.js";
import type { Issue } from "../errors/index.js";
import type { ServiceContext, ServiceExtension } from "./app.js";

const problemOf = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});
const anyJson = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});

/** The credit and review endpoints, with the policies of the served editions. */
export function afterDecision(policies: {
  credit: readonly CreditPolicy[];
  review: readonly ReviewStandard[];
}): ServiceExtension {
  return {
    register(app, ctx: ServiceContext) {
      const all: Evaluable =
        ctx.editions.size === 1 ? [...ctx.editions.values()][0]! : compileEditions([...ctx.editions.values()]);
      const prefixed = (issues: Issue[], head: string) => issues.map((i) => ({ ...i, path: [head, ...i.path] }));
      const rejected = (c: Context, what: string, issues: Issue[]) =>
        ctx.problem(
          c,
          422,
          `${what}-rejected`,
          `${what === "case" ? "Case" : what === "decision" ? "Decision" : "Record"} rejected`,
          `${issues.length} problem(s); each issue names its field.`,
          issues,
        );

      app.post("/v1/credit", async (c) => {
        const body = await ctx.readJson(c);
        if (!body.ok) return body.response;
        const value = body.value as { case?: unknown; decision?: unknown } | null;
        if (
          !value ||
          typeof value !== "object" ||
          Array.isArray(value) ||
          !("case" in value) ||
          !("decision" in value)
        ) {
          return rejected(c, "decision", [
            {
              code: "invalid-decision",
              path: [],
              message: 'expected { "case": {…}, "decision": {…} } / 应为 { "case": 案件, "decision": 处罚决定 }',
            },
          ]);
        }
        const evaluated = safeEvaluate(all, value.case);
        if (!evaluated.ok) return rejected(c, "case", prefixed(evaluated.issues, "case"));
        const result = safeCredit(policies.credit, evaluated.outcome, value.decision);
        if (!result.ok) return rejected(c, "decision", prefixed(result.issues, "decision"));
        return c.json({ outcome: evaluated.outcome, credit: result.result });
      });

      app.post("/v1/audit", async (c) => {
        const body = await ctx.readJson(c);
        if (!body.ok) return body.response;
        const result = safeAudit(all, body.value, policies.review);
        if (!result.ok) return rejected(c, "record", result.issues);
        return c.json(result.result);
      });
    },
    openapi: {
      paths: {
        "/v1/credit": {
          post: {
            summary:
              "Credit consequences (信用) of a decided case: recorded or not, level, publicity window, repair, objection.",
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["case", "decision"],
                    properties: { case: { $ref: "#/components/schemas/CaseInput" }, decision: { type: "object" } },
                  },
                },
              },
            },
            responses: {
              "200": anyJson("The outcome and its credit consequences."),
              "400": problemOf("The body is not JSON, or nests too deep."),
              "413": problemOf("The body is larger than the limit."),
              "422": problemOf("The case or the decision is rejected; `issues` names each field."),
            },
          },
        },
        "/v1/audit": {
          post: {
            summary: "Review of one decided case file (案卷评查): findings, score and grade.",
            requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
            responses: {
              "200": anyJson("The findings, the checks that could not be made, the score and the grade."),
              "400": problemOf("The body is not JSON, or nests too deep."),
              "413": problemOf("The body is larger than the limit."),
              "422": problemOf("The record is rejected; `issues` names each field."),
            },
          },
        },
      },
    },
  };
}
