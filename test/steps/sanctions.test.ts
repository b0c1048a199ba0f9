/**
 * Sanctions beside the fine and the measures every decision carries: Art. 28 ¶2 (当事人有违法所得 … 应当予以没收),
 * the statute's own sanctions under their conditions, Art. 33 ¶3 (教育) with every no-penalty outcome, the order to
 * correct (not for an act that is time-barred and over), and Art. 63's hearing for confiscating large gains.
 */
import { describe, expect, it } from "vitest";
import { compile, explain, loadRuleSet, type CaseInput, type Outcome } from "../../src/index.js";
import { compiled, readRuleSource } from "../helpers.js";

const step = (o: Outcome, name: string) => o.trace!.find((t) => t.step === name);
const codes = (o: Outcome) => o.sanctions.map((s) => s.code);
const littering = (over: Record<string, unknown> = {}) =>
  explain(compiled, {
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
const dumping = (gainsFact: boolean, over: Record<string, unknown> = {}) =>
  explain(compiled, {
    matter: "ecology.domestic-waste-dumping",
    party: { type: "individual" },
    jurisdiction: "shanghai",
    occurredOn: "2024-05-10",
    discoveredOn: "2024-05-20",
    facts: { volume: 0.5, illegalGains: gainsFact },
    circumstances: [],
    harm: "minor",
    correction: "late",
    priorViolations: [],
    ...over,
  });

describe("Art. 28 ¶2: stated illegal gains are confiscated", () => {
  it("300 元 of gains: confiscated, a mandatory penalty (Art. 9 (二)) citing Art. 28 ¶2", () => {
    const o = littering({ illegalGains: "300" });
    const c = o.sanctions.find((s) => s.code === "confiscate-illegal-gains")!;
    expect(c).toMatchObject({
      mandatory: true,
      kind: "penalty",
      label: { zh: "没收违法所得", en: "Confiscate the illegal gains" },
    });
    expect(c.citation?.article).toBe("第二十八条第二款");
    const s = step(o, "confiscation")!;
    expect(s).toMatchObject({
      result: "applied",
      reads: { illegalGains: "300" },
      note: { zh: "违法所得 300 元：应当予以没收", en: "illegal gains of 300 元: confiscated" },
    });
    expect(o.citations.map((x) => x.article)).toContain("第二十八条第二款");
  });
  it("0 元 of gains: nothing to confiscate", () => {
    const o = littering({ illegalGains: "0" });
    expect(codes(o)).not.toContain("confiscate-illegal-gains");
    expect(step(o, "confiscation")).toMatchObject({
      result: "not-applied",
      note: { zh: "没有违法所得", en: "no illegal gains" },
    });
  });
  it("gains of 5,000 元 or more (the individual hearing threshold) give a hearing right; 4,999 元 do not", () => {
    // The fine itself (1–20 元) is far below every threshold.
    expect(littering({ illegalGains: "5000" }).procedure).toEqual({
      simpleProcedure: false,
      legalReview: false,
      hearing: true,
    });
    expect(littering({ illegalGains: "4999" }).procedure.hearing).toBe(false);
  });
  it("no gains stated: no confiscation step for a matter that does not earn money", () => {
    expect(step(littering(), "confiscation")).toBeUndefined();
  });
  it("the statute's own confiscation is replaced, not doubled, once the gains are stated", () => {
    const o = dumping(true, { illegalGains: "800" });
    const found = o.sanctions.filter((s) => s.code === "confiscate-illegal-gains");
    expect(found).toHaveLength(1);
    expect(found[0]!.citation?.article).toBe("第二十八条第二款");
  });
  it("no gains stated: the statute's own confiscation stands where its condition holds, and not where it does not", () => {
    const yes = dumping(true).sanctions.find((s) => s.code === "confiscate-illegal-gains")!;
    expect(yes.citation?.article).toBe("第一百一十一条第一款");
    expect(yes.kind).toBe("penalty");
    expect(codes(dumping(false))).not.toContain("confiscate-illegal-gains");
  });
});

describe("measures every decision carries", () => {
  it("a penalty: the order to correct, no education", () => {
    const o = littering();
    expect(codes(o)).toEqual(["order-to-correct"]);
    expect(o.sanctions[0]).toMatchObject({
      kind: "measure",
      mandatory: true,
      label: { zh: "责令改正或者限期改正", en: "Order to correct the violation" },
    });
  });
  it("no penalty: education (Art. 33 ¶3) and the order to correct", () => {
    const o = littering({ noFaultProven: true });
    expect(codes(o)).toEqual(["educate", "order-to-correct"]);
    expect(o.sanctions[0]).toMatchObject({
      kind: "measure",
      label: { zh: "对当事人进行教育", en: "Educate the party" },
    });
  });
  it("time-barred and over: education only, nothing left to correct; under 14 and time-barred: the guardian order too", () => {
    expect(codes(littering({ occurredOn: "2023-07-10", discoveredOn: "2025-07-20" }))).toEqual(["educate"]);
    expect(
      codes(
        littering({ occurredOn: "2023-07-10", discoveredOn: "2025-07-20", party: { type: "individual", age: 13 } }),
      ),
    ).toEqual(["educate", "guardian-discipline"]);
  });
  it("no penalty imposes no sanction beside the measures, even with gains stated", () => {
    const o = littering({ noFaultProven: true, illegalGains: "300" });
    expect(codes(o)).toEqual(["educate", "order-to-correct"]);
    expect(o.procedure.hearing).toBe(false);
  });
});

/** A unit dumping 5 m³ of construction waste in Zhejiang (yrd-2023: 浙江省市容条例 Art. 28 ¶4). */
const zhejiangDumping = (over: Record<string, unknown>): CaseInput => ({
  matter: "ecology.construction-waste-dumping",
  party: { type: "unit" as const },
  jurisdiction: "zhejiang",
  occurredOn: "2024-09-10",
  discoveredOn: "2024-09-15",
  facts: { volume: 5, serious: false, transportUnit: false },
  circumstances: [],
  harm: "minor" as const,
  correction: "late" as const,
  priorViolations: [],
  ...over,
});

describe("a statute's own confiscation of gains (有违法所得的，并处没收违法所得) with no condition of its own", () => {
  // 浙江省市容条例 Art. 28 ¶4: 对单位处十万元以上一百万元以下罚款，有违法所得的，并处没收违法所得 (yrd-2023's Zhejiang basis
  // for construction-waste dumping lists the confiscation with no condition).
  const zhejiang = (over: Record<string, unknown> = {}) => explain(compiled, zhejiangDumping(over));
  it("no gains stated: no confiscation listed; the trace says any gains are to be confiscated, citing the article", () => {
    const o = zhejiang();
    expect(codes(o)).not.toContain("confiscate-illegal-gains");
    const s = step(o, "confiscation")!;
    expect(s).toMatchObject({
      result: "info",
      reads: { illegalGains: null },
      note: {
        zh: "案件未载明违法所得：有违法所得的，并处没收违法所得",
        en: "the case states no illegal gains: any gains are to be confiscated as well",
      },
    });
    expect(s.citation?.article).toBe("第二十八条第四款");
  });
  it("gains of 0 stated: nothing to confiscate, and no trace of a confiscation to come", () => {
    const o = zhejiang({ illegalGains: "0" });
    expect(codes(o)).not.toContain("confiscate-illegal-gains");
    expect(step(o, "confiscation")?.result).toBe("not-applied");
  });
  it("gains of 1,000 元 stated: confiscated, mandatory", () => {
    const o = zhejiang({ illegalGains: "1000" });
    expect(o.sanctions.find((s) => s.code === "confiscate-illegal-gains")).toMatchObject({ mandatory: true });
  });
  it("a matter that can earn money, no gains stated: the trace reminds that any gains are confiscated (Art. 28 ¶2)", () => {
    const o = explain(compiled, {
      matter: "cityscape.street-vending",
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2024-05-10",
      discoveredOn: "2024-05-20",
      facts: { location: "ordinary" },
      circumstances: [],
      harm: "minor",
      correction: "late",
      priorViolations: [],
    });
    const s = step(o, "confiscation");
    expect(s?.result).toBe("info");
    expect(s?.note.zh).toBe("本事项可能产生违法所得：案件未载明违法所得；有违法所得的，应当予以没收");
    expect(s?.citation?.article).toBe("第二十八条第二款");
  });
});

describe("an edition without a general confiscation rule: the statute's own confiscation decides on the stated gains", () => {
  const src = readRuleSource("yrd-2023") as { edition: { generalRules: { statute: Record<string, unknown> } } };
  delete src.edition.generalRules.statute.confiscation;
  const bare = compile(loadRuleSet(src as never));
  const zhejiang = (illegalGains?: string) =>
    explain(bare, zhejiangDumping(illegalGains === undefined ? {} : { illegalGains }));
  it("gains of 0: nothing to confiscate", () => {
    expect(codes(zhejiang("0"))).not.toContain("confiscate-illegal-gains");
  });
  it("gains of 1,000 元: the statute's confiscation, citing its own article (浙江市容条例 Art. 28 ¶4)", () => {
    const c = zhejiang("1000").sanctions.find((s) => s.code === "confiscate-illegal-gains");
    expect(c?.citation?.article).toBe("第二十八条第四款");
  });
  it("no gains stated: not listed", () => {
    expect(codes(zhejiang())).not.toContain("confiscate-illegal-gains");
  });
});
