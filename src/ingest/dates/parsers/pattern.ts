/**
 * Shared pieces for the parsers added to chrono-node: the context type and a word-boundary
 * wrapper for their patterns.
 *
 * chrono's own English parsers extend a base class that is not exported from `chrono-node/en`;
 * a lookbehind gives the same left boundary without it. Limits: chrono re-runs a pattern on the
 * text after a rejected match, so a lookbehind may miss the one character before such a spot.
 */
import type { ParsingContext } from 'chrono-node';

export type { ParsingContext };

/** Letters, digits and currency signs that may not touch a match on its left. */
const LEFT_BOUNDARY = '(?<![\\p{L}\\p{N}_$£€¥])';

/** Case-insensitive Unicode pattern that starts at a word boundary. */
export function wordPattern(source: string): RegExp {
  return new RegExp(`${LEFT_BOUNDARY}${source}`, 'iu');
}

/** The word right after `end` in `text`, or '' (letters only, lower-cased). */
export function nextWord(text: string, end: number): string {
  const m = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
  return m?.[1]?.toLowerCase() ?? '';
}

/** True when the next word starts with a capital letter ("the 2008 Mérida Initiative"). */
export function nextWordIsCapitalised(text: string, end: number): boolean {
  const m = /^\s+(\p{Lu})/u.exec(text.slice(end, end + 4));
  return m !== null;
}
