/**
 * Drops chrono-node matches that misread ordinary words, before chrono's own refiners can
 * merge them into something larger:
 * - one word split in two: the relative-date parser allows no space between "last"/"past"/
 *   "next"/"this" and a one-letter unit, so it reads "lasts" as "last second" and "pasty" as
 *   "past year" (and would merge "the ban lasts until December 2026" into a range);
 * - a one-letter unit: "a D before" (a grade) as "a day before", "next w" as "next week";
 * - "the" read as the number one: "in the year 2000" as "within a year";
 * - a duration read as a date: "jailed for 10 years" as ten years after publication;
 * - a relative period that is part of something else: "the last week of December", "the last
 *   month of the season" are not the week or month before publication;
 * - a part of day before "of" and a date ("the morning of January 3"): chrono merges the two
 *   and loses the date, so the part of day is dropped and the date kept.
 *
 * Limits: only these forms are checked.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import type { ParsingContext } from '../parsers/pattern';

const MODIFIER_GLUED_TO_UNIT = /^(?:this|last|past|next)[a-z]+$/i;
const THE_AS_ONE = /^(?:within|in|for)\s+the\s/i;
const DURATION = /^for\s/i;
const ONE_LETTER_UNIT = /(?:^|\s)[smhdwy](?:\s|$)/i;
const RELATIVE_PERIOD = /^(?:the\s+)?(?:this|last|next|past)\s+[a-z]+$/i;
const OF_AFTER = /^\s+of\s/i;
const PART_OF_DAY = /^(?:this\s+)?(?:morning|afternoon|evening|night|midnight|midday|noon)$/i;
const OF_BETWEEN = /^\s+of\s+(?:the\s+)?$/i;

function isPartOfDayBeforeDate(
  context: ParsingContext,
  result: ParsingResult,
  next: ParsingResult | undefined,
): boolean {
  if (next === undefined || !PART_OF_DAY.test(result.text.trim())) return false;
  const between = context.text.slice(result.index + result.text.length, next.index);
  return OF_BETWEEN.test(between);
}

export function createMisreadFilter(): Refiner {
  return {
    refine: (context: ParsingContext, results: ParsingResult[]) =>
      results.filter((result, i) => {
        const text = result.text.trim();
        if (
          MODIFIER_GLUED_TO_UNIT.test(text) ||
          THE_AS_ONE.test(text) ||
          DURATION.test(text) ||
          ONE_LETTER_UNIT.test(text)
        ) {
          return false;
        }
        const end = result.index + result.text.length;
        if (RELATIVE_PERIOD.test(text) && OF_AFTER.test(context.text.slice(end, end + 5))) {
          return false;
        }
        return !isPartOfDayBeforeDate(context, result, results[i + 1]);
      }),
  };
}
