// @ts-nocheck -- cases here are plain data objects (as a case system sends them); their literal types widen to string, which the typed API rejects at compile time though the runtime validation accepts them.
/**
 * Circumstances, 从轻/从重 along a tier ladder, 减轻, and the procedure flags that follow from the fine, worked out
 * from yrd-2023's rules: tier formula (range thirds; max-only 0–20 %, 40–60 %, 60–100 %; 减轻 from 0 to just below the
 * minimum), adjustment.reduceAtMandatory 2, Art. 51 (individuals ≤ 200 元, units ≤ 3,000 元), legal review and
 * hearing from 5,000 元 (individuals) / 50,000 元 (units), every 减轻 reviewed.
 *
 * 市容条例 Art. 28 littering: ≤ 100 元 → 从轻 1–20 (0 lifted to 1 元), 一般 40–60, 从重 60–100.
 * 市容条例 roadside car wash: 300–3,000 元 → 从轻 300–1,200, 一般 1,200–2,100, 从重 2,100–3,000; 减轻 1–299.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, explain, type Outcome } from "../../src/index.js";
import { loadRuleSetFromDir } from "../../src/node.js";
import { compiled as bundled_compiled, root } from "../helpers.js";
import type { CompiledRuleSet as GeneralRuleSet, Evaluable as GeneralEvaluable } from "../../src/index.js";
const compiled: GeneralRuleSet = bundled_compiled; // the cases here are plain data, typed as the general CaseInput

const spitting = compile(
  loadRuleSetFromDir(join(root, "test/rulesets/spitting-table"), { lawsDir: join(root, "rules", "laws") }),
);
const step = (o: Outcome, name: string) => o.trace!.find((t) => t.step === name)!;
const fine = (o: Outcome) => (o.fine ? [o.fine.min, o.fine.max] : null);
const codes = (o: Outcome) => o.grounds.map((g) => g.code + (g.ref ? `(${g.ref})` : ""));
const prior = (on: string) => ({ matter: "cityscape.littering", on, jurisdiction: "shanghai" });

const littering = (
  circumstances: string[],
  priors: { matter: string; on: string; jurisdiction: string }[] = [],
  party: object = { type: "individual" },
) =>
  explain(compiled, {
    matter: "cityscape.littering",
    party,
    jurisdiction: "shanghai",
    occurredOn: "2024-05-10",
    discoveredOn: "2024-05-20",
    facts: { location: "ordinary" },
    circumstances,
    harm: "minor",
    correction: "late",
    priorViolations: priors,
  });
const carWash = (circumstances: string[], occupiedArea: number, party: object = { type: "individual" }) =>
  explain(compiled, {
    matter: "cityscape.roadside-car-wash",
    party,
    jurisdiction: "shanghai",
    occurredOn: "2024-05-10",
    discoveredOn: "2024-05-20",
    facts: { occupiedArea },
    circumstances,
    harm: "minor",
    correction: "late",
    priorViolations: [],
  });

describe("one step lighter or heavier along the ladder", () => {
  it("an aggravating circumstance moves littering's 从轻 tier to 一般: 40–60 元", () => {
    const o = littering(["serious-impact"]);
    expect(o.tier?.id).toBe("general");
    expect(fine(o)).toEqual(["40", "60"]);
    expect(codes(o)).toEqual(["statutory-penalty", "aggravating-circumstance(serious-impact)"]);
    const s = step(o, "adjustment");
    expect(s.result).toBe("applied");
    expect(s.citation).toBeNull();
    expect(s.note.zh).toBe("从重情节：由“从轻”调整为“一般”");
    expect(s.note.en).toBe('aggravating circumstance(s) move the tier from "lighter" to "general"');
  });
  it("a mandatory mitigating circumstance (Art. 32 (一)) moves 一般 (one prior) to 从轻, citing Art. 32", () => {
    const o = littering(["eliminated-harm"], [prior("2024-01-15")]);
    expect(o.tier?.id).toBe("lighter");
    expect(fine(o)).toEqual(["1", "20"]);
    expect(o.grounds[1]).toMatchObject({ code: "mitigating-circumstance", ref: "eliminated-harm", mandatory: true });
    const s = step(o, "adjustment");
    expect(s.citation?.article).toBe("第三十二条");
    expect(s.note.zh).toBe("从轻情节：由“一般”调整为“从轻”");
    expect(s.note.en).toBe('mitigating circumstance(s) move the tier from "general" to "lighter"');
  });
  it("mitigating and aggravating circumstances cancel: the facts' tier, both listed", () => {
    const o = littering(["voluntarily-stopped", "serious-impact"], [prior("2024-01-15")]);
    expect(o.tier?.id).toBe("general");
    expect(fine(o)).toEqual(["40", "60"]);
    // The case's circumstances are listed in the catalogue's order, whatever order the case gives them in: the
    // edition lists the mitigating ones (voluntarily-stopped) before the aggravating ones (serious-impact).
    expect(codes(o)).toEqual([
      "statutory-penalty",
      "mitigating-circumstance(voluntarily-stopped)",
      "aggravating-circumstance(serious-impact)",
    ]);
    expect(step(o, "adjustment").note.en).toBe(
      "mitigating and aggravating circumstances cancel out: the tier the facts select applies",
    );
    expect(step(o, "adjustment").note.zh).toBe("从轻情节与从重情节相互抵消，适用事实对应的阶次");
  });
  it("two mandatory circumstances with an aggravating one do not reduce: they cancel", () => {
    const o = carWash(["eliminated-harm", "confessed", "serious-impact"], 30);
    expect(o.tier?.id).toBe("general");
    expect(fine(o)).toEqual(["1200", "2100"]);
  });
});

describe("at the end of a ladder: the lighter or heavier half of the band", () => {
  it("a non-mandatory mitigating circumstance at 从轻 1–20: the lighter half, 1–10 (1 + 19/2 = 10.5, rounded down)", () => {
    const o = littering(["voluntarily-stopped"]);
    expect(o.tier?.id).toBe("lighter");
    expect(fine(o)).toEqual(["1", "10"]);
    const s = step(o, "adjustment");
    expect(s.citation).toBeNull();
    expect(s.note.zh).toBe("“从轻”已是最轻的阶次：在其幅度较低的一半内处罚");
    expect(s.note.en).toBe('"lighter" is already the lightest tier: the lighter half of its band applies');
  });
  it("an aggravating circumstance at 从重 60–100 (two priors): the heavier half, 80–100", () => {
    const o = littering(["serious-impact"], [prior("2024-01-15"), prior("2024-02-15")]);
    expect(o.tier?.id).toBe("heavier");
    expect(fine(o)).toEqual(["80", "100"]);
    expect(step(o, "adjustment").note.zh).toBe("“从重”已是最重的阶次：在其幅度较高的一半内处罚");
    expect(step(o, "adjustment").note.en).toBe(
      '"heavier" is already the heaviest tier: the heavier half of its band applies',
    );
  });
  it("an aggravating circumstance at a single-amount heaviest cell (小街小巷 两次以上 → 20 元) changes nothing and is not listed", () => {
    const m = "cityscape.spitting-table";
    const o = explain(spitting, {
      matter: m,
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2025-08-01",
      discoveredOn: "2025-08-01",
      facts: { location: "side-street", conduct: "spitting", selfCorrected: false },
      circumstances: ["serious-impact"],
      harm: "none",
      correction: "late",
      priorViolations: [
        { matter: m, on: "2024-01-01", jurisdiction: "shanghai" },
        { matter: m, on: "2025-01-01", jurisdiction: "shanghai" },
      ],
    });
    expect(o.tier?.id).toBe("side-20");
    expect(fine(o)).toEqual(["20", "20"]);
    expect(codes(o)).toEqual(["statutory-penalty"]);
    const s = step(o, "adjustment");
    expect(s.result).toBe("not-applied");
    expect(s.note.en).toBe('the aggravating circumstance(s) change nothing: "side-20" has nothing heavier');
    expect(s.note.zh).toContain("从重情节未能改变处罚");
    expect(s.note.zh).toContain("已无更重的处罚");
  });
});

describe("a circumstance at a warning-only cell (随地吐痰 table: 小街小巷，自行纠正 → 警告)", () => {
  const warningCell = (circumstances: string[]) =>
    explain(spitting, {
      matter: "cityscape.spitting-table",
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2025-08-01",
      discoveredOn: "2025-08-01",
      facts: { location: "side-street", conduct: "spitting", selfCorrected: true },
      circumstances,
      harm: "minor",
      correction: "late",
      priorViolations: [],
    });
  it("a discretionary mitigating circumstance changes nothing (a warning is the lightest there is) and is not listed", () => {
    const o = warningCell(["voluntarily-stopped"]);
    expect(o.tier?.id).toBe("side-warning");
    expect(o.fine).toBeNull();
    expect(codes(o)).toEqual(["statutory-penalty"]);
    const s = step(o, "adjustment");
    expect(s.result).toBe("not-applied");
    expect(s.citation).toBeNull();
    expect(s.note.en).toBe('the mitigating circumstance(s) change nothing: "side-warning" has nothing lighter');
    expect(s.note.zh).toBe("从轻情节未能改变处罚：“小街小巷，自行纠正：警告”已无更轻的处罚");
  });
});

describe("减轻 (below the statutory minimum)", () => {
  it("two mandatory 从轻或者减轻 circumstances, none aggravating: 1–299 元 under 300–3,000, listed with reduced-penalty, legally reviewed", () => {
    const o = carWash(["eliminated-harm", "confessed"], 5);
    expect(o.tier?.id).toBe("reduced");
    expect(o.tier?.label).toEqual({ zh: "减轻", en: "Reduced" });
    expect(fine(o)).toEqual(["1", "299"]);
    expect(codes(o)).toEqual([
      "statutory-penalty",
      // The law's order, Art. 32 (一) before (三), not the ids' alphabetical order.
      "mitigating-circumstance(eliminated-harm)",
      "mitigating-circumstance(confessed)",
      "reduced-penalty",
    ]);
    expect(o.grounds.at(-1)).toMatchObject({ mandatory: false });
    expect(o.grounds.at(-1)?.citation?.article).toBe("第三十二条");
    const s = step(o, "adjustment");
    expect(s.note.en).toBe(
      "2 mandatory 从轻或者减轻 circumstance(s), none aggravating: 减轻, below the statutory minimum",
    );
    expect(s.note.zh).toBe("2 个应当从轻或者减轻的情节，没有从重情节：减轻处罚，低于法定最低罚款");
    // Every 减轻 goes to legal review (yrd-2023 reducedAlwaysReviewed), so no decision on the spot.
    expect(o.procedure).toEqual({ simpleProcedure: false, legalReview: true, hearing: false });
    expect(o.citations.map((c) => c.article)).toContain(compiled.edition.generalRules.statute.legalReview.article);
  });
  it("a 15-year-old (Art. 30) with one Art. 32 circumstance: two mandatory grounds → 减轻", () => {
    const o = carWash(["confessed"], 5, { type: "individual", age: 15 });
    expect(o.tier?.id).toBe("reduced");
    expect(codes(o)).toEqual([
      "statutory-penalty",
      "minor-age-mitigation",
      "mitigating-circumstance(confessed)",
      "reduced-penalty",
    ]);
  });
  it("a fine with no statutory minimum (≤ 100 元) cannot be reduced in amount: two mandatory circumstances move one tier lighter", () => {
    const o = littering(["eliminated-harm", "confessed"], [prior("2024-01-15")]);
    expect(o.tier?.id).toBe("lighter");
    expect(fine(o)).toEqual(["1", "20"]);
  });
  it("one non-mandatory and one mandatory circumstance count one towards 减轻: one tier lighter", () => {
    const o = carWash(["voluntarily-stopped", "confessed"], 30);
    expect(o.tier?.id).toBe("lighter");
    expect(fine(o)).toEqual(["300", "1200"]);
  });
});

describe("procedure flags on the fine's upper bound", () => {
  it("littering 1–20 元 for an individual: simple procedure (≤ 200 元), no review, no hearing", () => {
    const o = littering([]);
    expect(o.procedure).toEqual({ simpleProcedure: true, legalReview: false, hearing: false });
    const s = step(o, "procedure");
    expect(s.reads).toEqual({ fineMax: "20", party: "individual" });
    expect(s.citation?.article).toBe(compiled.edition.generalRules.statute.simpleProcedure.citation.article);
    expect(s.note.zh).toBe("可以适用简易程序；无需法制审核；不涉及听证（按罚款幅度上限判断）");
    expect(s.note.en).toBe(
      "simple procedure available; legal review not required; hearing right not triggered (flags use the upper bound of the range)",
    );
  });
  it("car wash 2,100–3,000 元: not simple for an individual (> 200); simple for a unit (三千元以下 includes 3,000)", () => {
    const person = carWash([], 80);
    expect(fine(person)).toEqual(["2100", "3000"]);
    expect(person.procedure).toEqual({ simpleProcedure: false, legalReview: false, hearing: false });
    expect(step(person, "procedure").citation).toBeNull();
    expect(step(person, "procedure").note.zh).toBe("不可适用简易程序；无需法制审核；不涉及听证（按罚款幅度上限判断）");
    const unit = carWash([], 80, { type: "unit" });
    expect(unit.procedure).toEqual({ simpleProcedure: true, legalReview: false, hearing: false });
  });
  it("no penalty: no procedure flag at all", () => {
    const o = littering([], [], { type: "individual", age: 12 });
    expect(o.procedure).toEqual({ simpleProcedure: false, legalReview: false, hearing: false });
  });
});
