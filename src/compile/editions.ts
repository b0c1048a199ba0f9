/** Several editions of a benchmark side by side, for choosing the edition a case falls under (行政处罚法 Art. 37). */
import { RuleSetError } from "../errors/index.js";
import type { RuleSet } from "../load/index.js";
import { compile, type CompiledRuleSet } from "./index.js";
import type { CarriesTypes, EditionTypes, TypesCarried } from "../schema/typed.js";

/**
 * Compiled editions ordered by the date they take effect; their periods do not overlap. `E` is the union of the
 * editions' types when known at compile time (bundled editions), else the general {@link EditionTypes}.
 */
export interface CompiledEditions<E extends EditionTypes = EditionTypes> extends CarriesTypes<E> {
  /** Always `"editions"` (tells it apart from one compiled edition). */
  readonly kind: "editions";
  /** The compiled editions, oldest first. */
  readonly editions: readonly CompiledRuleSet<E>[];
}

/** True when `target` is a set of editions rather than one compiled edition. */
export function isEditions<E extends EditionTypes>(
  target: CompiledRuleSet<E> | CompiledEditions<E>,
): target is CompiledEditions<E> {
  return (target as CompiledEditions<E>).kind === "editions";
}

/**
 * Compiles several editions for evaluation by date: a case is evaluated under the edition in force when the act
 * occurred, or under the edition in force at `decidedOn` when that one is lighter (从旧兼从轻). Throws a
 * {@link RuleSetError} when two editions share an id or their periods overlap.
 *
 * @example
 * ```ts
 * const editions = compileEditions([loadRuleSet(yrd2023), loadRuleSet(yrd2025)]);
 * evaluate(editions, caseInput).grounds; // includes "rule-in-force-at-act" or "later-rule-lighter"
 * ```
 */
export function compileEditions<const R extends readonly (RuleSet | CompiledRuleSet)[]>(
  ruleSets: R,
): CompiledEditions<TypesCarried<R[number]>> {
  const compiled = ruleSets
    .map((r) => ("matters" in r && "edition" in r && !("money" in r) ? compile(r as RuleSet) : (r as CompiledRuleSet)))
    .sort((a, b) => (a.edition.effectiveFrom < b.edition.effectiveFrom ? -1 : 1));
  const issues = [];
  for (let i = 1; i < compiled.length; i++) {
    const prev = compiled[i - 1]!.edition;
    const cur = compiled[i]!.edition;
    if (prev.id === cur.id) {
      issues.push({ code: "duplicate-id" as const, path: ["id"], message: `edition "${cur.id}" is given twice` });
    } else if (prev.effectiveTo === null || prev.effectiveTo >= cur.effectiveFrom) {
      issues.push({
        code: "invalid-rule-file" as const,
        path: ["effectiveTo"],
        message: `${prev.id} (from ${prev.effectiveFrom} to ${prev.effectiveTo ?? "open"}) overlaps ${cur.id} (from ${cur.effectiveFrom}): give ${prev.id} an effectiveTo before ${cur.effectiveFrom}`,
      });
    }
  }
  if (compiled.length === 0)
    issues.push({ code: "invalid-rule-file" as const, path: [], message: "no editions given" });
  if (issues.length > 0) throw new RuleSetError(issues);
  const editions: CompiledEditions = { kind: "editions", editions: Object.freeze(compiled) };
  // Each edition keeps the types it came with; together they are the union of those types.
  return Object.freeze(editions) as CompiledEditions<TypesCarried<R[number]>>;
}
