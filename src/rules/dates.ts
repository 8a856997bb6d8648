/**
 * Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) stand for a range of days, not a point:
 * "2021-06" is every day of June 2021. Ordering works on these ranges so a card is never
 * judged more precisely than the article supports.
 */

const DAY_MS = 86_400_000;

export interface DayRange {
  /** First day, as days since 1970-01-01 (UTC), inclusive. */
  start: number;
  /** Last day, inclusive. */
  end: number;
}

export function dateRange(partial: string): DayRange {
  const [year = 0, month, day] = partial.split('-').map(Number);
  if (month === undefined) {
    return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  }
  if (day === undefined) {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: dayNumber(year, month, 1), end: dayNumber(year, month, lastDay) };
  }
  const only = dayNumber(year, month, day);
  return { start: only, end: only };
}

/** True when every day of `a` comes before every day of `b`. */
export function strictlyBefore(a: string, b: string): boolean {
  return dateRange(a).end < dateRange(b).start;
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021", "June 2021", "9 June 2021": shown on cards at exactly the precision we know. */
export function formatPartialDate(partial: string): string {
  const [year, month, day] = partial.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? partial;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
