/**
 * Decades: "the 1990s", "in the 2010s", "the early 1980s", "the late '90s", "mid-1970s"; and
 * the hundreds before 2000 as centuries: "the 1800s" is 1800–1899, not 1800–1809.
 *
 * "early", "mid" and "late" narrow a decade to its first four, middle three or last three
 * years, and a century to its thirds. "the 2000s" stays the decade 2000–2009, as news uses
 * it. The pattern starts at the number; "the early" is read back from the text before it.
 * Limits: a two-digit decade ("'90s") is placed in the latest century that does not put it
 * after the publication year.
 */
import type { Parser } from 'chrono-node/en';
import {
  LEFT_BOUNDARY,
  RIGHT_BOUNDARY,
  leadingWords,
  referenceDay,
  type ParsingContext,
} from './pattern';

export const DECADE_TAG = 'newsline/decade';

// "1990's" is a common spelling of "1990s".
const PATTERN = new RegExp(
  `(?:${LEFT_BOUNDARY}(1\\d|20)(\\d)0['’]?|['’](\\d)0)s${RIGHT_BOUNDARY}`,
  'i',
);

const LEAD = /(?:the\s+)?(?:(early|mid|late)[-\s]+)?$/i;

const PART_OF_DECADE: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 3],
  mid: [4, 6],
  late: [7, 9],
};

const PART_OF_CENTURY: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 32],
  mid: [33, 66],
  late: [67, 99],
};

function decadeStart(match: RegExpMatchArray, referenceYear: number): number | null {
  const century = match[1];
  const digit = match[2];
  if (century !== undefined && digit !== undefined) {
    return Number(century) * 100 + Number(digit) * 10;
  }
  const shortDigit = match[3];
  if (shortDigit === undefined) return null;
  const inThisCentury = Math.floor(referenceYear / 100) * 100 + Number(shortDigit) * 10;
  return inThisCentury <= referenceYear ? inThisCentury : inThisCentury - 100;
}

export function createDecadeParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const referenceYear = referenceDay(context).year;
      const start = decadeStart(match, referenceYear);
      if (start === null) return null;
      const index = match.index ?? 0;
      const lead = leadingWords(context.text, index, LEAD, 16);
      const leadStart = lead !== null && lead.match[0].length > 0 ? lead.start : index;
      const part = lead?.match[1]?.toLowerCase() ?? '';
      const isCentury = match[2] === '0' && start < 2000;
      const [from, to] = isCentury
        ? (PART_OF_CENTURY[part] ?? [0, 99])
        : (PART_OF_DECADE[part] ?? [0, 9]);
      return context
        .createParsingResult(
          leadStart,
          index + match[0].length,
          { year: start + from },
          { year: start + to },
        )
        .addTag(DECADE_TAG);
    },
  };
}
