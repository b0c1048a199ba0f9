/**
 * Builds the playground page into `docs/site/playground/` with esbuild: `docs/playground/main.ts` bundled with the
 * library's browser entry points (`src/index.ts`, `src/rules.ts`). The build fails if anything resolves to a Node
 * built-in, and prints the script's size (raw, gzip) with the share of each part.
 *
 *   npx tsx scripts/site/build-playground.ts [--out <dir>]
 */
import { build, type Metafile, type Plugin } from "esbuild";
import { builtinModules } from "node:module";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

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
  /** Bytes of the output by part (rule data, zod, decimal.js, engine, page). */
  parts: [string, number][];
}

function partOf(input: string): string {
  if (input.includes("src/generated/")) return "bundled rule data (src/generated)";
  if (input.includes("node_modules/zod")) return "zod";
  if (input.includes("node_modules/decimal.js")) return "decimal.js";
  if (input.includes("node_modules/")) return "other packages";
  if (input.startsWith("src/")) return "engine (src)";
  if (input.startsWith("docs/playground")) return "playground page";
  return "other";
}

function partsOf(meta: Metafile): [string, number][] {
  const sums = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = partOf(input);
      sums.set(part, (sums.get(part) ?? 0) + bytesInOutput);
    }
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** Builds the page; returns where and how big. */
export async function buildPlayground(out = defaultOut): Promise<PlaygroundBuild> {
  mkdirSync(out, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(playgroundSource, "main.ts")],
    outfile: join(out, "playground.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["es2022"],
    minify: true,
    sourcemap: true,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    plugins: [browserOnlyPlugin, lawTitlesPlugin],
  });
  for (const f of ["index.html", "playground.css"]) copyFileSync(join(playgroundSource, f), join(out, f));
  const js = readFileSync(join(out, "playground.js"));
  return {
    out,
    bytes: statSync(join(out, "playground.js")).size,
    gzip: gzipSync(js).length,
    parts: partsOf(result.metafile),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** One line per size, for the build log. */
export function describeBuild(b: PlaygroundBuild): string {
  return [
    `playground: ${relative(root, b.out)}/playground.js ${kb(b.bytes)} minified, ${kb(b.gzip)} gzip`,
    ...b.parts.map(([part, bytes]) => `  ${part.padEnd(36)} ${kb(bytes).padStart(10)}`),
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--out");
  const b = await buildPlayground(i > 0 ? process.argv[i + 1] : undefined);
  console.log(describeBuild(b));
  writeFileSync(
    join(b.out, "size.json"),
    JSON.stringify({ bytes: b.bytes, gzip: b.gzip, parts: Object.fromEntries(b.parts) }, null, 2) + "\n",
  );
}
