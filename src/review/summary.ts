/**
 * The supervisor's summary of a review run, built one record at a time (so 10⁵ records need no more memory than one
 * compact row each), and its Markdown and CSV renderings.
 */
import type { Issue } from "../errors/index.js";
import type { CheckId, ReviewStandardFile } from "../schema/review.js";
import type { AuditResult } from "./index.js";

/** One reviewed record as the summary keeps it. */
export interface AuditRow {
  /** The record id. */
  id: string;
  /** The grade id. */
  grade: string;
  /** The content score. */
  content: number;
  /** A veto finding. */
  vetoed: boolean;
  /** The decision departs from the benchmark. */
  outsideBenchmark: boolean;
  /** The checks that found something. */
  findings: CheckId[];
  /** The checks that could not be made. */
  notCheckable: CheckId[];
}

/** What a supervisor reads first: files reviewed, grades, findings by check, the files outside the benchmark. */
export interface AuditSummary {
  /** Records reviewed. */
  files: number;
  /** Records rejected as invalid input (not reviewed). */
  rejected: number;
  /** Files with a veto finding. */
  vetoed: number;
  /** Files by grade id. */
  grades: Record<string, number>;
  /** Findings by check id. */
  findings: Partial<Record<CheckId, number>>;
  /** Not-checkable checks by check id. */
  notCheckable: Partial<Record<CheckId, number>>;
  /** Files whose decision departs from the benchmark. */
  outsideBenchmark: number;
  /** The mean content score of the reviewed files (null when none). */
  meanContent: number | null;
  /** Which days the working-day deadlines skipped. */
  calendar: "supplied" | "weekends-only" | null;
}

/** Accumulates audit results into the supervisor's summary and the compact per-record rows. */
export class AuditCollector {
  /** The rows in input order. */
  readonly rows: AuditRow[] = [];
  /** The rejected records: line number and issues (at most 1,000 kept). */
  readonly rejectedRecords: {
    /** The line number. */
    line: number;
    /** Why it was rejected. */
    issues: Issue[];
  }[] = [];
  private readonly summary: AuditSummary = {
    files: 0,
    rejected: 0,
    vetoed: 0,
    grades: {},
    findings: {},
    notCheckable: {},
    outsideBenchmark: 0,
    meanContent: null,
    calendar: null,
  };
  private contentTotal = 0;
  /** Adds one result. */
  add(result: AuditResult): AuditRow {
    const s = this.summary;
    s.files++;
    if (result.vetoed) s.vetoed++;
    if (result.outsideBenchmark) s.outsideBenchmark++;
    s.grades[result.grade.id] = (s.grades[result.grade.id] ?? 0) + 1;
    for (const f of result.findings) s.findings[f.check] = (s.findings[f.check] ?? 0) + 1;
    for (const n of result.notCheckable) s.notCheckable[n.check] = (s.notCheckable[n.check] ?? 0) + 1;
    s.calendar = result.calendar;
    this.contentTotal += result.score.content;
    const row: AuditRow = {
      id: result.id,
      grade: result.grade.id,
      content: result.score.content,
      vetoed: result.vetoed,
      outsideBenchmark: result.outsideBenchmark,
      findings: result.findings.map((f) => f.check),
      notCheckable: result.notCheckable.map((n) => n.check),
    };
    this.rows.push(row);
    return row;
  }
  /** Adds one rejected record. */
  reject(line: number, issues: Issue[]): void {
    this.summary.rejected++;
    if (this.rejectedRecords.length < 1000) this.rejectedRecords.push({ line, issues });
  }
  /** The summary so far. */
  result(): AuditSummary {
    return {
      ...this.summary,
      meanContent: this.summary.files > 0 ? Math.round((this.contentTotal / this.summary.files) * 10) / 10 : null,
    };
  }
}

/** The rows ordered for a supervisor: outside the benchmark first, then vetoed, then by score (lowest first), then input order. */
export function supervisorOrder(rows: readonly AuditRow[]): AuditRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        Number(b.row.outsideBenchmark) - Number(a.row.outsideBenchmark) ||
        Number(b.row.vetoed) - Number(a.row.vetoed) ||
        a.row.content - b.row.content ||
        a.i - b.i,
    )
    .map((x) => x.row);
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** The summary and the per-record table as Markdown (Chinese with English labels). */
export function auditMarkdown(
  summary: AuditSummary,
  rows: readonly AuditRow[],
  standard: Pick<ReviewStandardFile, "id" | "title" | "checks" | "grades" | "sheet">,
): string {
  const label = (id: string) => standard.checks.find((c) => c.id === id)?.label.zh ?? id;
  const grade = (id: string) => standard.grades.find((g) => g.id === id)?.label.zh ?? id;
  const out: string[] = [];
  out.push(`# 案卷评查汇总 Case-file review summary`, "");
  out.push(`评查标准 Standard: ${standard.title.zh} (${standard.id})`, "");
  out.push(`| 项目 Item | 数量 Count |`, `|---|---:|`);
  out.push(`| 评查案卷 Files reviewed | ${summary.files} |`);
  out.push(`| 无法评查（输入无效） Rejected records | ${summary.rejected} |`);
  out.push(`| 超出裁量基准 Outside the benchmark | ${summary.outsideBenchmark} |`);
  out.push(`| 否决项 Veto findings (不合格) | ${summary.vetoed} |`);
  for (const g of standard.grades) out.push(`| ${g.label.zh} ${g.label.en} | ${summary.grades[g.id] ?? 0} |`);
  out.push(`| 内容平均分 Mean content score (of ${standard.sheet.content}) | ${summary.meanContent ?? "—"} |`);
  out.push("");
  out.push(
    `## 问题分布 Findings by check`,
    "",
    `| 检查 Check | 问题 Findings | 无法核查 Not checkable |`,
    `|---|---:|---:|`,
  );
  for (const c of standard.checks)
    out.push(
      `| ${cell(c.label.zh)} (\`${c.id}\`) | ${summary.findings[c.id] ?? 0} | ${summary.notCheckable[c.id] ?? 0} |`,
    );
  out.push("");
  if (summary.calendar === "weekends-only") {
    out.push(
      `> 未提供法定节假日：工作日期限只扣除周末。No holiday calendar was given: working-day deadlines skip weekends only.`,
      "",
    );
  }
  out.push(
    `> 卷面 ${standard.sheet.form} 分（封面、目录、页码、立卷顺序）及证据是否充分需人工评查，未计分；扣分和等级界限为模型。 The ${standard.sheet.form}-point form part and evidence sufficiency need a human reviewer and are not scored; points and grade cut-offs are modelled.`,
    "",
  );
  out.push(
    `## 逐卷结果 Files (outside the benchmark first)`,
    "",
    `| 案卷 File | 等级 Grade | 内容得分 Content | 基准 Benchmark | 问题 Findings | 无法核查 Not checkable |`,
    `|---|---|---:|---|---|---|`,
  );
  for (const r of supervisorOrder(rows)) {
    out.push(
      `| ${cell(r.id)} | ${grade(r.grade)}${r.vetoed ? "（否决）" : ""} | ${r.content} | ${r.outsideBenchmark ? "超出 outside" : "符合 within"} | ${cell(r.findings.map(label).join("；")) || "—"} | ${r.notCheckable.length} |`,
    );
  }
  return out.join("\n") + "\n";
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV header of {@link auditCsvRow}. */
export const AUDIT_CSV_HEADER = "id,grade,content,vetoed,outside_benchmark,findings,not_checkable\r\n";

/** One record as a CSV line (RFC 4180 with CRLF, UTF-8; checks separated by `;`). */
export function auditCsvRow(row: AuditRow): string {
  return (
    [
      row.id,
      row.grade,
      String(row.content),
      String(row.vetoed),
      String(row.outsideBenchmark),
      row.findings.join(";"),
      row.notCheckable.join(";"),
    ]
      .map(csvCell)
      .join(",") + "\r\n"
  );
}
