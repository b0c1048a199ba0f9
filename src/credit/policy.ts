/** Loading a credit policy file (`rules/<edition>/credit.json`). */
import { RuleSetError, type Issue } from "../errors/index.js";
import { loadPolicyFile, type LawTexts, type PolicyLoadResult } from "../laws/policy-files.js";
import { CreditPolicyFile } from "../schema/credit.js";

/** A validated, deeply frozen credit policy. */
export type CreditPolicy = Readonly<CreditPolicyFile>;

/** Options of {@link loadCreditPolicy}. */
export interface PolicyLoadOptions {
  /** Law texts by law id: when given, every citation is checked verbatim against them. */
  laws?: LawTexts;
  /** The file name used in messages (default `credit.json`). */
  file?: string;
}

function consistency(p: CreditPolicyFile): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ code: "invalid-rule-file", path, message });
  const ids = new Set<string>();
  p.levels.forEach((level, i) => {
    if (ids.has(level.id)) add(["levels", i, "id"], `level "${level.id}" is given twice`);
    ids.add(level.id);
    if (i === 0 && level.when)
      add(["levels", 0, "when"], "the first level is the default of a recorded decision and takes no conditions");
    if (i > 0 && !level.when) add(["levels", i], "every level after the first needs conditions (when)");
    if (level.severeList && (level.basis === null || Object.keys(level.basis).length === 0)) {
      add(
        ["levels", i, "basis"],
        "a 严重失信 list level needs the law or regulation that allows it (国办发〔2020〕49号 (六)); basis is empty",
      );
    }
    if (level.basis === null && level.provenance.status !== "modelled") {
      add(
        ["levels", i, "provenance", "status"],
        "a level without a legal basis is the policy's own: its provenance must be modelled",
      );
    }
  });
  p.publicity.forEach((regime, i) => {
    if (regime.from !== null && regime.to !== null && regime.from > regime.to)
      add(["publicity", i, "to"], `the regime ends (${regime.to}) before it starts (${regime.from})`);
    regime.windows.forEach((w, j) => {
      if (w.minMonths > w.maxMonths)
        add(
          ["publicity", i, "windows", j, "minMonths"],
          `minimum ${w.minMonths} months exceeds maximum ${w.maxMonths}`,
        );
      for (const [k, l] of (w.levels ?? []).entries())
        if (!ids.has(l)) add(["publicity", i, "windows", j, "levels", k], `unknown level "${l}"`);
    });
    for (let j = 0; j < i; j++) {
      const other = p.publicity[j]!;
      const starts = (r: typeof regime) => r.from ?? "0000-00-00";
      const ends = (r: typeof regime) => r.to ?? "9999-99-99";
      if (starts(regime) <= ends(other) && starts(other) <= ends(regime))
        add(["publicity", i], `regime "${regime.id}" overlaps "${other.id}"`);
    }
  });
  const regions = new Set<string>();
  p.regions.forEach((r, i) => {
    if (regions.has(r.jurisdiction)) add(["regions", i, "jurisdiction"], `region "${r.jurisdiction}" is given twice`);
    regions.add(r.jurisdiction);
  });
  return issues;
}

/** Validates a credit policy file; returns every problem (schema, consistency, non-verbatim citations) instead of throwing. */
export function safeLoadCreditPolicy(input: unknown, options: PolicyLoadOptions = {}): PolicyLoadResult<CreditPolicy> {
  return loadPolicyFile(CreditPolicyFile, input, options.file ?? "credit.json", options.laws, consistency);
}

/**
 * Validates a credit policy file (schema, consistency, and with `laws` every citation verbatim); throws a
 * {@link RuleSetError} listing every problem.
 *
 * @example
 * ```ts
 * import { policies } from "cailiang/rules";
 * const policy = loadCreditPolicy(policies["yrd-2025"]!.credit);
 * ```
 */
export function loadCreditPolicy(input: unknown, options: PolicyLoadOptions = {}): CreditPolicy {
  const result = safeLoadCreditPolicy(input, options);
  if (!result.ok) throw new RuleSetError(result.issues);
  return result.value;
}
