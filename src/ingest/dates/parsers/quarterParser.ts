/**
 * Calendar quarters with their year: "the first quarter of 2025", "Q3 2024",
 * "fourth-quarter 2023".
 *
 * Limits: calendar quarters only (a company's fiscal quarters are not known here); the year
 * must be written ("the fourth quarter of last year" is not read).
 */
import type { Parser } from 'chrono-node/en';
import { RIGHT_BOUNDARY, leadingWords, wordPattern, type ParsingContext } from './pattern';

export const QUARTER_TAG = 'newsline/quarter';

const QUARTER_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  q1: 1,
  q2: 2,
  q3: 3,
  q4: 4,
};

// No optional "the" in front: a pattern that may start with it is tried at every "the" of the
// text. The "the" is read back from the text before the match instead.
const PATTERN = wordPattern(
  `(?:(first|second|third|fourth|1st|2nd|3rd|4th)[-\\s]+quarter(?:\\s+of)?|(Q[1-4]))\\s*,?\\s*(1\\d{3}|20\\d{2})${RIGHT_BOUNDARY}`,
);

const LEAD = /the\s+$/i;

export function createQuarterParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const quarter = QUARTER_WORDS[(match[1] ?? match[2] ?? '').toLowerCase()];
      const year = Number(match[3]);
      if (quarter === undefined || !Number.isInteger(year)) return null;
      const firstMonth = (quarter - 1) * 3 + 1;
      const index = match.index ?? 0;
      const lead = leadingWords(context.text, index, LEAD, 8);
      return context
        .createParsingResult(
          lead?.start ?? index,
          index + match[0].length,
          { year, month: firstMonth },
          { year, month: firstMonth + 2 },
        )
        .addTag(QUARTER_TAG);
    },
  };
}
