/**
 * Where a search query shows in a text: the words of the text that a word of the query finds,
 * by the search's own cutting into words and its own rule (prefix, bounded typos; ./search.ts),
 * so that what is marked is what made the event a result. Pure: text and query in, ranges out.
 * A word found by its prefix is marked whole ("sovereign" marks "sovereignty").
 */
import { matchingTerms, wordsOf } from './search';

/** A stretch of a text, as UTF-16 offsets, end excluded. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The ranges of `text` to mark for `query`, in order, never overlapping; none for a blank one. */
export function searchHitRanges(text: string, query: string): readonly TextRange[] {
  if (query.trim() === '' || text === '') return [];
  const words = wordsOf(text);
  const found = matchingTerms(
    words.map((word) => word.term),
    query,
  );
  if (found.size === 0) return [];
  return words
    .filter((word) => found.has(word.term))
    .map((word) => ({ start: word.start, end: word.end }));
}

/** A text as parts, each marked or not, in order: what a widget draws for `ranges`. */
export interface TextPart {
  readonly text: string;
  readonly hit: boolean;
  readonly start: number;
}

export function splitByRanges(text: string, ranges: readonly TextRange[]): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor || range.end > text.length || range.end <= range.start) continue;
    if (range.start > cursor)
      parts.push({ text: text.slice(cursor, range.start), hit: false, start: cursor });
    parts.push({ text: text.slice(range.start, range.end), hit: true, start: range.start });
    cursor = range.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), hit: false, start: cursor });
  return parts;
}
