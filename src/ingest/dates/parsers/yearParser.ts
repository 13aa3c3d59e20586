/**
 * A year on its own, led by a cue word: "in 2008", "since 2019", "by 2030", "late 2024",
 * "the 2008 Mérida Initiative", "his 2024 campaign", "in 2019 and 2021".
 *
 * The cue word stays in the match because chrono-node drops matches made only of digits, and
 * because without a cue a four-digit number is as likely a count. Limits: years 1000–2099 (1800
 * and later after a determiner); a year followed by a plural noun after a determiner or "of" is
 * read as a count ("the 2000 soldiers") unless the noun is one years commonly modify.
 */
import type { Parser } from 'chrono-node/en';
import {
  QUANTITY_WORDS,
  YEAR_CUE_PATTERN,
  YEAR_CUES,
  YEAR_MODIFIED_PLURALS,
} from '../data/yearCues';
import { nextWord, nextWordIsCapitalised, wordPattern, type ParsingContext } from './pattern';

export const YEAR_TAG = 'newsline/year';

const PATTERN = wordPattern(
  `(${YEAR_CUE_PATTERN})(?:\\s+|-)(1\\d{3}|20\\d{2})(?![\\p{L}\\p{N}_]|[.,:/]\\d|\\s*%|\\s*[-–—]\\s*\\d)`,
);

/** A year must already stand just before "and"/"or"/"to" for those to lead another year. */
const YEAR_BEFORE_LIST_WORD = /(?:1\d{3}|20\d{2})s?,?\s*$/;

function looksLikeCount(text: string, end: number): boolean {
  if (nextWordIsCapitalised(text, end)) return false;
  const word = nextWord(text, end);
  if (QUANTITY_WORDS.has(word)) return true;
  return word.length > 3 && word.endsWith('s') && !YEAR_MODIFIED_PLURALS.has(word);
}

export function createYearParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const cueWord = match[1]?.toLowerCase() ?? '';
      const cue = YEAR_CUES[cueWord];
      const year = Number(match[2]);
      const index = match.index ?? 0;
      if (cue === undefined || !Number.isInteger(year)) return null;
      const end = index + match[0].length;
      if (cue.countLike && (year < 1800 || looksLikeCount(context.text, end))) return null;
      if (cue.continuesList) {
        const before = context.text.slice(Math.max(0, index - 8), index);
        if (!YEAR_BEFORE_LIST_WORD.test(before)) return null;
      }
      return context.createParsingComponents({ year }).addTag(YEAR_TAG);
    },
  };
}
