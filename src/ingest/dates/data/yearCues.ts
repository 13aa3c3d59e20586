/**
 * The words that may stand before a bare year ("in 2008", "since 2019", "the 2008 initiative")
 * and what they say about the year.
 *
 * chrono-node drops a match made only of digits, and a lone four-digit number is as often a
 * count as a year, so a bare year is only read with one of these words in front of it. Limits:
 * English only; a cue is one word, or a prefix with a hyphen ("mid-2024", "post-2008").
 */

/** How the date relates to the event: at it, from it on, or up to it. */
export type DateRole = 'point' | 'period' | 'after' | 'before';

export interface YearCue {
  role: DateRole;
  /**
   * Determiners and quantity words are also how counts are written ("the 2000 soldiers",
   * "a total of 2000 people"), so after them the year must not be followed by a plural noun.
   */
  countLike: boolean;
  /** "and"/"or"/"to" only continue a list of years ("in 2019 and 2021"). */
  continuesList: boolean;
}

const point: YearCue = { role: 'point', countLike: false, continuesList: false };
const determiner: YearCue = { role: 'point', countLike: true, continuesList: false };
const listWord: YearCue = { role: 'point', countLike: true, continuesList: true };

export const YEAR_CUES: Readonly<Record<string, YearCue>> = {
  in: point,
  during: point,
  throughout: point,
  early: point,
  late: point,
  mid: point,
  year: point,
  since: { role: 'after', countLike: false, continuesList: false },
  after: { role: 'after', countLike: false, continuesList: false },
  post: { role: 'after', countLike: false, continuesList: false },
  from: { role: 'after', countLike: true, continuesList: false },
  before: { role: 'before', countLike: false, continuesList: false },
  pre: { role: 'before', countLike: false, continuesList: false },
  until: { role: 'before', countLike: false, continuesList: false },
  till: { role: 'before', countLike: false, continuesList: false },
  through: { role: 'before', countLike: false, continuesList: false },
  by: { role: 'before', countLike: true, continuesList: false },
  of: determiner,
  the: determiner,
  a: determiner,
  an: determiner,
  his: determiner,
  her: determiner,
  their: determiner,
  its: determiner,
  our: determiner,
  my: determiner,
  your: determiner,
  and: listWord,
  or: listWord,
  to: listWord,
};

/**
 * Plural nouns that a year commonly modifies ("the 2008 elections"), so that the count check
 * above does not reject them.
 */
export const YEAR_MODIFIED_PLURALS: ReadonlySet<string> = new Set([
  'accords',
  'attacks',
  'elections',
  'floods',
  'games',
  'hearings',
  'midterms',
  'negotiations',
  'olympics',
  'polls',
  'primaries',
  'protests',
  'reforms',
  'riots',
  'sanctions',
  'tariffs',
  'talks',
]);

/** Words that make the number after a cue a quantity, whatever their form. */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'percent',
  'per',
  'people',
]);
