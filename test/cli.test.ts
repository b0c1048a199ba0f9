import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./helpers.js";

const cli = join(root, "dist", "cli.js");
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const fixture = JSON.parse(readFileSync(join(root, "fixtures", "yrd-2023", "_law.json"), "utf8"))[0].case;
const tmp = mkdtempSync(join(tmpdir(), "cailiang-cli-"));
const caseFile = join(tmp, "case.json");
writeFileSync(caseFile, JSON.stringify(fixture));

describe("cailiang CLI", () => {
  it("evaluate --json prints exactly the Outcome", () => {
    const r = run(["evaluate", caseFile, "--json"]);
    expect(r.code).toBe(0);
    const outcome = JSON.parse(r.stdout);
    expect(Object.keys(outcome).sort()).toEqual(
      ["matter", "ruleSet", "jurisdiction", "disposition", "grounds", "tier", "fine", "sanctions", "firstViolation", "procedure", "citations"].sort(),
    );
    expect(outcome.disposition).toBe("penalty");
  });
  it("evaluate prints a bilingual summary by default", () => {
    const r = run(["evaluate", "examples/demo-case.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/阶次 Tier/);
    expect(r.stdout).toMatch(/罚款 Fine +\d+–\d+ 元/);
    expect(r.stdout).toMatch(/首违不罚 First violation/);
    expect(r.stdout).toMatch(/第二十八条/);
  });
  it("evaluate rejects a bad case with exit 2, naming the field", () => {
    writeFileSync(join(tmp, "bad.json"), JSON.stringify({ ...fixture, facts: {} }));
    const r = run(["evaluate", join(tmp, "bad.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/facts\.location: \[missing-fact\]/);
  });
  it("exits 2 on bad usage and unreadable input", () => {
    expect(run([]).code).toBe(2);
    expect(run(["frobnicate"]).code).toBe(2);
    expect(run(["evaluate"]).code).toBe(2);
    expect(run(["evaluate", join(tmp, "missing.json")]).code).toBe(2);
    writeFileSync(join(tmp, "notjson.json"), "{");
    expect(run(["evaluate", join(tmp, "notjson.json")]).stderr).toMatch(/not valid JSON/);
    expect(run(["evaluate", caseFile, "--rules", "nowhere"]).code).toBe(2);
    expect(run(["evaluate", caseFile, "--bogus"]).code).toBe(2);
  });
  it("--rules accepts a rule set directory", () => {
    const r = run(["evaluate", caseFile, "--json", "--rules", "rules/yrd-2023"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ruleSet.id).toBe("yrd-2023");
  });
  it("batch writes one line per case, rejected lines with their issues, progress on stderr", () => {
    const lines = [JSON.stringify(fixture), "not json", JSON.stringify({ ...fixture, jurisdiction: "anhui" }), "", JSON.stringify(fixture)];
    writeFileSync(join(tmp, "cases.jsonl"), lines.join("\n"));
    const r = run(["batch", join(tmp, "cases.jsonl")]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].disposition).toBe("penalty");
    expect(out[1]).toMatchObject({ line: 2, issues: [{ code: "invalid-json" }] });
    expect(out[2]).toMatchObject({ line: 3, issues: [{ code: "no-legal-basis", path: ["jurisdiction"] }] });
    expect(out[3]).toEqual(out[0]);
    expect(r.stderr).toMatch(/done, 4 cases, 2 rejected/);
  });
  it("validate passes the bundled edition", () => {
    const r = run(["validate", "rules/yrd-2023"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: yrd-2023 — \d+ matters/);
  });
  it("validate exits 1 on a broken copy, listing each problem with file and pointer", () => {
    const copy = join(tmp, "rules");
    cpSync(join(root, "rules"), copy, { recursive: true });
    const file = join(copy, "yrd-2023", "matters", "cityscape.littering.json");
    const m = JSON.parse(readFileSync(file, "utf8"));
    m.tiers[0].when.all[1].value = 1; // ordinary + no prior now matches nothing; ordinary + 1 prior matches two tiers
    m.bases.shanghai.penalty[1].text = m.bases.shanghai.penalty[1].text.replace("一百", "两百");
    writeFileSync(file, JSON.stringify(m));
    const r = run(["validate", join(copy, "yrd-2023")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cityscape\.littering\.json#\/tiers \(cityscape\.littering\): \[tier-gap\] no tier applies when location=ordinary, priorCount=0/);
    expect(r.stderr).toMatch(/\[tier-overlap\] tiers "lighter" and "general" both apply/);
    expect(r.stderr).toMatch(/cityscape\.littering\.json#\/bases\/shanghai\/penalty\/1 \(cityscape\.littering\): \[citation-mismatch\]/);
  });
});

describe("cailiang export", () => {
  it("prints the Markdown table of the bundled edition", () => {
    const r = run(["export", "yrd-2023", "--md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# .+\n/);
    expect(r.stdout).toContain("| 序号 | 违法行为 | 法律依据 | 处罚依据 | 裁量阶次 | 适用情形 | 处罚标准 | 首违不罚 | 来源 |");
  });
  it("prints CSV from a rule set directory", () => {
    const r = run(["export", "rules/yrd-2023", "--csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\r\n")[0]).toBe("地区,事项编号,序号,违法行为,法律依据,处罚依据,裁量阶次,适用情形,处罚标准,首违不罚,来源");
  });
  it("needs exactly one format", () => {
    expect(run(["export", "yrd-2023"]).code).toBe(2);
    expect(run(["export", "yrd-2023", "--md", "--csv"]).code).toBe(2);
  });
});

describe("cailiang diff and converge", () => {
  it("diff --md prints the report and exits 1 when the editions differ", () => {
    const r = run(["diff", "rules/yrd-2023", "rules/yrd-2025", "--md"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^# 基准修订对照 Benchmark diff: `yrd-2023` → `yrd-2025`/);
  });
  it("diff --json of an edition with itself exits 0 with no changes", () => {
    const r = run(["diff", "yrd-2025", "yrd-2025", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.structural.changes).toEqual([]);
    expect(out.semantic.regions).toEqual([]);
  });
  it("diff --cases reads a JSON Lines corpus", () => {
    writeFileSync(join(tmp, "corpus.jsonl"), [JSON.stringify({ ...fixture, matter: "cityscape.roadside-car-wash", facts: { occupiedArea: 25 }, occurredOn: "2025-01-05", discoveredOn: "2025-01-05" }), ""].join("\n"));
    const r = run(["diff", "yrd-2023", "yrd-2025", "--cases", join(tmp, "corpus.jsonl"), "--no-generated", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).semantic.corpus).toEqual({ cases: 1, differing: 1, rejected: 0 });
  });
  it("converge prints the cross-jurisdiction table", () => {
    const r = run(["converge", "yrd-2025"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| 事项 Matter | 地区 | 对照案例 | 结果不同 | 处理不同 | 罚款幅度 Fine ranges (max ratio) |");
  });
  it("evaluate applies Art. 37 across the bundled editions", () => {
    writeFileSync(join(tmp, "art37.json"), JSON.stringify({ ...fixture, matter: "cityscape.roadside-car-wash", facts: { occupiedArea: 25 }, occurredOn: "2025-06-20", discoveredOn: "2025-06-25", decidedOn: "2025-07-10" }));
    const out = JSON.parse(run(["evaluate", join(tmp, "art37.json"), "--json"]).stdout);
    expect(out.ruleSet.id).toBe("yrd-2025");
    expect(out.grounds.map((g: { code: string }) => g.code)).toContain("later-rule-lighter");
  });
});
