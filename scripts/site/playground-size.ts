/**
 * What the playground page transfers: every asset's bytes and gzip bytes, and the totals of a first render (the page,
 * its stylesheet, the script and what it imports, the default edition's rule data) and of what comes later (another
 * edition's data when it is picked or compared, the case schemas when a case is first invalid).
 *
 *   npx tsx scripts/site/playground-size.ts [--no-build] [--out <dir>] [--json]
 *
 * Builds the page first (into docs/site/playground, or `--out`) unless `--no-build`. Gzip is zlib's default level,
 * as a static server compresses on the fly.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildPlayground, defaultOut, root, type PlaygroundAssets } from "./build-playground.js";

/** The first-render budget: 150 KB (10³ bytes) gzip. */
export const FIRST_RENDER_BUDGET = 150_000;

export interface AssetSize {
  /** Path relative to the page's directory. */
  file: string;
  bytes: number;
  gzip: number;
  /** When the page fetches it: `first render`, or what makes it needed later. */
  when: string;
}

export interface PlaygroundSize {
  dir: string;
  assets: AssetSize[];
  /** Totals of the first render (no link: the default case under the default edition). */
  firstRender: { files: string[]; bytes: number; gzip: number };
  /** Each later step's extra transfer. */
  later: { what: string; files: string[]; bytes: number; gzip: number }[];
  budget: number;
}

/** The scripts `file` needs before it runs: itself and its static imports, transitively. */
function closure(assets: PlaygroundAssets, file: string, into = new Set<string>()): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  for (const f of assets.scripts[file]?.imports ?? []) closure(assets, f, into);
  return into;
}

/** Measures a built playground directory. */
export function measurePlayground(dir = defaultOut): PlaygroundSize {
  const assets = JSON.parse(readFileSync(join(dir, "assets.json"), "utf8")) as PlaygroundAssets;
  const html = readFileSync(join(dir, "index.html"), "utf8");
  // What the page itself references: its stylesheet and script.
  const referenced = [...html.matchAll(/<(?:link[^>]*\bhref|script[^>]*\bsrc)="([^":#]+)"/g)].map((m) => m[1]!);
  const editions = assets.catalogue.editions;
  const latest = editions[editions.length - 1]!;

  const first = new Set<string>(["index.html", ...referenced]);
  closure(assets, assets.entry).forEach((f) => first.add(f));
  first.add(latest.file);

  const sizes = new Map<string, AssetSize>();
  const size = (file: string, when: string): AssetSize => {
    let s = sizes.get(file);
    if (!s) {
      const body = readFileSync(join(dir, file));
      s = { file, bytes: body.length, gzip: gzipSync(body).length, when };
      sizes.set(file, s);
    }
    return s;
  };
  first.forEach((f) => size(f, "first render"));
  const total = (files: string[]) => ({
    files,
    bytes: files.reduce((n, f) => n + sizes.get(f)!.bytes, 0),
    gzip: files.reduce((n, f) => n + sizes.get(f)!.gzip, 0),
  });

  const later: PlaygroundSize["later"] = [];
  for (const e of editions) {
    if (first.has(e.file)) continue;
    const what = `${e.id} picked, or a comparison opened`;
    size(e.file, what);
    later.push({ what, ...total([e.file]) });
  }
  const lazy = new Set<string>();
  for (const f of closure(assets, assets.entry))
    for (const d of assets.scripts[f]?.dynamic ?? []) closure(assets, d, lazy);
  const lazyFiles = [...lazy].filter((f) => !first.has(f));
  if (lazyFiles.length > 0) {
    const what = "the first invalid case (case schemas, zod)";
    lazyFiles.forEach((f) => size(f, what));
    later.push({ what, ...total(lazyFiles) });
  }
  return { dir, assets: [...sizes.values()], firstRender: total([...first]), later, budget: FIRST_RENDER_BUDGET };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** A table for people. */
export function describeSize(s: PlaygroundSize): string {
  const rows = s.assets.map(
    (a) => `  ${a.file.padEnd(38)} ${String(a.bytes).padStart(9)} B ${String(a.gzip).padStart(8)} B gzip   ${a.when}`,
  );
  return [
    `playground assets in ${relative(root, s.dir) || "."} (bytes, gzip bytes at zlib's default level):`,
    ...rows,
    `first render: ${s.firstRender.files.length} files, ${kb(s.firstRender.bytes)}, ${kb(s.firstRender.gzip)} gzip ` +
      `(budget ${kb(s.budget)} gzip: ${s.firstRender.gzip <= s.budget ? "within" : "OVER"})`,
    ...s.later.map((l) => `later, ${l.what}: +${kb(l.bytes)}, +${kb(l.gzip)} gzip`),
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const i = args.indexOf("--out");
  const dir = i >= 0 ? args[i + 1]! : defaultOut;
  if (!args.includes("--no-build") || !existsSync(join(dir, "assets.json"))) await buildPlayground(dir);
  const s = measurePlayground(dir);
  console.log(args.includes("--json") ? JSON.stringify(s, null, 2) : describeSize(s));
}
