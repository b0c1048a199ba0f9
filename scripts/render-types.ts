/** Renders the compile-time types of a bundled edition: matter ids, each matter's facts, jurisdiction and circumstance ids. */
import type { RuleSet } from "../src/load/index.js";
import type { FactDeclaration } from "../src/schema/rules.js";

/** `yrd-2023` → `Yrd2023`. */
export const typeName = (id: string) =>
  id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase());

/** Text safe inside a block comment, on one line. */
const doc = (text: string) => text.replace(/\*\//g, "*\u200b/").replace(/\s+/g, " ").trim();
const lit = (s: string) => JSON.stringify(s);
const union = (values: readonly string[]) => (values.length === 0 ? "never" : values.map(lit).join(" | "));

function factType(decl: FactDeclaration): string {
  switch (decl.type) {
    case "number":
      return "number";
    case "money":
      return "string";
    case "boolean":
      return "boolean";
    case "enum":
      return union(decl.values.map((v) => v.value));
  }
}

function factDoc(decl: FactDeclaration): string {
  const label = `${decl.label.zh} / ${decl.label.en}`;
  switch (decl.type) {
    case "number": {
      const unit = decl.unit ? ` in ${decl.unit.en} (${decl.unit.zh})` : "";
      const range = decl.max !== undefined ? `from ${decl.min} to ${decl.max}` : `from ${decl.min}`;
      return `${label}: ${decl.integer ? "a whole number" : "a number"}${unit}, ${range}.`;
    }
    case "money":
      return `${label}: an amount in 元 as a decimal string, e.g. "12000.50".`;
    case "boolean":
      return `${label}: true or false.`;
    case "enum":
      return `${label}: ${decl.values.map((v) => `\`${v.value}\` ${v.label.zh}`).join("; ")}.`;
  }
}

/** The source of `src/generated/<id>-types.ts`. */
export function renderEditionTypes(ruleSet: RuleSet): string {
  const id = ruleSet.edition.id;
  const T = typeName(id);
  const lines: string[] = [
    `// Generated from rules/${id} by \`npm run generate\`; do not edit.`,
    "",
    `/** The matter ids of the bundled ${id} edition. */`,
    `export type ${T}MatterId =`,
    ...ruleSet.matters.map((m, i) => `  | ${lit(m.id)}${i === ruleSet.matters.length - 1 ? ";" : ""}`),
    "",
    `/** The jurisdiction ids of the bundled ${id} edition. */`,
    `export type ${T}JurisdictionId = ${union(ruleSet.edition.jurisdictions.map((j) => j.id))};`,
    "",
    `/** The circumstance ids of the bundled ${id} edition's catalogue. */`,
    `export type ${T}CircumstanceId =`,
    ...ruleSet.edition.generalRules.circumstances.map(
      (c, i, all) => `  | ${lit(c.id)}${i === all.length - 1 ? ";" : ""}`,
    ),
    "",
    `/** Each matter's facts in the bundled ${id} edition, by matter id: what a case's \`facts\` holds. */`,
    `export type ${T}Facts = {`,
  ];
  for (const m of ruleSet.matters) {
    lines.push(`  /** ${doc(`${m.name.zh} / ${m.name.en}`)} */`);
    const facts = Object.entries(m.facts);
    if (facts.length === 0) {
      lines.push(`  ${lit(m.id)}: {};`);
      continue;
    }
    lines.push(`  ${lit(m.id)}: {`);
    for (const [name, decl] of facts) {
      lines.push(`    /** ${doc(factDoc(decl))} */`);
      lines.push(`    ${name}: ${factType(decl)};`);
    }
    lines.push("  };");
  }
  lines.push(
    "};",
    "",
    `/** The types of the bundled ${id} edition, carried by \`compile(loadRuleSet(${T.charAt(0).toLowerCase() + T.slice(1)}))\`: \`evaluate\` then takes a \`CaseFor<${T}>\`. */`,
    `export type ${T} = {`,
    `  /** Each matter's facts, by matter id. */`,
    `  matters: ${T}Facts;`,
    `  /** The jurisdiction ids. */`,
    `  jurisdiction: ${T}JurisdictionId;`,
    `  /** The circumstance ids. */`,
    `  circumstance: ${T}CircumstanceId;`,
    "};",
    "",
  );
  return lines.join("\n");
}
