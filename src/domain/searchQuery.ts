/**
 * What a search may cost: a query is at most MAX_QUERY_LENGTH characters and a typo at most
 * MAX_TYPO_EDITS edits. The typo search fills a table of the word's length squared, so a link
 * holding 250,000 letters asked for tens of gigabytes (and 100,000 letters froze the page for
 * half a minute). Plain string functions, shared by the search, the store and the URL.
 */
import { cutPoint } from './utf16';

/** The longest query searched; the rest of a longer one is cut off. */
export const MAX_QUERY_LENGTH = 200;

/** Most edits a typo may make to a word. */
export const MAX_TYPO_EDITS = 2;

/** The query as searched: its first MAX_QUERY_LENGTH characters, never half a surrogate pair. */
export function capQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  return query.slice(0, cutPoint(query, MAX_QUERY_LENGTH));
}

/**
 * Edits a typo may make to `term`: none under five letters (too many short words are one edit
 * apart), one up to seven, two beyond.
 */
export function typoEdits(term: string): number {
  if (term.length < 5) return 0;
  return Math.min(MAX_TYPO_EDITS, Math.round(term.length * 0.2));
}
