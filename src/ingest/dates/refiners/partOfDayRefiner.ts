/**
 * "this morning", "this afternoon", "this evening" name a part of the publication day;
 * chrono-node reads them as a time of day only, which the news filter would drop as having no
 * date.
 *
 * Limits: only "this …"; a bare "morning" or "in the evening" stays a time of day and is
 * dropped.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { referenceDay, type ParsingContext } from '../parsers/pattern';

const THIS_PART_OF_DAY = /^this\s+(?:morning|afternoon|evening)$/i;

export function createPartOfDayRefiner(): Refiner {
  return {
    refine: (context: ParsingContext, results: ParsingResult[]) => {
      const today = referenceDay(context);
      for (const result of results) {
        if (result.start.isCertain('day') || !THIS_PART_OF_DAY.test(result.text.trim())) continue;
        result.start
          .assign('year', today.year)
          .assign('month', today.month)
          .assign('day', today.day);
      }
      return results;
    },
  };
}
