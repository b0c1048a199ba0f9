import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mismatch, runFixtures } from "../src/cli/fixtures.js";
import { compiled, root } from "./helpers.js";

const cli = join(root, "dist", "cli.js");
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), "cailiang-fixtures-"));
const law = JSON.parse(readFileSync(join(root, "fixtures", "yrd-2023", "_law.json"), "utf8"));

describe("partial matching (the semantics of the project's own fixture tests)", () => {
  it("objects: members given must match, others are ignored; arrays: same length, element by element", () => {
    expect(mismatch({ a: 1, b: 2 }, { a: 1 })).toBeUndefined();
    expect(mismatch({ a: { x: 1, y: 2 } }, { a: { x: 2 } })).toEqual({ path: "a.x", expected: 2, actual: 1 });
    expect(mismatch({ g: [{ c: "a", m: true }, { c: "b" }] }, { g: [{ c: "a" }, { c: "b" }] })).toBeUndefined();
    expect(mismatch({ g: [{ c: "a" }, { c: "b" }] }, { g: [{ c: "a" }] })).toEqual({
      path: "g.length",
      expected: 1,
      actual: 2,
    });
    expect(mismatch({ tier: null }, { tier: null })).toBeUndefined();
    expect(mismatch({ tier: { id: "x" } }, { tier: null })).toEqual({
      path: "tier",
      expected: null,
      actual: { id: "x" },
    });
    expect(mismatch({}, { fine: { min: "1" } })).toEqual({ path: "fine", expected: { min: "1" }, actual: undefined });
  });
  it("a rejection is expected with issues; an outcome where a rejection is expected fails, and the other way round", () => {
    const [good] = law;
    const rejected = { ...good.case, facts: {} };
    const results = runFixtures(compiled, [
      { name: "rejects", case: rejected, expect: { issues: [{ code: "missing-fact", path: ["facts", "location"] }] } },
      { name: "wanted an outcome", case: rejected, expect: {} },
      { name: "wanted a rejection", case: good.case, expect: { issues: [] } },
    ]);
    expect(results.map((r) => r.passed)).toEqual([true, false, false]);
  });
});

describe("cailiang test", () => {
  it("passes the project's own fixture file against yrd-2023, exit 0", () => {
    const r = run(["test", "fixtures/yrd-2023/_law.json", "--rules", "yrd-2023"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${law.length} passed, 0 failed$`, "m"));
  });
  it("reports a failing fixture with the path that differs, exit 1", () => {
    const broken = structuredClone(law.slice(0, 2));
    broken[0].expect.fine.max = "61"; // the general tier of littering in a key area is 40–60 元
    writeFileSync(join(tmp, "mine.json"), JSON.stringify(broken));
    const r = run(["test", join(tmp, "mine.json"), "--rules", "rules/yrd-2023"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL  ${join(tmp, "mine.json")} #0 ${broken[0].name}`);
    expect(r.stdout).toContain('at fine.max: expected "61", got "60"');
    expect(r.stdout).toMatch(/^1 passed, 1 failed$/m);
    const json = JSON.parse(run(["test", join(tmp, "mine.json"), "--rules", "yrd-2023", "--json"]).stdout);
    expect(json).toMatchObject({
      passed: 1,
      failed: 1,
      results: [
        { index: 0, passed: false, mismatch: { path: "fine.max" } },
        { index: 1, passed: true },
      ],
    });
  });
  it("rejects a file that is not a fixture file with exit 2, naming the place", () => {
    writeFileSync(join(tmp, "bad.json"), JSON.stringify([{ name: "x", case: {} }]));
    const r = run(["test", join(tmp, "bad.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[0\]\.expect: \[invalid-usage\]/);
    expect(run(["test"]).code).toBe(2);
  });
  it("ships a JSON Schema of the format that the project's fixtures satisfy in shape", () => {
    const schema = JSON.parse(readFileSync(join(root, "rules", "schema", "fixtures.schema.json"), "utf8"));
    expect(schema.type).toBe("array");
    expect(schema.items.required).toEqual(["name", "case", "expect"]);
    expect(schema.items.additionalProperties).toBe(false);
  });
});
