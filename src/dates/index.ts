/** Calendar dates as day numbers; periods in years and months end on the corresponding day (or the month's last). */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` in 1900–2999, or undefined otherwise (including 2023-02-30). */
export function dayNumber(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return Date.UTC(y, mo - 1, d) / 86_400_000;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date `months` months after (or before, if negative) `text`, as a day number; without a corresponding day the
 * month's last day is used (2020-02-29 + 12 months = 2021-02-28).
 */
export function addMonths(text: string, months: number): number {
  const m = ISO.exec(text)!;
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  const d = Math.min(Number(m[3]), daysInMonth(y, mo));
  return Date.UTC(y, mo - 1, d) / 86_400_000;
}
