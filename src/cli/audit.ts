/** `cailiang audit <records.jsonl> [--md|--csv|--json]`: case-file review of a stream of decided-case records. */
import { existsSync, statSync } from "node:fs";
import { safeAudit } from "../review/index.js";
import { AUDIT_CSV_HEADER, AuditCollector, auditCsvRow, auditMarkdown } from "../review/summary.js";
import { formatIssue } from "../errors/index.js";
import type { Evaluable } from "../evaluate/index.js";
import { readJsonLinesStream } from "./jsonl.js";
import { PolicyInputError, readCalendar, reviewStandards } from "./policies.js";

/** Runs the review; exit 0 when every file is clean, 1 when any file has a finding or a record was rejected, 2 on bad usage. */
export async function cmdAudit(
  positionals: string[],
  values: Record<string, unknown>,
  deps: { evaluable: () => Evaluable },
): Promise<number> {
  try {
    if (positionals.length !== 1) throw new PolicyInputError("audit needs exactly one JSON Lines file of records");
    const formats = ["md", "csv", "json"].filter((f) => values[f]);
    if (formats.length > 1) throw new PolicyInputError("audit takes at most one of --md, --csv and --json");
    const format = formats[0] ?? "md";
    const path = positionals[0]!;
    if (path !== "-" && (!existsSync(path) || !statSync(path).isFile()))
      throw new PolicyInputError(`cannot read "${path}": no such file`);
    const standards = reviewStandards(values.rules as string[] | undefined);
    const calendar = readCalendar(values.calendar as string | undefined);
    const evaluable = deps.evaluable();
    const collector = new AuditCollector();
    const out: string[] = [];
    const flush = () => {
      if (out.length > 0) process.stdout.write(out.join(""));
      out.length = 0;
    };
    if (format === "csv") out.push(AUDIT_CSV_HEADER);
    const started = Date.now();
    let findings = 0;
    for await (const item of readJsonLinesStream(path)) {
      const result = item.issues
        ? ({ ok: false, issues: item.issues } as const)
        : safeAudit(evaluable, item.value, standards, { calendar });
      if (!result.ok) {
        collector.reject(item.line, result.issues);
        if (format === "json") out.push(JSON.stringify({ line: item.line, issues: result.issues }) + "\n");
        else if (format === "csv")
          process.stderr.write(`line ${item.line}: rejected: ${result.issues.map(formatIssue).join("; ")}\n`);
      } else {
        const row = collector.add(result.result);
        findings += result.result.findings.length;
        if (format === "json") out.push(JSON.stringify(result.result) + "\n");
        else if (format === "csv") out.push(auditCsvRow(row));
      }
      if (out.length >= 1000) flush();
      const n = collector.rows.length + collector.rejectedRecords.length;
      if (n % 10000 === 0) process.stderr.write(`cailiang audit: ${n} records\n`);
    }
    const summary = collector.result();
    if (format === "json") out.push(JSON.stringify({ summary }) + "\n");
    flush();
    if (format === "md") {
      let text = auditMarkdown(summary, collector.rows, standards[standards.length - 1]!);
      if (collector.rejectedRecords.length > 0) {
        text += `\n## 无效记录 Rejected records\n\n`;
        for (const r of collector.rejectedRecords)
          text += `- line ${r.line}: ${r.issues.map(formatIssue).join("; ").replace(/\|/g, "\\|")}\n`;
      }
      process.stdout.write(text);
    }
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(
      `cailiang audit: done, ${summary.files} files reviewed, ${summary.rejected} rejected, ${seconds.toFixed(2)} s\n`,
    );
    return summary.rejected > 0 || findings > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof PolicyInputError) {
      console.error(`cailiang: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
