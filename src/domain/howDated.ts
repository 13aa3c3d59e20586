/**
 * How sure an event's date is, for a reader: its precision as the timeline draws it (a stated
 * day, a day the article does not state, a month, a year, a range) and, in words, how the date
 * was found ("not stated; reported on Mon 5 Jan 2026", "“last week”, counted from Mon 5 Jan
 * 2026", "“two days later”, counted from a date earlier in the article: “on Saturday”, Sat 3 Jan 2026").
 *
 * The words rely on the date's `from` (what a date not written in full was worked out from),
 * which timelines written before it existed lack: their relative dates are then said to count
 * from the report's date and their inferred dates are said to be inferred, no more.
 * Limits: English month names only, as in the rest of the date display.
 */
import { formatPartialDate } from './dates';
import type { EventDate } from './schema';

/** The looks of a date on the timeline, from most to least precise. */
export const DATE_PRECISIONS = ['day', 'inferred-day', 'month', 'year', 'range'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How the timeline draws a date. */
export function datePrecision(date: EventDate): DatePrecision {
  const ranged = date.end !== undefined && date.end !== date.start;
  if (date.granularity === 'range' || ranged) return 'range';
  if (date.granularity === 'year' || date.start.length === 4) return 'year';
  if (date.granularity === 'month' || date.start.length === 7) return 'month';
  return date.basis === 'inferred' ? 'inferred-day' : 'day';
}

/** What each look means, for the legend and for assistive technology. */
export const PRECISION_NAMES: Readonly<Record<DatePrecision, string>> = {
  day: 'a day the article states',
  'inferred-day': 'a day the article does not state',
  month: 'a month',
  year: 'a year',
  range: 'a span of days',
};

const MONTH_NAME =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,\d]|$)/iu;

/** "Jan. 4", "4 January": the words state the day and the month but not the year. */
function statesDayWithoutYear(words: string): boolean {
  return (
    MONTH_NAME.test(words) && /\b\d{1,2}(?:st|nd|rd|th)?\b/u.test(words) && !/\d{3,}/u.test(words)
  );
}

const quoted = (words: string): string => `“${words.trim()}”`;

/**
 * How the date was found, as one sentence a reader understands. `published` is the publication
 * day of the event's first article, used only for dates that do not say what they came from.
 */
export function howDated(date: EventDate, published: string | undefined): string {
  const from = date.from;
  const words = date.text;
  switch (date.basis) {
    case 'explicit':
      return words === undefined ? 'Stated in the article' : `Stated: ${quoted(words)}`;
    case 'relative': {
      const said = words === undefined ? 'A relative date' : quoted(words);
      const origin = from?.date ?? published;
      if (origin === undefined) return `${said}, counted from the report's date`;
      const day = formatPartialDate(origin);
      if (from?.words !== undefined) {
        return `${said}, counted from a date earlier in the article: ${quoted(from.words)}, ${day}`;
      }
      if (words !== undefined && statesDayWithoutYear(words)) {
        return `${said}: the day is stated; the year is that of the report, ${day}`;
      }
      return `${said}, counted from the report's date, ${day}`;
    }
    case 'inferred': {
      if (from === undefined) {
        return published !== undefined && date.start === published
          ? `Not stated; reported on ${formatPartialDate(published)}`
          : 'Not stated; inferred from the article';
      }
      const day = formatPartialDate(from.date);
      const earlier = from.words === undefined ? day : `${quoted(from.words)}, ${day}`;
      if (date.end !== undefined && date.end < from.date) {
        return `Not stated; some time in the month before ${earlier}`;
      }
      if (words !== undefined) {
        return `Not stated; ${quoted(words)} is dated earlier in the article: ${earlier}`;
      }
      if (from.words === undefined) return `Not stated; reported on ${day}`;
      return `Not stated here; taken from earlier in the article: ${earlier}`;
    }
  }
}
