/** Renders the bundled credit policies and review standards (rules/<edition>/credit.json, review.json) as a module. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readLaws } from "../src/node.js";
import { safeLoadCreditPolicy } from "../src/credit/policy.js";
import { safeLoadReviewStandard } from "../src/review/standard.js";
import { formatIssue } from "../src/errors/index.js";

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** [path, content] of src/generated/policies.ts; throws when a policy file is invalid or cites a text not verbatim. */
export function renderPolicies(root: string, editions: readonly string[]): [string, string] {
  const laws = readLaws(join(root, "rules", "laws"));
  const parts: string[] = [
    "// Generated from rules/<edition>/credit.json and review.json by `npm run generate`; do not edit.",
    'import type { CreditPolicyFile } from "../schema/credit.js";',
    'import type { ReviewStandardFile } from "../schema/review.js";',
    "",
  ];
  for (const id of editions) {
    for (const [kind, load, type, doc] of [
      ["credit", safeLoadCreditPolicy, "CreditPolicyFile", "credit policy"],
      ["review", safeLoadReviewStandard, "ReviewStandardFile", "case-file review standard"],
    ] as const) {
      const file = `rules/${id}/${kind}.json`;
      const data: unknown = JSON.parse(readFileSync(join(root, file), "utf8"));
      const result = load(data, { laws, file });
      if (!result.ok) throw new Error(`${file} is invalid:\n${result.issues.map(formatIssue).join("\n")}`);
      parts.push(`/** The bundled ${id} ${doc} as a raw file. */`);
      parts.push(`export const ${camel(id)}${kind === "credit" ? "Credit" : "Review"}: ${type} = ${JSON.stringify(data, null, 1)};`, "");
    }
  }
  return ["src/generated/policies.ts", parts.join("\n")];
}
