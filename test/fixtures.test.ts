import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index.js";
import { compiled, fixtureFiles } from "./helpers.js";

describe.each(fixtureFiles("yrd-2023"))("fixtures %s", (_file, entries) => {
  it.each(entries.map((e) => [e.name, e] as const))("%s", (_name, entry) => {
    expect(evaluate(compiled, entry.case)).toMatchObject(entry.expect);
  });
});
