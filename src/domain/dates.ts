/**
 * Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as the reader sees them: display text, and the
 * span they cover on a timeline.
 *
 * Every Date made here is built from local year/month/day parts, never parsed from an ISO string:
 * `new Date('2026-01-04')` is UTC midnight, which is 3 January in Los Angeles. Limits: the
 * Gregorian calendar and English names only; no times of day.
 */
import type { EventDate } from './schema';

export interface DateParts {
  readonly year: number;
  /** 1–12 when the date names a month. */
  readonly month?: number;
  /** 1–31 when the date names a day. */
  readonly day?: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
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

/** Splits a partial ISO date into numbers; undefined when it is not one. */
export function dateParts(iso: string): DateParts | undefined {
  // Read digit by digit, not by a regular expression: this runs for every event on loading.
  const length = iso.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digitsAt(iso, 0, 4);
  if (year < 0) return undefined;
  if (length === 4) return { year };
  const month = iso.charCodeAt(4) === HYPHEN ? digitsAt(iso, 5, 2) : -1;
  if (month < 0) return undefined;
  if (length === 7) return { year, month };
  const day = iso.charCodeAt(7) === HYPHEN ? digitsAt(iso, 8, 2) : -1;
  if (day < 0) return undefined;
  return { year, month, day };
}

const HYPHEN = 45;
const ZERO = 48;

/** The number written by `count` ASCII digits from `from`, or -1 if one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** A local Date at the given hour; setFullYear keeps years below 100 from meaning 19xx. */
function localDate(year: number, monthIndex: number, day: number, hour = 0): Date {
  if (year >= 100) return new Date(year, monthIndex, day, hour);
  const date = new Date(2000, monthIndex, day, hour);
  date.setFullYear(year, monthIndex, day);
  return date;
}

/** Local midnight of the first day the partial date covers. */
export function startOfPartial(parts: DateParts): Date {
  return localDate(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** Local midnight just after the last day the partial date covers (an exclusive end). */
export function endOfPartial(parts: DateParts): Date {
  if (parts.month === undefined) return localDate(parts.year + 1, 0, 1);
  if (parts.day === undefined) return localDate(parts.year, parts.month, 1);
  return localDate(parts.year, parts.month - 1, parts.day + 1);
}

/** "Mon 5 Jan 2026", "January 2026" or "2026", as precise as the date is. */
export function formatPartialDate(iso: string): string {
  const parts = dateParts(iso);
  if (parts === undefined) return iso;
  if (parts.month === undefined) return String(parts.year);
  if (parts.day === undefined) return `${MONTHS_LONG[parts.month - 1] ?? ''} ${parts.year}`;
  const weekday = WEEKDAYS[startOfPartial(parts).getDay()] ?? '';
  return `${weekday} ${parts.day} ${MONTHS[parts.month - 1] ?? ''} ${parts.year}`;
}

/** The event's date as display text: one date, or "start – end" for a range. */
export function formatEventDate(date: EventDate): string {
  const start = formatPartialDate(date.start);
  if (date.end === undefined || date.end === date.start) return start;
  return `${start} – ${formatPartialDate(date.end)}`;
}

/** Where an event sits on a timeline: a point on one day, or a range over what it covers. */
export type TimelineSpan =
  | { readonly kind: 'point'; readonly start: Date }
  | { readonly kind: 'range'; readonly start: Date; readonly end: Date };

/** True when the date names exactly one day. */
export function isSingleDay(date: EventDate): boolean {
  const start = dateParts(date.start);
  return (
    start?.day !== undefined &&
    date.granularity === 'day' &&
    (date.end === undefined || date.end === date.start)
  );
}

/**
 * The span to draw. A single day is a point at local noon, so that it sits inside its own day
 * column at any zoom rather than on the line between two days; anything less precise is a range
 * from the first covered day to the end of the last.
 */
export function timelineSpan(date: EventDate): TimelineSpan {
  const start = dateParts(date.start) ?? { year: 1970 };
  if (isSingleDay(date)) {
    return {
      kind: 'point',
      start: localDate(start.year, (start.month ?? 1) - 1, start.day ?? 1, 12),
    };
  }
  const last = (date.end === undefined ? undefined : dateParts(date.end)) ?? start;
  return { kind: 'range', start: startOfPartial(start), end: endOfPartial(last) };
}

/** A sortable key for time order: the first covered day, then the last, as YYYY-MM-DD/YYYY-MM-DD. */
export function chronologicalKey(date: EventDate): string {
  // Text only, no Date objects: this runs for every event when a timeline loads.
  return keyOfCoveredDays(firstCoveredDay(date), lastCoveredDay(date));
}

/** chronologicalKey of a date whose first and last covered days are already known. */
export function keyOfCoveredDays(first: string, last: string): string {
  return `${first}/${last}`;
}

/** The first day the date covers, as YYYY-MM-DD. */
export function firstCoveredDay(date: EventDate): string {
  return firstDay(date.start);
}

/** The last day the date covers, as YYYY-MM-DD. */
export function lastCoveredDay(date: EventDate): string {
  return lastDay(date.end ?? date.start);
}

function firstDay(iso: string): string {
  // A full day is its own first and last day (most events: no new string to build).
  if (iso.length === 10 && dateParts(iso) !== undefined) return iso;
  const parts = dateParts(iso);
  if (parts === undefined) return '0000-01-01';
  return `${pad(parts.year, 4)}-${pad(parts.month ?? 1, 2)}-${pad(parts.day ?? 1, 2)}`;
}

function lastDay(iso: string): string {
  if (iso.length === 10 && dateParts(iso) !== undefined) return iso;
  const parts = dateParts(iso);
  if (parts === undefined) return '0000-01-01';
  const month = parts.month ?? 12;
  const day = parts.day ?? daysInMonth(parts.year, month);
  return `${pad(parts.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
