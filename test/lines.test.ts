import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findId, LineSplitter, MAX_LINE_BYTES, readFileLines, readLines, type InputLine } from "../src/cli/lines.js";
import { evaluateLine } from "../src/cli/batch.js";
import { compiled } from "./helpers.js";
import { readFileSync } from "node:fs";
import { root } from "./helpers.js";

const collect = async (chunks: (string | Buffer)[], maxBytes?: number) => {
  const out: InputLine[] = [];
  for await (const l of readLines(Readable.from(chunks, { objectMode: true }), { maxBytes })) out.push(l);
  return out;
};

const fixture = JSON.parse(readFileSync(join(root, "fixtures", "yrd-2023", "_law.json"), "utf8"))[0].case;

describe("readLines", () => {
  it("numbers every line from 1, blank ones included; a final line feed ends the last line", async () => {
    expect(await collect(["a\n\nb\n"])).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "" },
      { line: 3, text: "b" },
    ]);
  });
  it("reads a last line without a line feed", async () => {
    expect(await collect(["a\nb"])).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "b" },
    ]);
  });
  it("drops a UTF-8 BOM before the first line and the CR of CRLF, but not a BOM later on", async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const out = await collect([Buffer.concat([bom, Buffer.from("x\r\n")]), Buffer.concat([bom, Buffer.from("y\r\n")])]);
    expect(out).toEqual([
      { line: 1, text: "x" },
      { line: 2, text: "\uFEFFy" },
    ]);
  });
  it("keeps a multi-byte character split across chunks whole", async () => {
    const bytes = Buffer.from("上海市\n");
    expect(await collect([bytes.subarray(0, 2), bytes.subarray(2, 5), bytes.subarray(5)])).toEqual([
      { line: 1, text: "上海市" },
    ]);
  });
  it("counts the limit in UTF-8 bytes: 4 three-byte characters are 12 bytes", async () => {
    // maxBytes 11: "上海市区" is 4 characters but 12 bytes, so too large; "上海市" (9 bytes) is fine.
    const out = await collect(["上海市区\n上海市\n"], 11);
    expect(out[0]).toEqual({ line: 1, tooLarge: true, bytes: 12 });
    expect(out[1]).toEqual({ line: 2, text: "上海市" });
  });
  it("a line of exactly the limit is read; one byte more is too large, CR not counted", async () => {
    const out = await collect(["aaaa\r\naaaaa\r\n", "aaaa"], 4);
    expect(out).toEqual([
      { line: 1, text: "aaaa" },
      { line: 2, tooLarge: true, bytes: 5 },
      { line: 3, text: "aaaa" },
    ]);
  });
  it("reports an over-long line with the id near its start and goes on", async () => {
    const big = `{"id":"case-7","facts":{"x":"${"a".repeat(5000)}"}}`;
    const out = await collect([`{"id":"a"}\n`, big.slice(0, 100), big.slice(100), "\n", `{"id":"b"}\n`], 1000);
    expect(out).toEqual([
      { line: 1, text: '{"id":"a"}' },
      { line: 2, tooLarge: true, bytes: big.length, id: "case-7" },
      { line: 3, text: '{"id":"b"}' },
    ]);
  });
  it("a 2 MiB line between two valid cases gives three batch lines in order, the middle one line-too-large", async () => {
    const valid = JSON.stringify({ ...fixture, id: "first" });
    const huge = JSON.stringify({
      id: "huge",
      ...fixture,
      facts: { ...fixture.facts, padding: "x".repeat(2 * MAX_LINE_BYTES) },
    });
    async function* source() {
      yield Buffer.from(valid + "\n");
      for (let i = 0; i < huge.length; i += 65536) yield Buffer.from(huge.slice(i, i + 65536));
      yield Buffer.from("\n" + JSON.stringify({ ...fixture, id: "third" }) + "\n");
    }
    const out = [];
    for await (const l of readLines(source())) out.push(evaluateLine(compiled, l));
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ line: 1, id: "first", ok: true, outcome: { disposition: "penalty" } });
    expect(out[1]).toEqual({
      line: 2,
      id: "huge",
      ok: false,
      issues: [
        {
          code: "line-too-large",
          path: [],
          message: `line is ${huge.length} bytes; a line may hold at most ${MAX_LINE_BYTES} bytes (UTF-8)`,
        },
      ],
    });
    expect(out[2]).toMatchObject({ line: 3, id: "third", ok: true });
  });
  it("holds at most the limit of a 64 MiB line in memory", async () => {
    // The splitter's own buffered bytes never pass limit + 1 while a 64 MiB line streams through.
    const splitter = new LineSplitter(1 << 20);
    const chunk = Buffer.alloc(1 << 16, 0x61);
    let peak = 0;
    for (let i = 0; i < 1024; i++) {
      expect(splitter.push(chunk)).toEqual([]);
      peak = Math.max(
        peak,
        (splitter as unknown as { parts: Buffer[] }).parts.reduce((n, b) => n + b.length, 0),
      );
    }
    expect(splitter.push("\nok\n")).toEqual([
      { line: 1, tooLarge: true, bytes: 64 * (1 << 20) },
      { line: 2, text: "ok" },
    ]);
    expect(peak).toBeLessThanOrEqual((1 << 20) + 1);
  });
  it("reads files synchronously with the same rules", () => {
    const dir = mkdtempSync(join(tmpdir(), "cailiang-lines-"));
    const file = join(dir, "x.jsonl");
    writeFileSync(file, "\uFEFFa\r\n\r\nb");
    expect([...readFileLines(file)]).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "" },
      { line: 3, text: "b" },
    ]);
  });
});

describe("findId", () => {
  it("finds a top-level id only", () => {
    expect(findId('{"matter":"x","id":"A-1"')).toBe("A-1");
    expect(findId('{"facts":{"id":"inner"},"id":"outer"}')).toBe("outer");
    expect(findId('{"facts":{"id":"inner"}}')).toBeUndefined();
    expect(findId('{"id":7}')).toBeUndefined();
    expect(findId('{"id":"\\u4e0a"}')).toBe("上");
    expect(findId('["id","x"]')).toBeUndefined();
    expect(findId('{"a":"id","b":1}')).toBeUndefined();
  });
});

describe("batch lines", () => {
  it("echo the id, strip it before evaluation, and report a blank line as blank", () => {
    expect(evaluateLine(compiled, { line: 4, text: "   " })).toEqual({ line: 4, blank: true });
    const ok = evaluateLine(compiled, { line: 5, text: JSON.stringify({ id: "A-9", ...fixture }) });
    expect(ok).toMatchObject({ line: 5, id: "A-9", ok: true });
    expect(evaluateLine(compiled, { line: 6, text: JSON.stringify({ id: 9, ...fixture }) })).toMatchObject({
      line: 6,
      ok: false,
      issues: [{ code: "invalid-case", path: ["id"] }],
    });
  });
});
