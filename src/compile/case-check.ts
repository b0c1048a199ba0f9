/**
 * What case validation can know before any case arrives: per-matter fact tables and the rule set's id tables and
 * effective period as day numbers. Used by the fast path of `validateCase`, which accepts exactly the cases the full
 * (zod) validation accepts and hands every other case to it for the issues.
 */
import type { EditionFile, FactDeclaration, MatterFile } from "../schema/rules.js";
import { JurisdictionId, MatterId } from "../schema/rules.js";
import { dayNumber } from "../dates/index.js";

/**
 * One declared fact as data for the fast path: a plain record read by one `switch` ({@link checkFact}) rather than a
 * closure per fact, so the call site stays monomorphic.
 */
export interface FactCheck {
  readonly name: string;
  readonly kind: "number" | "money" | "enum" | "boolean";
  /** number: bounds (`max` is Infinity when open) and whether only whole numbers are allowed. */
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** money: whether the amount is the base of a fine (then it must be above 0). */
  readonly fineBase: boolean;
  /** enum: the allowed values. */
  readonly values: ReadonlySet<string> | null;
}

/** A matter's facts, ready for the fast path. */
export interface FactTable {
  /** The declared fact names. */
  readonly names: ReadonlySet<string>;
  /** The declared facts in declaration order. */
  readonly checks: readonly FactCheck[];
  /** Whether the matter applies to individuals, to units. */
  readonly individual: boolean;
  readonly unit: boolean;
}

/** Rule-set-level tables for the fast path. */
export interface CaseTables {
  /** Day numbers of the edition's first and last day (`Infinity` when open-ended). */
  readonly effectiveFrom: number;
  readonly effectiveTo: number;
  /** Declared jurisdiction ids that the case schema's id pattern accepts. */
  readonly jurisdictions: ReadonlySet<string>;
  /** Matter ids that the case schema's id pattern accepts. */
  readonly matterIds: ReadonlySet<string>;
  /** True when the pattern accepts every matter id of the rule set (then a known id needs no second look-up). */
  readonly allMatterIdsValid: boolean;
  /** Circumstance catalogue ids. */
  /** The catalogue's circumstance ids, each with its place in the catalogue (the law's order). */
  readonly circumstances: ReadonlyMap<string, number>;
}

const DECIMAL = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const ZERO_DECIMAL = /^0(\.0+)?$/;
/** As in validate.ts: at most 20 digits before the point (the string is at most 23 characters). */
const MAX_MONEY_CHARS = 23;

/** True exactly when case validation finds no issue with `value` for the fact `c`. */
export function checkFact(c: FactCheck, value: unknown): boolean {
  switch (c.kind) {
    case "number":
      return (
        typeof value === "number" &&
        Number.isFinite(value) &&
        (!c.integer || Number.isInteger(value)) &&
        value >= c.min &&
        value <= c.max
      );
    case "money":
      return (
        typeof value === "string" &&
        value.length <= MAX_MONEY_CHARS &&
        DECIMAL.test(value) &&
        !(c.fineBase && ZERO_DECIMAL.test(value))
      );
    case "enum":
      return typeof value === "string" && c.values!.has(value);
    case "boolean":
      return typeof value === "boolean";
  }
}

function factCheck(name: string, decl: FactDeclaration, fineBase: boolean): FactCheck {
  return {
    name,
    kind: decl.type,
    min: decl.type === "number" ? decl.min : -Infinity,
    max: decl.type === "number" ? (decl.max ?? Infinity) : Infinity,
    integer: decl.type === "number" && decl.integer === true,
    fineBase: decl.type === "money" && fineBase,
    values: decl.type === "enum" ? new Set(decl.values.map((v) => v.value)) : null,
  };
}

/** The fact table of one matter; `fineBases` are its money facts that are the base of a fine (must be above 0). */
export function factTable(matter: MatterFile, fineBases: ReadonlySet<string>): FactTable {
  const entries = Object.entries(matter.facts);
  return {
    names: new Set(entries.map(([name]) => name)),
    checks: entries.map(([name, decl]) => factCheck(name, decl, fineBases.has(name))),
    individual: matter.parties.includes("individual"),
    unit: matter.parties.includes("unit"),
  };
}

/** The rule-set-level tables. */
export function caseTables(edition: EditionFile, matterIds: Iterable<string>): CaseTables {
  const ids = [...matterIds];
  const valid = ids.filter((id) => MatterId.safeParse(id).success);
  return {
    effectiveFrom: dayNumber(edition.effectiveFrom) ?? Infinity,
    effectiveTo: edition.effectiveTo === null ? Infinity : (dayNumber(edition.effectiveTo) ?? -Infinity),
    jurisdictions: new Set(edition.jurisdictions.map((j) => j.id).filter((id) => JurisdictionId.safeParse(id).success)),
    matterIds: new Set(valid),
    allMatterIdsValid: valid.length === ids.length,
    circumstances: new Map(edition.generalRules.circumstances.map((c, i) => [c.id, i])),
  };
}
