/**
 * Whole-day calendar arithmetic on proleptic Gregorian dates, in UTC only.
 *
 * Article dates have no time of day and no time zone, so every computation here works on day
 * numbers (days since 1970-01-01) and never reads the host's clock or zone. Limits: years
 * 1–9999 only; callers validate their own input.
 */

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(d: CalendarDay): number {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(d: CalendarDay): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

/** The Monday that starts the (Monday-first) week holding `d`. */
export function mondayOf(d: CalendarDay): CalendarDay {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/** Month arithmetic that keeps only year and month (the day is set to 1). */
export function addMonths(d: CalendarDay, months: number): CalendarDay {
  const index = d.year * 12 + (d.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isoYear(d: CalendarDay): string {
  return pad4(d.year);
}

export function isoMonth(d: CalendarDay): string {
  return `${pad4(d.year)}-${pad2(d.month)}`;
}

export function isoDay(d: CalendarDay): string {
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** Reads a YYYY-MM-DD string that names a real day; anything else gives null. */
export function parseIsoDay(s: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (d.year < 1) return null;
  const back = fromDayNumber(dayNumber(d));
  return back.year === d.year && back.month === d.month && back.day === d.day ? d : null;
}
