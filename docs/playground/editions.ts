/**
 * The bundled editions, found by looking at what `cailiang/rules` exports (a new edition appears here without code
 * changes), and evaluation under one of them or under all of them by date.
 */
import {
  compile,
  compileEditions,
  loadRuleSet,
  safeEvaluate,
  safeExplain,
  type CompiledEditions,
  type CompiledRuleSet,
  type EditionFile,
  type MatterFile,
  type RuleSet,
  type RuleSetSource,
  type SafeEvaluateResult,
} from "../../src/index.js";
import * as bundled from "../../src/rules.js";

/** One bundled edition, loaded and compiled. */
export interface Edition {
  id: string;
  edition: EditionFile;
  ruleSet: RuleSet;
  compiled: CompiledRuleSet;
  matters: Map<string, MatterFile>;
}

/** The editions choice meaning "the edition in force when the act occurred" (Art. 37). */
export const AUTO = "auto";

const isSource = (value: unknown): value is RuleSetSource =>
  !!value && typeof value === "object" && "edition" in value && Array.isArray((value as RuleSetSource).matters);

/** Every bundled edition, oldest first. */
export const EDITIONS: readonly Edition[] = Object.values(bundled as Record<string, unknown>)
  .filter(isSource)
  .map((source) => {
    const ruleSet = loadRuleSet(source);
    return {
      id: ruleSet.edition.id,
      edition: ruleSet.edition,
      ruleSet,
      compiled: compile(ruleSet),
      matters: new Map(ruleSet.matters.map((m) => [m.id, m])),
    };
  })
  .sort((a, b) => (a.edition.effectiveFrom < b.edition.effectiveFrom ? -1 : 1));

let byDate: CompiledEditions | null | undefined;

/** All editions for choosing by date, or null when there is only one (or they cannot be combined). */
function allEditions(): CompiledEditions | null {
  if (byDate === undefined) {
    try {
      byDate = EDITIONS.length > 1 ? compileEditions(EDITIONS.map((e) => e.compiled)) : null;
    } catch {
      byDate = null;
    }
  }
  return byDate;
}

export const editionById = (id: string): Edition | undefined => EDITIONS.find((e) => e.id === id);

/** The latest edition. */
export const latest = (): Edition => EDITIONS[EDITIONS.length - 1]!;

/** The edition in force on a date (`YYYY-MM-DD`), if any. */
export function inForceOn(date: string): Edition | undefined {
  return EDITIONS.find(
    (e) => e.edition.effectiveFrom <= date && (e.edition.effectiveTo === null || date <= e.edition.effectiveTo),
  );
}

/**
 * The edition whose catalogue (matters, jurisdictions, circumstances) the form shows: the chosen one, or with
 * {@link AUTO} the one in force when the act occurred (the latest when none is).
 */
export function formEdition(choice: string, occurredOn: string): Edition {
  if (choice !== AUTO) return editionById(choice) ?? latest();
  return inForceOn(occurredOn) ?? latest();
}

/** How to evaluate: which edition (or {@link AUTO}), with the trace or not, whether the edition's dates count. */
export interface EvaluateChoice {
  edition: string;
  trace: boolean;
  /** Apply the edition whatever its effective dates (comparisons). */
  anyDate: boolean;
}

/** Evaluates a case under the chosen edition; never throws. */
export function evaluateCase(input: unknown, choice: EvaluateChoice): SafeEvaluateResult {
  const run = choice.trace ? safeExplain : safeEvaluate;
  if (choice.edition === AUTO) {
    const all = allEditions();
    if (all) return run(all, input);
    return run(latest().compiled, input);
  }
  const edition = editionById(choice.edition);
  if (!edition)
    return {
      ok: false,
      issues: [{ code: "invalid-usage", path: [], message: `no bundled edition "${choice.edition}"` }],
    };
  return run(edition.compiled, input, choice.anyDate ? { checkEffectiveDates: false } : {});
}
