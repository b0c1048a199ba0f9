/** The rule sets a command evaluates with: bundled editions by id, or rule set directories (`--rules`). */
import { existsSync, statSync } from "node:fs";
import { compile, type CompiledRuleSet } from "../compile/index.js";
import { compileEditions, type CompiledEditions } from "../compile/editions.js";
import { boundIssues, formatIssue } from "../errors/index.js";
import { loadRuleSet, type RuleSetSource } from "../load/index.js";
import { safeLoadRuleSetFromDir } from "../node.js";
import { yrd2023 } from "../generated/yrd-2023.js";
import { yrd2025 } from "../generated/yrd-2025.js";
import { BUNDLED_EDITIONS, UsageError, type BundledEdition } from "./commands.js";

/** The bundled editions' sources; the keys are exactly those the help names. */
export const BUNDLED: Record<string, RuleSetSource> = {
  "yrd-2023": yrd2023,
  "yrd-2025": yrd2025,
} satisfies Record<BundledEdition, RuleSetSource>;

/** A bundled edition or a rule set directory, compiled; a UsageError names what is wrong. */
export function loadCompiled(target: string): CompiledRuleSet {
  const bundled = Object.hasOwn(BUNDLED, target) ? BUNDLED[target] : undefined;
  if (bundled) return compile(loadRuleSet(bundled));
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    throw new UsageError(
      `"${target}" is neither a rule set directory nor a bundled edition (${BUNDLED_EDITIONS.join(", ")})`,
    );
  }
  const result = safeLoadRuleSetFromDir(target);
  if (!result.ok) {
    throw new UsageError(
      `${target} is not a valid rule set:\n${boundIssues(result.issues)
        .map((i) => "  - " + formatIssue(i))
        .join("\n")}`,
    );
  }
  return compile(result.ruleSet);
}

/** The editions to evaluate with: the given ones, or every bundled edition, chosen by date (Art. 37). */
export function loadEvaluable(rules: readonly string[] | undefined): CompiledRuleSet | CompiledEditions {
  const targets = rules && rules.length > 0 ? rules : Object.keys(BUNDLED);
  if (targets.length === 1) return loadCompiled(targets[0]!);
  try {
    return compileEditions(targets.map(loadCompiled));
  } catch (error) {
    throw new UsageError(`--rules: ${(error as Error).message}`);
  }
}
