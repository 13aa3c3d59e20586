/**
 * Days and periods named from the occasion a passage is about, not from the publication:
 * "the next day", "the following morning", "the previous week", "that evening",
 * "later that day", "the same day", "the day before", "hours later".
 *
 * The date is computed here from the publication date, as chrono-node requires one, and the
 * result is tagged as anchored: `findDateMentions` moves it to the caller's anchor when it has
 * one. chrono's own "two days later"/"a week earlier" are tagged by `anchoredOffsetRefiner`.
 * Limits: one step only ("the next day", not "the next two days").
 */
import type { Parser } from 'chrono-node/en';
import { addDays, addMonths, mondayOf, type CalendarDay } from '../calendarDay';
import {
  RIGHT_BOUNDARY,
  leadingWords,
  referenceDay,
  wordPattern,
  type ParsingContext,
} from './pattern';

export const ANCHORED_TAG = 'newsline/anchored';

const PART_OF_DAY = 'day|morning|afternoon|evening|night';
const PATTERN = wordPattern(
  [
    `the\\s+(next|following|previous|preceding|same)\\s+(${PART_OF_DAY}|week|month|year)`,
    `(that)\\s+(?:same\\s+)?(${PART_OF_DAY})`,
    `the\\s+(day|night)\\s+(before|after)(?!\\s+(?:yesterday|tomorrow))`,
    // "Hours later", "moments after": the same day as the occasion.
    `(hours|minutes|moments)\\s+(?:later|after(?:wards?)?|earlier|before)`,
  ]
    .map((p) => `(?:${p})`)
    .join('|') + RIGHT_BOUNDARY,
);

/** "later that day": read back from the text before, not an optional start of the pattern. */
const SIDE_BEFORE = /(?:later|earlier)\s+$/i;

const STEP: Readonly<Record<string, number>> = {
  next: 1,
  following: 1,
  after: 1,
  previous: -1,
  preceding: -1,
  before: -1,
  same: 0,
  that: 0,
};

type Components = { year: number; month?: number; day?: number };

const dayOf = (d: CalendarDay): Components => ({ year: d.year, month: d.month, day: d.day });

export function createAnchoredDayParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const sameDay = match[7] !== undefined;
      const stepWord = sameDay ? 'same' : (match[1] ?? match[3] ?? match[6])?.toLowerCase();
      const unitWord = sameDay ? 'day' : (match[2] ?? match[4] ?? match[5])?.toLowerCase();
      const step = STEP[stepWord ?? ''];
      if (step === undefined || unitWord === undefined) return null;
      const today = referenceDay(context);
      const index = match.index ?? 0;
      const side =
        match[3] === undefined ? null : leadingWords(context.text, index, SIDE_BEFORE, 10);
      const from = side?.start ?? index;
      const to = index + match[0].length;
      const at = (start: Components, end?: Components) =>
        context.createParsingResult(from, to, start, end).addTag(ANCHORED_TAG);
      switch (unitWord) {
        case 'week': {
          // Seven days on the given side, so that moving the result to the anchor keeps it
          // right; only "the same week" needs the calendar week.
          const first = step === 0 ? mondayOf(today) : addDays(today, step > 0 ? 1 : -7);
          return at(dayOf(first), dayOf(addDays(first, 6)));
        }
        case 'month': {
          const month = addMonths(today, step);
          return at({ year: month.year, month: month.month });
        }
        case 'year':
          return at({ year: today.year + step });
        default: {
          const day = addDays(today, step);
          return at(dayOf(day));
        }
      }
    },
  };
}
