/**
 * The typed API. `tsc --noEmit` (npm run typecheck, the first step of npm test) checks this file: every
 * `@ts-expect-error` line must fail to compile, and fails the typecheck if it compiles. vitest then runs it to show
 * that validation at run time is unchanged: each input the types reject is also rejected when evaluated.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CaseInputError,
  compile,
  compileEditions,
  evaluate,
  explain,
  loadRuleSet,
  safeEvaluate,
  type CaseFor,
  type CaseInput,
  type CompiledEditions,
  type CompiledRuleSet,
  type EditionTypes,
  type Fine,
  type Outcome,
  type OutcomeTier,
} from "../src/index.js";
import { yrd2023, yrd2025, type Yrd2023, type Yrd2023MatterId, type Yrd2025 } from "../src/rules.js";
import { readRuleSource } from "./helpers.js";

const typed = compile(loadRuleSet(yrd2023));
const fromDisk = compile(loadRuleSet(readRuleSource("yrd-2023")));

/** A valid yrd-2023 case (the example of the README): littering in a key area of Shanghai. */
const littering = {
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
} satisfies CaseFor<Yrd2023>;

describe("a bundled edition carries its types", () => {
  it("compile(loadRuleSet(yrd2023)) is typed, a rule set read from disk is general", () => {
    expectTypeOf(typed).toEqualTypeOf<CompiledRuleSet<Yrd2023>>();
    expectTypeOf(fromDisk).toEqualTypeOf<CompiledRuleSet<EditionTypes>>();
    expectTypeOf<CaseFor<EditionTypes>>().toEqualTypeOf<CaseInput>();
    // A typed rule set is still a CompiledRuleSet for everything that takes one (diff, export, safeEvaluate …).
    expectTypeOf(typed).toExtend<CompiledRuleSet>();
  });

  it("matter ids and fact types are generated from the rule files", () => {
    expectTypeOf<"cityscape.littering">().toExtend<Yrd2023MatterId>();
    expectTypeOf<"cityscape.litering">().not.toExtend<Yrd2023MatterId>();
    // location is an enum fact with the values "ordinary" and "key-area" (rules/yrd-2023/matters/cityscape.littering.json).
    expectTypeOf<Yrd2023["matters"]["cityscape.littering"]>().toEqualTypeOf<{ location: "ordinary" | "key-area" }>();
    // illegal tree felling: a money fact (decimal string) and two number facts.
    expectTypeOf<Yrd2023["matters"]["ecology.illegal-tree-felling"]["compensationStandard"]>().toEqualTypeOf<string>();
    expectTypeOf<Yrd2023["matters"]["ecology.illegal-tree-felling"]["treeCount"]>().toEqualTypeOf<number>();
    expectTypeOf<Yrd2023["matters"]["cityscape.dumping-garbage"]["transportedWaste"]>().toEqualTypeOf<boolean>();
  });

  it("a valid typed case evaluates as before", () => {
    const o = evaluate(typed, littering);
    expect(o.disposition).toBe("penalty");
    expect(o.fine).toEqual({ min: "40", max: "60", currency: "CNY" });
    // The same case through the general types gives the same outcome.
    expect(evaluate(fromDisk, littering)).toEqual(o);
  });

  it("a misspelled matter id does not compile, and is rejected when evaluated", () => {
    expect(() =>
      evaluate(typed, {
        ...littering,
        // @ts-expect-error "cityscape.litering" is not a matter of yrd-2023
        matter: "cityscape.litering",
      }),
    ).toThrow(CaseInputError);
    expectTypeOf({ ...littering, matter: "cityscape.litering" as const }).not.toExtend<CaseFor<Yrd2023>>();
  });

  it("a misspelled fact does not compile, and is rejected when evaluated", () => {
    expect(() =>
      evaluate(typed, {
        ...littering,
        // @ts-expect-error "locaton" is not a fact of cityscape.littering
        facts: { locaton: "key-area" },
      }),
    ).toThrow(CaseInputError);
    expectTypeOf({ ...littering, facts: { locaton: "key-area" as const } }).not.toExtend<CaseFor<Yrd2023>>();
  });

  it("a wrong enum value does not compile, and is rejected when evaluated", () => {
    expect(() =>
      evaluate(typed, {
        ...littering,
        // @ts-expect-error "main-road" is not a value of location ("ordinary" | "key-area")
        facts: { location: "main-road" },
      }),
    ).toThrow(CaseInputError);
    expectTypeOf({ ...littering, facts: { location: "main-road" as const } }).not.toExtend<CaseFor<Yrd2023>>();
  });

  it("a fact of the wrong type, an unknown jurisdiction or circumstance does not compile", () => {
    type DumpingFacts = Yrd2023["matters"]["cityscape.dumping-garbage"];
    // @ts-expect-error a number fact given as a string
    expectTypeOf<{ volume: "3"; transportedWaste: false }>().toExtend<DumpingFacts>();
    expect(() =>
      explain(typed, {
        ...littering,
        // @ts-expect-error "shanghia" is not a jurisdiction of yrd-2023
        jurisdiction: "shanghia",
      }),
    ).toThrow(CaseInputError);
    expect(() =>
      evaluate(typed, {
        ...littering,
        // @ts-expect-error "confesed" is not in the circumstance catalogue
        circumstances: ["confesed"],
      }),
    ).toThrow(CaseInputError);
  });

  it("CaseFor<Edition, MatterId> narrows a case to one matter", () => {
    const one: CaseFor<Yrd2023, "cityscape.littering"> = littering;
    expectTypeOf(one.facts).toEqualTypeOf<{ location: "ordinary" | "key-area" }>();
    // @ts-expect-error a case of another matter
    const other: CaseFor<Yrd2023, "cityscape.littering"> = { ...littering, matter: "cityscape.pet-feces", facts: {} };
    expect(other.matter).toBe("cityscape.pet-feces");
  });

  it("several matters (Art. 29): ids and fact names are checked", () => {
    const several = {
      ...littering,
      matter: ["cityscape.littering", "cityscape.spitting-urinating"],
      facts: { location: "key-area", conduct: "spitting" },
    } satisfies CaseFor<Yrd2023>;
    expect(evaluate(typed, several).disposition).toBe("penalty");
    // @ts-expect-error "cityscape.spiting" is not a matter of yrd-2023
    const misspelled: CaseFor<Yrd2023> = { ...littering, matter: ["cityscape.littering", "cityscape.spiting"] };
    expect(safeEvaluate(typed, misspelled).ok).toBe(false);
  });

  it("several editions (Art. 37) take a case of either edition", () => {
    const both = compileEditions([loadRuleSet(yrd2023), loadRuleSet(yrd2025)]);
    expectTypeOf(both).toEqualTypeOf<CompiledEditions<Yrd2023 | Yrd2025>>();
    expect(evaluate(both, littering).ruleSet.id).toBe("yrd-2023");
    // @ts-expect-error a matter of neither edition
    expect(() => evaluate(both, { ...littering, matter: "cityscape.jaywalking" })).toThrow(CaseInputError);
  });

  it("a case typed only as CaseInput (parsed JSON) is evaluated against the general type, or by safeEvaluate", () => {
    const parsed = JSON.parse(JSON.stringify(littering)) as CaseInput;
    // @ts-expect-error a general CaseInput is not checked against the bundled edition's types
    evaluate(typed, parsed);
    const general: CompiledRuleSet = typed;
    expect(evaluate(general, parsed)).toEqual(evaluate(typed, littering));
    expect(safeEvaluate(typed, parsed).ok).toBe(true);
  });

  it("a rule set read at run time takes any CaseInput; validation at run time is unchanged", () => {
    const input: CaseInput = { ...littering, matter: "cityscape.litering" };
    expect(() => evaluate(fromDisk, input)).toThrow(CaseInputError);
    // @ts-expect-error not a CaseInput at all (safeEvaluate takes unknown)
    expect(() => evaluate(fromDisk, { matter: 3 })).toThrow(CaseInputError);
    expect(safeEvaluate(fromDisk, { matter: 3 }).ok).toBe(false);
  });
});

describe("the Outcome is discriminated by disposition", () => {
  it("a penalty or may-waive outcome has a tier; no-penalty has neither tier nor fine", () => {
    const o: Outcome = evaluate(typed, littering);
    if (o.disposition === "penalty") {
      expectTypeOf(o.tier).toEqualTypeOf<OutcomeTier>();
      expectTypeOf(o.fine).toEqualTypeOf<Fine | null>(); // null for a warning-only tier
      expect(o.tier.id).toBe("general"); // no `!` needed
    }
    const waived: Outcome = evaluate(typed, { ...littering, harm: "minor", correction: "in-time" });
    if (waived.disposition === "may-waive") expect(waived.tier.id).toBe("general");
    const child: Outcome = evaluate(typed, { ...littering, party: { type: "individual", age: 13 } });
    expect(child.disposition).toBe("no-penalty");
    if (child.disposition === "no-penalty") {
      expectTypeOf(child.tier).toEqualTypeOf<null>();
      expectTypeOf(child.fine).toEqualTypeOf<null>();
    }
    // @ts-expect-error without narrowing, the tier may be null
    expect(() => o.tier.id).not.toThrow();
  });
});
