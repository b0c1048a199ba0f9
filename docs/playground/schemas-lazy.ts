/**
 * Stand-ins for the zod schemas the engine calls at run time. The playground build points the engine's imports of
 * those schemas here (scripts/site/build-playground.ts), so the page's first render carries no zod: the schemas and
 * zod come in their own chunk (`schemas.ts`), fetched the first time a case needs them.
 *
 * - `CaseInput` and zod's zh-CN locale are needed only for a case the engine's fast path does not accept (an
 *   invalid case, whose issues are zod's): before the chunk is there, using them throws {@link SchemasNotLoaded}
 *   and marks the schemas as wanted; the page fetches them and evaluates again, so the issues shown are the same.
 * - `MatterId` and `JurisdictionId` check ids when a rule set is compiled: the same regular expressions as the
 *   schemas (test/playground-schemas.test.ts checks that they agree).
 * - `CreditDecision` checks the decision the credit section passes, which is always `assumedDecision` of an outcome
 *   the engine gave, valid by construction (the same test checks that the schema accepts it unchanged).
 */
import type * as Schemas from "./schemas.js";

let real: typeof Schemas | undefined;
let wanted = false;

/** Thrown when a case needs the schemas before their chunk is loaded. */
export class SchemasNotLoaded extends Error {
  constructor() {
    super("the case schemas are not loaded yet");
  }
}

function need(): typeof Schemas {
  if (real) return real;
  wanted = true;
  throw new SchemasNotLoaded();
}

/** True once if something needed the schemas before they were loaded (and clears the mark). */
export function schemasWanted(): boolean {
  const w = wanted;
  wanted = false;
  return w;
}

/** Fetches the schemas' chunk (once). */
export async function loadSchemas(): Promise<void> {
  real ??= await import("./schemas.js");
}

export const CaseInput = {
  safeParse: (input: unknown, params?: Parameters<typeof Schemas.CaseInput.safeParse>[1]) =>
    need().CaseInput.safeParse(input, params),
};

/** zod's zh-CN locale (the default export of `zod/v4/locales/zh-CN.js`). */
export default function zhCN(): ReturnType<typeof Schemas.zhCN> {
  return need().zhCN();
}

/** The patterns of `MatterId` and `JurisdictionId` in src/schema/rules.ts. */
export const MATTER_ID = /^(ecology|cityscape)(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;
export const JURISDICTION_ID = /^[a-z]+(\/[a-z]+)*$/;

export const MatterId = {
  safeParse: (v: unknown) =>
    real ? real.MatterId.safeParse(v) : { success: typeof v === "string" && MATTER_ID.test(v) },
};
export const JurisdictionId = {
  safeParse: (v: unknown) =>
    real ? real.JurisdictionId.safeParse(v) : { success: typeof v === "string" && JURISDICTION_ID.test(v) },
};

export const CreditDecision = {
  safeParse: (input: unknown) =>
    real ? real.CreditDecision.safeParse(input) : { success: true as const, data: input as Schemas.CreditDecision },
};
