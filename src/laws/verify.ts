/**
 * Verbatim citation checking against law texts (one markdown file per law, "第N条 …" articles).
 * Pure: callers supply the law texts, so this runs in the browser as well as in Node.
 */
import type { Citation } from "../schema/rules.js";

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Converts a Chinese numeral below 10,000 (e.g. `二十八`, `一百零三`) to a number. */
export function chineseNumeral(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch === "十" || ch === "百" || ch === "千") {
      const unit = ch === "十" ? 10 : ch === "百" ? 100 : 1000;
      total += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
    } else {
      return Number.NaN;
    }
  }
  return total + digit;
}

/** One article of a law: its paragraphs (款), each with the items (项) that follow it. */
export interface Article {
  /** The article number (第N条). */
  number: number;
  /** The paragraphs (款), in order. */
  paragraphs: {
    /** The paragraph's text (for the first, without the 第N条 heading). */
    text: string;
    /** Its items (项), each with its （N） number. */
    items: string[];
  }[];
}

/** 1 at the UTF-16 code of each numeral character of an article number (〇零一二三四五六七八九十百千). */
const ARTICLE_NUMERAL = new Uint8Array(0x10000);
for (const ch of "〇零一二三四五六七八九十百千") ARTICLE_NUMERAL[ch.charCodeAt(0)] = 1;
/** What `\s` matches (U+3000 among it), tested by code rather than by a regular expression call per character. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `第N条 text` → the numeral and the text after it, or undefined when the line is not an article heading. A scan
 * by hand rather than a regular expression: law texts are input, and a pattern with a quantifier over spaces
 * followed by `(.*)$` backtracks quadratically on a long line of spaces with a line separator (U+2028) in it.
 */
function articleHeading(line: string): { numeral: string; text: string } | undefined {
  if (line[0] !== "第") return undefined;
  let i = 1;
  while (i < line.length && ARTICLE_NUMERAL[line.charCodeAt(i)] === 1) i++;
  if (i === 1 || line[i] !== "条") return undefined;
  const numeral = line.slice(1, i);
  i++;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return { numeral, text: line.slice(i) };
}

const ITEM_LINE = /^[（(]([〇零一二三四五六七八九十百]+)[）)]/;

/** Splits a law text into its articles, keyed by article number. */
export function parseLaw(markdown: string): Map<number, Article> {
  const articles = new Map<number, Article>();
  let current: Article | undefined;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    if (line.startsWith("#") || line.startsWith("<!--")) {
      current = undefined;
      continue;
    }
    const head = articleHeading(line);
    if (head) {
      current = { number: chineseNumeral(head.numeral), paragraphs: [{ text: head.text, items: [] }] };
      if (!articles.has(current.number)) articles.set(current.number, current);
      continue;
    }
    if (!current) continue;
    const last = current.paragraphs[current.paragraphs.length - 1]!;
    if (ITEM_LINE.test(line)) last.items.push(line);
    else current.paragraphs.push({ text: line, items: [] });
  }
  return articles;
}

const REFERENCE =
  /^第([〇零一二三四五六七八九十百千]+)条(?:第([〇零一二三四五六七八九十]+)款)?(?:第[（(]([〇零一二三四五六七八九十]+)[）)]项)?$/;

/**
 * Parses `第二十八条第一款第（二）项` into article, paragraph and item numbers; undefined when it is not a reference.
 *
 * @example
 * ```ts
 * parseArticleReference("第二十八条第一款第（二）项"); // { article: 28, paragraph: 1, item: 2 }
 * ```
 */
export function parseArticleReference(article: string):
  | {
      /** The article number. */
      article: number;
      /** The paragraph number, if given. */
      paragraph?: number;
      /** The item number, if given. */
      item?: number;
    }
  | undefined {
  const m = REFERENCE.exec(article);
  if (!m) return undefined;
  const out: { article: number; paragraph?: number; item?: number } = { article: chineseNumeral(m[1]!) };
  if (m[2]) out.paragraph = chineseNumeral(m[2]);
  if (m[3]) out.item = chineseNumeral(m[3]);
  return out;
}

const squash = (text: string): string => text.replace(/[\s\u3000]+/g, "");

/**
 * The problem with one citation, or undefined when it is verbatim (whitespace aside) in the cited article, paragraph
 * or item.
 *
 * @example
 * ```ts
 * const laws = new Map([["cn-administrative-penalty-law-2021", parseLaw(text)]]);
 * checkCitation({ law: "cn-administrative-penalty-law-2021", article: "第三十六条", text: "违法行为在二年内未被发现的，不再给予行政处罚" }, laws);
 * // undefined
 * ```
 */
export function checkCitation(citation: Citation, laws: ReadonlyMap<string, Map<number, Article>>): string | undefined {
  const law = laws.get(citation.law);
  if (!law) return `unknown law "${citation.law}": no such file in the law collection`;
  const ref = parseArticleReference(citation.article);
  if (!ref) return `cannot read the article reference "${citation.article}" (expected e.g. 第二十八条第一款第（二）项)`;
  const article = law.get(ref.article);
  if (!article) return `${citation.law} has no article ${citation.article}`;
  let scope: string[];
  if (ref.paragraph === undefined) {
    if (ref.item !== undefined) return `${citation.article}: an item needs a paragraph (第…款第（…）项)`;
    scope = article.paragraphs.flatMap((p) => [p.text, ...p.items]);
  } else {
    const paragraph = article.paragraphs[ref.paragraph - 1];
    if (!paragraph)
      return `${citation.law} ${citation.article}: the article has ${article.paragraphs.length} paragraph(s)`;
    if (ref.item === undefined) {
      scope = [paragraph.text, ...paragraph.items];
    } else {
      const item = paragraph.items[ref.item - 1];
      if (!item) return `${citation.law} ${citation.article}: the paragraph has ${paragraph.items.length} item(s)`;
      scope = [item];
    }
  }
  const haystack = squash(scope.join(""));
  const needle = squash(citation.text);
  if (needle.length === 0 || !haystack.includes(needle)) {
    return `${citation.law} ${citation.article}: the text is not verbatim; the article reads "${scope.join("")}"`;
  }
  return undefined;
}
