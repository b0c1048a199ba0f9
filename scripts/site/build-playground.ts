/**
 * Builds the playground page into `docs/site/playground/` with esbuild: `docs/playground/main.ts` bundled with the
 * library's browser entry point (`src/index.ts`), without rule data; each bundled edition's rule data, validated
 * here, goes to its own file under `data/` (an older edition's file names the matters it shares with the
 * latest edition instead of repeating them, see `playground-data.ts`), fetched by the page when it needs that edition. The build fails if anything resolves to a
 * Node built-in, and prints the script's size (raw, gzip) with the share of each part and the data files' sizes.
 *
 *   npx tsx scripts/site/build-playground.ts [--out <dir>]
 */
import { build, type Metafile, type Plugin } from "esbuild";
import { builtinModules } from "node:module";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { playgroundData, type Catalogue } from "./playground-data.js";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const playgroundSource = join(root, "docs", "playground");
export const defaultOut = join(root, "docs", "site", "playground");

/** Law titles by law id, from the first line of each `rules/laws/*.md` (as the CLI's generated table does). */
export function lawTitles(): Record<string, string> {
  const dir = join(root, "rules", "laws");
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".md") && f !== "README.md")
      .sort()
      .map((f) => [f.slice(0, -3), readFileSync(join(dir, f), "utf8").split("\n")[0]!.replace(/^#\s*/, "").trim()]),
  );
}

const lawTitlesPlugin: Plugin = {
  name: "law-titles",
  setup(b) {
    b.onResolve({ filter: /^virtual:law-titles$/ }, (args) => ({ path: args.path, namespace: "law-titles" }));
    b.onLoad({ filter: /.*/, namespace: "law-titles" }, () => ({
      contents: JSON.stringify(lawTitles()),
      loader: "json",
    }));
  },
};

/** `virtual:editions`: the catalogue of the editions and their data files. */
const editionsPlugin = (catalogue: Catalogue): Plugin => ({
  name: "editions",
  setup(b) {
    b.onResolve({ filter: /^virtual:editions$/ }, (args) => ({ path: args.path, namespace: "editions" }));
    b.onLoad({ filter: /.*/, namespace: "editions" }, () => ({ contents: JSON.stringify(catalogue), loader: "json" }));
  },
});

/** Fails the build when the page would carry rule data: that is fetched per edition. */
const noBundledDataPlugin: Plugin = {
  name: "no-bundled-data",
  setup(b) {
    b.onResolve({ filter: /(^|\/)(src\/rules|generated\/[^/]+)\.js$/ }, (args) =>
      /src\/rules\.js$|generated\/(?!law-titles)/.test(args.path)
        ? {
            errors: [
              {
                text: `${args.path}, imported by ${relative(root, args.importer)}: the page fetches rule data per edition (data/), it does not bundle it`,
              },
            ],
          }
        : undefined,
    );
  },
};

/**
 * The engine's run-time uses of zod schemas, pointed at `docs/playground/schemas-lazy.ts`: the first render carries
 * no zod, which comes in its own chunk when a case needs it. Keyed by importing file, then by import path.
 */
export const LAZY_SCHEMA_IMPORTS: Record<string, readonly string[]> = {
  "src/evaluate/validate.ts": ["../schema/case.js"],
  "src/i18n/issues.ts": ["../schema/case.js", "zod/v4/locales/zh-CN.js", "zod"],
  "src/compile/case-check.ts": ["../schema/rules.js"],
  "src/credit/index.ts": ["../schema/credit.js"],
};

const lazySchemasPlugin: Plugin = {
  name: "lazy-schemas",
  setup(b) {
    b.onResolve({ filter: /schema\/(case|rules|credit)\.js$|^zod(\/v4\/locales\/zh-CN\.js)?$/ }, (args) =>
      LAZY_SCHEMA_IMPORTS[relative(root, args.importer)]?.includes(args.path)
        ? { path: join(playgroundSource, "schemas-lazy.ts") }
        : undefined,
    );
  },
};

const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Fails the build when anything imports a Node built-in: the browser core must not need one. */
const browserOnlyPlugin: Plugin = {
  name: "browser-only",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      node.has(args.path) || args.path.startsWith("node:")
        ? {
            errors: [
              {
                text: `${args.path} is Node-only, imported by ${relative(root, args.importer)}: the playground uses the browser entry points only`,
              },
            ],
          }
        : undefined,
    );
  },
};

export interface PlaygroundBuild {
  out: string;
  bytes: number;
  gzip: number;
  /** Bytes of the output by part (zod, decimal.js, engine, page). */
  parts: [string, number][];
  /** The data files written (paths relative to `out`) with their raw and gzip bytes. */
  data: { file: string; bytes: number; gzip: number }[];
  /** Gzip bytes of each edition's data as one whole file, for comparison. */
  wholeGzip: Record<string, number>;
  catalogue: Catalogue;
}

/** The built scripts and how they load each other, for measuring what a page view transfers. */
export interface PlaygroundAssets {
  /** The page's script, relative to the output directory. */
  entry: string;
  /** Each script with the scripts it imports before it runs (`imports`) and those it fetches later (`dynamic`). */
  scripts: Record<string, { imports: string[]; dynamic: string[] }>;
  catalogue: Catalogue;
}

function assetsOf(meta: Metafile, out: string, catalogue: Catalogue): PlaygroundAssets {
  const rel = (p: string) => relative(out, join(root, p)).split("\\").join("/");
  const scripts: PlaygroundAssets["scripts"] = {};
  for (const [file, o] of Object.entries(meta.outputs)) {
    if (!file.endsWith(".js")) continue;
    scripts[rel(file)] = {
      imports: o.imports.filter((i) => i.kind === "import-statement").map((i) => rel(i.path)),
      dynamic: o.imports.filter((i) => i.kind === "dynamic-import").map((i) => rel(i.path)),
    };
  }
  return { entry: "playground.js", scripts, catalogue };
}

function partOf(input: string): string {
  if (input.includes("src/generated/")) return "bundled rule data (src/generated)";
  if (input.includes("node_modules/zod")) return "zod";
  if (input.includes("node_modules/decimal.js")) return "decimal.js";
  if (input.includes("node_modules/")) return "other packages";
  if (input.startsWith("src/schema/")) return "schemas (src/schema)";
  if (input.startsWith("src/")) return "engine (src)";
  if (input.startsWith("docs/playground")) return "playground page";
  return "other";
}

function partsOf(meta: Metafile): [string, number][] {
  const sums = new Map<string, number>();
  for (const [file, output] of Object.entries(meta.outputs)) {
    const lazy = file.includes("/chunks/schemas-") ? " (fetched for an invalid case)" : "";
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const part = partOf(input) + lazy;
      sums.set(part, (sums.get(part) ?? 0) + bytesInOutput);
    }
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** Builds the page; returns where and how big. */
export async function buildPlayground(out = defaultOut): Promise<PlaygroundBuild> {
  mkdirSync(out, { recursive: true });
  const data = playgroundData();
  rmSync(join(out, "chunks"), { recursive: true, force: true });
  // Only the current data files: stale ones (other content hashes) are removed.
  rmSync(join(out, "data"), { recursive: true, force: true });
  mkdirSync(join(out, "data"), { recursive: true });
  for (const [file, text] of data.files) writeFileSync(join(out, file), text);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { playground: join(playgroundSource, "main.ts") },
    outdir: out,
    chunkNames: "chunks/[name]-[hash]",
    splitting: true,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["es2022"],
    minify: true,
    sourcemap: true,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    plugins: [
      browserOnlyPlugin,
      noBundledDataPlugin,
      lazySchemasPlugin,
      lawTitlesPlugin,
      editionsPlugin(data.catalogue),
    ],
  });
  for (const f of ["index.html", "playground.css"]) copyFileSync(join(playgroundSource, f), join(out, f));
  const assets = assetsOf(result.metafile, out, data.catalogue);
  writeFileSync(join(out, "assets.json"), JSON.stringify(assets, null, 2) + "\n");
  const js = readFileSync(join(out, "playground.js"));
  return {
    out,
    bytes: statSync(join(out, "playground.js")).size,
    gzip: gzipSync(js).length,
    parts: partsOf(result.metafile),
    data: [...data.files].map(([file, text]) => ({
      file,
      bytes: Buffer.byteLength(text),
      gzip: gzipSync(text).length,
    })),
    wholeGzip: data.wholeGzip,
    catalogue: data.catalogue,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** One line per size, for the build log. */
export function describeBuild(b: PlaygroundBuild): string {
  return [
    `playground: ${relative(root, b.out)}/playground.js ${kb(b.bytes)} minified, ${kb(b.gzip)} gzip`,
    ...b.parts.map(([part, bytes]) => `  ${part.padEnd(44)} ${kb(bytes).padStart(10)}`),
    ...b.data.map((d) => `  ${d.file.padEnd(44)} ${kb(d.bytes).padStart(10)} raw, ${kb(d.gzip)} gzip`),
    `  (each edition's data whole, sharing nothing: ${Object.entries(b.wholeGzip)
      .map(([id, g]) => `${id} ${kb(g)}`)
      .join(", ")} gzip)`,
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--out");
  const b = await buildPlayground(i > 0 ? process.argv[i + 1] : undefined);
  console.log(describeBuild(b));
  writeFileSync(
    join(b.out, "size.json"),
    JSON.stringify(
      { bytes: b.bytes, gzip: b.gzip, parts: Object.fromEntries(b.parts), data: b.data, wholeGzip: b.wholeGzip },
      null,
      2,
    ) + "\n",
  );
}
