/**
 * Working days (工作日). 行政处罚法 Art. 85 makes the law's 二日、三日、五日、七日 working days, and the credit
 * regulations count objection and deletion deadlines in working days. Which days are public holidays (法定节假日) and
 * which weekend days are made-up working days (调休) is set by the State Council year by year and cannot be derived,
 * so the caller supplies them; without them only weekends are skipped and every result says so.
 */
import { dayNumber } from "./index.js";

/** Holiday and made-up working-day dates supplied by the caller (`YYYY-MM-DD`). */
export interface CalendarInput {
  /** Public holidays (法定节假日) that fall on weekdays: not working days. */
  holidays?: readonly string[];
  /** Weekend days that are working days (调休上班). */
  workdays?: readonly string[];
}

/**
 * Which days the working-day arithmetic skipped: `"supplied"` (weekends and the caller's holidays, with the caller's
 * made-up working days) or `"weekends-only"` (no holiday dates were given: a deadline may fall on a public holiday
 * and is then too early).
 */
export type CalendarKind = "supplied" | "weekends-only";

/** A working-day calendar (build it with {@link makeCalendar}). */
export interface Calendar {
  /** Which days were skipped. */
  readonly kind: CalendarKind;
  /** True when the day (days since 1970-01-01) is a working day. */
  isWorkday(day: number): boolean;
}

/** A calendar problem: the index of the bad date in `holidays` or `workdays`. */
export interface CalendarProblem {
  /** `holidays` or `workdays`. */
  list: "holidays" | "workdays";
  /** Index in that list. */
  index: number;
  /** What is wrong. */
  message: string;
}

/** Checks a calendar input: every date valid, no date in both lists. */
export function checkCalendar(input: CalendarInput): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const holidays = new Set<number>();
  (input.holidays ?? []).forEach((d, index) => {
    const n = typeof d === "string" ? dayNumber(d) : undefined;
    if (n === undefined)
      problems.push({ list: "holidays", index, message: `expected a date YYYY-MM-DD, got ${JSON.stringify(d)}` });
    else holidays.add(n);
  });
  (input.workdays ?? []).forEach((d, index) => {
    const n = typeof d === "string" ? dayNumber(d) : undefined;
    if (n === undefined)
      problems.push({ list: "workdays", index, message: `expected a date YYYY-MM-DD, got ${JSON.stringify(d)}` });
    else if (holidays.has(n)) problems.push({ list: "workdays", index, message: `${d} is also listed as a holiday` });
  });
  return problems;
}

const weekend = (day: number): boolean => {
  // 1970-01-01 was a Thursday: day 0 → weekday 4 (0 = Sunday).
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
};

/**
 * A working-day calendar: weekends are not working days, except the supplied made-up working days; the supplied
 * holidays are not working days. Without any dates the calendar is `"weekends-only"`. Invalid dates are ignored here
 * (check them with {@link checkCalendar} first).
 *
 * @example
 * ```ts
 * const cal = makeCalendar({ holidays: ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07"], workdays: ["2024-09-29", "2024-10-12"] });
 * addWorkdays(cal, "2024-09-30", 1); // "2024-10-08"
 * ```
 */
export function makeCalendar(input: CalendarInput = {}): Calendar {
  const holidays = new Set<number>();
  const workdays = new Set<number>();
  for (const d of input.holidays ?? []) {
    const n = dayNumber(d);
    if (n !== undefined) holidays.add(n);
  }
  for (const d of input.workdays ?? []) {
    const n = dayNumber(d);
    if (n !== undefined) workdays.add(n);
  }
  const kind: CalendarKind = holidays.size > 0 || workdays.size > 0 ? "supplied" : "weekends-only";
  return Object.freeze({
    kind,
    isWorkday: (day: number) => (workdays.has(day) ? true : holidays.has(day) ? false : !weekend(day)),
  });
}

/** The `YYYY-MM-DD` text of a day number (days since 1970-01-01). */
export function dayText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last day of a period of `n` working days that starts after `from` (the starting day itself is not counted):
 * the n-th working day after `from`. A deadline "within 7 working days of X" ends on `addWorkdays(cal, X, 7)`.
 */
export function addWorkdays(calendar: Calendar, from: string, n: number): string {
  let day = dayNumber(from);
  if (day === undefined) throw new RangeError(`not a date: ${from}`);
  let left = n;
  while (left > 0) {
    day++;
    if (calendar.isWorkday(day)) left--;
  }
  return dayText(day);
}

/** The number of working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workdaysBetween(calendar: Calendar, from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === undefined || b === undefined) throw new RangeError(`not a date: ${a === undefined ? from : to}`);
  let count = 0;
  for (let day = a + 1; day <= b; day++) if (calendar.isWorkday(day)) count++;
  return count;
}

/** The date `n` calendar days after `from` (the starting day itself is not counted). */
export function addDays(from: string, n: number): string {
  const day = dayNumber(from);
  if (day === undefined) throw new RangeError(`not a date: ${from}`);
  return dayText(day + n);
}
