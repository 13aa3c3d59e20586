/**
 * "between Jan. 1 and Jan. 3, 2026", "between March and May": two dates joined by "and" after
 * "between" are one range. chrono-node joins ranges with "to", "-", "until", "through" only.
 *
 * As chrono does for its own ranges, what one end states and the other leaves implied (the
 * year above) is lent across. When an end is itself a period ("between the 1980s and the
 * 2000s"), the range runs from the first one's start to the second one's end. Limits: the two
 * ends must be adjacent results with only "and" between them.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import type { ParsingContext } from '../parsers/pattern';
import { joinAdjacent } from './joinAdjacent';

const BETWEEN_BEFORE = /\bbetween\s+$/i;
const AND_BETWEEN = /^\s+and\s+$/i;
const COMPONENTS = ['year', 'month', 'day'] as const;

function lend(from: ParsingResult, to: ParsingResult): void {
  for (const c of COMPONENTS) {
    const value = from.start.get(c);
    if (from.start.isCertain(c) && !to.start.isCertain(c) && value !== null) {
      to.start.imply(c, value);
    }
  }
}

/** Where the range starts (at "between"), or null if `a` and `b` do not form one. */
function rangeStart(context: ParsingContext, a: ParsingResult, b: ParsingResult): number | null {
  const between = context.text.slice(a.index + a.text.length, b.index);
  if (!AND_BETWEEN.test(between)) return null;
  const from = Math.max(0, a.index - 12);
  const lead = BETWEEN_BEFORE.exec(context.text.slice(from, a.index));
  return lead === null ? null : from + lead.index;
}

export function createBetweenRangeRefiner(): Refiner {
  return {
    refine: (context: ParsingContext, results: ParsingResult[]) =>
      joinAdjacent(results, (a, b) => {
        const from = rangeStart(context, a, b);
        if (from === null) return null;
        lend(b, a);
        lend(a, b);
        const merged = context.createParsingResult(
          from,
          b.index + b.text.length,
          a.start,
          b.end ?? b.start,
        );
        for (const tag of [...a.tags(), ...b.tags()]) merged.addTag(tag);
        return merged;
      }),
  };
}
