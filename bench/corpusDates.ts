/**
 * Calendar arithmetic for the synthetic corpus, on whole UTC days counted from 1970-01-01, and
 * the English phrases an article uses for them ("Monday 5 January 2026", "March 2014").
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
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

export function dayOf(iso: string): Day {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function addDays(day: Day, days: number): Day {
  return day + days;
}

export function isoDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoMonth(day: Day): string {
  return isoDay(day).slice(0, 7);
}

export function describeDay(day: Day): string {
  const date = new Date(day * MS_PER_DAY);
  const weekday = WEEKDAYS[date.getUTCDay()] ?? '';
  const month = MONTHS[date.getUTCMonth()] ?? '';
  return `${weekday} ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

export function monthName(day: Day): string {
  const date = new Date(day * MS_PER_DAY);
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}
