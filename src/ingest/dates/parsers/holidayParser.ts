/**
 * Fixed-date holidays: "on Christmas Day", "New Year's Eve", "Christmas 2024", "Halloween".
 *
 * Without a year the holiday is the one nearest the publication date, as chrono-node does for
 * "Jan. 4". The names must be capitalised, as holidays are, and not followed by another
 * capitalised word ("Christmas Island"). Limits: only the holidays in `data/holidays`.
 */
import type { Parser } from 'chrono-node/en';
import { dayNumber, type CalendarDay } from '../calendarDay';
import { FIXED_HOLIDAYS } from '../data/holidays';
import {
  LEFT_BOUNDARY,
  RIGHT_BOUNDARY,
  nextWordIsCapitalised,
  referenceDay,
  type ParsingContext,
} from './pattern';

export const HOLIDAY_TAG = 'newsline/holiday';

const PATTERN = new RegExp(
  `${LEFT_BOUNDARY}(New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween|Christmas(?: (?:Eve|Day))?|Boxing Day)(?:,?\\s+(1\\d{3}|20\\d{2}))?${RIGHT_BOUNDARY}`,
);

function nearestYear(today: CalendarDay, month: number, day: number): number {
  const refDay = dayNumber(today);
  let best = today.year;
  for (const year of [today.year - 1, today.year + 1]) {
    const distance = Math.abs(dayNumber({ year, month, day }) - refDay);
    if (distance < Math.abs(dayNumber({ year: best, month, day }) - refDay)) best = year;
  }
  return best;
}

export function createHolidayParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const name = (match[1] ?? '').toLowerCase().replace('’', "'");
      const holiday = FIXED_HOLIDAYS[name];
      if (holiday === undefined) return null;
      // "Christmas Island" is a place.
      const end = (match.index ?? 0) + match[0].length;
      if (match[2] === undefined && nextWordIsCapitalised(context.text, end)) return null;
      const components = context.createParsingComponents({
        month: holiday.month,
        day: holiday.day,
      });
      if (match[2] !== undefined) {
        components.assign('year', Number(match[2]));
      } else {
        components.imply('year', nearestYear(referenceDay(context), holiday.month, holiday.day));
      }
      return components.addTag(HOLIDAY_TAG);
    },
  };
}
