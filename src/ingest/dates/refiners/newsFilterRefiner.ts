/**
 * Drops what chrono-node reads as a date but a news timeline must not:
 * - "now" ("now in her third year as mayor");
 * - a time of day with no day ("at 11:33", "10 a.m.");
 * - a month name alone that is lower-case ("they march"), has no word before it that makes it a
 *   date ("March on Washington"), or is part of a name ("April Ryan", "Mar-a-Lago");
 * - an abbreviated weekday alone ("The Sun reported");
 * - a slash date without a year ("9/11").
 *
 * Limits: a month alone at the start of a sentence ("March was the deadliest month") is dropped
 * too; a month with a day or a year is always kept.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import type { ParsingContext } from '../parsers/pattern';

const DATE_COMPONENTS = ['year', 'month', 'day', 'weekday'] as const;

/** Words after which a lone month name is a date: "in March", "since May", "the March vote". */
const MONTH_CUE = new RegExp(
  `(?:^|[^\\p{L}])(?:in|since|by|until|till|through|from|during|before|after|of|the|last|next|this|early|late|mid|and|or|to|between|around)[\\s-]+$`,
  'iu',
);

/**
 * A day and month written with slashes and no year ("9/11") names an event in news far more
 * often than a day of the nearest year.
 */
function isYearlessSlashDate(result: ParsingResult): boolean {
  return result.tags().has('parser/SlashDateFormatParser') && !result.start.isCertain('year');
}

function hasDate(result: ParsingResult): boolean {
  return DATE_COMPONENTS.some((c) => result.start.isCertain(c));
}

function isLoneMonth(result: ParsingResult): boolean {
  const s = result.start;
  return (
    !result.end &&
    s.isCertain('month') &&
    !s.isCertain('day') &&
    !s.isCertain('year') &&
    !s.isCertain('weekday')
  );
}

/** "Sun", "Sat", "Wed" alone are as often words or names ("The Sun reported") as days. */
function isAbbreviatedLoneWeekday(result: ParsingResult): boolean {
  const s = result.start;
  if (result.end || !s.isCertain('weekday') || s.isCertain('day') || s.isCertain('month')) {
    return false;
  }
  // Every full weekday name ends in "day"; the abbreviations do not.
  return !/day\b/i.test(result.text);
}

function isLikelyLoneMonth(context: ParsingContext, result: ParsingResult): boolean {
  const word = /[A-Za-z]+\.?/.exec(result.text)?.[0] ?? '';
  const first = word.charAt(0);
  if (first === '' || first !== first.toUpperCase()) return false;
  // "Jun", "Mar" alone are names or parts of names ("Mar-a-Lago"); "May" is a full name.
  if (word.length <= 3 && word.toLowerCase() !== 'may') return false;
  // A capitalised word or a hyphen right after makes it a name: "April Ryan", "Mar-a-Lago".
  const end = result.index + result.text.length;
  if (/^(?:-|\s+\p{Lu})/u.test(context.text.slice(end, end + 3))) return false;
  const before = context.text.slice(Math.max(0, result.index - 12), result.index);
  return MONTH_CUE.test(before);
}

export function createNewsFilterRefiner(): Refiner {
  return {
    refine: (context: ParsingContext, results: ParsingResult[]) =>
      results.filter((result) => {
        if (result.tags().has('casualReference/now')) return false;
        if (!hasDate(result)) return false;
        if (isYearlessSlashDate(result)) return false;
        if (isAbbreviatedLoneWeekday(result)) return false;
        if (isLoneMonth(result)) return isLikelyLoneMonth(context, result);
        return true;
      }),
  };
}
