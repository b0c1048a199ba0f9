/**
 * What the playground transfers, measured on a fresh build (sizes are deterministic, so a budget is a fair test):
 * the first render stays within 150 KB gzip, fetches the default (latest) edition's data only and no zod; another
 * edition and the case schemas come later, and an older edition's file is smaller than the edition written whole.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlayground, type PlaygroundBuild } from "../scripts/site/build-playground.js";
import { FIRST_RENDER_BUDGET, measurePlayground, type PlaygroundSize } from "../scripts/site/playground-size.js";

describe("playground transfer", () => {
  let dir: string;
  let built: PlaygroundBuild;
  let size: PlaygroundSize;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cailiang-playground-"));
    built = await buildPlayground(dir);
    size = measurePlayground(dir);
    console.log(
      `playground first render: ${size.firstRender.files.length} files, ${size.firstRender.bytes} B, ${size.firstRender.gzip} B gzip; ` +
        size.later.map((l) => `${l.what}: +${l.gzip} B gzip`).join("; "),
    );
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`first render is at most ${FIRST_RENDER_BUDGET} bytes gzip`, () => {
    expect(size.firstRender.gzip).toBeLessThanOrEqual(FIRST_RENDER_BUDGET);
    // every file counted, and counted by its real size
    for (const f of size.firstRender.files) {
      const a = size.assets.find((x) => x.file === f)!;
      expect(a.bytes).toBe(readFileSync(join(dir, f)).length);
    }
    expect(size.firstRender.files).toEqual(expect.arrayContaining(["index.html", "playground.css", "playground.js"]));
  });

  it("first render fetches the latest edition's data and no other", () => {
    const editions = built.catalogue.editions;
    const data = size.firstRender.files.filter((f) => f.startsWith("data/"));
    expect(data).toEqual([editions[editions.length - 1]!.file]);
    for (const e of editions.slice(0, -1)) expect(size.later.some((l) => l.files.includes(e.file))).toBe(true);
  });

  it("first render carries no zod: the case schemas are a chunk fetched later", () => {
    const lazy = size.later.find((l) => l.what.includes("schemas"))!;
    expect(lazy.files.some((f) => f.startsWith("chunks/schemas-"))).toBe(true);
    const zodMark = "$ZodType"; // a name zod's code carries
    expect(lazy.files.some((f) => readFileSync(join(dir, f), "utf8").includes(zodMark))).toBe(true);
    for (const f of size.firstRender.files.filter((x) => x.endsWith(".js")))
      expect(readFileSync(join(dir, f), "utf8").includes(zodMark), f).toBe(false);
  });

  it("an older edition's file, naming the matters it shares, is smaller than that edition whole", () => {
    const older = built.catalogue.editions[0]!;
    const file = built.data.find((d) => d.file === older.file)!;
    expect(file.gzip).toBeLessThan(built.wholeGzip[older.id]! / 2);
  });
});
