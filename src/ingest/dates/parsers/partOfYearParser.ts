/**
 * Quarters and halves of a written year: "the first quarter of 2025", "Q3 2024",
 * "fourth-quarter 2023", "the second half of 2024", "H1 2025".
 *
 * Limits: calendar quarters only (a company's fiscal quarters are not known here); the year
 * must be written ("the fourth quarter of last year" is not read).
 */
import type { Parser } from 'chrono-node/en';
import { RIGHT_BOUNDARY, leadingWords, wordPattern, type ParsingContext } from './pattern';

export const PART_OF_YEAR_TAG = 'newsline/part-of-year';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

// No optional "the" in front: a pattern that may start with it is tried at every "the" of the
// text. The "the" is read back from the text before the match instead.
const PATTERN = wordPattern(
  `(?:(first|second|third|fourth|1st|2nd|3rd|4th)[-\\s]+(quarter|half)(?:\\s+of)?|([QH])([1-4]))\\s*,?\\s*(1\\d{3}|20\\d{2})${RIGHT_BOUNDARY}`,
);

const LEAD = /the\s+$/i;

/** The part of the year a match names, as months, or null for "third half" and the like. */
function monthsOf(match: RegExpMatchArray): { first: number; count: number } | null {
  const letter = match[3]?.toUpperCase();
  const isHalf = match[2]?.toLowerCase() === 'half' || letter === 'H';
  const n = letter === undefined ? ORDINALS[match[1]?.toLowerCase() ?? ''] : Number(match[4]);
  if (n === undefined || (isHalf && n > 2)) return null;
  const count = isHalf ? 6 : 3;
  return { first: (n - 1) * count + 1, count };
}

export function createPartOfYearParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const months = monthsOf(match);
      const year = Number(match[5]);
      if (months === null || !Number.isInteger(year)) return null;
      const index = match.index ?? 0;
      const lead = leadingWords(context.text, index, LEAD, 8);
      return context
        .createParsingResult(
          lead?.start ?? index,
          index + match[0].length,
          { year, month: months.first },
          { year, month: months.first + months.count - 1 },
        )
        .addTag(PART_OF_YEAR_TAG);
    },
  };
}
