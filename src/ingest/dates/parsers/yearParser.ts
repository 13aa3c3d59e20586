/**
 * A year on its own, led by a cue word: "in 2008", "since 2019", "by 2030", "late 2024",
 * "mid-2027", "the 2012 London Olympics", "her 2019 book", "in 2019 and 2021".
 *
 * The cue word is part of the match because chrono-node drops matches made only of digits, and
 * because without a cue a four-digit number is as likely a count. The pattern starts at the
 * digits (much faster than at every word) and the cue is read back from the text before them.
 * Limits: years 1000–2099 (1800 and later after a determiner); a number followed by a plural
 * noun after a determiner or "of", or before 1900 after any cue, is read as a count ("the 2000
 * soldiers", "in 1500 cases") unless the noun is one years commonly modify.
 */
import type { Parser } from 'chrono-node/en';
import { QUANTITY_WORDS, YEAR_CUES, YEAR_MODIFIED_PLURALS } from '../data/yearCues';
import {
  LEFT_BOUNDARY,
  WORD_CHARS,
  leadingWords,
  nextWord,
  nextWordIsCapitalised,
  type ParsingContext,
} from './pattern';

export const YEAR_TAG = 'newsline/year';

/** Not after a decimal point, thousands comma or apostrophe; not into a date, span or unit. */
const PATTERN = new RegExp(
  `${LEFT_BOUNDARY}(?<![.,'’])(1\\d{3}|20\\d{2})(?![${WORD_CHARS}]|[.,:/]\\d|\\s*%|\\s*[-–—]\\s*\\d)`,
);

const CUE_BEFORE = /([A-Za-z]+)(?:\s+|-)$/;

/** A year must already stand just before "and"/"or"/"to" for those to lead another year. */
const YEAR_BEFORE_LIST_WORD = /(?:1\d{3}|20\d{2})s?,?\s*$/;

function looksLikeCount(text: string, end: number): boolean {
  if (nextWordIsCapitalised(text, end)) return false;
  const word = nextWord(text, end);
  if (QUANTITY_WORDS.has(word)) return true;
  // A plural, not a singular that ends in s ("the 2020 crisis", "the 2000 census", "process").
  return /[^siu]s$/.test(word) && !YEAR_MODIFIED_PLURALS.has(word);
}

export function createYearParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const text = context.text;
      const yearIndex = match.index ?? 0;
      const year = Number(match[1]);
      const lead = leadingWords(text, yearIndex, CUE_BEFORE, 16);
      const cue = YEAR_CUES[lead?.match[1]?.toLowerCase() ?? ''];
      if (lead === null || cue === undefined) return null;
      const end = yearIndex + match[0].length;
      if (cue.countLike && year < 1800) return null;
      // Before 1900 a number is more often a count ("in 1500 cases") than with a modern year.
      if ((cue.countLike || year < 1900) && looksLikeCount(text, end)) return null;
      if (cue.continuesList) {
        const before = text.slice(Math.max(0, lead.start - 8), lead.start);
        if (!YEAR_BEFORE_LIST_WORD.test(before)) return null;
      }
      return context.createParsingResult(lead.start, end, { year }).addTag(YEAR_TAG);
    },
  };
}
