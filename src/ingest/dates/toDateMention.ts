/**
 * Turns one chrono-node result into a `DateMention`: exact offsets, the ISO date at the
 * precision the words give, the basis, the role, and an occasion-relative date moved to the
 * caller's anchor.
 *
 * Limits: a date is kept only if it passes `isPartialIsoDate` and its end is not before its
 * start; anything else is dropped, never repaired. A range whose two ends are the same
 * collapses to that one date.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { isPartialIsoDate, lowerBound, type EventDate } from '../../domain/schema';
import {
  addDays,
  addMonths,
  dayNumber,
  isoDay,
  isoMonth,
  isoYear,
  type CalendarDay,
} from './calendarDay';
import { YEAR_CUES, type DateRole } from './data/yearCues';
import { ANCHORED_TAG } from './parsers/anchoredDayParser';

export interface DateMention {
  /** UTF-16 offsets into the text that was passed in. */
  start: number;
  end: number;
  /** The words the date came from, exactly as in the text. */
  text: string;
  date: EventDate;
  /** At the date, a period, from the date on ("since 2019") or up to it ("by 2030"). */
  role?: DateRole;
  /**
   * Set for dates counted from an occasion ("two days later", "the next day"): 'anchor' when
   * the caller's anchor was used, 'publication' when there was none and the publication date
   * stood in for it.
   */
  offsetFrom?: 'anchor' | 'publication';
}

export interface ConversionContext {
  published: CalendarDay;
  /** The occasion that "two days later" counts from, or null to count from publication. */
  anchor: CalendarDay | null;
}

type Level = 'day' | 'month' | 'year';

/** The date at one end of what chrono read, at the precision the words give. */
export interface ReadDay {
  level: Level | null;
  year: number | null;
  month: number | null;
  day: number | null;
}

/**
 * What toDateMention needs of a chrono result, as plain data: what chrono read is fixed by the
 * text and the publication day, what it means also by the caller's anchor.
 */
export interface ReadDate {
  index: number;
  text: string;
  /** Counted from an occasion: moved to the caller's anchor. */
  anchored: boolean;
  start: ReadDay;
  end: ReadDay | null;
}

function levelOf(c: ParsedComponents): Level | null {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

function readDay(c: ParsedComponents): ReadDay {
  return { level: levelOf(c), year: c.get('year'), month: c.get('month'), day: c.get('day') };
}

/** A chrono result as plain data. */
export function readDate(result: ParsedResult): ReadDate {
  return {
    index: result.index,
    text: result.text,
    anchored: result.tags().has(ANCHORED_TAG),
    start: readDay(result.start),
    end: result.end ? readDay(result.end) : null,
  };
}

/**
 * Moves a date computed from the publication day to the same distance from the anchor, in the
 * unit the words used: days for "two days later", months for "the following month" (a day
 * count would drift across months of different lengths), years for "the next year".
 */
function moveToAnchor(
  date: CalendarDay,
  level: Level,
  published: CalendarDay,
  anchor: CalendarDay,
): CalendarDay {
  switch (level) {
    case 'day':
      return addDays(anchor, dayNumber(date) - dayNumber(published));
    case 'month':
      return addMonths(anchor, (date.year - published.year) * 12 + (date.month - published.month));
    case 'year':
      return { year: anchor.year + (date.year - published.year), month: 1, day: 1 };
  }
}

function isoAt(c: ReadDay, anchored: boolean, context: ConversionContext): string | null {
  const { level, year, month, day } = c;
  if (level === null || year === null || month === null || day === null) return null;
  let date: CalendarDay = { year, month, day };
  if (anchored && context.anchor !== null) {
    date = moveToAnchor(date, level, context.published, context.anchor);
  }
  if (date.year < 1 || date.year > 9999) return null;
  switch (level) {
    case 'day':
      return isoDay(date);
    case 'month':
      return isoMonth(date);
    case 'year':
      return isoYear(date);
  }
}

function granularityOf(iso: string): Level {
  return iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
}

/** The year is in the words: "2026", "'90s", "FY25", "20th century", "1/5/26". */
const YEAR_IN_WORDS =
  /\d{4}|['’]\d0s|\bFY\s?['’]?\d{2}|\d(?:st|nd|rd|th)[-\s]century|\d[/.-]\d{1,2}[/.-]\d{2}\b/i;

const LEADING_JUNK = /^[\s,;:(（[]+/u;
/** Also a dangling "of", which chrono's month parser may keep ("March of this year"). */
const TRAILING_JUNK = /(?:\s+of)?[\s,;:)）\]]*$/u;

function roleOf(text: string, mentionText: string, start: number, isRange: boolean): DateRole {
  if (isRange) return 'period';
  const first = /^\p{L}+/u.exec(mentionText)?.[0];
  const before = /(\p{L}+)[\s-]*$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  // "since the 2008 crisis": the mention starts at "the", the role is in the word before.
  const roles = [first, before].map((w) => YEAR_CUES[w?.toLowerCase() ?? '']?.role ?? 'point');
  return roles.find((r) => r !== 'point') ?? 'point';
}

export function toDateMention(
  text: string,
  result: ReadDate,
  context: ConversionContext,
): DateMention | null {
  const { anchored } = result;
  const startIso = isoAt(result.start, anchored, context);
  if (startIso === null || !isPartialIsoDate(startIso)) return null;
  let endIso = result.end ? isoAt(result.end, anchored, context) : null;
  if (endIso !== null && (!isPartialIsoDate(endIso) || lowerBound(endIso) < lowerBound(startIso))) {
    return null;
  }
  if (endIso === startIso) endIso = null;

  const raw = result.text;
  const lead = LEADING_JUNK.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING_JUNK.exec(raw.slice(lead))?.[0].length ?? 0;
  const start = result.index + lead;
  const end = result.index + raw.length - trail;
  const mentionText = text.slice(start, end);
  if (mentionText.length === 0) return null;

  const date: EventDate = {
    start: startIso,
    granularity: endIso === null ? granularityOf(startIso) : 'range',
    basis: !anchored && YEAR_IN_WORDS.test(mentionText) ? 'explicit' : 'relative',
    text: mentionText,
  };
  if (endIso !== null) date.end = endIso;
  const mention: DateMention = {
    start,
    end,
    text: mentionText,
    date,
    role: roleOf(text, mentionText, start, endIso !== null),
  };
  if (anchored) mention.offsetFrom = context.anchor === null ? 'publication' : 'anchor';
  return mention;
}
