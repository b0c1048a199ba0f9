/**
 * The layering of src/ stays true: no import cycle among the source files (type-only imports included, since they
 * tie the modules' meaning together too), and the legal pipeline only imports downwards:
 * schema → law → load → compile → evaluate → credit/review → diff/report → surfaces.
 * Run: npx tsx scripts/check-layers.ts (exit 1 on a cycle or an upward import).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith(".ts") ? [path] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?["'](\.{1,2}\/[^"']+)["']/gm;

const graph = new Map<string, string[]>();
for (const file of files(root)) {
  const text = readFileSync(file, "utf8");
  const targets: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = resolve(dirname(file), m[1]!.replace(/\.js$/, ".ts"));
    targets.push(target);
  }
  graph.set(file, targets);
}

const rel = (f: string) => relative(root, f);
const problems: string[] = [];

// Cycles: depth-first search with colours, reporting each cycle once.
const state = new Map<string, 1 | 2>();
const stack: string[] = [];
function visit(file: string): void {
  state.set(file, 1);
  stack.push(file);
  for (const t of graph.get(file) ?? []) {
    if (!graph.has(t)) continue;
    const s = state.get(t);
    if (s === 1) problems.push(`cycle: ${[...stack.slice(stack.indexOf(t)), t].map(rel).join(" → ")}`);
    else if (s === undefined) visit(t);
  }
  stack.pop();
  state.set(file, 2);
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);

// Upward imports along the legal pipeline.
const ORDER = ["schema", "law", "load", "compile", "evaluate"];
const layer = (f: string) => ORDER.indexOf(rel(f).split("/")[0]!);
for (const [file, targets] of graph) {
  const from = layer(file);
  if (from < 0) continue;
  for (const t of targets) {
    const to = layer(t);
    if (to > from)
      problems.push(`upward import: ${rel(file)} imports ${rel(t)} (${ORDER[from]} sits below ${ORDER[to]})`);
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`layers: ${graph.size} source files, no cycle, no upward import along ${ORDER.join(" → ")}`);
