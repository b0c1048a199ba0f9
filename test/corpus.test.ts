import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { compileEditions, safeEvaluate } from "../src/index.js";
import { generateCorpus, mulberry32 } from "../fixtures/corpus.js";
import { compiled, compiled2025, root } from "./helpers.js";

const take = (seed: number, size: number, ruleSets = [compiled]) => [...generateCorpus({ seed, size, ruleSets })];

describe("corpus generator", () => {
  it("mulberry32 is deterministic and uniform enough", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.02);
  });

  it("is deterministic for a seed, and differs between seeds", () => {
    expect(take(42, 500)).toEqual(take(42, 500));
    expect(take(42, 200)).toEqual(take(42, 500).slice(0, 200));
    expect(take(43, 50)).not.toEqual(take(42, 50));
  });

  it("yields JSON data", () => {
    for (const c of take(1, 500)) expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
  });

  it.each([
    ["yrd-2023", [compiled]],
    ["yrd-2025", [compiled2025]],
  ] as const)("every case of %s evaluates without issues, inside the edition's period", (_id, ruleSets) => {
    const [edition] = ruleSets;
    for (const c of take(3, 5000, [...ruleSets])) {
      const r = safeEvaluate(edition, c);
      if (!r.ok) expect.fail(`${JSON.stringify(c)}\n${JSON.stringify(r.issues)}`);
    }
  });

  it("draws from several editions; every case is valid under the editions chosen by date", () => {
    const editions = compileEditions([compiled, compiled2025]);
    const cases = take(5, 3000, [compiled, compiled2025]);
    const years = new Set(cases.map((c) => c.occurredOn.slice(0, 4)));
    expect([...years].some((y) => y >= "2025")).toBe(true);
    expect([...years].some((y) => y <= "2024")).toBe(true);
    for (const c of cases) {
      const r = safeEvaluate(editions, c);
      if (!r.ok) expect.fail(`${JSON.stringify(c)}\n${JSON.stringify(r.issues)}`);
    }
  });

  it("has a realistic mix: mostly penalties, some waivers and exemptions, minors, priors elsewhere, facts around thresholds", () => {
    const cases = take(11, 10_000);
    const outcomes = cases.map((c) => safeEvaluate(compiled, c)).map((r) => (r.ok ? r.outcome : null));
    const share = (pred: (i: number) => boolean) => cases.filter((_, i) => pred(i)).length / cases.length;
    expect(share((i) => outcomes[i]!.disposition === "penalty")).toBeGreaterThan(0.5);
    expect(share((i) => outcomes[i]!.disposition === "may-waive")).toBeGreaterThan(0.03);
    expect(share((i) => outcomes[i]!.disposition === "no-penalty")).toBeGreaterThan(0.03);
    expect(share((i) => outcomes[i]!.firstViolation.applies !== "no")).toBeGreaterThan(0.1);
    expect(
      share((i) => cases[i]!.party.type === "individual" && ((cases[i]!.party as { age?: number }).age ?? 99) < 18),
    ).toBeGreaterThan(0.005);
    expect(
      share((i) =>
        cases[i]!.priorViolations.some((p) => p.jurisdiction.split("/")[0] !== cases[i]!.jurisdiction.split("/")[0]),
      ),
    ).toBeGreaterThan(0.02);
    expect(share((i) => Array.isArray(cases[i]!.matter))).toBeGreaterThan(0);
    for (const tier of ["lighter", "general", "heavier", "reduced"])
      expect(share((i) => outcomes[i]!.tier?.id === tier)).toBeGreaterThan(0.005);
    expect(new Set(cases.map((c) => c.matter)).size).toBeGreaterThan(compiled.matters.size);
  });

  it("has a command line writing JSON Lines", () => {
    const out = execFileSync(
      process.execPath,
      [
        join(root, "node_modules/tsx/dist/cli.mjs"),
        join(root, "fixtures/corpus.ts"),
        "--size",
        "20",
        "--seed",
        "9",
        "--rules",
        "yrd-2023",
      ],
      {
        encoding: "utf8",
      },
    );
    const lines = out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toStrictEqual(JSON.parse(JSON.stringify(take(9, 20))));
  });
});
