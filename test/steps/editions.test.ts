// @ts-nocheck -- cases here are plain data objects (as a case system sends them); their literal types widen to string, which the typed API rejects at compile time though the runtime validation accepts them.
/**
 * 行政处罚法 Art. 37 (从旧兼从轻) in src/evaluate/editions.ts: which edition decides, what the Outcome says about it,
 * and the one case where a later edition makes an act unpunishable — a removal backed by a change of law. Dates are
 * read off the editions: yrd-2023 in force 2023-07-01 – 2025-06-30, yrd-2025 from 2025-07-01.
 */
import { describe, expect, it } from "vitest";
import {
  compile,
  compileEditions,
  explain,
  isLighter,
  loadRuleSet,
  safeEvaluate,
  type Outcome,
} from "../../src/index.js";
import {
  compiled as bundled_compiled,
  compiled2025 as bundled_compiled2025,
  editions as bundled_editions,
  readRuleSource,
} from "../helpers.js";
import type { CompiledRuleSet as GeneralRuleSet, Evaluable as GeneralEvaluable } from "../../src/index.js";
const compiled: GeneralRuleSet = bundled_compiled; // the cases here are plain data, typed as the general CaseInput
const compiled2025: GeneralRuleSet = bundled_compiled2025; // the cases here are plain data, typed as the general CaseInput
const editions: GeneralEvaluable = bundled_editions; // the cases here are plain data, typed as the general CaseInput

const editionStep = (o: Outcome) => o.trace!.find((t) => t.step === "edition")!;
const littering = (over: Record<string, unknown>) => ({
  matter: "cityscape.littering",
  party: { type: "individual" },
  jurisdiction: "shanghai",
  occurredOn: "2025-05-10",
  discoveredOn: "2025-05-12",
  facts: { location: "key-area" },
  circumstances: [],
  harm: "minor",
  correction: "late",
  priorViolations: [
    { matter: "cityscape.littering", on: "2025-01-10", jurisdiction: "shanghai" },
    { matter: "cityscape.littering", on: "2025-02-10", jurisdiction: "shanghai" },
  ],
  ...over,
});
const fume = {
  matter: "ecology.restaurant-fume",
  party: { type: "unit" },
  jurisdiction: "zhejiang",
  occurredOn: "2025-03-01",
  discoveredOn: "2025-03-10",
  decidedOn: "2025-08-01",
  facts: { facility: "not-installed", exceedance: 30 },
  circumstances: [],
  harm: "minor",
  correction: "late",
  priorViolations: [],
};

describe("isLighter: a missing fine counts as 0; with equal maxima the lower minimum is lighter", () => {
  const o = (disposition: Outcome["disposition"], fine: [string, string] | null) =>
    ({ disposition, fine: fine && { min: fine[0], max: fine[1], currency: "CNY" } }) as Outcome;
  it("orders outcomes", () => {
    expect(isLighter(o("penalty", null), o("penalty", ["1", "20"]))).toBe(true);
    expect(isLighter(o("penalty", ["1", "20"]), o("penalty", null))).toBe(false);
    expect(isLighter(o("penalty", ["10", "20"]), o("penalty", ["5", "20"]))).toBe(false);
    expect(isLighter(o("penalty", ["5", "20"]), o("penalty", ["10", "20"]))).toBe(true);
    expect(isLighter(o("may-waive", ["5", "20"]), o("no-penalty", null))).toBe(false);
    expect(isLighter(o("no-penalty", null), o("no-penalty", null))).toBe(false);
  });
});

describe("the edition in force when the act occurred", () => {
  it("with no decision date: that edition, and the trace says so", () => {
    const o = explain(editions, littering({}));
    expect(o.ruleSet.id).toBe("yrd-2023");
    expect(o.grounds.at(-1)).toMatchObject({ code: "rule-in-force-at-act", mandatory: true, ref: "yrd-2023" });
    expect(o.grounds.at(-1)?.citation?.article).toBe("第三十七条");
    const s = editionStep(o);
    expect(s).toMatchObject({ result: "applied", reads: { occurredOn: "2025-05-10", decidedOn: undefined } });
    expect(s.note).toEqual({
      zh: "适用违法行为发生时有效的《长三角毗邻区域城管执法生态环保和市容领域统一行政处罚裁量基准（2023，模型版）》",
      en: "yrd-2023 was in force when the act occurred",
    });
    // The edition step comes first in the trace.
    expect(o.trace![0]!.step).toBe("edition");
    expect(o.citations.map((c) => c.article)).toContain("第三十七条");
  });
  it("decided under a later edition that is not lighter: both outcomes named", () => {
    // Two prior 小街小巷 littering violations, key area: yrd-2023 从重 60–100; yrd-2025 (max-only 从重 ends at 90 %) 60–90 —
    // that one IS lighter; a unit car wash in Qingpu is the heavier-later case.
    const o = explain(editions, {
      matter: "cityscape.roadside-car-wash",
      party: { type: "unit" },
      jurisdiction: "shanghai/qingpu",
      occurredOn: "2025-05-10",
      discoveredOn: "2025-05-12",
      decidedOn: "2025-07-15",
      facts: { occupiedArea: 40 },
      circumstances: [],
      harm: "minor",
      correction: "late",
      priorViolations: [],
    });
    expect(o.ruleSet.id).toBe("yrd-2023");
    expect(o.fine).toMatchObject({ min: "1200", max: "2100" });
    const s = editionStep(o);
    expect(s.note.zh).toMatch(
      /^适用违法行为发生时有效的《[^》]+（2023，模型版）》；作出决定时有效的《[^》]+（2025 修订，模型版）》并不更轻（给予处罚 \d+–\d+ 元，对比 给予处罚 1200–2100 元）$/,
    );
    expect(s.note.en).toMatch(
      /^yrd-2023 was in force when the act occurred; yrd-2025, in force at decision, is not lighter \(penalty \d+–\d+ vs penalty 1200–2100\)$/,
    );
  });
});

describe("the later edition when it is lighter", () => {
  it("60–90 under yrd-2025 against 60–100 under yrd-2023: later-rule-lighter, with both outcomes in the note", () => {
    const o = explain(editions, littering({ decidedOn: "2025-07-15" }));
    expect(o.ruleSet.id).toBe("yrd-2025");
    expect(o.fine).toMatchObject({ min: "60", max: "90" });
    expect(o.grounds.at(-1)).toMatchObject({ code: "later-rule-lighter", mandatory: true, ref: "yrd-2023→yrd-2025" });
    const s = editionStep(o);
    expect(s.reads).toEqual({ occurredOn: "2025-05-10", decidedOn: "2025-07-15" });
    expect(s.note.zh).toBe(
      "作出决定时有效的《长三角毗邻区域城管执法生态环保和市容领域统一行政处罚裁量基准（2025 修订，模型版）》较违法行为发生时的《长三角毗邻区域城管执法生态环保和市容领域统一行政处罚裁量基准（2023，模型版）》轻（给予处罚 60–90 元，对比 给予处罚 60–100 元）：从轻适用",
    );
    expect(s.note.en).toBe(
      "yrd-2025, in force at decision, is lighter than yrd-2023, in force when the act occurred (penalty 60–90 vs penalty 60–100)",
    );
  });
  it("a no-penalty outcome is described without a fine", () => {
    const o = explain(
      editions,
      littering({ decidedOn: "2025-07-15", harm: "none", correction: "in-time", priorViolations: [] }),
    );
    expect(o.disposition).toBe("no-penalty");
    expect(editionStep(o).note.en).toMatch(/\(no-penalty vs may-waive \d+–\d+\)$/);
  });
});

describe("a matter the later edition no longer lists", () => {
  it("dropped for a scope reason: the act-time edition still decides, and the note gives the reason", () => {
    const o = explain(editions, fume);
    expect(o.ruleSet.id).toBe("yrd-2023");
    expect(o.disposition).toBe("penalty");
    const s = editionStep(o);
    expect(s.note.zh).toMatch(
      /^《[^》]+（2025 修订，模型版）》不再列出该事项，但并非因法律、法规、规章的修改或者废止（[^：]*油烟[^：]*：餐饮油烟超标排放由生态环境部门处罚/,
    );
    expect(s.note.zh).toMatch(/：仍适用违法行为发生时有效的《[^》]+（2023，模型版）》$/);
    expect(s.note.en).toMatch(
      /^yrd-2025 no longer lists the matter, but not because a law, regulation or rule changed \(ecology\.restaurant-fume: /,
    );
    expect(s.note.en).toMatch(/\): yrd-2023, in force when the act occurred, applies$/);
  });

  const later = (note: Record<string, unknown> | null) => {
    const src = readRuleSource("yrd-2025") as { edition: { changes: Record<string, unknown>[] } };
    src.edition.changes = src.edition.changes.filter((c) => c.ref !== "ecology.restaurant-fume");
    if (note) src.edition.changes.push(note);
    return compileEditions([compiled, compile(loadRuleSet(src as never))]);
  };
  const removal = (lawChange: boolean) => ({
    ref: "ecology.restaurant-fume",
    kind: "removed",
    reason: { zh: "条例第九十九条已废止", en: "Art. 99 was repealed" },
    provenance: { status: "modelled", note: "test" },
    ...(lawChange ? { lawChange: { title: "某条例修正案", date: "2025-07-01" } } : {}),
  });

  it("dropped with no stated reason: still judged under the act-time edition, saying no reason was stated", () => {
    const o = explain(later(null), fume);
    expect(o.ruleSet.id).toBe("yrd-2023");
    expect(editionStep(o).note.zh).toContain("：无说明");
    expect(editionStep(o).note.en).toContain("ecology.restaurant-fume: no reason stated");
  });
  it("dropped for a reason that is no change of law: still judged under the act-time edition", () => {
    const o = explain(later(removal(false)), fume);
    expect(o.ruleSet.id).toBe("yrd-2023");
    expect(o.disposition).toBe("penalty");
  });
  it("dropped because the law changed: no penalty under the later edition, and nothing of the earlier outcome kept", () => {
    const o = explain(later(removal(true)), fume);
    expect(o.ruleSet.id).toBe("yrd-2025");
    expect(o.disposition).toBe("no-penalty");
    expect(o.tier).toBeNull();
    expect(o.fine).toBeNull();
    expect(o.sanctions).toEqual([]);
    expect(o.procedure).toEqual({ simpleProcedure: false, legalReview: false, hearing: false });
    expect(o.grounds).toEqual([
      expect.objectContaining({ code: "later-rule-lighter", mandatory: true, ref: "yrd-2023→yrd-2025" }),
    ]);
    expect(o.citations.map((c) => c.article)).toEqual(["第三十七条"]);
    const s = editionStep(o);
    expect(s.note.zh).toBe("作出决定时，因某条例修正案的修改或者废止，该行为不再认为是违法：不予处罚");
    expect(s.note.en).toBe(
      "at decision the act is no longer unlawful after the change of law (某条例修正案): no penalty",
    );
    // The rest of the earlier trace is kept, after the edition step.
    expect(o.trace!.length).toBeGreaterThan(1);
  });
  it("without explain there is no trace in any branch", () => {
    const r = safeEvaluate(later(removal(true)), fume);
    expect(r.ok && r.outcome.trace).toBe(undefined);
  });
});

describe("an act outside every edition", () => {
  it("is rejected, naming each edition's period", () => {
    const r = safeEvaluate(
      editions,
      littering({ occurredOn: "2023-01-05", discoveredOn: "2023-01-05", priorViolations: [] }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]!.message).toContain("yrd-2023: 2023-07-01 – 2025-06-30; yrd-2025: 2025-07-01 – open");
      expect(r.issues[0]!.message).toContain("no edition is in force on 2023-01-05");
    }
  });
  it("a case without a usable act date is checked by the latest edition", () => {
    const r = safeEvaluate(editions, littering({ occurredOn: 20250510 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.path[0] === "occurredOn")).toBe(true);
    const one = safeEvaluate(compiled2025, littering({ occurredOn: 20250510 }));
    expect(one.ok ? [] : one.issues.map((i) => i.code)).toEqual(r.ok ? [] : r.issues.map((i) => i.code));
  });
});

describe("a continuing act is judged by the rules in force on its last day (Art. 37 with Art. 36 ¶2)", () => {
  // Littering in a key area with two priors in the year: yrd-2023 and yrd-2025 both decide it; only the edition
  // named and the trace differ, which is what these cases check.
  const across = (over: Record<string, unknown>) =>
    explain(editions, littering({ occurredOn: "2025-06-20", discoveredOn: "2025-07-05", ...over }));
  it("an act that ended after yrd-2025 came into force (2025-07-01) is judged under yrd-2025", () => {
    const o = across({ endedOn: "2025-07-03" });
    expect(o.ruleSet.id).toBe("yrd-2025");
    expect(o.grounds.at(-1)).toMatchObject({ code: "rule-in-force-at-act", ref: "yrd-2025" });
    expect(editionStep(o).note.zh).toContain("以行为终了之日（2025-07-03）确定违法行为发生时的规定");
    expect(editionStep(o).reads).toMatchObject({ endedOn: "2025-07-03" });
  });
  it("an act that ended before 2025-07-01 stays under yrd-2023 (its last day was in yrd-2023's period)", () => {
    const o = across({ endedOn: "2025-06-30" });
    expect(o.ruleSet.id).toBe("yrd-2023");
    expect(editionStep(o).note.zh).toContain("以行为终了之日（2025-06-30）");
  });
  it("an act still going on when found (continuing, no endedOn) is judged by the day it was found", () => {
    expect(across({ continuing: true }).ruleSet.id).toBe("yrd-2025");
    // Not continuing and no end: the day it occurred.
    expect(across({}).ruleSet.id).toBe("yrd-2023");
  });
  it("an act that began before every edition but ended inside one is judged under it, not rejected", () => {
    const r = safeEvaluate(
      editions,
      littering({ occurredOn: "2023-06-20", endedOn: "2023-07-02", discoveredOn: "2023-07-05", priorViolations: [] }),
    );
    expect(r.ok && r.outcome.ruleSet.id).toBe("yrd-2023");
  });
});

describe("a matter the edition in force at the act does not list yet", () => {
  const enclosure = {
    matter: "cityscape.site-no-enclosure",
    party: { type: "unit" },
    jurisdiction: "shanghai",
    occurredOn: "2025-06-15",
    discoveredOn: "2025-06-20",
    decidedOn: "2025-07-15",
    facts: { enclosure: "none" },
    circumstances: [],
    harm: "minor",
    correction: "late",
    priorViolations: [],
  };
  const added = (lawChange: boolean) => {
    const src = readRuleSource("yrd-2025") as { edition: { changes: Record<string, unknown>[] } };
    for (const c of src.edition.changes)
      if (c.ref === "cityscape.site-no-enclosure" && c.kind === "added" && lawChange)
        c.lawChange = { title: "某条例修正案", date: "2025-07-01" };
    return compileEditions([compiled, compile(loadRuleSet(src as never))]);
  };
  it("is decided under the later edition that lists it, saying why (ground matter-listed-later)", () => {
    const o = explain(added(false), enclosure);
    expect(o.ruleSet.id).toBe("yrd-2025");
    expect(o.disposition).toBe("penalty");
    expect(o.grounds.at(-1)).toEqual(
      expect.objectContaining({ code: "matter-listed-later", mandatory: true, ref: "yrd-2023→yrd-2025" }),
    );
    expect(o.citations.map((c) => c.article)).toContain("第三十七条");
    expect(editionStep(o).note.zh).toContain("未列出“");
    expect(editionStep(o).note.en).toContain(
      "yrd-2023, in force when the act occurred, does not list cityscape.site-no-enclosure",
    );
  });
  it("with no decision date, the first later edition listing it decides", () => {
    const { decidedOn: _, ...undated } = enclosure;
    const r = safeEvaluate(added(false), undated);
    expect(r.ok && r.outcome.ruleSet.id).toBe("yrd-2025");
  });
  it("added because the law changed after the act: refused, an act is punished only under the law of its time", () => {
    const r = safeEvaluate(added(true), enclosure);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([expect.objectContaining({ code: "act-before-law", path: ["occurredOn"] })]);
      expect(r.issues[0]!.message).toContain("某条例修正案");
    }
  });
});
