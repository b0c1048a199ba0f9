// @ts-nocheck -- cases here are plain data objects (as a case system sends them); their literal types widen to string, which the typed API rejects at compile time though the runtime validation accepts them.
/**
 * The context every step reads (src/evaluate/context.ts) and the legal basis a case is decided under
 * (src/evaluate/index.ts): system facts that matter facts cannot override, the tier the facts select, the nearest
 * basis up the jurisdiction chain, and the refusals when there is none or another body is competent.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, safeEvaluate, evaluate } from "../../src/index.js";
import { loadRuleSetFromDir } from "../../src/node.js";
import { factBag, validateCase } from "../../src/evaluate/index.js";
import { contextOf } from "../../src/evaluate/context.js";
import { compiled as bundled_compiled, root } from "../helpers.js";
import type { CompiledRuleSet as GeneralRuleSet, Evaluable as GeneralEvaluable } from "../../src/index.js";
const compiled: GeneralRuleSet = bundled_compiled; // the cases here are plain data, typed as the general CaseInput

const littering = {
  matter: "cityscape.littering",
  party: { type: "individual", age: 16, mentalState: "sound" },
  jurisdiction: "shanghai/qingpu",
  occurredOn: "2024-05-10",
  discoveredOn: "2024-05-20",
  facts: { location: "ordinary" },
  circumstances: ["confessed", "confessed"],
  harm: "minor",
  correction: "late",
  priorViolations: [{ matter: "cityscape.littering", on: "2024-01-15", jurisdiction: "zhejiang" }],
};

describe("the fact bag", () => {
  it("holds the system facts, then the matter facts", () => {
    const v = validateCase(compiled, littering);
    if (!v.ok) throw new Error("invalid");
    expect(factBag(v.value, 1, 2)).toEqual({
      party: "individual",
      priorCount: 1,
      repeatCount: 2,
      harm: "minor",
      correction: "late",
      circumstances: ["confessed"],
      location: "ordinary",
    });
    expect(factBag(v.value, 0).repeatCount).toBe(0);
  });
  it("a matter fact never overrides a system fact of the same name", () => {
    const v = validateCase(compiled, littering);
    if (!v.ok) throw new Error("invalid");
    const forged = {
      ...v.value,
      input: { ...v.value.input, facts: { priorCount: 0, harm: "none", location: "ordinary" } },
    };
    const bag = factBag(forged, 3);
    expect(bag.priorCount).toBe(3);
    expect(bag.harm).toBe("minor");
  });
});

describe("the context of one provision", () => {
  it("reads the party, age and mental state, the counted priors and the tier the facts select", () => {
    const v = validateCase(compiled, littering);
    if (!v.ok) throw new Error("invalid");
    const cm = v.value.matters[0]!;
    const ctx = contextOf(compiled, v.value, cm, cm.bases.get("shanghai")!, null);
    expect(ctx.party).toBe("individual");
    expect(ctx.age).toBe(16);
    expect(ctx.mental).toBe("sound");
    // One littering prior in Zhejiang within 12 months (region-wide policy): 一般 (ordinary area, one prior).
    expect(ctx.priorCount).toBe(1);
    expect(ctx.factIndex).toBe(1);
    expect(ctx.bag.tierLevel).toBe("general");
    expect(ctx.penalty).toBe(cm.bases.get("shanghai")!.individual);
    expect(ctx.rules).toBe(compiled.edition.generalRules);
    expect(ctx.statute).toBe(compiled.edition.generalRules.statute);
  });
  it("a unit has no age or mental state", () => {
    const v = validateCase(compiled, { ...littering, party: { type: "unit" } });
    if (!v.ok) throw new Error("invalid");
    const cm = v.value.matters[0]!;
    const ctx = contextOf(compiled, v.value, cm, cm.bases.get("shanghai")!, null);
    expect([ctx.party, ctx.age, ctx.mental]).toEqual(["unit", undefined, undefined]);
    expect(ctx.penalty).toBe(cm.bases.get("shanghai")!.unit);
  });
});

describe("the legal basis", () => {
  it("Qingpu falls back on Shanghai's basis, and the Outcome says which basis applied", () => {
    const o = evaluate(compiled, littering);
    expect(o.jurisdiction).toEqual({
      id: "shanghai/qingpu",
      name: { zh: "上海市青浦区（示范区）", en: "Qingpu, Shanghai (demonstration zone)" },
      basis: "shanghai",
    });
  });
  it("a jurisdiction whose law text is unavailable is refused, naming why", () => {
    const r = safeEvaluate(compiled, { ...littering, jurisdiction: "anhui", priorViolations: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ code: "no-legal-basis", path: ["jurisdiction"] });
      expect(r.issues[0]!.message).toContain(
        "cityscape.littering has no legal basis in anhui: No Anhui regulation text is available to this rule set.",
      );
      expect(r.issues[0]!.message).toContain("安徽省无可用的法律依据");
    }
  });
  it("a matter enforced by another body is refused for referral, naming the body and the article (Art. 38)", () => {
    const eco = compile(
      loadRuleSetFromDir(join(root, "test/rulesets/factor-score"), { lawsDir: join(root, "rules", "laws") }),
    );
    const cm = eco.matters.values().next().value!;
    const facts: Record<string, unknown> = {};
    for (const [name, decl] of Object.entries(cm.matter.facts))
      facts[name] =
        decl.type === "enum"
          ? decl.values[0]!.value
          : decl.type === "boolean"
            ? false
            : decl.type === "number"
              ? 1
              : "1";
    const input = {
      matter: cm.matter.id,
      party: { type: "unit" },
      jurisdiction: "shanghai",
      occurredOn: eco.edition.effectiveFrom,
      discoveredOn: eco.edition.effectiveFrom,
      facts,
      circumstances: [],
      harm: "minor",
      correction: "late",
      priorViolations: [],
    };
    const cityManagement = compile({ ...eco.ruleSet, edition: { ...eco.ruleSet.edition, agency: "city-management" } });
    const r = safeEvaluate(cityManagement, input);
    // The matter's article names the 生态环境主管部门 (test/rulesets/factor-score).
    expect(cm.bases.get("shanghai")!.agency).toBe("ecology-environment");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ code: "outside-competence", path: ["matter"] });
      expect(r.issues[0]!.message).toMatch(
        /is enforced by the ecology and environment department \(.+\), not by the agency this benchmark is for; refer the case \/ 本事项依.+由生态环境部门管辖，不属于本基准适用的执法部门，应当移送/,
      );
    }
    // Several matters: the issue names the index of the matter.
    const two = safeEvaluate(cityManagement, { ...input, matter: [cm.matter.id] });
    expect(two.ok ? [] : two.issues[0]!.path).toEqual(["matter", 0]);
  });
});
