import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index.js";
import { compiled, compiled2025, editions, fixtureFiles } from "./helpers.js";

// fixtures/<edition>/ run against that edition alone; fixtures/editions/ against all editions, chosen by date.
const targets = [
  ["yrd-2023", compiled],
  ["yrd-2025", compiled2025],
  ["editions", editions],
] as const;

describe.each(targets)("fixtures/%s", (dir, target) => {
  describe.each(fixtureFiles(dir))("%s", (_file, entries) => {
    it.each(entries.map((e) => [e.name, e] as const))("%s", (_name, entry) => {
      expect(evaluate(target, entry.case)).toMatchObject(entry.expect);
    });
  });
});
