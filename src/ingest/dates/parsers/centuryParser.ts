/**
 * Centuries: "the 20th century", "the early 19th century", "the 21st-century economy".
 *
 * A century is read as its hundreds, as readers use it: the 20th century is 1900–1999 (not
 * 1901–2000). "early", "mid" and "late" narrow it to a third. Limits: ordinals in figures
 * only ("the twentieth century" is not read); centuries 11 to 21.
 */
import type { Parser } from 'chrono-node/en';
import { RIGHT_BOUNDARY, leadingWords, wordPattern, type ParsingContext } from './pattern';

export const CENTURY_TAG = 'newsline/century';

const PATTERN = wordPattern(`(1[1-9]|2[01])(?:st|nd|rd|th)[-\\s]century${RIGHT_BOUNDARY}`);

const LEAD = /(?:the\s+)?(?:(early|mid|late)[-\s]+)?$/i;

const PART: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 32],
  mid: [33, 66],
  late: [67, 99],
};

export function createCenturyParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const ordinal = Number(match[1]);
      const index = match.index ?? 0;
      const lead = leadingWords(context.text, index, LEAD, 16);
      const from = lead !== null && lead.match[0].length > 0 ? lead.start : index;
      const [first, last] = PART[lead?.match[1]?.toLowerCase() ?? ''] ?? [0, 99];
      const hundreds = (ordinal - 1) * 100;
      return context
        .createParsingResult(
          from,
          index + match[0].length,
          { year: hundreds + first },
          { year: hundreds + last },
        )
        .addTag(CENTURY_TAG);
    },
  };
}
