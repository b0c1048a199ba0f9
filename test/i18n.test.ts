/**
 * Words for people: the label table, issues in Chinese, trace steps read as reasoning, and the command line's
 * summary in one language. Expected texts are written from the law's and the form's own wording.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderLang, renderOutcome } from "../src/cli/render.js";
import {
  compile,
  explain,
  label,
  LABELS,
  langFromEnv,
  loadRuleSet,
  localizeIssue,
  noteText,
  safeEvaluate,
  traceReason,
  type CaseFor,
  type GroundCode,
  type IssueCode,
  type TierLevel,
} from "../src/index.js";
import * as bundled from "../src/rules.js";
import type { Yrd2023, Yrd2025 } from "../src/rules.js";
import { SanctionCode } from "../src/schema/rules.js";

const rs2025 = loadRuleSet(bundled.yrd2025);
const yrd2025 = compile(rs2025);
const rs2023 = loadRuleSet(bundled.yrd2023);
const yrd2023 = compile(rs2023);

/** A valid first case under yrd-2025: roadside car washing in Shanghai, 25 m². */
const carWash: CaseFor<Yrd2025> = {
  matter: "cityscape.roadside-car-wash",
  party: { type: "individual" },
  jurisdiction: "shanghai",
  occurredOn: "2025-08-01",
  discoveredOn: "2025-08-02",
  facts: { occupiedArea: 25 },
  circumstances: [],
  harm: "minor",
  correction: "late",
  priorViolations: [],
};

const cjk = /[\u4e00-\u9fff]/;

describe("label table", () => {
  // Written out so that a new code in the types fails to compile here until it has a label.
  const grounds: Record<GroundCode, true> = {
    "limitation-expired": true,
    "under-minimum-age": true,
    "mental-incapacity": true,
    "no-fault": true,
    "minor-no-harm": true,
    "first-violation-list": true,
    "first-violation": true,
    "precondition-unmet": true,
    "statutory-penalty": true,
    "statutory-stage": true,
    "minor-age-mitigation": true,
    "partial-capacity-mitigation": true,
    "mitigating-circumstance": true,
    "aggravating-circumstance": true,
    "reduced-penalty": true,
    "one-fine-higher-provision": true,
    "local-refinement": true,
    "rule-in-force-at-act": true,
    "later-rule-lighter": true,
    "matter-listed-later": true,
  };
  const issues: Record<IssueCode, true> = {
    "invalid-rule-file": true,
    "duplicate-id": true,
    "unknown-fact": true,
    "unknown-circumstance": true,
    "unknown-jurisdiction": true,
    "invalid-condition": true,
    "missing-statutory-penalty": true,
    "tier-outside-statute": true,
    "tier-order": true,
    "tier-overlap": true,
    "tier-gap": true,
    "tier-check-too-large": true,
    "citation-mismatch": true,
    "overlay-outside-parent": true,
    "invalid-case": true,
    "unknown-matter": true,
    "missing-fact": true,
    "invalid-fact": true,
    "date-order": true,
    "no-legal-basis": true,
    "party-not-liable": true,
    "edition-not-in-force": true,
    "act-before-law": true,
    "invalid-usage": true,
    "invalid-json": true,
    "input-too-large": true,
    competence: true,
    "outside-competence": true,
    "not-a-regular-file": true,
    "file-too-large": true,
    "directory-too-large": true,
    "too-deep": true,
    "too-large": true,
    "too-many-issues": true,
    "line-too-large": true,
    "invalid-decision": true,
    "invalid-record": true,
  };
  const levels: Record<TierLevel, true> = { reduced: true, lighter: true, general: true, heavier: true };
  const cases: [keyof typeof LABELS, string[]][] = [
    ["ground", Object.keys(grounds)],
    ["issue", Object.keys(issues)],
    ["tierLevel", Object.keys(levels)],
    ["sanction", [...SanctionCode.options, "order-to-correct", "educate", "guardian-discipline", "guardian-care"]],
    ["disposition", ["no-penalty", "may-waive", "penalty"]],
    ["firstViolation", ["shall", "may", "no"]],
    ["harm", ["none", "minor", "moderate", "serious"]],
    ["correction", ["in-time", "late", "refused", "not-ordered"]],
  ];
  it.each(cases)("labels every %s code in Chinese and English", (kind, codes) => {
    for (const code of codes) {
      expect(label(kind, code, "zh"), `${kind} ${code}`).toMatch(cjk);
      expect(label(kind, code, "en"), `${kind} ${code}`).not.toMatch(cjk);
      expect(label(kind, code, "en")).not.toBe(code);
    }
  });

  it("uses the law's words for the dispositions and tier levels", () => {
    expect(label("disposition", "no-penalty", "zh")).toBe("不予行政处罚");
    expect(label("disposition", "may-waive", "zh")).toBe("可以不予行政处罚");
    expect(label("tierLevel", "reduced", "zh")).toBe("减轻");
    expect(label("tierLevel", "heavier", "zh")).toBe("从重");
  });

  it("shows a code it does not know as it is, and does not read inherited keys", () => {
    expect(label("ground", "some-new-code", "zh")).toBe("some-new-code");
    expect(label("ground", "constructor", "zh")).toBe("constructor");
  });

  it("takes the language from LC_ALL, then LC_MESSAGES, then LANG", () => {
    expect(langFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(langFromEnv({ LC_ALL: "C.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_MESSAGES: "zh_TW", LANG: "en_US" })).toBe("zh");
    expect(langFromEnv({})).toBe("en");
  });

  it("reads a note that is a plain English string or { zh, en }", () => {
    expect(noteText("a note", "en")).toBe("a note");
    expect(noteText("a note", "zh")).toBeUndefined();
    expect(noteText({ zh: "说明", en: "note" }, "zh")).toBe("说明");
    expect(noteText({ zh: "说明", en: "note" }, "en")).toBe("note");
  });
});

describe("issues in Chinese", () => {
  const zhOf = (input: object, compiled = yrd2025, ruleSet = rs2025) => {
    const r = safeEvaluate(compiled, input);
    if (r.ok) throw new Error("expected the case to be rejected");
    return r.issues.map((i) => ({
      code: i.code,
      path: i.path.join("."),
      en: i.message,
      zh: localizeIssue(i, "zh", { input, ruleSet }),
    }));
  };

  it("uses zod's zh-CN messages for the case schema, naming the field", () => {
    const [age] = zhOf({ ...carWash, party: { type: "individual", age: 200 } });
    // The schema bounds age at 150: zod's zh-CN locale says 数值过大.
    expect(age).toMatchObject({ code: "invalid-case", path: "party.age" });
    expect(age!.zh).toMatch(/^年龄：数值过大/);
    expect(age!.zh).toContain("150");
    expect(age!.zh).not.toMatch(/number/);
    const [date] = zhOf({ ...carWash, occurredOn: "2025-13-01" });
    expect(date!.zh).toBe("行为发生日：无效ISO日期");
  });

  it("words a fact's bounds from its declaration", () => {
    const [fact] = zhOf({ ...carWash, facts: { occupiedArea: -3 } });
    expect(fact).toMatchObject({ code: "invalid-fact", path: "facts.occupiedArea" });
    expect(fact!.zh).toBe("“占用道路、广场面积”应为不小于 0 平方米的数字，现为-3");
    const [missing] = zhOf({ ...carWash, facts: {} });
    expect(missing!.zh).toBe("请填写违法事实“占用道路、广场面积”（应为不小于 0 平方米的数字）");
  });

  it("explains dates out of order and an edition not in force (Art. 37)", () => {
    const issues = zhOf({ ...carWash, occurredOn: "2025-08-05", discoveredOn: "2025-08-01" });
    expect(issues.map((i) => i.zh)).toContain("发现日早于行为发生日：行为不能在发生之前被发现");
    const [early] = zhOf({ ...carWash, occurredOn: "2024-06-01", discoveredOn: "2024-06-01" });
    expect(early!.code).toBe("edition-not-in-force");
    expect(early!.zh).toContain(`施行期为 ${rs2025.edition.effectiveFrom} 起`);
    expect(early!.zh).toContain("行为发生日 2024-06-01 不在其施行期内");
    expect(early!.zh).toContain("第三十七条");
    const [prior] = zhOf({
      ...carWash,
      priorViolations: [{ matter: carWash.matter, on: "2025-09-01", jurisdiction: "shanghai" }],
    });
    expect(prior!.zh).toBe("此前违法记录第 1 条的日期晚于本次行为发生日：此前违法记录应在本次行为之前");
  });

  it("names a place without a legal basis by its name", () => {
    const jiangsu = rs2025.edition.jurisdictions.find((j) => !j.basisAvailable);
    expect(jiangsu).toBeDefined();
    const issues = zhOf({ ...carWash, jurisdiction: jiangsu!.id });
    const basis = issues.find((i) => i.code === "no-legal-basis");
    expect(basis?.zh).toBe(`地区：${jiangsu!.name.zh}没有该事项的法律依据，请选择有法律依据的地区`);
  });

  it("keeps the English message for English, and code and path unchanged", () => {
    const r = safeEvaluate(yrd2025, { ...carWash, facts: { occupiedArea: -3 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(localizeIssue(r.issues[0]!, "en")).toBe(r.issues[0]!.message);
    expect(r.issues[0]!.code).toBe("invalid-fact");
  });

  it("words every rejection of a broken case in Chinese", () => {
    const broken = [
      { ...carWash, matter: "cityscape.no-such-thing" },
      { ...carWash, jurisdiction: "mars" },
      { ...carWash, harm: "huge" },
      { ...carWash, party: { type: "robot" } },
      { ...carWash, circumstances: ["not-a-circumstance"] },
      { ...carWash, facts: { occupiedArea: 5, colour: "red" } },
      { ...carWash, endedOn: "2025-07-01" },
    ];
    for (const input of broken) {
      for (const issue of zhOf(input)) {
        expect(issue.zh, `${issue.code} ${issue.path}: ${issue.en}`).toMatch(cjk);
        expect(issue.zh).not.toMatch(/expected|Invalid/);
      }
    }
  });
});

describe("the trace read as reasoning", () => {
  it("says in Chinese which condition held and which did not", () => {
    const o = explain(yrd2025, carWash);
    const steps = new Map(o.trace!.map((s) => [s.step, traceReason(s, "zh", o)]));
    // Late correction: Art. 33 ¶1 sentence 2 does not hold, and the reason names it.
    expect(steps.get("first-violation")).toBe("不适用“首违可以不罚”：未满足及时改正");
    expect(steps.get("limitation")).toBe("违法行为发生于 2025-08-01，于 2025-08-02 被发现，未超过 2 年追责期限");
    expect(steps.get("legal-basis")).toBe("本案发生在上海市，按该地区的法规确定法定罚则；回溯期内计入此前违法 0 次");
    for (const text of steps.values()) expect(text).toMatch(cjk);
  });

  it("shows a note given in both languages as it is", () => {
    const step = {
      step: "limitation",
      result: "applied" as const,
      reads: {},
      citation: null,
      note: { zh: "已超过两年", en: "more than two years" },
    };
    expect(traceReason(step, "zh")).toBe("已超过两年");
    expect(traceReason(step, "en")).toBe("more than two years");
  });
});

describe("command-line summary", () => {
  const demo = JSON.parse(
    readFileSync(new URL("../examples/demo-case.json", import.meta.url), "utf8"),
  ) as CaseFor<Yrd2023>;

  it("is in Chinese only under zh, with labels for every code", () => {
    const text = renderOutcome(explain(yrd2023, demo), "zh");
    expect(text).toContain("处理：给予行政处罚");
    expect(text).toContain("首违不罚：不适用");
    // No English word and no raw id in the Chinese summary.
    expect(text.match(/[A-Za-z]{2,}/g)).toBeNull();
  });

  it("is in English only under en", () => {
    const text = renderOutcome(explain(yrd2023, demo), "en");
    expect(text).toContain("Disposition: Penalty");
    expect(text).not.toMatch(/给予行政处罚|首违不罚：/);
  });

  it("follows --lang, then the locale", () => {
    expect(renderLang("en", { LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(renderLang(undefined, { LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(renderLang(undefined, { LANG: "en_US.UTF-8" })).toBe("both");
    expect(renderLang("fr", {})).toBe("both");
  });
});
