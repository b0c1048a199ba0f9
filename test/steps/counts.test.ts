/**
 * Counting prior violations (src/evaluate/counts.ts): the edition's first-violation policy (yrd-2023: 12 months back
 * from the act, same matter, anywhere in the region, punished or waived) and a matter's own repeat rule (the 随地吐痰
 * table's 被依法查处两次以上: all time, same matter, punished priors only). Each expected count is read off the policy.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, type CompiledRuleSet } from "../../src/index.js";
import { loadRuleSetFromDir } from "../../src/node.js";
import { priorCount, validateCase, type ValidCase } from "../../src/evaluate/index.js";
import { repeatCount } from "../../src/evaluate/counts.js";
import { compiled, root } from "../helpers.js";

const lawsDir = join(root, "rules", "laws");
const load = (dir: string) => compile(loadRuleSetFromDir(join(root, dir), { lawsDir }));
const sameCategory = load("fixtures/casebook/rulesets/same-category");
const localArea = load("fixtures/casebook/rulesets/local-area");
const spitting = load("test/rulesets/spitting-table");

type Prior = { matter: string; on: string; jurisdiction: string; punished?: boolean };

function valid(c: CompiledRuleSet, input: Record<string, unknown>): ValidCase {
  const r = validateCase(c, input);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return r.value;
}

const littering = (priors: Prior[], jurisdiction = "shanghai") => ({
  matter: "cityscape.littering",
  party: { type: "individual" },
  jurisdiction,
  occurredOn: "2024-05-10",
  discoveredOn: "2024-05-20",
  facts: { location: "ordinary" },
  circumstances: [],
  harm: "minor",
  correction: "late",
  priorViolations: priors,
});
const prior = (on: string, matter = "cityscape.littering", jurisdiction = "shanghai", punished?: boolean): Prior =>
  punished === undefined ? { matter, on, jurisdiction } : { matter, on, jurisdiction, punished };

describe("first-violation policy of yrd-2023: 12 months before the act, same matter, the whole region", () => {
  const count = (priors: Prior[], jurisdiction?: string) =>
    priorCount(compiled, valid(compiled, littering(priors, jurisdiction)));

  it("no priors, no count", () => {
    expect(count([])).toBe(0);
  });
  it("the window's first day counts; the day before it does not (2024-05-10 − 12 months = 2023-05-10)", () => {
    expect(count([prior("2023-05-10")])).toBe(1);
    expect(count([prior("2023-05-09")])).toBe(0);
    // Both near the edge at once: only the one inside.
    expect(count([prior("2023-05-09"), prior("2023-05-11")])).toBe(1);
  });
  it("a prior well inside the window counts, one on the act's own day too; one long before does not", () => {
    expect(count([prior("2024-01-15")])).toBe(1);
    expect(count([prior("2024-05-10")])).toBe(1);
    expect(count([prior("2022-01-01")])).toBe(0);
    expect(count([prior("2024-01-15"), prior("2023-12-01"), prior("2022-01-01")])).toBe(2);
  });
  it("a prior of another matter does not count under `same-matter`", () => {
    expect(count([prior("2024-01-15", "cityscape.street-vending")])).toBe(0);
  });
  it("`region`: a prior found in Zhejiang counts for an act in Shanghai", () => {
    expect(count([prior("2024-01-15", "cityscape.littering", "zhejiang")])).toBe(1);
  });
  it("a waived prior (首违不罚, punished: false) still shows the act is not a first violation", () => {
    expect(count([prior("2024-01-15", "cityscape.littering", "shanghai", false)])).toBe(1);
  });
  it("a prior dated after the act is not a prior (counted only backwards from the act)", () => {
    const v = valid(compiled, littering([prior("2024-05-01")]));
    // The same case read as if the act had happened a day before that record.
    const earlier: ValidCase = { ...v, days: { ...v.days, occurred: v.days.occurred - 10 } };
    expect(priorCount(compiled, earlier)).toBe(0);
  });
  it("one act under several provisions (Art. 29): a prior under any of them is the same conduct", () => {
    const input = {
      matter: ["cityscape.dumping-garbage", "ecology.domestic-waste-dumping"],
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2024-05-10",
      discoveredOn: "2024-05-20",
      facts: { volume: 0.5, transportedWaste: false, illegalGains: false },
      circumstances: [],
      harm: "minor",
      correction: "late",
      priorViolations: [prior("2024-01-15", "ecology.domestic-waste-dumping")],
    };
    expect(priorCount(compiled, valid(compiled, input))).toBe(1);
  });
});

describe("policy variants of the casebook test rule sets", () => {
  const stacking = (priors: Prior[], jurisdiction = "shanghai") => ({
    matter: "cityscape.public-space-stacking",
    party: { type: "individual" },
    jurisdiction,
    occurredOn: "2024-05-10",
    discoveredOn: "2024-05-20",
    facts: { occupiedArea: 5 },
    circumstances: [],
    harm: "minor",
    correction: "late",
    priorViolations: priors,
  });
  it("`same-category`: street vending (市容 street order) counts for stacking goods (the same category); littering (sanitation) does not", () => {
    expect(
      priorCount(sameCategory, valid(sameCategory, stacking([prior("2024-01-15", "cityscape.street-vending")]))),
    ).toBe(1);
    expect(priorCount(sameCategory, valid(sameCategory, stacking([prior("2024-01-15", "cityscape.littering")])))).toBe(
      0,
    );
    expect(
      priorCount(sameCategory, valid(sameCategory, stacking([prior("2024-01-15", "cityscape.public-space-stacking")]))),
    ).toBe(1);
  });
  it("`local`: only priors in the act's own province or municipality count (Qingpu is Shanghai; Zhejiang is not)", () => {
    const lit = (j: string, priorJ: string) =>
      priorCount(localArea, valid(localArea, littering([prior("2024-01-15", "cityscape.littering", priorJ)], j)));
    expect(lit("shanghai/qingpu", "shanghai")).toBe(1);
    expect(lit("shanghai", "shanghai/qingpu")).toBe(1);
    expect(lit("shanghai/qingpu", "zhejiang")).toBe(0);
    expect(lit("shanghai", "zhejiang/jiaxing")).toBe(0);
  });
});

describe("the 随地吐痰 table's repeat rule: 被依法查处两次以上 — all time, punished priors only", () => {
  const spit = (priors: Prior[]) =>
    valid(spitting, {
      matter: "cityscape.spitting-table",
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2025-08-01",
      discoveredOn: "2025-08-01",
      facts: { location: "side-street", conduct: "spitting", selfCorrected: false },
      circumstances: [],
      harm: "none",
      correction: "late",
      priorViolations: priors,
    });
  const cm = spitting.matters.get("cityscape.spitting-table")!;
  const m = "cityscape.spitting-table";

  it("counts punished priors of any age (2015 is as good as last month), in any jurisdiction of the region", () => {
    expect(repeatCount(spitting, spit([prior("2015-03-01", m), prior("2025-07-01", m, "zhejiang")]), cm)).toBe(2);
  });
  it("does not count a waived prior (punished: false); an unstated one was punished", () => {
    expect(repeatCount(spitting, spit([prior("2025-07-01", m, "shanghai", false), prior("2025-06-01", m)]), cm)).toBe(
      1,
    );
    expect(repeatCount(spitting, spit([prior("2025-07-01", m, "shanghai", true)]), cm)).toBe(1);
  });
  it("while the first-violation policy (12 months, punished or not) counts differently from the same records", () => {
    const v = spit([prior("2015-03-01", m), prior("2025-07-01", m, "shanghai", false)]);
    expect(priorCount(spitting, v)).toBe(1);
    expect(repeatCount(spitting, v, cm)).toBe(1);
  });
  it("a matter without a repeat rule has a repeat count of 0", () => {
    const v = valid(compiled, littering([prior("2024-01-15")]));
    expect(repeatCount(compiled, v, compiled.matters.get("cityscape.littering")!)).toBe(0);
  });
});
