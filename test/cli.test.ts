import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
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
      [
        "matter",
        "ruleSet",
        "jurisdiction",
        "disposition",
        "grounds",
        "tier",
        "fine",
        "sanctions",
        "firstViolation",
        "procedure",
        "citations",
      ].sort(),
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
  it("batch writes one line per input line, in order, with line and id; exit 2 when any line is rejected", () => {
    // 6 input lines: a case with an id, not JSON, a case with no legal basis in anhui, a blank line, a case after
    // the blank line (still line 5), and a CRLF-terminated case; the file starts with a BOM.
    const lines = [
      JSON.stringify({ id: "A-1", ...fixture }),
      "not json",
      JSON.stringify({ ...fixture, jurisdiction: "anhui" }),
      "",
      JSON.stringify(fixture),
      JSON.stringify({ ...fixture, id: "A-6" }),
    ];
    writeFileSync(join(tmp, "cases.jsonl"), "\uFEFF" + lines.slice(0, 5).join("\n") + "\n" + lines[5] + "\r\n");
    const r = run(["batch", join(tmp, "cases.jsonl")]);
    expect(r.code).toBe(2);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ line: 1, id: "A-1", ok: true, outcome: { disposition: "penalty" } });
    expect(out[1]).toMatchObject({ line: 2, ok: false, issues: [{ code: "invalid-json" }] });
    expect(out[2]).toMatchObject({ line: 3, ok: false, issues: [{ code: "no-legal-basis", path: ["jurisdiction"] }] });
    expect(out[3]).toEqual({ line: 4, blank: true });
    expect(out[4]).toEqual({ line: 5, ok: true, outcome: out[0].outcome });
    expect(out[5]).toEqual({ line: 6, id: "A-6", ok: true, outcome: out[0].outcome });
    expect(r.stderr).toMatch(/done, 5 cases, 2 rejected, 1 blank lines/);
  });
  it("batch exits 0 when every case is evaluated, and reads standard input with -", () => {
    const r = run(["batch", "-"], JSON.stringify(fixture) + "\n" + JSON.stringify(fixture) + "\n");
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).line),
    ).toEqual([1, 2]);
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
    expect(r.stderr).toMatch(
      /cityscape\.littering\.json#\/tiers \(cityscape\.littering\): \[tier-gap\] no tier applies when location=ordinary, priorCount=0/,
    );
    expect(r.stderr).toMatch(/\[tier-overlap\] tiers "lighter" and "general" both apply/);
    expect(r.stderr).toMatch(
      /cityscape\.littering\.json#\/bases\/shanghai\/penalty\/1 \(cityscape\.littering\): \[citation-mismatch\]/,
    );
  });
});

describe("cailiang export", () => {
  it("prints the Markdown table of the bundled edition", () => {
    const r = run(["export", "yrd-2023", "--md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# .+\n/);
    expect(r.stdout).toContain(
      "| 序号 | 违法行为 | 法律依据 | 处罚依据 | 裁量阶次 | 适用情形 | 处罚标准 | 首违不罚 | 来源 |",
    );
  });
  it("prints CSV from a rule set directory", () => {
    const r = run(["export", "rules/yrd-2023", "--csv"]);
    expect(r.code).toBe(0);
    const [header, first] = r.stdout.split("\r\n");
    // A UTF-8 BOM first, so Excel on Chinese Windows reads the file as UTF-8; places by their Chinese names.
    expect(header).toBe("\uFEFF地区,事项编号,序号,违法行为,法律依据,处罚依据,裁量阶次,适用情形,处罚标准,首违不罚,来源");
    expect(first).toMatch(/^上海市,/);
    expect(r.stdout).not.toMatch(/\r\nshanghai,/);
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
    writeFileSync(
      join(tmp, "corpus.jsonl"),
      [
        JSON.stringify({
          ...fixture,
          matter: "cityscape.roadside-car-wash",
          facts: { occupiedArea: 25 },
          occurredOn: "2025-01-05",
          discoveredOn: "2025-01-05",
        }),
        "",
      ].join("\n"),
    );
    const r = run(["diff", "yrd-2023", "yrd-2025", "--cases", join(tmp, "corpus.jsonl"), "--no-generated", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).semantic.corpus).toEqual({ cases: 1, differing: 1, rejected: 0 });
  });
  it("converge prints the cross-jurisdiction table", () => {
    const r = run(["converge", "yrd-2025"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "| 事项 Matter | 地区 | 对照案例 | 结果不同 | 处理不同 | 罚款幅度 Fine ranges (max ratio) |",
    );
  });
  it("evaluate applies Art. 37 across the bundled editions", () => {
    writeFileSync(
      join(tmp, "art37.json"),
      JSON.stringify({
        ...fixture,
        matter: "cityscape.roadside-car-wash",
        facts: { occupiedArea: 25 },
        occurredOn: "2025-06-20",
        discoveredOn: "2025-06-25",
        decidedOn: "2025-07-10",
      }),
    );
    const out = JSON.parse(run(["evaluate", join(tmp, "art37.json"), "--json"]).stdout);
    expect(out.ruleSet.id).toBe("yrd-2025");
    expect(out.grounds.map((g: { code: string }) => g.code)).toContain("later-rule-lighter");
  });
});

describe("CLI conventions", () => {
  const commands = ["evaluate", "batch", "validate", "export", "diff", "converge", "test", "serve"];
  it("npx cailiang in the checkout runs dist/cli.js through node_modules/.bin (no install of the checkout, no rebuild)", () => {
    expect(realpathSync(join(root, "node_modules", ".bin", "cailiang"))).toBe(realpathSync(cli));
  });
  it("--version prints the package version", () => {
    const r = run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });
  it.each(commands)("%s --help prints that command's usage and exit codes, exit 0", (command) => {
    const r = run([command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: cailiang ${command} `));
    expect(r.stdout).toContain("70 internal error");
  });
  it.each(commands)("%s rejects an unknown flag with exit 2", (command) => {
    const r = run([command, "--frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--frobnicate'/);
  });
  it("accepts a UTF-8 BOM at the start of a case file", () => {
    writeFileSync(join(tmp, "bom.json"), "\uFEFF" + JSON.stringify(fixture));
    expect(run(["evaluate", join(tmp, "bom.json"), "--json"]).code).toBe(0);
  });
  it("validate accepts a bundled edition id", () => {
    const r = run(["validate", "yrd-2025"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: yrd-2025 .*every citation verbatim/);
  });
  it("ends quietly when the reader closes the pipe early (EPIPE)", () => {
    const many = Array.from({ length: 3000 }, () => JSON.stringify(fixture)).join("\n");
    writeFileSync(join(tmp, "many.jsonl"), many);
    for (const cmd of [
      `node dist/cli.js batch ${join(tmp, "many.jsonl")} | head -1`,
      "node dist/cli.js export yrd-2023 --md | head -2",
    ]) {
      const r = spawnSync("bash", ["-o", "pipefail", "-c", cmd], { cwd: root, encoding: "utf8" });
      expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });
  // The exit-code table, command by command: 0 ok, 1 findings, 2 bad usage or bad input.
  it("evaluate: 0 ok, 2 rejected case, 2 bad usage", () => {
    expect(run(["evaluate", caseFile]).code).toBe(0);
    writeFileSync(join(tmp, "rejected.json"), JSON.stringify({ ...fixture, harm: "catastrophic" }));
    expect(run(["evaluate", join(tmp, "rejected.json")]).code).toBe(2);
    expect(run(["evaluate", caseFile, caseFile]).code).toBe(2);
  });
  it("batch: 0 all evaluated, 2 a rejected line, 2 missing file", () => {
    expect(run(["batch", "-"], JSON.stringify(fixture)).code).toBe(0);
    expect(run(["batch", "-"], JSON.stringify({ ...fixture, harm: "catastrophic" })).code).toBe(2);
    expect(run(["batch", join(tmp, "nowhere.jsonl")]).code).toBe(2);
  });
  it("validate: 0 valid, 2 not a directory (1 for an invalid rule set is tested above)", () => {
    expect(run(["validate", "rules/yrd-2023"]).code).toBe(0);
    expect(run(["validate", join(tmp, "nowhere")]).code).toBe(2);
  });
  it("export: 0 ok, 2 unknown edition or --lang", () => {
    expect(run(["export", "yrd-2025", "--csv", "--lang", "en"]).code).toBe(0);
    expect(run(["export", "yrd-2099", "--csv"]).code).toBe(2);
    expect(run(["export", "yrd-2025", "--csv", "--lang", "fr"]).code).toBe(2);
  });
  it("converge: 2 on a second rule set or both formats", () => {
    expect(run(["converge", "yrd-2025", "yrd-2023"]).code).toBe(2);
    expect(run(["converge", "yrd-2025", "--json", "--md"]).code).toBe(2);
  });
  it("diff: 2 when a corpus line cannot be read, reported with its line number; the readable lines still count", () => {
    const huge = JSON.stringify({ id: "big", ...fixture, pad: "x".repeat(2 << 20) });
    writeFileSync(join(tmp, "badcorpus.jsonl"), `{\n${huge}\n${JSON.stringify({ id: "kept", ...fixture })}\n`);
    const r = run([
      "diff",
      "yrd-2025",
      "yrd-2025",
      "--cases",
      join(tmp, "badcorpus.jsonl"),
      "--no-generated",
      "--json",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/badcorpus\.jsonl:1: \[invalid-json\]/);
    expect(r.stderr).toMatch(/badcorpus\.jsonl:2: \[line-too-large\] line is \d+ bytes; at most 1048576 \(id "big"\)/);
    expect(JSON.parse(r.stdout).semantic.corpus.cases).toBe(1);
  });
  it("70 when the output cannot be written (an internal error, not the input's fault)", () => {
    const r = spawnSync("bash", ["-c", `node dist/cli.js evaluate ${caseFile} --json > /dev/full`], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/cannot write the output: ENOSPC/);
  });
  it("batch streams a 3 MiB line from standard input without losing the lines around it", () => {
    const huge = JSON.stringify({ id: "big", ...fixture, pad: "x".repeat(3 << 20) });
    const r = run(
      ["batch", "-"],
      [JSON.stringify({ id: "a", ...fixture }), huge, JSON.stringify({ id: "c", ...fixture })].join("\n"),
    );
    expect(r.code).toBe(2);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((l) => [l.line, l.id, l.ok, l.issues?.[0]?.code])).toEqual([
      [1, "a", true, undefined],
      [2, "big", false, "line-too-large"],
      [3, "c", true, undefined],
    ]);
  });
  it("serve: 2 on a bad port", () => {
    expect(run(["serve", "--port", "http"]).code).toBe(2);
  });
});

describe("export --csv --lang en", () => {
  it("puts English names in the header and the place, keeping the articles verbatim", () => {
    const r = run(["export", "yrd-2023", "--csv", "--lang", "en"]);
    const [header, first] = r.stdout.split("\r\n");
    expect(header).toMatch(/^\uFEFFJurisdiction,Matter id,No\.,Conduct,/);
    expect(first).toMatch(/^Shanghai/);
    expect(first).toMatch(/第[一二三四五六七八九十百]+条/);
  });
});
