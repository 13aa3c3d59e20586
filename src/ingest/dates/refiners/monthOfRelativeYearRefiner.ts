/**
 * "December of last year", "in March of this year", "Jan. 10 of next year": a month (or day)
 * without a year, followed by "of" and a year named from the publication, takes that year.
 * chrono-node reads the two halves apart, and the month alone would get the nearest year.
 *
 * Limits: the year must come from the relative-period parser ("last year", "this year",
 * "next year"); "of the previous year" counts from an occasion and is not joined.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { RELATIVE_PERIOD_TAG } from '../parsers/relativePeriodParsers';
import type { ParsingContext } from '../parsers/pattern';
import { joinAdjacent } from './joinAdjacent';

/** chrono's month parser sometimes keeps the "of" in its own match ("March of"). */
const ENDS_WITH_OF = /\sof\s+$/i;
const NOTHING_BUT_OF = /^(?:\s+of)?\s+$/i;

function isYearlessMonth(r: ParsingResult): boolean {
  return !r.end && r.start.isCertain('month') && !r.start.isCertain('year');
}

function isRelativeYear(r: ParsingResult): boolean {
  return (
    !r.end &&
    r.tags().has(RELATIVE_PERIOD_TAG) &&
    r.start.isCertain('year') &&
    !r.start.isCertain('month')
  );
}

export function createMonthOfRelativeYearRefiner(): Refiner {
  return {
    refine: (context: ParsingContext, results: ParsingResult[]) =>
      joinAdjacent(results, (a, b) => {
        const year = b.start.get('year');
        if (
          year === null ||
          !isYearlessMonth(a) ||
          !isRelativeYear(b) ||
          !NOTHING_BUT_OF.test(context.text.slice(a.index + a.text.length, b.index)) ||
          !ENDS_WITH_OF.test(context.text.slice(a.index, b.index))
        ) {
          return null;
        }
        a.start.assign('year', year);
        a.text = context.text.slice(a.index, b.index + b.text.length);
        return a;
      }),
  };
}
