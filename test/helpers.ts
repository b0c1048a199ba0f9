import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile, compileEditions, loadRuleSet, type RuleSetSource } from "../src/index.js";

export const root = join(import.meta.dirname, "..");

/** The rule files of an edition as they are on disk (the bundled copy is checked against them separately). */
export function readRuleSource(edition: string): RuleSetSource {
  const dir = join(root, "rules", edition);
  const files = readdirSync(join(dir, "matters")).filter((f) => f.endsWith(".json")).sort();
  const overlayDir = join(dir, "overlays");
  const overlays = existsSync(overlayDir) ? readdirSync(overlayDir).filter((f) => f.endsWith(".json")).sort() : [];
  return {
    edition: JSON.parse(readFileSync(join(dir, "edition.json"), "utf8")),
    matters: files.map((f) => JSON.parse(readFileSync(join(dir, "matters", f), "utf8"))),
    overlays: overlays.map((f) => JSON.parse(readFileSync(join(overlayDir, f), "utf8"))),
    paths: {
      edition: `rules/${edition}/edition.json`,
      matters: files.map((f) => `rules/${edition}/matters/${f}`),
      overlays: overlays.map((f) => `rules/${edition}/overlays/${f}`),
    },
  };
}

export const compiled = compile(loadRuleSet(readRuleSource("yrd-2023")));
export const compiled2025 = compile(loadRuleSet(readRuleSource("yrd-2025")));
export const editions = compileEditions([compiled, compiled2025]);

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
  return readRuleSource("yrd-2023") as { edition: any; matters: any[]; overlays: any[]; paths: { edition: string; matters: string[]; overlays: string[] } };
}
