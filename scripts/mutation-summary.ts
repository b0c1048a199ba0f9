/**
 * `npx tsx scripts/mutation-summary.ts <mutation.json>...`: the per-file scores and every surviving (or uncovered)
 * mutant of one or more StrykerJS JSON reports, as Markdown — the tables of docs/quality.md. When several reports
 * hold the same file, the last one given wins (a later, more complete run of a folder replaces an earlier one).
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage); ignored mutants (static ones skipped
 * with --ignoreStatic) and compile errors are left out of it and counted separately.
 */
import { readFileSync } from "node:fs";

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const files = new Map<string, { source: string; mutants: Mutant[] }>();
for (const path of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(path, "utf8")) as Report;
  for (const [file, entry] of Object.entries(report.files)) files.set(file, entry);
}
if (files.size === 0) {
  process.stderr.write(
    "usage: npx tsx scripts/mutation-summary.ts <mutation.json>...\n用法：npx tsx scripts/mutation-summary.ts <报告.json>...\n",
  );
  process.exit(2);
}

const count = (ms: Mutant[], ...statuses: string[]) => ms.filter((m) => statuses.includes(m.status)).length;
const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`);
const rows: string[] = [];
const survivors: string[] = [];
const total = { detected: 0, undetected: 0, ignored: 0 };
for (const [file, { source, mutants }] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const killed = count(mutants, "Killed");
  const timeout = count(mutants, "Timeout");
  const survived = count(mutants, "Survived");
  const noCov = count(mutants, "NoCoverage");
  const ignored = count(mutants, "Ignored");
  const errors = count(mutants, "CompileError", "RuntimeError");
  total.detected += killed + timeout;
  total.undetected += survived + noCov;
  total.ignored += ignored;
  rows.push(
    `| \`${file}\` | ${pct(killed + timeout, killed + timeout + survived + noCov)} | ${killed} | ${timeout} | ${survived} | ${noCov} | ${ignored} | ${errors} |`,
  );
  const lines = source.split("\n");
  for (const m of mutants) {
    if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
    const line = m.location.start.line;
    const code = (lines[line - 1] ?? "").trim().replace(/\|/g, "\\|");
    survivors.push(
      `- \`${file}:${line}\` ${m.mutatorName}${m.status === "NoCoverage" ? " (no coverage)" : ""}: \`${code.slice(0, 100)}\` → \`${(m.replacement ?? "").replace(/\s+/g, " ").slice(0, 60)}\``,
    );
  }
}
process.stdout.write(
  [
    "| File | Score | Killed | Timed out | Survived | No coverage | Ignored | Errors |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    `| **all** | **${pct(total.detected, total.detected + total.undetected)}** | ${total.detected} (with timeouts) | | ${total.undetected} (with no coverage) | | ${total.ignored} | |`,
    "",
    ...survivors,
    "",
  ].join("\n"),
);
