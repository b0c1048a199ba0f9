/** The value domains of the facts a condition may read: a matter's declared facts and the system facts. */
import type { FactDeclaration, MatterFile } from "../schema/rules.js";

export type FactDomain =
  | { kind: "number"; integer: boolean; min: number; max: number | undefined }
  | { kind: "enum"; values: string[] }
  | { kind: "boolean" }
  | { kind: "money" }
  | { kind: "set"; values: string[] };

export const HARM_VALUES = ["none", "minor", "moderate", "serious"] as const;
export const CORRECTION_VALUES = ["in-time", "late", "refused", "not-ordered"] as const;
export const TIER_LEVELS = ["reduced", "lighter", "general", "heavier"] as const;

/** Names of the system facts; a matter may not declare a fact with one of these names. */
export const SYSTEM_FACTS = [
  "party",
  "priorCount",
  "repeatCount",
  "harm",
  "correction",
  "circumstances",
  "tierLevel",
] as const;

export function declaredDomain(decl: FactDeclaration): FactDomain {
  switch (decl.type) {
    case "number":
      return { kind: "number", integer: decl.integer === true, min: decl.min, max: decl.max };
    case "enum":
      return { kind: "enum", values: decl.values.map((v) => v.value) };
    case "boolean":
      return { kind: "boolean" };
    case "money":
      return { kind: "money" };
  }
}

/**
 * Domains visible to a matter's conditions. `tierLevel` is only visible outside tier conditions (it is what tier
 * conditions decide).
 */
export function domainsFor(matter: MatterFile, circumstanceIds: string[], forTiers: boolean): Map<string, FactDomain> {
  const out = new Map<string, FactDomain>();
  for (const [name, decl] of Object.entries(matter.facts)) out.set(name, declaredDomain(decl));
  out.set("party", { kind: "enum", values: [...matter.parties] });
  out.set("priorCount", { kind: "number", integer: true, min: 0, max: undefined });
  // A matter's own repeat count exists only where the matter says how it is counted.
  if (matter.repeats) out.set("repeatCount", { kind: "number", integer: true, min: 0, max: undefined });
  out.set("harm", { kind: "enum", values: [...HARM_VALUES] });
  out.set("correction", { kind: "enum", values: [...CORRECTION_VALUES] });
  out.set("circumstances", { kind: "set", values: circumstanceIds });
  if (!forTiers) out.set("tierLevel", { kind: "enum", values: [...TIER_LEVELS] });
  return out;
}
