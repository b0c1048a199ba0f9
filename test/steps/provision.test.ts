// @ts-nocheck -- cases here are plain data objects (as a case system sends them); their literal types widen to string, which the typed API rejects at compile time though the runtime validation accepts them.
/**
 * The steps that depend on the matter's own rule data: statutory stages (噪声污染防治法 Art. 81), the penalty article's
 * preconditions (市容条例 Art. 26 ¶1: 责令改正后拒不改正), the 首违不罚 list (上海 城市管理轻微违法违规行为免罚清单),
 * Art. 29 (one act, several provisions) and a factor-score fine — what each finds and what its trace says.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, explain, type Outcome } from "../../src/index.js";
import { loadRuleSetFromDir } from "../../src/node.js";
import { Dec } from "../../src/money/index.js";
import { compiled, compiled2025, root } from "../helpers.js";

const step = (o: Outcome, name: string) => {
  const s = o.trace!.find((t) => t.step === name);
  if (!s) throw new Error(`no ${name} step in ${o.trace!.map((t) => t.step).join(", ")}`);
  return s;
};
const base = {
  jurisdiction: "shanghai",
  occurredOn: "2024-05-10",
  discoveredOn: "2024-05-20",
  circumstances: [],
  harm: "minor",
  priorViolations: [],
};

describe("statutory stages (噪声污染防治法 Art. 81: 拒不改正的，处五万元以上二十万元以下的罚款 … 责令停业)", () => {
  const loudspeaker = (correction: string) =>
    explain(compiled, {
      ...base,
      matter: "ecology.commercial-loudspeaker",
      party: { type: "unit" },
      facts: { days: 4 },
      correction,
    });
  it("refusal: the stage applies, is listed as a ground with its citation, and brings the optional 责令停业", () => {
    const o = loudspeaker("refused");
    const s = step(o, "statutory-stage");
    expect(s.result).toBe("applied");
    expect(s.reads).toEqual({ correction: "refused" });
    expect(s.citation?.article).toBe("第八十一条第一款");
    expect(s.note).toEqual({
      zh: "拒不改正：适用该句规定的罚款",
      en: "Refused to correct: the fine of this sentence applies",
    });
    expect(o.grounds[1]).toMatchObject({ code: "statutory-stage", mandatory: true, ref: "refused-to-correct" });
    // The general third of 50,000–200,000: 100,000–150,000.
    expect(o.fine).toMatchObject({ min: "100000", max: "150000" });
    expect(o.sanctions.find((x) => x.code === "order-to-stop-work")).toMatchObject({
      mandatory: false,
      kind: "penalty",
    });
    // 责令停业 is on the edition's hearing list (Art. 63), and the fine is above the unit thresholds anyway.
    expect(o.procedure).toEqual({ simpleProcedure: false, legalReview: true, hearing: true });
  });
  it("late correction is not refusal: the base fine, and the trace says which stage did not hold", () => {
    const o = loudspeaker("late");
    const s = step(o, "statutory-stage");
    expect(s.result).toBe("not-applied");
    expect(s.note).toEqual({
      zh: "拒不改正不成立：适用基本罚款幅度",
      en: "Refused to correct: not the case; the base fine applies",
    });
    expect(o.grounds.map((g) => g.code)).not.toContain("statutory-stage");
    expect(o.sanctions.map((x) => x.code)).not.toContain("order-to-stop-work");
  });
  it("a matter without stages has no stage step", () => {
    const o = explain(compiled, {
      ...base,
      matter: "cityscape.littering",
      party: { type: "individual" },
      facts: { location: "ordinary" },
      correction: "late",
    });
    expect(o.trace!.some((t) => t.step === "statutory-stage")).toBe(false);
  });
});

describe("preconditions of the penalty article", () => {
  const hanging = (correction: string) =>
    explain(compiled, {
      ...base,
      matter: "cityscape.hanging-on-public-facilities",
      party: { type: "individual" },
      facts: { location: "ordinary" },
      correction,
    });
  it("unmet: no fine, the precondition named, the penalty article cited", () => {
    const o = hanging("late");
    expect(o.disposition).toBe("no-penalty");
    const s = step(o, "preconditions");
    expect(s.result).toBe("applied");
    expect(s.citation?.article).toBe("第二十六条第一款");
    expect(s.note.zh).toBe("处罚以责令改正后拒不改正为前提，该条件不成立：不予处罚");
    expect(s.note.en).toBe("the fine needs Refused to correct after an order to correct, which does not hold");
    expect(o.grounds).toEqual([
      expect.objectContaining({ code: "precondition-unmet", mandatory: true, ref: "refused-correction" }),
    ]);
    expect(o.grounds[0]!.citation?.article).toBe("第二十六条第一款");
  });
  it("met: the fine applies and the trace says every precondition holds", () => {
    const o = hanging("refused");
    expect(o.disposition).toBe("penalty");
    const s = step(o, "preconditions");
    expect(s.result).toBe("not-applied");
    expect(s.note).toEqual({ zh: "处罚的前提条件均成立", en: "every precondition of the fine holds" });
  });
  it("two unmet preconditions are joined in the note", () => {
    const o = explain(compiled, {
      ...base,
      matter: "cityscape.waste-missorting",
      party: { type: "individual" },
      facts: { mixture: "other", serious: false },
      correction: "late",
    });
    expect(step(o, "preconditions").note.zh).toBe(
      "处罚以责令改正后拒不改正、将有害垃圾或者湿垃圾与其他生活垃圾混合投放为前提，该条件不成立：不予处罚",
    );
  });
});

describe("the 首违不罚 list", () => {
  const site = (over: Record<string, unknown>) =>
    explain(compiled, {
      ...base,
      matter: "cityscape.site-facilities-missing",
      party: { type: "unit" },
      facts: { deficiency: "none" },
      harm: "none",
      correction: "in-time",
      ...over,
    });
  it("every list condition holds: shall not punish, the list cited with its source", () => {
    const o = site({});
    const s = step(o, "first-violation-list");
    expect(s.result).toBe("applied");
    expect(s.note).toEqual({
      zh: "首违不罚清单事项，清单条件均满足：不予行政处罚",
      en: "listed matter and every condition of the list item holds: no penalty",
    });
    expect(o.grounds[0]).toMatchObject({ code: "first-violation-list", mandatory: true });
    expect(o.grounds[0]!.source?.title).toBe("城市管理轻微违法违规行为免罚清单");
    expect(o.firstViolation).toEqual({ listed: true, applies: "shall", unmet: [] });
  });
  it("unmet list conditions are named; the statutory verdict is then given by Art. 33 ¶1 s2", () => {
    const o = site({ harm: "minor", correction: "late" });
    const s = step(o, "first-violation-list");
    expect(s.result).toBe("not-applied");
    expect(s.note.zh).toBe("首违不罚清单事项，未满足：责令限期改正后及时改正、没有造成危害后果");
    expect(s.note.en).toBe(
      "listed matter; unmet: Corrected in time after an order to correct by a deadline, No harmful consequence",
    );
    expect(o.firstViolation.applies).toBe("no");
    expect(o.firstViolation.unmet.map((u) => u.id)).toEqual(["corrected-after-order", "no-harm"]);
    // Art. 33 ¶1 s2's own conditions are named too: correction late fails 及时改正 (minor harm is enough there).
    expect(step(o, "first-violation").note).toEqual({
      zh: "不适用“首违可以不罚”：未满足及时改正",
      en: "Art. 33 ¶1 s2 does not apply; unmet: Corrected in time",
    });
  });
  it("a matter not on the list has no list step", () => {
    const o = explain(compiled, {
      ...base,
      matter: "cityscape.littering",
      party: { type: "individual" },
      facts: { location: "ordinary" },
      correction: "late",
    });
    expect(o.trace!.some((t) => t.step === "first-violation-list")).toBe(false);
    expect(o.firstViolation.listed).toBe(false);
  });
});

describe("Art. 29: one act, several provisions", () => {
  const dumping = {
    ...base,
    party: { type: "individual" },
    facts: { volume: 0.5, transportedWaste: false, illegalGains: false },
    correction: "late",
  };
  it("one fine under the provision with the higher statutory maximum, the trace listing each provision's range", () => {
    const o = explain(compiled, {
      ...dumping,
      matter: ["cityscape.dumping-garbage", "ecology.domestic-waste-dumping"],
    });
    expect(o.matter.id).toBe("ecology.domestic-waste-dumping");
    const s = step(o, "one-act-several-provisions");
    expect(s.result).toBe("applied");
    expect(s.citation?.article).toBe("第二十九条");
    expect(Object.keys(s.reads)).toEqual(["cityscape.dumping-garbage", "ecology.domestic-waste-dumping"]);
    for (const v of Object.values(s.reads)) expect(v).toMatch(/^\d+–\d+$/);
    expect(s.note.en).toBe(
      "one fine, under ecology.domestic-waste-dumping, the provision with the higher statutory fine",
    );
    expect(s.note.zh).toMatch(/^同一违法行为违反多个规定：按罚款数额高的“.+”处罚一次$/);
    expect(o.grounds.at(-1)).toMatchObject({ code: "one-fine-higher-provision", mandatory: true });
  });
  it("no fine due under any provision: the first stands and Art. 29 is not applied", () => {
    const o = explain(compiled, {
      ...dumping,
      party: { type: "individual", age: 12 },
      matter: ["cityscape.dumping-garbage", "ecology.domestic-waste-dumping"],
    });
    expect(o.matter.id).toBe("cityscape.dumping-garbage");
    expect(o.grounds.map((g) => g.code)).not.toContain("one-fine-higher-provision");
    const s = step(o, "one-act-several-provisions");
    expect(s.result).toBe("not-applied");
    expect(s.note).toEqual({
      zh: "各项规定下均不应给予罚款：不适用第二十九条",
      en: "no fine is due under any of the provisions: Art. 29 does not apply",
    });
  });
});

describe("a factor-score fine (裁量百分比)", () => {
  const eco = compile(
    loadRuleSetFromDir(join(root, "test/rulesets/factor-score"), { lawsDir: join(root, "rules", "laws") }),
  );
  it("the trace shows each factor's score and the sum", () => {
    const cm = eco.matters.values().next().value!;
    const matter = cm.matter;
    // The first value of each factor.
    const facts: Record<string, unknown> = {};
    for (const [name, decl] of Object.entries(matter.facts))
      facts[name] =
        decl.type === "enum"
          ? decl.values[0]!.value
          : decl.type === "boolean"
            ? false
            : decl.type === "number"
              ? 1
              : "1";
    const r = explain(eco, {
      ...base,
      occurredOn: eco.edition.effectiveFrom,
      discoveredOn: eco.edition.effectiveFrom,
      matter: matter.id,
      party: { type: "unit" },
      facts,
      correction: "late",
    });
    const s = step(r, "factor-score");
    const factors = cm.factors!;
    const sum = factors.reduce((a, f) => a.plus(f.scores.get(facts[f.fact] as string)!), new Dec(0));
    expect(s.note.en.startsWith(`discretion percentage = sum of factor scores = ${sum.toFixed()} (`)).toBe(true);
    expect(s.note.en.endsWith("); fine = min + (max − min) × percentage")).toBe(true);
    for (const f of factors)
      expect(s.note.en).toContain(
        `${f.fact}=${String(facts[f.fact])}: ${f.scores.get(facts[f.fact] as string)!.toFixed()}`,
      );
    expect(s.note.zh).toContain(`裁量百分比 = 各因子分值之和 = ${sum.toFixed()}（`);
    expect(Object.keys(s.reads)).toEqual(factors.map((f) => f.fact));
  });
});

describe("a local refinement (yrd-2025 Qingpu overlay)", () => {
  it("is listed as a ground and traced with the overlay's title", () => {
    const o = explain(compiled2025, {
      ...base,
      matter: "cityscape.roadside-car-wash",
      party: { type: "individual" },
      jurisdiction: "shanghai/qingpu",
      occurredOn: "2025-08-10",
      discoveredOn: "2025-08-12",
      facts: { occupiedArea: 40 },
      correction: "late",
    });
    expect(o.grounds.map((g) => g.code)).toContain("local-refinement");
    const s = step(o, "local-refinement");
    expect(s.result).toBe("applied");
    expect(s.reads).toEqual({ jurisdiction: "shanghai/qingpu", tier: "general" });
    expect(s.note.en).toMatch(/: refined within the shanghai tier$/);
    expect(s.note.zh).toMatch(/：在shanghai阶次内细化幅度$/);
  });
});

describe("overlay bands of a fine that depends on the case (yrd-2025 Qingpu: green-space occupation 从轻 at 0–1/6)", () => {
  // 上海绿化条例: 500–2,000 元 per m²; 6 m² → 3,000–12,000 元. Shanghai's 从轻 third: 3,000–6,000. Qingpu's overlay narrows
  // the 从轻 tier to the first sixth: 3,000 + 9,000 / 6 = 4,500 → 3,000–4,500.
  const green = (jurisdiction: string) =>
    explain(compiled2025, {
      ...base,
      matter: "ecology.green-space-occupation",
      party: { type: "individual" },
      jurisdiction,
      occurredOn: "2025-08-10",
      discoveredOn: "2025-08-12",
      facts: { area: 6, greenSpaceKind: "other" },
      correction: "late",
    });
  it("Qingpu: 3,000–4,500 with the local refinement listed", () => {
    const o = green("shanghai/qingpu");
    expect(o.tier?.id).toBe("lighter");
    expect(o.fine).toMatchObject({ min: "3000", max: "4500" });
    expect(o.grounds.map((g) => g.code)).toContain("local-refinement");
    expect(o.grounds.find((g) => g.code === "local-refinement")?.ref).toBe("shanghai/qingpu");
  });
  it("Shanghai itself: the basis's own third, 3,000–6,000, no refinement", () => {
    const o = green("shanghai");
    expect(o.fine).toMatchObject({ min: "3000", max: "6000" });
    expect(o.grounds.map((g) => g.code)).not.toContain("local-refinement");
  });
  it("a unit washing cars in Qingpu gets the overlay's unit amounts, 1,500–2,100", () => {
    const o = explain(compiled2025, {
      ...base,
      matter: "cityscape.roadside-car-wash",
      party: { type: "unit" },
      jurisdiction: "shanghai/qingpu",
      occurredOn: "2025-08-10",
      discoveredOn: "2025-08-12",
      facts: { occupiedArea: 40 },
      correction: "late",
    });
    expect(o.fine).toMatchObject({ min: "1500", max: "2100" });
  });
});
