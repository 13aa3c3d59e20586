/**
 * Tags chrono-node's own offsets that count from an occasion rather than from the publication:
 * "two days later", "a week after", "three days earlier", "the day before", "next day".
 *
 * chrono computes them from the reference date it is given (the publication); the tag lets
 * `findDateMentions` move them to the caller's anchor. "ago" and "from now" count from the
 * publication and are left alone. Limits: an offset merged with a following date ("two days
 * after Jan. 3") is already exact and is not tagged.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { ANCHORED_TAG } from '../parsers/anchoredDayParser';
import type { ParsingContext } from '../parsers/pattern';

const COUNTS_FROM_OCCASION =
  /(?:\b(?:later|after|afterwards?|earlier|before|prior)$)|^(?:the\s+)?next\s+day$/i;

export function createAnchoredOffsetRefiner(): Refiner {
  return {
    refine: (_context: ParsingContext, results: ParsingResult[]) => {
      for (const result of results) {
        if (COUNTS_FROM_OCCASION.test(result.text.trim())) result.addTag(ANCHORED_TAG);
      }
      return results;
    },
  };
}
