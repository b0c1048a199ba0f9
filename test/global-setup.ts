/**
 * Builds the docs site and the playground bundle once, before any test file runs, when the browser tests will run
 * (Chromium present). Several browser test files serve `docs/site/`; if each built it on its own in a fresh checkout,
 * TypeDoc's clean output directory would delete the playground bundle another file was serving, and concurrent
 * bundle builds would race.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildPlayground, defaultOut, root } from "../scripts/site/build-playground.js";

const site = join(root, "docs", "site");

/** The newest modification time under `paths`, leaving out the built site itself. */
function newest(paths: string[]): number {
  let t = 0;
  const visit = (p: string) => {
    if (!existsSync(p) || p === site) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) visit(join(p, f));
    else t = Math.max(t, s.mtimeMs);
  };
  paths.forEach(visit);
  return t;
}

export default async function setup(): Promise<void> {
  if (!existsSync("/usr/bin/chromium")) return;
  const index = join(root, "docs", "site", "index.html");
  const docSources = ["docs", "examples", "scripts/site/typedoc-plugin.mjs", "typedoc.json", "src"].map((p) =>
    join(root, p),
  );
  let rebuiltDocs = false;
  if (!existsSync(index) || statSync(index).mtimeMs < newest(docSources)) {
    const r = spawnSync(process.execPath, [join(root, "node_modules", "typedoc", "bin", "typedoc")], {
      cwd: root,
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`typedoc failed:\n${r.stdout}${r.stderr}`);
    rebuiltDocs = true;
  }
  const bundle = join(defaultOut, "playground.js");
  const sources = [
    "docs/playground",
    "src",
    "rules/laws",
    "scripts/site/build-playground.ts",
    "scripts/site/playground-data.ts",
  ].map((p) => join(root, p));
  if (rebuiltDocs || !existsSync(bundle) || statSync(bundle).mtimeMs < newest(sources)) await buildPlayground();
}
