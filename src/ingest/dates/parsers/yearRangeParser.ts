/**
 * A span of whole years: "(2017-2021)", "2017–2021", "1990-91", "from 2019 to 2021",
 * "between 2019 and 2021", "2019 through 2021".
 *
 * Limits: both ends within 1000–2099, the end after the start and at most a century later; a
 * two-digit end belongs to the start's century ("1998-99"). "and" joins a span only after
 * "between", since "in 2019 and 2021" names two years.
 */
import type { Parser } from 'chrono-node/en';
import { wordPattern, type ParsingContext } from './pattern';

export const YEAR_RANGE_TAG = 'newsline/year-range';

const YEAR = '(1\\d{3}|20\\d{2})';
const PATTERN = wordPattern(
  `(?:(between|from|in|during|over)\\s+)?${YEAR}\\s*(?:([-–—‐−]|to|through|until|and)\\s*)(\\d{4}|\\d{2})(?![\\p{L}\\p{N}_]|[.,:/]\\d|\\s*%|\\s*[-–—]\\s*\\d)`,
);

const MAX_SPAN_YEARS = 100;

function endYear(startYear: number, endText: string): number {
  const n = Number(endText);
  if (endText.length === 4) return n;
  return Math.floor(startYear / 100) * 100 + n;
}

export function createYearRangeParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const lead = match[1]?.toLowerCase();
      const joiner = match[3]?.toLowerCase();
      const startText = match[2];
      const endText = match[4];
      if (startText === undefined || endText === undefined || joiner === undefined) return null;
      if (joiner === 'and' && lead !== 'between') return null;
      const start = Number(startText);
      const end = endYear(start, endText);
      if (end <= start || end - start > MAX_SPAN_YEARS || end > 2099) return null;
      return context
        .createParsingResult(match.index ?? 0, match[0], { year: start }, { year: end })
        .addTag(YEAR_RANGE_TAG);
    },
  };
}
