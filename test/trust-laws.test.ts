/** Law texts are input: parsing them takes time linear in their length, whatever the text. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseLaw } from "../src/index.js";

const MB = 1 << 20;

/** The fastest of three runs, in ms: the bound is on the work, not on a busy machine's worst moment. */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe("parseLaw on adversarial lines of 1 MB", () => {
  const lines: Record<string, string> = {
    // The shape that took the former pattern /^第(…)+条[\s\u3000]*(.*)$/ quadratic time (40,000 spaces: 2.9 s).
    "spaces, then a line separator after text": "第一条" + " ".repeat(MB) + "x\u2028y",
    "ideographic spaces and separators": "第一条" + "\u3000\u2028".repeat(MB / 2) + "x",
    "a numeral that never reaches 条": "第" + "一".repeat(MB),
    "an item number that never closes": "（" + "一".repeat(MB),
    "spaces only, then a separator": " ".repeat(MB) + "\u2028x",
  };
  for (const [name, line] of Object.entries(lines)) {
    it(`${name}: under 100 ms`, () => {
      const text = `# Law\n\n${line}\n第二条 次条。\n`;
      let articles: ReturnType<typeof parseLaw> | undefined;
      const ms = fastest(() => {
        articles = parseLaw(text);
      });
      expect(ms).toBeLessThan(100);
      // Parsing still reads the article after the long line.
      expect(articles!.get(2)?.paragraphs[0]?.text).toBe("次条。");
    });
  }
});

describe("article headings", () => {
  it("a heading whose text holds a line separator is still a heading", () => {
    const articles = parseLaw("第三条\u3000当事人\u2028有证据的，不予处罚。\n");
    expect(articles.get(3)?.paragraphs[0]?.text).toBe("当事人\u2028有证据的，不予处罚。");
  });

  it("agree with the former pattern on every line without a line terminator", () => {
    // The former pattern is the oracle where it was right: lines with no \r, \u2028 or \u2029.
    const FORMER = /^第([〇零一二三四五六七八九十百千]+)条[\s\u3000]*(.*)$/;
    const chars = ["第", "一", "二", "十", "百", "条", " ", "\u3000", "\t", "款", "x", "（", "）"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (parts) => {
        const line = parts.join("").trim();
        if (line === "" || line.startsWith("（") || line.startsWith("(")) return;
        const m = FORMER.exec(line);
        const articles = parseLaw(line + "\n");
        if (!m) {
          expect(articles.size).toBe(0);
        } else {
          expect([...articles.values()].map((a) => a.paragraphs[0]!.text)).toEqual([m[2]]);
        }
      }),
      { numRuns: 2000, seed: 15 },
    );
  });
});
