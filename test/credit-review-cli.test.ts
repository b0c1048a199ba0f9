import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./helpers.js";

const cli = join(root, "dist", "cli.js");
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), "cailiang-credit-"));
const credits = JSON.parse(readFileSync(join(root, "fixtures", "credit", "law.json"), "utf8"));
const reviews = JSON.parse(readFileSync(join(root, "fixtures", "review", "law.json"), "utf8"));
const write = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe("cailiang credit", () => {
  it("prints the consequences of a decision in Chinese and English", () => {
    const f = credits[0];
    const r = run(["credit", write("d.json", JSON.stringify({ case: f.case, decision: f.decision }))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/记入信用档案 Recorded +是 \/ yes/);
    expect(r.stdout).toContain("2025-12-01");
    expect(r.stdout).toContain("2028-09-01");
    expect(r.stdout).toMatch(/模型 modelled/);
  });
  it("--json gives the outcome and the credit result; a simple-procedure decision is not recorded", () => {
    const f = credits[1];
    const r = run(["credit", write("s.json", JSON.stringify({ case: f.case, decision: f.decision })), "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.credit.recordable).toBe(false);
    expect(out.credit.reasons[0].code).toBe("simple-procedure");
  });
  it("rejects a bad decision with exit 2, naming the field", () => {
    const f = credits[0];
    const r = run([
      "credit",
      write("b.json", JSON.stringify({ case: f.case, decision: { ...f.decision, procedure: "quick" } })),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/decision\.procedure: \[invalid-decision\]/);
  });
  it("evaluate --credit adds the credit consequences to the outcome", () => {
    const r = run(["evaluate", write("c.json", JSON.stringify(credits[0].case)), "--credit", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.disposition).toBe("penalty");
    expect(out.credit.result.recordable).toBe(true);
    expect(out.credit.assumptions.length).toBeGreaterThan(0);
  });
});

describe("cailiang audit", () => {
  const lines = reviews.map((f: any, i: number) => JSON.stringify({ ...f.record, id: `R${i}` }));
  const records = write("records.jsonl", lines.join("\n") + "\n");
  it("--json: one result per record, then the summary; exit 1 when files have findings", () => {
    const r = run(["audit", records, "--json"]);
    expect(r.code).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(reviews.length + 1);
    expect(out[0].id).toBe("R0");
    expect(out.at(-1).summary.files).toBe(reviews.length);
  });
  it("--md: the supervisor's summary with files outside the benchmark first", () => {
    const r = run(["audit", records, "--md"]);
    expect(r.stdout).toContain(`| 评查案卷 Files reviewed | ${reviews.length} |`);
    const table = r.stdout.split("## 逐卷结果")[1]!;
    expect(table.indexOf("超出 outside")).toBeLessThan(table.indexOf("符合 within"));
  });
  it("--csv: a header and one row per record; a bad line is reported and counted", () => {
    const r = run(["audit", write("bad.jsonl", lines[0] + "\n{not json\n"), "--csv"]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\r\n")[0]).toBe("id,grade,content,vetoed,outside_benchmark,findings,not_checkable");
    expect(r.stdout.trim().split("\r\n")).toHaveLength(2);
    expect(r.stderr).toMatch(/line 2: rejected: .*invalid-json/);
  });
  it("a bad calendar file is bad input (exit 2)", () => {
    const r = run(["audit", records, "--calendar", write("cal.json", JSON.stringify({ holidays: ["2025-02-30"] }))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holidays\[0\]/);
  });
});

describe("cailiang validate", () => {
  it("checks credit.json and review.json beside the edition, citations verbatim", () => {
    const ok = run(["validate", "rules/yrd-2025"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("credit.json and review.json valid");
    const dir = join(tmp, "rules");
    cpSync(join(root, "rules", "yrd-2025"), join(dir, "yrd-2025"), { recursive: true });
    cpSync(join(root, "rules", "laws"), join(dir, "laws"), { recursive: true });
    const file = join(dir, "yrd-2025", "review.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("执法人员不得少于两人", "执法人员不得少于三人"));
    const bad = run(["validate", join(dir, "yrd-2025")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/review\.json#\/checks\/\d+\/citation: \[citation-mismatch\]/);
  });
});
