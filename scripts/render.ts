/** Renders every generated file from the sources (pure apart from reading the rule directories). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { EditionFile, MatterFile, OverlayFile } from "../src/schema/rules.js";
import { FixtureFile } from "../src/schema/fixture.js";
import { readRuleSetSource } from "../src/node.js";
import { loadRuleSet } from "../src/load/index.js";
import { benchmarkMarkdown } from "../src/report/table.js";
import { compile } from "../src/compile/index.js";
import { diff } from "../src/diff/structural.js";
import { semanticDiff } from "../src/diff/semantic.js";
import { convergence } from "../src/diff/converge.js";
import { convergenceMarkdown, diffMarkdown } from "../src/report/diff.js";
import { CreditPolicyFile } from "../src/schema/credit.js";
import { ReviewStandardFile } from "../src/schema/review.js";
import { renderPolicies } from "./render-policies.js";
import { renderEditionTypes, typeName } from "./render-types.js";

export const BUNDLED = ["yrd-2023", "yrd-2025"] as const;

function schema(s: z.ZodType, title: string): string {
  const json = z.toJSONSchema(s, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return JSON.stringify({ title, ...json }, null, 2) + "\n";
}

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** [path relative to the repository, content] for every generated file. */
export function renderGenerated(root: string): [string, string][] {
  const out: [string, string][] = [
    ["rules/schema/edition.schema.json", schema(EditionFile, "cailiang edition file")],
    ["rules/schema/matter.schema.json", schema(MatterFile, "cailiang matter file")],
    ["rules/schema/overlay.schema.json", schema(OverlayFile, "cailiang jurisdiction overlay file")],
    ["rules/schema/fixtures.schema.json", schema(FixtureFile, "cailiang fixture file (cailiang test)")],
    ["rules/schema/credit.schema.json", schema(CreditPolicyFile, "cailiang credit policy file")],
    ["rules/schema/review.schema.json", schema(ReviewStandardFile, "cailiang case-file review standard")],
  ];
  const lawsDir = join(root, "rules", "laws");
  const titles = Object.fromEntries(
    readdirSync(lawsDir)
      .filter((f) => f.endsWith(".md") && f !== "README.md")
      .sort()
      .map((f) => [f.slice(0, -3), readFileSync(join(lawsDir, f), "utf8").split("\n")[0]!.replace(/^#\s*/, "").trim()]),
  );
  out.push([
    "src/generated/law-titles.ts",
    `// Generated from the first line of each rules/laws/*.md by \`npm run generate\`; do not edit.\n\n` +
      `/** The title of each law in the law collection, by law id. */\n` +
      `export const LAW_TITLES: Readonly<Record<string, string>> = ${JSON.stringify(titles, null, 2)};\n`,
  ]);
  const exports: string[] = [];
  const sources = new Map<string, Parameters<typeof loadRuleSet>[0]>();
  for (const id of BUNDLED) {
    const dir = join(root, "rules", id);
    const { source, issues } = readRuleSetSource(dir, { pathsFrom: root });
    if (issues.length > 0) throw new Error(`cannot read rules/${id}: ${issues.map((i) => i.message).join("; ")}`);
    const T = typeName(id);
    out.push([
      `src/generated/${id}.ts`,
      `// Generated from rules/${id} by \`npm run generate\`; do not edit.\n` +
        `import type { RuleSetSource } from "../load/index.js";\n` +
        `import type { ${T} } from "./${id}-types.js";\n\n` +
        `/** The bundled ${id} edition as raw rule files, carrying its types ({@link ${T}}). */\n` +
        `export const ${camel(id)}: RuleSetSource<${T}> = ${JSON.stringify(source, null, 1)};\n`,
    ]);
    exports.push(id);
    const loaded = loadRuleSet(source);
    out.push([`src/generated/${id}-types.ts`, renderEditionTypes(loaded)]);
    out.push([`docs/benchmark/${id}.md`, benchmarkMarkdown(loaded) + "\n"]);
    sources.set(id, source);
  }
  out.push(renderPolicies(root, BUNDLED));
  const [a, b] = BUNDLED.map((id) => loadRuleSet(sources.get(id)!));
  const ca = compile(a!);
  const cb = compile(b!);
  out.push([
    `docs/benchmark/diff-${a!.edition.id}-${b!.edition.id}.md`,
    diffMarkdown(diff(a!, b!), semanticDiff(ca, cb)) + "\n",
  ]);
  out.push([`docs/benchmark/convergence-${b!.edition.id}.md`, convergenceMarkdown(convergence(cb)) + "\n"]);
  return out;
}
