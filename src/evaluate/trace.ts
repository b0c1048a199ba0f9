/** The explanation trace: each rule step, the facts it read, the article behind it and what it found. */
import type { Citation, Localized } from "../schema/rules.js";
import type { TraceStep } from "../schema/case.js";

/** Collects trace steps; evaluation without `explain` passes null and builds none. */
export class Trace {
  readonly steps: TraceStep[] = [];
  add(
    step: string,
    result: TraceStep["result"],
    reads: Record<string, unknown>,
    citation: Citation | null,
    zh: string,
    en: string,
  ): void {
    this.steps.push({ step, result, reads, citation, note: { zh, en } });
  }
}

/** A label in both languages, e.g. for a trace note built from labels. */
export const both = (l: Localized, sep = " / "): string => `${l.zh}${sep}${l.en}`;
