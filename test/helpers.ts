import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile, compileEditions, loadRuleSet, type CaseInput, type RuleSetSource } from "../src/index.js";
import { readRuleSetSource } from "../src/node.js";

export const root = join(import.meta.dirname, "..");

/** The rule files of an edition as they are on disk (the bundled copy is checked against them separately). */
export function readRuleSource(edition: string): RuleSetSource {
  const { source, issues } = readRuleSetSource(join(root, "rules", edition), { pathsFrom: root });
  if (issues.length > 0) throw new Error(`cannot read rules/${edition}: ${issues.map((i) => i.message).join("; ")}`);
  return source;
}

export const compiled = compile(loadRuleSet(readRuleSource("yrd-2023")));
export const compiled2025 = compile(loadRuleSet(readRuleSource("yrd-2025")));
export const editions = compileEditions([compiled, compiled2025]);

export interface Fixture {
  name: string;
  /** A recorded case (the fixture files hold valid cases). */
  case: CaseInput & Record<string, unknown>;
  expect: Record<string, unknown>;
}

/** Every fixture file of an edition: [file name, entries]. */
export function fixtureFiles(edition: string): [string, Fixture[]][] {
  const dir = join(root, "fixtures", edition);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as Fixture[]]);
}

/** A deep copy of the bundled rule files, to break in tests. */
export function ruleSource() {
  return readRuleSource("yrd-2023") as {
    edition: any;
    matters: any[];
    overlays: any[];
    paths: { edition: string; matters: string[]; overlays: string[] };
  };
}
