import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../src/index.js";
import { benchmarkCsv, benchmarkMarkdown, benchmarkRows } from "../src/report/table.js";
import { readRuleSource } from "./helpers.js";

const ruleSet = loadRuleSet(readRuleSource("yrd-2023"));

/** Splits RFC 4180 CSV into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(cell), (cell = ""));
    else if (ch === "\r" && text[i + 1] === "\n") (row.push(cell), rows.push(row), (row = []), (cell = ""), i++);
    else cell += ch;
  }
  return rows;
}

describe("official table export", () => {
  it("has one row per tier of every matter in every jurisdiction with its own basis", () => {
    const expected = ruleSet.edition.jurisdictions.flatMap((j) =>
      ruleSet.matters
        .filter((m) => m.bases[j.id])
        .flatMap((m) => m.tiers.filter((t) => t.level !== "reduced").map((t) => `${j.id}|${m.id}|${t.label.zh}`)),
    );
    expect(benchmarkRows(ruleSet).map((r) => `${r.jurisdiction}|${r.matterId}|${r.tier}`)).toEqual(expected);
  });
  it("states the amounts of each tier as the evaluator computes them", () => {
    const row = benchmarkRows(ruleSet).find(
      (r) => r.jurisdiction === "shanghai" && r.matterId === "cityscape.roadside-car-wash" && r.tier === "一般",
    )!;
    expect(row.standard).toContain("个人处1200–2100 元");
    expect(row.standard).toContain("单位处1200–2100 元");
    expect(row.firstViolation).toMatch(/^列入清单第四项（已公布）/);
    expect(row.provenance).toBe("法定幅度：法定；阶次：公式；适用情形：模型");
    const felling = benchmarkRows(ruleSet).find(
      (r) => r.jurisdiction === "shanghai" && r.matterId === "ecology.illegal-tree-felling" && r.tier === "从轻",
    )!;
    expect(felling.standard).toMatch(/处5–约6\.67 倍（以.+为基数/);
  });
  it("quotes every citation verbatim in the legal-basis columns", () => {
    for (const m of ruleSet.matters) {
      for (const [j, basis] of Object.entries(m.bases)) {
        const row = benchmarkRows(ruleSet).find((r) => r.jurisdiction === j && r.matterId === m.id)!;
        for (const c of basis.prohibition) expect(row.legalBasis).toContain(c.text);
        for (const c of basis.penalty) expect(row.penaltyBasis).toContain(c.text);
      }
    }
  });
  it("CSV round-trips to the same cells", () => {
    const rows = parseCsv(benchmarkCsv(ruleSet));
    expect(rows[0]).toEqual([
      "地区",
      "事项编号",
      "序号",
      "违法行为",
      "法律依据",
      "处罚依据",
      "裁量阶次",
      "适用情形",
      "处罚标准",
      "首违不罚",
      "来源",
    ]);
    const data = benchmarkRows(ruleSet);
    expect(rows).toHaveLength(data.length + 1);
    expect(rows[1]![8]).toBe(data[0]!.standard);
  });
  it("Markdown has a table per jurisdiction with a basis and says where there is none", () => {
    const md = benchmarkMarkdown(ruleSet);
    expect(md).toMatch(
      /## 上海市 Shanghai \(`shanghai`\)\n\n\| 序号 \| 违法行为 \| 法律依据 \| 处罚依据 \| 裁量阶次 \| 适用情形 \| 处罚标准 \| 首违不罚 \| 来源 \|/,
    );
    expect(md).toMatch(/## 江苏省 Jiangsu \(`jiangsu`\)\n\n无可用的法规文本/);
    expect(md).toContain("## 已知缺口 Known gaps");
  });
});
