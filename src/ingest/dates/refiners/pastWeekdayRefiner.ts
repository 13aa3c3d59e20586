/**
 * A weekday with no other date ("on Monday", "Tuesday night") is the latest such day on or
 * before the publication day: news reports what happened, and chrono-node's nearest-day choice
 * would put "on Wednesday" of a Monday article two days ahead.
 *
 * A deadline is the exception: "by Friday", "until Friday" is the first such day on or after
 * publication. Limits: "next Monday", "this coming Friday" and "last Tuesday" keep chrono's
 * reading; so does a weekday inside a range ("from Monday to Wednesday").
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { addDays, weekdayOf } from '../calendarDay';
import { referenceDay, type ParsingContext } from '../parsers/pattern';

const DEADLINE_BEFORE = /\b(?:by|until|till)\s+$/i;

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
      const today = referenceDay(context);
      for (const result of results) {
        const weekday = result.start.get('weekday');
        if (weekday === null || !isBareWeekday(result)) continue;
        const before = context.text.slice(Math.max(0, result.index - 7), result.index);
        const day = DEADLINE_BEFORE.test(before)
          ? addDays(today, (weekday - weekdayOf(today) + 7) % 7)
          : addDays(today, -((weekdayOf(today) - weekday + 7) % 7));
        result.start.imply('day', day.day).imply('month', day.month).imply('year', day.year);
      }
      return results;
    },
  };
}
