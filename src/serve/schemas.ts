/**
 * Zod schemas of the HTTP API's bodies. The case input is the library's own `CaseInput`; the others describe what the
 * service sends. `/openapi.json` is generated from these with `z.toJSONSchema`.
 */
import * as z from "zod";
import { CaseInput } from "../schema/case.js";
import { Citation, FactDeclaration, Localized } from "../schema/rules.js";

export const IssueSchema = z
  .object({
    code: z
      .string()
      .meta({ description: "Machine-readable problem code, e.g. missing-fact, invalid-json, line-too-large." }),
    path: z
      .array(z.union([z.string(), z.number()]))
      .meta({ description: "Path to the offending value in the request." }),
    message: z.string().meta({ description: "What is wrong and what was expected, in English." }),
    file: z.string().optional(),
    pointer: z.string().optional(),
    matter: z.string().optional(),
  })
  .meta({ description: "One problem with the input." });

export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: "A URI naming the kind of problem: urn:cailiang:problem:<code>." }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    issues: z.array(IssueSchema).optional(),
  })
  .meta({ description: "RFC 9457 problem details (application/problem+json)." });

const Money = z
  .string()
  .regex(/^-?[0-9]+(\.[0-9]+)?$/)
  .meta({ description: "A decimal amount in 元 as a string." });

export const OutcomeSchema = z
  .looseObject({
    matter: z.looseObject({ id: z.string(), name: Localized }),
    ruleSet: z.looseObject({
      id: z.string(),
      title: Localized,
      effectiveFrom: z.string(),
      effectiveTo: z.string().nullable(),
    }),
    jurisdiction: z.looseObject({ id: z.string(), name: Localized, basis: z.string() }),
    disposition: z.enum(["no-penalty", "may-waive", "penalty"]),
    grounds: z.array(z.looseObject({ code: z.string(), citation: Citation.nullable(), mandatory: z.boolean() })),
    tier: z.looseObject({ id: z.string(), label: Localized }).nullable(),
    fine: z.looseObject({ min: Money, max: Money, currency: z.literal("CNY") }).nullable(),
    sanctions: z.array(
      z.looseObject({
        code: z.string(),
        label: Localized,
        mandatory: z.boolean(),
        kind: z.enum(["penalty", "measure"]),
      }),
    ),
    firstViolation: z.looseObject({
      listed: z.boolean(),
      applies: z.enum(["shall", "may", "no"]),
      unmet: z.array(z.looseObject({ id: z.string(), label: Localized })),
    }),
    procedure: z.looseObject({ simpleProcedure: z.boolean(), legalReview: z.boolean(), hearing: z.boolean() }),
    citations: z.array(Citation),
    trace: z.array(z.looseObject({ step: z.string(), result: z.string() })).optional(),
  })
  .meta({
    description:
      "The lawful outcome of one case: disposition, grounds, tier, fine, sanctions, 首违不罚 verdict, procedure flags, citations.",
  });

export const BatchLineSchema = z
  .union([
    z.object({ line: z.number().int(), id: z.string().optional(), ok: z.literal(true), outcome: OutcomeSchema }),
    z.object({ line: z.number().int(), id: z.string().optional(), ok: z.literal(false), issues: z.array(IssueSchema) }),
    z.object({ line: z.number().int(), blank: z.literal(true) }),
  ])
  .meta({
    description:
      "One output line of a batch, in input order: an outcome, the issues of a rejected line, or a blank line.",
  });

export const BatchCaseSchema = CaseInput.extend({
  id: z.string().max(256).optional().meta({ description: "Echoed on the output line; taken off before evaluation." }),
}).meta({ description: "One input line of a batch: a case, with an optional id." });

export const EditionSummarySchema = z
  .object({
    id: z.string(),
    title: Localized,
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    jurisdictions: z.array(z.object({ id: z.string(), name: Localized })),
    matters: z.array(z.object({ id: z.string(), name: Localized, domain: z.string() })),
  })
  .meta({ description: "One edition the service evaluates with." });

export const MatterFormSchema = z
  .object({
    edition: z.string(),
    id: z.string(),
    name: Localized,
    domain: z.string(),
    parties: z.array(z.enum(["individual", "unit"])),
    jurisdictions: z.array(z.string()).meta({ description: "Jurisdictions with a legal basis for the matter." }),
    facts: z
      .record(z.string(), FactDeclaration)
      .meta({ description: "The facts the matter needs, by name, as the rule file declares them." }),
    factsSchema: z
      .record(z.string(), z.unknown())
      .meta({ description: "A JSON Schema of the case's `facts` object for this matter." }),
    circumstances: z.array(z.object({ id: z.string(), kind: z.string(), mandatory: z.boolean(), label: Localized })),
  })
  .meta({ description: "What a client needs to render a form for one matter." });

export const DiffRequestSchema = z
  .strictObject({
    from: z.string().meta({ description: "The older edition id." }),
    to: z.string().meta({ description: "The newer edition id." }),
    cases: z
      .array(z.unknown())
      .max(10000)
      .optional()
      .meta({ description: "A corpus of cases to compare (at most 10,000)." }),
    generated: z.boolean().optional().meta({
      description:
        "Also compare generated boundary cases (slow the first time for a pair; then cached). Default false.",
    }),
  })
  .meta({ description: "Two editions to compare." });

export const DiffResponseSchema = z
  .object({
    structural: z.looseObject({ changes: z.array(z.looseObject({})) }),
    semantic: z.looseObject({ regions: z.array(z.looseObject({})) }),
  })
  .meta({ description: "The structural and semantic diff of two editions." });

export const HealthSchema = z.object({ status: z.literal("ok"), version: z.string(), editions: z.array(z.string()) });

export { CaseInput };
