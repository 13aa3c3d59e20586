/**
 * A weekday with no other date ("on Monday", "Tuesday night") is the latest such day on or
 * before the publication day: news reports what happened, and chrono-node's nearest-day choice
 * would put "on Wednesday" of a Monday article two days ahead.
 *
 * Limits: "next Monday", "this coming Friday" and "last Tuesday" keep chrono's reading; so does a
 * weekday inside a range ("from Monday to Wednesday").
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { addDays, weekdayOf, type CalendarDay } from '../calendarDay';
import type { ParsingContext } from '../parsers/pattern';

const KEEP_CHRONO_READING = /\b(?:next|coming|last|past|this)\b/i;

function isBareWeekday(result: ParsingResult): boolean {
  const s = result.start;
  return (
    !result.end &&
    s.isCertain('weekday') &&
    !s.isCertain('day') &&
    !s.isCertain('month') &&
    !s.isCertain('year') &&
    !KEEP_CHRONO_READING.test(result.text)
  );
}

export function createPastWeekdayRefiner(): Refiner {
  return {
    refine: (context: ParsingContext, results: ParsingResult[]) => {
      const instant = context.reference.instant;
      const today: CalendarDay = {
        year: instant.getUTCFullYear(),
        month: instant.getUTCMonth() + 1,
        day: instant.getUTCDate(),
      };
      for (const result of results) {
        const weekday = result.start.get('weekday');
        if (weekday === null || !isBareWeekday(result)) continue;
        const day = addDays(today, -((weekdayOf(today) - weekday + 7) % 7));
        result.start.imply('day', day.day).imply('month', day.month).imply('year', day.year);
      }
      return results;
    },
  };
}
