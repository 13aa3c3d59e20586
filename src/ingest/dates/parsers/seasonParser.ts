/**
 * Seasons: "the spring of 2020", "summer 2024", "last summer", "this winter", "next spring".
 *
 * A season with a year is the months of that season in that year, except winter, which is
 * read as that year only (whether "winter 2020" means the one that ends or the one that starts
 * in 2020 is not clear). Without a year: "last" is the latest season that ended before
 * publication, "this" the one in the publication's year (for winter: the one holding the
 * publication, or starting in its December), "next" the one a year after "this". Limits: a
 * season with neither a year nor one of these words is not a date ("in the spring").
 */
import type { Parser } from 'chrono-node/en';
import { addMonths, dayNumber, type CalendarDay } from '../calendarDay';
import { SEASONS, type Season } from '../data/seasons';
import {
  RIGHT_BOUNDARY,
  leadingWords,
  referenceDay,
  wordPattern,
  type ParsingContext,
} from './pattern';

export const SEASON_TAG = 'newsline/season';

const PATTERN = wordPattern(
  `(spring|summer|autumn|fall|winter)(?:(?:\\s+of|,)?\\s+(1\\d{3}|20\\d{2}))?${RIGHT_BOUNDARY}`,
);

/** "last"/"this"/"next" say which season; "the"/"in"/"early"/"late" only lead a year. */
const LEAD = /(?:(last|past|this|next|coming)|the|in|early|late|mid)[\s-]+$/i;

type Components = { year: number; month?: number };

function lastMonthOf(first: CalendarDay, season: Season): Components {
  const last = addMonths(first, season.months - 1);
  return { year: last.year, month: last.month };
}

/** The season that starts in `year` (winter: in December of `year`). */
function startingIn(year: number, season: Season): CalendarDay {
  return { year, month: season.firstMonth, day: 1 };
}

function relativeSeasonStart(word: string, season: Season, today: CalendarDay): CalendarDay {
  const isWinter = season.firstMonth + season.months - 1 > 12;
  const thisYear = isWinter && today.month <= 2 ? today.year - 1 : today.year;
  switch (word) {
    case 'next':
    case 'coming':
      return startingIn(thisYear + 1, season);
    case 'last':
    case 'past': {
      // The latest one whose last day is before the publication day: this year's or one of
      // the two before (a winter starting in December ends two calendar years later).
      for (let year = today.year; year > today.year - 3; year--) {
        const start = startingIn(year, season);
        if (dayNumber(addMonths(start, season.months)) <= dayNumber(today)) return start;
      }
      return startingIn(today.year - 3, season);
    }
    default:
      return startingIn(thisYear, season);
  }
}

export function createSeasonParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const word = match[1] ?? '';
      const season = SEASONS[word.toLowerCase()];
      if (season === undefined) return null;
      const index = match.index ?? 0;
      const lead = leadingWords(context.text, index, LEAD, 10);
      const relative = lead?.match[1]?.toLowerCase();
      const from = lead?.start ?? index;
      const end = index + match[0].length;
      const tagged = (start: Components, last?: Components) =>
        context.createParsingResult(from, end, start, last).addTag(SEASON_TAG);
      if (match[2] !== undefined) {
        const year = Number(match[2]);
        if (season.firstMonth + season.months - 1 > 12) return tagged({ year });
        const first = startingIn(year, season);
        return tagged({ year, month: first.month }, lastMonthOf(first, season));
      }
      if (relative === undefined) return null;
      const today = referenceDay(context);
      const first = relativeSeasonStart(relative, season, today);
      return tagged({ year: first.year, month: first.month }, lastMonthOf(first, season));
    },
  };
}
