// @ts-nocheck -- cases here are plain data objects (as a case system sends them); their literal types widen to string, which the typed API rejects at compile time though the runtime validation accepts them.
/**
 * Each step's finding and what its trace tells the reader, in Chinese and English: the article applied, the period or
 * age or circumstance it turned on, and whether it held. Cases are built from yrd-2023's rule files: 市容条例 Art. 28
 * littering (≤ 100 元, ordinary area, first violation → 从轻 1–20 元), Art. 36's two years, Art. 30's ages 14 and 18.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, explain, type Outcome } from "../../src/index.js";
import { loadRuleSetFromDir } from "../../src/node.js";
import { compiled, root } from "../helpers.js";

type Step = NonNullable<Outcome["trace"]>[number];
const safety = compile(
  loadRuleSetFromDir(join(root, "fixtures/casebook/rulesets/safety-relevant"), {
    lawsDir: join(root, "rules", "laws"),
  }),
);

const littering = (over: Record<string, unknown> = {}) => ({
  matter: "cityscape.littering",
  party: { type: "individual" },
  jurisdiction: "shanghai",
  occurredOn: "2024-05-10",
  discoveredOn: "2024-05-20",
  facts: { location: "ordinary" },
  circumstances: [],
  harm: "minor",
  correction: "late",
  priorViolations: [],
  ...over,
});

function step(o: Outcome, name: string): Step {
  const s = o.trace!.find((t) => t.step === name);
  if (!s) throw new Error(`no "${name}" step in [${o.trace!.map((t) => t.step).join(", ")}]`);
  return s;
}
const noStep = (o: Outcome, name: string) =>
  expect(
    o.trace!.some((t) => t.step === name),
    name,
  ).toBe(false);

describe("Art. 36 limitation", () => {
  it("found within two years: not applied, the period and its start named", () => {
    const s = step(explain(compiled, littering()), "limitation");
    expect(s.result).toBe("not-applied");
    expect(s.note.zh).toBe("违法行为发生于 2024-05-10，于 2024-05-20 被发现，未超过 2 年追责期限");
    expect(s.note.en).toBe("2-year period from 2024-05-10; discovered 2024-05-20: within the period");
    expect(s.citation?.article).toBe("第三十六条");
  });
  it("found the day after the two years: applied, no penalty, and no order to correct an act that is over", () => {
    const o = explain(
      compiled,
      littering({ occurredOn: "2023-08-15", discoveredOn: "2025-08-16", decidedOn: "2025-08-20" }),
    );
    const s = step(o, "limitation");
    expect(s.result).toBe("applied");
    expect(s.note.zh).toBe("违法行为发生于 2023-08-15，于 2025-08-16 被发现，已超过 2 年追责期限：不再给予行政处罚");
    expect(s.note.en).toBe("2-year period from 2023-08-15; discovered 2025-08-16: expired, no penalty");
    expect(o.grounds.map((g) => [g.code, g.mandatory])).toContainEqual(["limitation-expired", true]);
    expect(o.sanctions.map((s) => s.code)).toEqual(["educate"]);
  });
  it("a continuing act still going on has not started the period, however long ago it began", () => {
    const o = explain(compiled, littering({ occurredOn: "2023-07-10", discoveredOn: "2026-01-20", continuing: true }));
    const s = step(o, "limitation");
    expect(s.result).toBe("not-applied");
    expect(s.note.zh).toBe("违法行为仍处于连续或者继续状态，追责期限尚未起算（2026-01-20 发现）");
    expect(s.note.en).toBe("the act is still going on, so the period has not started (discovered 2026-01-20)");
    expect(o.disposition).not.toBe("no-penalty");
  });
  it("a continuing act that ended counts from its end", () => {
    const s = step(
      explain(
        compiled,
        littering({ occurredOn: "2023-07-10", endedOn: "2024-01-20", discoveredOn: "2026-01-21", continuing: true }),
      ),
      "limitation",
    );
    expect(s.result).toBe("applied");
    expect(s.note.zh).toContain("违法行为终了于 2024-01-20");
  });
  it("five years where the act concerns life and health and caused harm; two where it caused none", () => {
    const burning = (harm: string) => ({
      matter: "ecology.burning-toxic-materials",
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2023-08-01",
      discoveredOn: "2025-09-01",
      facts: { burnArea: 2 },
      circumstances: [],
      harm,
      correction: "late",
      priorViolations: [],
    });
    const harmed = step(explain(safety, burning("minor")), "limitation");
    expect(harmed.result).toBe("not-applied");
    expect(harmed.note.zh).toBe(
      "违法行为发生于 2023-08-01，于 2025-09-01 被发现，未超过 5 年追责期限（涉及公民生命健康安全且有危害后果）",
    );
    expect(harmed.note.en).toBe(
      "5-year period from 2023-08-01 (life, health or financial safety with harm); discovered 2025-09-01: within the period",
    );
    const harmless = step(explain(safety, burning("none")), "limitation");
    expect(harmless.result).toBe("applied");
    expect(harmless.note.zh).toBe(
      "违法行为发生于 2023-08-01，于 2025-09-01 被发现，已超过 2 年追责期限：不再给予行政处罚",
    );
  });
});

describe("Art. 30 minors", () => {
  it("13: applied, no penalty, the guardian ordered to discipline the minor", () => {
    const o = explain(compiled, littering({ party: { type: "individual", age: 13 } }));
    const s = step(o, "minor-age");
    expect(s.result).toBe("applied");
    expect(s.reads).toEqual({ age: 13 });
    expect(s.note.zh).toBe("13 周岁，不满 14 周岁：不予行政处罚，责令监护人加以管教");
    expect(s.note.en).toBe("age 13 is under 14: no penalty; the guardian is ordered to discipline the minor");
    expect(o.grounds[0]).toMatchObject({ code: "under-minimum-age", mandatory: true });
    const m = o.sanctions.find((x) => x.code === "guardian-discipline")!;
    expect(m).toMatchObject({ kind: "measure", mandatory: true, label: { zh: "责令监护人加以管教" } });
    expect(m.citation?.article).toBe("第三十条");
  });
  it("14: not applied (已满十四周岁), and the mandatory mitigation of ages 14–17 is a ground", () => {
    const o = explain(compiled, littering({ party: { type: "individual", age: 14 } }));
    const s = step(o, "minor-age");
    expect(s.result).toBe("not-applied");
    expect(s.note.zh).toBe("14 周岁，已满 14 周岁");
    expect(s.note.en).toBe("age 14 is at least 14");
    expect(o.grounds.map((g) => g.code)).toContain("minor-age-mitigation");
  });
  it("17 still mitigates; 18 does not; without an age there is no minor-age step", () => {
    expect(
      explain(compiled, littering({ party: { type: "individual", age: 17 } })).grounds.map((g) => g.code),
    ).toContain("minor-age-mitigation");
    expect(
      explain(compiled, littering({ party: { type: "individual", age: 18 } })).grounds.map((g) => g.code),
    ).not.toContain("minor-age-mitigation");
    noStep(explain(compiled, littering()), "minor-age");
  });
});

describe("Art. 31 mental state", () => {
  it("incapable: applied, no penalty, the guardian ordered to supervise and treat", () => {
    const o = explain(compiled, littering({ party: { type: "individual", mentalState: "incapable" } }));
    const s = step(o, "mental-state");
    expect(s.result).toBe("applied");
    expect(s.note.zh).toBe("不能辨认或者不能控制自己行为：不予行政处罚，责令监护人严加看管和治疗");
    expect(s.note.en).toBe(
      "the party could not recognise or control the act: no penalty; the guardian is ordered to supervise and treat",
    );
    expect(o.grounds[0]).toMatchObject({ code: "mental-incapacity", mandatory: true });
    expect(o.sanctions.find((x) => x.code === "guardian-care")).toMatchObject({
      kind: "measure",
      label: { zh: "责令监护人严加看管和治疗" },
    });
  });
  it("sound: not applied; partially incapable: 可以从轻或者减轻, a discretionary ground", () => {
    const sound = step(
      explain(compiled, littering({ party: { type: "individual", mentalState: "sound" } })),
      "mental-state",
    );
    expect(sound.result).toBe("not-applied");
    expect(sound.note.zh).toBe("能够辨认或者控制自己的行为（或尚未完全丧失）");
    expect(sound.note.en).toBe("the party could recognise and control the act (at least partly)");
    const partial = explain(compiled, littering({ party: { type: "individual", mentalState: "partially-incapable" } }));
    expect(partial.grounds.find((g) => g.code === "partial-capacity-mitigation")).toMatchObject({ mandatory: false });
    noStep(explain(compiled, littering()), "mental-state");
  });
});

describe("Art. 33 ¶2 no fault", () => {
  it("proven: applied; not proven: not applied; not stated: no step", () => {
    const yes = explain(compiled, littering({ noFaultProven: true }));
    expect(step(yes, "no-fault")).toMatchObject({
      result: "applied",
      note: { zh: "有证据足以证明没有主观过错：不予行政处罚", en: "evidence proves no subjective fault: no penalty" },
    });
    expect(yes.grounds[0]).toMatchObject({ code: "no-fault", mandatory: true });
    const no = explain(compiled, littering({ noFaultProven: false }));
    expect(step(no, "no-fault")).toMatchObject({
      result: "not-applied",
      note: { zh: "未证明没有主观过错", en: "no absence of fault is proven" },
    });
    expect(no.disposition).toBe("penalty");
    noStep(explain(compiled, littering()), "no-fault");
  });
});

describe("Art. 33 ¶1 first sentence: minor, corrected in time, no harm", () => {
  it("all three hold (a 从轻-tier act): applied, no penalty, education", () => {
    const o = explain(compiled, littering({ harm: "none", correction: "in-time" }));
    const s = step(o, "minor-no-harm");
    expect(s.result).toBe("applied");
    expect(s.note.zh).toBe("违法行为轻微：是；及时改正：是；没有造成危害后果：是");
    expect(s.note.en).toBe("minor: yes; corrected in time: yes; no harm: yes");
    expect(o.disposition).toBe("no-penalty");
    expect(o.sanctions.map((x) => x.code)).toEqual(["educate", "order-to-correct"]);
  });
  it("none holds (key area, late, harm): each named as not holding", () => {
    const s = step(
      explain(compiled, littering({ facts: { location: "key-area" }, harm: "moderate", correction: "late" })),
      "minor-no-harm",
    );
    expect(s.result).toBe("not-applied");
    expect(s.note.zh).toBe("违法行为轻微：否；及时改正：否；没有造成危害后果：否");
    expect(s.note.en).toBe("minor: no; corrected in time: no; no harm: no");
  });
});

describe("Art. 33 ¶1 second sentence: first violation, minor harm, corrected in time → may waive", () => {
  it("holds: applied, the penalty below is what the agency may waive", () => {
    const o = explain(compiled, littering({ harm: "minor", correction: "in-time" }));
    const s = step(o, "first-violation");
    expect(s.result).toBe("applied");
    expect(s.note.zh).toBe("初次违法、危害后果轻微并及时改正：可以不予行政处罚，否则适用下列处罚");
    expect(s.note.en).toBe(
      "first violation, harm at most minor, corrected in time: the agency may waive the penalty below",
    );
    expect(o.disposition).toBe("may-waive");
    expect(o.grounds.at(-1)).toMatchObject({ code: "first-violation", mandatory: false });
  });
  it("does not hold: every unmet condition named, in the law's order", () => {
    const o = explain(
      compiled,
      littering({
        harm: "serious",
        correction: "refused",
        priorViolations: [{ matter: "cityscape.littering", on: "2024-01-01", jurisdiction: "shanghai" }],
      }),
    );
    const s = step(o, "first-violation");
    expect(s.result).toBe("not-applied");
    expect(s.note.zh).toBe("不适用“首违可以不罚”：未满足初次违法、危害后果轻微、及时改正");
    expect(s.note.en).toBe(
      "Art. 33 ¶1 s2 does not apply; unmet: First violation, Harm at most minor, Corrected in time",
    );
    expect(o.firstViolation).toEqual({
      listed: false,
      applies: "no",
      unmet: [
        { id: "first-violation", label: { zh: "初次违法", en: "First violation" } },
        { id: "harm-minor", label: { zh: "危害后果轻微", en: "Harm at most minor" } },
        { id: "corrected-in-time", label: { zh: "及时改正", en: "Corrected in time" } },
      ],
    });
  });
  it("harm `none` is at most minor; `moderate` is not", () => {
    expect(
      explain(compiled, littering({ harm: "none", correction: "in-time", facts: { location: "key-area" } }))
        .firstViolation.applies,
    ).toBe("may");
    expect(
      explain(compiled, littering({ harm: "moderate", correction: "in-time" })).firstViolation.unmet.map((u) => u.id),
    ).toEqual(["harm-minor"]);
  });
});

describe("no circumstance moves the penalty", () => {
  it("the adjustment step says so", () => {
    const s = step(explain(compiled, littering()), "adjustment");
    expect(s).toMatchObject({
      result: "not-applied",
      note: { zh: "没有从轻、减轻或者从重情节", en: "no circumstance moves the penalty" },
    });
  });
});

describe("legal basis and the tier the facts select", () => {
  it("name the matter, the prior count and the tier", () => {
    const o = explain(compiled, littering({ jurisdiction: "shanghai/qingpu" }));
    const basis = step(o, "legal-basis");
    expect(basis.note.en).toBe(
      "cityscape.littering: applies the basis of shanghai; prior violations counted in the window: 0",
    );
    expect(basis.note.zh).toContain("回溯期内计入此前违法 0 次");
    expect(basis.note.zh).toContain("适用上海市的法规");
    const same = step(explain(compiled, littering()), "legal-basis");
    expect(same.note.en).toBe("cityscape.littering: prior violations counted in the window: 0");
    const tier = step(o, "tier-by-facts");
    expect(tier.note.en).toBe('facts select tier "lighter" (Lighter)');
    expect(tier.reads).toMatchObject({ location: "ordinary", priorCount: 0, party: "individual", tier: "lighter" });
  });
});
