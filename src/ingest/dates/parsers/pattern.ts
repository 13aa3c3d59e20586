/**
 * Shared pieces for the parsers added to chrono-node: the context type, a word-boundary
 * wrapper for their patterns, and look-arounds done by hand on a few characters of text.
 *
 * The patterns avoid the regular-expression `u` flag: on every sentence of every article it
 * made them five to twenty times slower. Word characters are therefore ASCII plus the Latin
 * letters U+00C0–U+024F, which covers the names that touch dates in English news. chrono's own
 * English parsers extend a base class that `chrono-node/en` does not export; a lookbehind gives
 * the same left boundary. Limits: chrono re-runs a pattern on the text after a rejected match,
 * so a lookbehind may miss the one character before such a spot.
 */
import type { ParsingContext } from 'chrono-node';
import type { CalendarDay } from '../calendarDay';

export type { ParsingContext };

/** Letters, digits and underscore, for character classes (no `u` flag needed). */
export const WORD_CHARS = 'A-Za-z0-9_\\u00C0-\\u024F';

const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);

/** A match may not start right after a word character or a currency sign. */
export const LEFT_BOUNDARY = `(?<![${WORD_CHARS}$£€¥])`;

/** A match may not end right before a word character. */
export const RIGHT_BOUNDARY = `(?![${WORD_CHARS}])`;

/** Case-insensitive pattern that starts at a word boundary. */
export function wordPattern(source: string): RegExp {
  return new RegExp(`${LEFT_BOUNDARY}${source}`, 'i');
}

/** The word right after `end` in `text`, or '' (letters only, lower-cased). */
export function nextWord(text: string, end: number): string {
  const m = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40));
  return m?.[1]?.toLowerCase() ?? '';
}

/** True when the next word starts with a capital letter ("the 2012 London Olympics"). */
export function nextWordIsCapitalised(text: string, end: number): boolean {
  return /^\s+\p{Lu}/u.test(text.slice(end, end + 4));
}

/**
 * The words that `lead` finds right before `index`, and where they start: how a parser whose
 * pattern begins at a number takes in "between", "the early" or "since" before it.
 */
export function leadingWords(
  text: string,
  index: number,
  lead: RegExp,
  reach = 24,
): { start: number; match: RegExpExecArray } | null {
  const from = Math.max(0, index - reach);
  const m = lead.exec(text.slice(from, index));
  if (m === null) return null;
  const start = from + m.index;
  const before = text.charAt(start - 1);
  if (before !== '' && WORD_CHAR.test(before)) return null;
  return { start, match: m };
}

/**
 * The publication day chrono is parsing against. chrono works in the host's local time (some
 * of its own refiners drop any time zone given to it), so the reference is local noon of that
 * day and is read back with local getters.
 */
export function referenceDay(context: ParsingContext): CalendarDay {
  const instant = context.reference.instant;
  return { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() };
}
