import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkCitation, parseArticleReference, parseLaw } from "../src/index.js";
import { chineseNumeral } from "../src/laws/verify.js";
import { readLaws } from "../src/node.js";
import { root } from "./helpers.js";

const lawsDir = join(root, "rules", "laws");
const index = new Map([...readLaws(lawsDir)].map(([k, v]) => [k, parseLaw(v)]));

describe("law texts", () => {
  it("reads Chinese numerals", () => {
    expect([
      chineseNumeral("十"),
      chineseNumeral("二十八"),
      chineseNumeral("一百零三"),
      chineseNumeral("一百二十"),
      chineseNumeral("五"),
    ]).toEqual([10, 28, 103, 120, 5]);
  });
  it("reads article references", () => {
    expect(parseArticleReference("第二十八条第一款第（二）项")).toEqual({ article: 28, paragraph: 1, item: 2 });
    expect(parseArticleReference("第一百一十一条")).toEqual({ article: 111 });
    expect(parseArticleReference("Art. 28")).toBeUndefined();
  });
  it("splits articles into paragraphs and items", () => {
    const art32 = index.get("cn-administrative-penalty-law-2021")!.get(32)!;
    expect(art32.paragraphs).toHaveLength(1);
    expect(art32.paragraphs[0]!.items).toHaveLength(5);
    expect(index.get("cn-administrative-penalty-law-2021")!.get(33)!.paragraphs).toHaveLength(3);
  });
  it("accepts a verbatim citation and rejects a single altered character", () => {
    const ok = {
      law: "cn-administrative-penalty-law-2021",
      article: "第三十三条第二款",
      text: "当事人有证据足以证明没有主观过错的，不予行政处罚。",
    };
    expect(checkCitation(ok, index)).toBeUndefined();
    expect(checkCitation({ ...ok, text: ok.text.replace("足以", "足已") }, index)).toMatch(/not verbatim/);
    expect(checkCitation({ ...ok, article: "第三十三条第一款" }, index)).toMatch(/not verbatim/);
    expect(checkCitation({ ...ok, law: "cn-made-up-law" }, index)).toMatch(/unknown law/);
  });
  it("ignores whitespace only", () => {
    const c = {
      law: "cn-administrative-penalty-law-2021",
      article: "第二十九条",
      text: "对当事人的同一个违法行为， 不得给予两次以上罚款的行政处罚。",
    };
    expect(checkCitation(c, index)).toBeUndefined();
  });
  it("the vendored texts are the shared law collection, unchanged", () => {
    const shared = join(root, "..", "shared", "laws");
    if (!existsSync(shared)) return;
    const mine = readdirSync(lawsDir)
      .filter((f) => f.endsWith(".md"))
      .sort();
    expect(mine).toEqual(
      readdirSync(shared)
        .filter((f) => f.endsWith(".md"))
        .sort(),
    );
    for (const f of mine) expect(readFileSync(join(lawsDir, f), "utf8"), f).toBe(readFileSync(join(shared, f), "utf8"));
  });
});
