/**
 * A span of whole years: "(2017-2021)", "2017–2021", "1990-91", "2020/21", "from 2019 to 2021",
 * "between 2019 and 2021", "2019 through 2021".
 *
 * The pattern starts at the first year; a leading "between"/"from"/"in" is read back from the
 * text before it. Limits: both ends within 1000–2099, the end after the start and at most a
 * century later; a two-digit end belongs to the start's century ("1998-99"). "and" joins a span
 * only after "between", since "in 2019 and 2021" names two years.
 */
import type { Parser } from 'chrono-node/en';
import { LEFT_BOUNDARY, WORD_CHARS, leadingWords, type ParsingContext } from './pattern';

export const YEAR_RANGE_TAG = 'newsline/year-range';

const PATTERN = new RegExp(
  `${LEFT_BOUNDARY}(?<![.,'’])(1\\d{3}|20\\d{2})\\s*([-–—‐−/]|to|through|until|and)\\s*(\\d{4}|\\d{2})(?![${WORD_CHARS}]|[.,:/]\\d|\\s*%|\\s*[-–—]\\s*\\d)`,
  'i',
);

const LEAD = /(between|from|in|during|over)\s+$/i;

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
      const startText = match[1];
      const joiner = match[2]?.toLowerCase();
      const endText = match[3];
      if (startText === undefined || endText === undefined || joiner === undefined) return null;
      const index = match.index ?? 0;
      const lead = leadingWords(context.text, index, LEAD, 12);
      if (joiner === 'and' && lead?.match[1]?.toLowerCase() !== 'between') return null;
      const start = Number(startText);
      const end = endYear(start, endText);
      if (end <= start || end - start > MAX_SPAN_YEARS || end > 2099) return null;
      return context
        .createParsingResult(
          lead?.start ?? index,
          index + match[0].length,
          { year: start },
          { year: end },
        )
        .addTag(YEAR_RANGE_TAG);
    },
  };
}
