import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile, loadRuleSet } from "../src/index.js";
import { yrd2023 } from "../src/rules.js";

export const root = join(import.meta.dirname, "..");
export const compiled = compile(loadRuleSet(yrd2023));

export interface Fixture {
  name: string;
  case: Record<string, unknown>;
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
  return structuredClone(yrd2023) as { edition: any; matters: any[]; paths: { edition: string; matters: string[] } };
}
