/**
 * A date without a year after "since" ("since May", "since Jan. 10") lies before the
 * publication: chrono-node picks the nearest year, which for "since May" in a January article
 * is the coming May.
 *
 * Limits: only "since"; other yearless dates keep chrono's nearest-year reading, which is right
 * for "Jan. 4" in a 5 January article and for announced dates ahead.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { dayNumber } from '../calendarDay';
import { referenceDay, type ParsingContext } from '../parsers/pattern';

const SINCE_BEFORE = /\bsince\s+$/i;

function isAfterReference(result: ParsingResult, referenceDayNumber: number): boolean {
  const year = result.start.get('year');
  const month = result.start.get('month');
  const day = result.start.get('day');
  if (year === null || month === null || day === null) return false;
  return dayNumber({ year, month, day }) > referenceDayNumber;
}

export function createSinceInPastRefiner(): Refiner {
  return {
    refine: (context: ParsingContext, results: ParsingResult[]) => {
      const referenceDayNumber = dayNumber(referenceDay(context));
      for (const result of results) {
        if (result.end || result.start.isCertain('year')) continue;
        const before = context.text.slice(Math.max(0, result.index - 8), result.index);
        if (!SINCE_BEFORE.test(before) || !isAfterReference(result, referenceDayNumber)) continue;
        const year = result.start.get('year');
        if (year !== null) result.start.imply('year', year - 1);
      }
      return results;
    },
  };
}
