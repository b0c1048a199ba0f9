/**
 * The hand-written fast path of case validation (acceptCase) against the full zod validation (validateCaseFully):
 * validateCase must give exactly the full validation's result — the same issues (codes, paths, messages) for every
 * invalid input, the same validated case for every valid one.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CaseInput } from "../src/index.js";
import { acceptCase, fastDayNumber, validateCase, validateCaseFully } from "../src/evaluate/validate.js";
import { dayNumber } from "../src/dates/index.js";
import { IsoDate } from "../src/schema/rules.js";
import { generateCorpus } from "../fixtures/corpus.js";
import { differentialCaseArbitrary } from "./arbitraries.js";
import { compiled, compiled2025, fixtureFiles } from "./helpers.js";

type Result = ReturnType<typeof validateCaseFully>;

/** A comparable form of a validation result (the validated input compared by value, key order aside). */
function comparable(r: Result) {
  if (!r.ok) return r;
  const v = r.value;
  return {
    ok: true,
    input: structuredClone(v.input),
    matters: v.matters.map((m) => m.matter.id),
    days: v.days,
    circumstances: v.circumstances,
  };
}

function same(input: unknown, target = compiled, options?: { checkEffectiveDates?: boolean }) {
  const full = validateCaseFully(target, input, options);
  expect(comparable(validateCase(target, input, options))).toEqual(comparable(full));
  const fast = acceptCase(target, input, options?.checkEffectiveDates !== false);
  if (fast) {
    // The fast path only ever accepts what the full validation accepts, as the same case.
    expect(full.ok).toBe(true);
    expect(comparable({ ok: true, value: fast })).toEqual(comparable(full));
  }
  return fast !== undefined;
}

const valid = {
  matter: "cityscape.littering",
  party: { type: "individual", age: 34 },
  jurisdiction: "shanghai",
  occurredOn: "2024-06-03",
  discoveredOn: "2024-06-03",
  facts: { location: "key-area" },
  circumstances: [],
  harm: "moderate",
  correction: "late",
  priorViolations: [],
};

describe("fast path of case validation", () => {
  it("knows every field of the case schema (update acceptCase when the schema changes)", () => {
    expect(Object.keys(CaseInput.shape)).toEqual([
      "matter",
      "party",
      "jurisdiction",
      "occurredOn",
      "endedOn",
      "continuing",
      "discoveredOn",
      "decidedOn",
      "facts",
      "circumstances",
      "harm",
      "correction",
      "priorViolations",
      "noFaultProven",
      "illegalGains",
    ]);
  });

  it("parses dates exactly as the schema and dayNumber do", () => {
    const start = Date.UTC(1899, 11, 20) / 86_400_000;
    const end = Date.UTC(3000, 0, 10) / 86_400_000;
    const wrong: string[] = [];
    for (let d = start; d <= end; d++) {
      const text = new Date(d * 86_400_000).toISOString().slice(0, 10);
      const expected = (IsoDate.safeParse(text).success ? dayNumber(text) : undefined) ?? Number.NaN;
      if (!Object.is(fastDayNumber(text), expected)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    for (const text of [
      "2023-02-29",
      "2024-02-30",
      "2023-13-01",
      "2023-00-10",
      "2023-01-00",
      "2023-04-31",
      "1900-02-29",
      "2000-02-29",
      "02023-01-01",
      "2023-1-01",
      "２０２３-01-01",
      "2023-01-01\n",
      " 2023-01-01",
      "2023/01/01",
      "abcd-ef-gh",
      "2023-01-0a",
      "",
      "+023-01-01",
      "-123-01-01",
    ]) {
      const expected = IsoDate.safeParse(text).success ? dayNumber(text) : undefined;
      expect(fastDayNumber(text)).toBe(expected ?? Number.NaN);
    }
    for (const x of [undefined, null, 20230101, new Date(0), ["2023-01-01"]]) expect(fastDayNumber(x)).toBeNaN();
  });

  it("accepts every fixture and corpus case, as the full validation does", () => {
    let accepted = 0;
    const cases = [
      ...fixtureFiles("yrd-2023").flatMap(([, es]) => es.map((e) => e.case)),
      ...[...generateCorpus({ seed: 5, size: 3000, ruleSet: compiled })].map((c) => JSON.parse(JSON.stringify(c))),
    ];
    for (const c of cases) if (same(c)) accepted++;
    expect(accepted).toBe(cases.length);
  });

  it("gives the full validation's issues for hand-picked invalid and unusual inputs", () => {
    const nullProto = Object.assign(Object.create(null), valid, {
      facts: Object.assign(Object.create(null), valid.facts),
    });
    class Case {
      constructor() {
        Object.assign(this, valid);
      }
    }
    const symbolFact = { ...valid, facts: { ...valid.facts, [Symbol("x")]: 1 } };
    const hiddenFact = {
      ...valid,
      facts: Object.defineProperty({}, "location", { value: "key-area", enumerable: false }),
    };
    const hiddenExtra = {
      ...valid,
      facts: Object.defineProperty({ location: "key-area" }, "extra", { value: 1, enumerable: false }),
    };
    const protoKey = { ...valid, facts: JSON.parse('{"location":"key-area","__proto__":1}') };
    const sparse = { ...valid, circumstances: [, "confessed"] }; // eslint-disable-line no-sparse-arrays
    const inputs: unknown[] = [
      nullProto,
      new Case(),
      symbolFact,
      hiddenFact,
      hiddenExtra,
      protoKey,
      sparse,
      { ...valid, party: Object.assign(Object.create({ age: 30 }), { type: "individual" }) },
      {
        ...valid,
        priorViolations: [
          Object.assign(Object.create({ jurisdiction: "zhejiang" }), {
            matter: "cityscape.littering",
            on: "2024-06-01",
          }),
        ],
      },
      null,
      undefined,
      0,
      "x",
      [],
      [valid],
      new Date(),
      { ...valid, endedOn: undefined, decidedOn: undefined, noFaultProven: undefined },
      { ...valid, party: { type: "individual", age: undefined, mentalState: undefined } },
      { ...valid, party: { type: "individual", age: -0 } },
      { ...valid, party: { type: "individual", age: 150 } },
      { ...valid, party: { type: "individual", age: 151 } },
      { ...valid, party: { type: "individual", age: 30.5 } },
      { ...valid, party: { type: "unit", age: 3 } },
      { ...valid, party: { type: "other" } },
      { ...valid, party: null },
      { ...valid, matter: ["cityscape.littering"] },
      { ...valid, matter: ["cityscape.littering", "cityscape.littering"] },
      { ...valid, matter: [] },
      { ...valid, matter: Array(17).fill("cityscape.littering") },
      { ...valid, matter: "Cityscape.littering" },
      { ...valid, jurisdiction: "jiangsu" },
      { ...valid, jurisdiction: "Shanghai" },
      { ...valid, circumstances: ["confessed", "confessed", "coerced"] },
      { ...valid, circumstances: Array(65).fill("confessed") },
      { ...valid, circumstances: [1] },
      { ...valid, harm: "none ", correction: "" },
      { ...valid, noFaultProven: "yes" },
      { ...valid, occurredOn: "2023-06-30" },
      { ...valid, occurredOn: "2025-07-01" },
      { ...valid, occurredOn: "2024-06-03", discoveredOn: "2024-06-02" },
      { ...valid, endedOn: "2024-06-02" },
      { ...valid, endedOn: "2024-06-10", decidedOn: "2024-06-05" },
      { ...valid, decidedOn: "2024-06-02" },
      { ...valid, priorViolations: [{ matter: "cityscape.littering", on: "2024-06-03", jurisdiction: "zhejiang" }] },
      { ...valid, priorViolations: [{ matter: "cityscape.littering", on: "2024-06-04", jurisdiction: "zhejiang" }] },
      { ...valid, priorViolations: [{ matter: "cityscape.littering", on: "2024-06-01" }] },
      {
        ...valid,
        priorViolations: [{ matter: "cityscape.littering", on: "2024-06-01", jurisdiction: "zhejiang", x: 1 }],
      },
      { ...valid, priorViolations: [{ matter: "cityscape.x", on: "2024-06-01", jurisdiction: "beijing" }] },
      {
        ...valid,
        priorViolations: Array(1001).fill({
          matter: "cityscape.littering",
          on: "2024-06-01",
          jurisdiction: "zhejiang",
        }),
      },
      { ...valid, facts: { location: "key-area", extra: true } },
      { ...valid, facts: {} },
      { ...valid, facts: null },
      { ...valid, facts: [] },
      {
        ...valid,
        matter: "ecology.illegal-tree-felling",
        facts: { compensationStandard: "0.00", treeCount: 1, trunkDiameter: 10 },
      },
      {
        ...valid,
        matter: "ecology.illegal-tree-felling",
        facts: { compensationStandard: "0.01", treeCount: 1, trunkDiameter: 10 },
      },
      {
        ...valid,
        matter: "ecology.illegal-tree-felling",
        facts: { compensationStandard: "12345678901234567890.12", treeCount: 1, trunkDiameter: 10 },
      },
      {
        ...valid,
        matter: "ecology.illegal-tree-felling",
        facts: { compensationStandard: "123456789012345678901.12", treeCount: 1, trunkDiameter: 10 },
      },
      {
        ...valid,
        matter: "ecology.illegal-tree-felling",
        facts: { compensationStandard: "01", treeCount: 1, trunkDiameter: 10 },
      },
      {
        ...valid,
        matter: "ecology.illegal-tree-felling",
        facts: { compensationStandard: "1", treeCount: 1.5, trunkDiameter: Infinity },
      },
      { ...valid, matter: "cityscape.roadside-car-wash", facts: { occupiedArea: Number.NaN } },
      { ...valid, matter: "cityscape.roadside-car-wash", facts: { occupiedArea: -0 } },
      {
        ...valid,
        matter: ["cityscape.littering", "cityscape.roadside-car-wash"],
        facts: { location: "key-area", occupiedArea: 3 },
      },
      { ...valid, matter: ["cityscape.littering", "cityscape.roadside-car-wash"], facts: { location: "key-area" } },
      {
        ...valid,
        matter: ["cityscape.littering", "cityscape.muck-vehicle-uncovered"],
        facts: { location: "key-area", coverage: "none" },
      },
    ];
    for (const input of inputs) same(input);
    same({ ...valid, occurredOn: "2023-06-30" }, compiled, { checkEffectiveDates: false });
    same({ ...valid, occurredOn: "2026-01-01", discoveredOn: "2026-01-01" }, compiled2025);
  });

  it("agrees with the full validation on generated valid and invalid cases, and on random mutations of them", () => {
    const matters = [...compiled.matters.keys()];
    const mutate = (c: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown => {
      if (path.length === 0) return value;
      if (c === null || typeof c !== "object") return c;
      const copy: any = Array.isArray(c) ? [...c] : { ...(c as object) };
      const [head, ...rest] = path;
      if (rest.length === 0 && remove) delete copy[head!];
      else copy[head!] = mutate(copy[head!], rest, value, remove);
      return copy;
    };
    const paths = (c: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      c === null || typeof c !== "object"
        ? [prefix]
        : [
            prefix,
            ...Object.keys(c).flatMap((k) => paths((c as any)[k], [...prefix, Array.isArray(c) ? Number(k) : k])),
          ];
    const weird = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom<unknown>(
        undefined,
        Number.NaN,
        Infinity,
        -0,
        "",
        "2024-02-30",
        "zhejiang/jiaxing",
        "cityscape.littering",
        "confessed",
        [],
        {},
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...matters).chain((id) => differentialCaseArbitrary(compiled, id, { invalidShare: 0.4 })),
        fc.nat(),
        weird,
        fc.integer({ min: 0, max: 3 }),
        (c, at, value, how) => {
          same(c);
          const ps = paths(c);
          const path = ps[at % ps.length]!;
          same(mutate(c, path, value, how === 0));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
