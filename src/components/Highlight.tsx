/**
 * A text with the words a search found marked: text nodes and <mark> elements made by React from
 * plain strings, never HTML. The words are those the search itself would find
 * (domain/highlight.ts); a blank query leaves the text as it is.
 */
import { useMemo } from 'react';
import { searchHitRanges, splitByRanges } from '../domain/highlight';

interface HighlightProps {
  readonly text: string;
  /** The search words; '' for none. */
  readonly query: string;
}

export function Highlight({ text, query }: HighlightProps) {
  const parts = useMemo(
    () => (query.trim() === '' ? null : splitByRanges(text, searchHitRanges(text, query))),
    [text, query],
  );
  if (parts === null || !parts.some((part) => part.hit)) return text;
  return (
    <>
      {parts.map((part) =>
        part.hit ? (
          <mark key={part.start} className="search-hit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
