/**
 * Periods named from the publication date: "last week" (the Monday–Sunday week before the
 * publication week), "this month", "earlier this year", "next year", "the past two years"
 * (the span ending on the publication day), "over the weekend" (the latest Saturday–Sunday
 * that began on or before the publication day).
 *
 * chrono-node reads "last week" as one day seven days back and "this week" as the Sunday that
 * starts it; these parsers take precedence and give the whole period. "The previous year" is
 * left to the anchored parser, as it counts from an occasion. Limits: weeks start on Monday;
 * "this weekend" is the weekend of the publication week.
 */
import type { Parser } from 'chrono-node/en';
import {
  addDays,
  addMonths,
  fromDayNumber,
  dayNumber,
  mondayOf,
  weekdayOf,
  type CalendarDay,
} from '../calendarDay';
import {
  NUMBER_WORDS,
  PERIOD_SHIFT_WORDS,
  PERIOD_SIDE_WORDS,
  SPAN_WORDS,
} from '../data/relativePeriods';
import {
  RIGHT_BOUNDARY,
  leadingWords,
  referenceDay,
  wordPattern,
  type ParsingContext,
} from './pattern';

export const RELATIVE_PERIOD_TAG = 'newsline/relative-period';

type Components = { year: number; month?: number; day?: number };

const dayComponents = (d: CalendarDay): Components => ({
  year: d.year,
  month: d.month,
  day: d.day,
});

interface Span {
  index: number;
  end: number;
}

const spanOf = (match: RegExpMatchArray): Span => ({
  index: match.index ?? 0,
  end: (match.index ?? 0) + match[0].length,
});

function result(context: ParsingContext, span: Span, start: Components, end?: Components) {
  return context.createParsingResult(span.index, span.end, start, end).addTag(RELATIVE_PERIOD_TAG);
}

/** "the last week of December" is a part of December, not the week before publication. */
function isFollowedByOf(context: ParsingContext, end: number): boolean {
  return /^\s+of\s/i.test(context.text.slice(end, end + 5));
}

const SHIFT_WORDS = Object.keys(PERIOD_SHIFT_WORDS).join('|');
// "earlier"/"later" are read back from the text before the match: an optional word in front
// made the pattern four times slower, as it is then tried at every position.
const CALENDAR_PATTERN = wordPattern(
  `(${SHIFT_WORDS})\\s+(weekend|week|month|year)${RIGHT_BOUNDARY}`,
);
const SIDE_BEFORE = new RegExp(`(${PERIOD_SIDE_WORDS.join('|')})\\s+$`, 'i');

/** "last week", "this month", "earlier this year", "next weekend". */
export function createCalendarPeriodParser(): Parser {
  return {
    pattern: () => CALENDAR_PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const index = match.index ?? 0;
      const lead = leadingWords(context.text, index, SIDE_BEFORE, 10);
      const side = lead?.match[1]?.toLowerCase();
      const shift = PERIOD_SHIFT_WORDS[match[1]?.toLowerCase() ?? ''];
      const unit = match[2]?.toLowerCase();
      if (shift === undefined) return null;
      if (isFollowedByOf(context, index + match[0].length)) return null;
      const matched = { index: lead?.start ?? index, end: index + match[0].length };
      const today = referenceDay(context);
      switch (unit) {
        case 'week':
        case 'weekend': {
          const monday = addDays(mondayOf(today), 7 * shift);
          let from = unit === 'week' ? monday : addDays(monday, 5);
          let to = addDays(monday, 6);
          // "earlier this week" ends on the publication day, "later this week" starts on it.
          if (shift === 0 && side === 'earlier' && dayNumber(today) < dayNumber(to)) to = today;
          if (shift === 0 && side === 'later' && dayNumber(today) > dayNumber(from)) from = today;
          if (dayNumber(from) === dayNumber(to)) {
            return result(context, matched, dayComponents(from));
          }
          return result(context, matched, dayComponents(from), dayComponents(to));
        }
        case 'month': {
          const month = addMonths(today, shift);
          return result(context, matched, { year: month.year, month: month.month });
        }
        case 'year':
          return result(context, matched, { year: today.year + shift });
        default:
          return null;
      }
    },
  };
}

const NUMBER_PATTERN = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}`;
const SPAN_PATTERN = wordPattern(
  `(?:the\\s+(?:${SPAN_WORDS.join('|')})|past)\\s+(?:(${NUMBER_PATTERN})\\s+)?(days?|weeks?|months?|years?|decades?)${RIGHT_BOUNDARY}`,
);

const MAX_SPAN_DAYS = 366 * 200;

/** "the past two years", "the last 10 days", "past decade": the span up to publication. */
export function createRecentSpanParser(): Parser {
  return {
    pattern: () => SPAN_PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const countText = match[1]?.toLowerCase();
      const count =
        countText === undefined ? 1 : (NUMBER_WORDS[countText] ?? Number.parseInt(countText, 10));
      const unit = match[2]?.toLowerCase().replace(/s$/, '');
      if (!Number.isInteger(count) || count < 1) return null;
      if (isFollowedByOf(context, spanOf(match).end)) return null;
      const today = referenceDay(context);
      let from: CalendarDay;
      switch (unit) {
        case 'day':
          from = addDays(today, -count);
          break;
        case 'week':
          from = addDays(today, -7 * count);
          break;
        case 'month':
        case 'year':
        case 'decade': {
          const months = unit === 'month' ? count : unit === 'year' ? 12 * count : 120 * count;
          const first = addMonths(today, -months);
          // Keep the day of month; a shorter month clips to its last day.
          const clipped = fromDayNumber(dayNumber({ ...first, day: today.day }));
          from = clipped.month === first.month ? clipped : addDays(addMonths(first, 1), -1);
          break;
        }
        default:
          return null;
      }
      if (dayNumber(today) - dayNumber(from) > MAX_SPAN_DAYS) return null;
      return result(context, spanOf(match), dayComponents(from), dayComponents(today));
    },
  };
}

// A bare word, so that the engine can search for it as a literal; the words in front are
// checked in the text before it.
const WEEKEND_PATTERN = new RegExp(`weekend${RIGHT_BOUNDARY}`, 'i');
const WEEKEND_LEAD = /(?:(?:over|during|at|on|across)\s+the|this\s+past)\s+$/i;

/**
 * "over the weekend", "this past weekend": the latest Saturday–Sunday that began on or before
 * the publication day.
 */
export function createPastWeekendParser(): Parser {
  return {
    pattern: () => WEEKEND_PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const index = match.index ?? 0;
      const lead = leadingWords(context.text, index, WEEKEND_LEAD, 16);
      if (lead === null) return null;
      const today = referenceDay(context);
      const saturday = addDays(today, -((weekdayOf(today) + 1) % 7));
      const span = { index: lead.start, end: index + match[0].length };
      return result(context, span, dayComponents(saturday), dayComponents(addDays(saturday, 1)));
    },
  };
}
