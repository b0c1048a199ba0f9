/**
 * Writes the files derived from the sources: the JSON Schemas of the rule format (rules/schema/) and the bundled
 * editions (src/generated/), so the browser build needs no filesystem. `--check` fails if any file is stale.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { renderGenerated } from "./render.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
let stale = 0;
for (const [path, content] of renderGenerated(root)) {
  const abs = join(root, path);
  const current = existsSync(abs) ? readFileSync(abs, "utf8") : undefined;
  if (current === content) continue;
  if (check) {
    console.error(`stale: ${path} (run npm run generate)`);
    stale++;
  } else {
    writeFileSync(abs, content);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
