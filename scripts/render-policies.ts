/** Renders the bundled credit policies and review standards (rules/<edition>/credit.json, review.json) as a module. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readLaws } from "../src/node.js";
import { safeLoadCreditPolicy } from "../src/credit/policy.js";
import { safeLoadReviewStandard } from "../src/review/standard.js";
import { formatIssue } from "../src/errors/index.js";

/** [path, content] of src/generated/policies.ts; throws when a policy file is invalid or cites a text not verbatim. */
export function renderPolicies(root: string, editions: readonly string[]): [string, string] {
  const laws = readLaws(join(root, "rules", "laws"));
  const parts: string[] = [
    "// Generated from rules/<edition>/credit.json and review.json by `npm run generate`; do not edit.",
    'import type { EditionPolicyFiles } from "../schema/credit.js";',
    "",
  ];
  const entries: string[] = [];
  for (const id of editions) {
    const files: string[] = [];
    for (const [kind, load] of [
      ["credit", safeLoadCreditPolicy],
      ["review", safeLoadReviewStandard],
    ] as const) {
      const file = `rules/${id}/${kind}.json`;
      const data: unknown = JSON.parse(readFileSync(join(root, file), "utf8"));
      const result = load(data, { laws, file });
      if (!result.ok) throw new Error(`${file} is invalid:\n${result.issues.map(formatIssue).join("\n")}`);
      files.push(`  ${kind}: ${JSON.stringify(data, null, 1).replace(/\n/g, "\n  ")}`);
    }
    entries.push(` ${JSON.stringify(id)}: {\n${files.join(",\n")}\n }`);
  }
  parts.push(
    "/**",
    " * The bundled credit policy (`credit.json`) and case-file review standard (`review.json`) of each edition, by",
    " * edition id, as raw files: load them with `loadCreditPolicy` and `loadReviewStandard`.",
    " */",
    `export const policies: Readonly<Record<string, EditionPolicyFiles>> = {\n${entries.join(",\n")}\n};`,
    "",
  );
  return ["src/generated/policies.ts", parts.join("\n")];
}
