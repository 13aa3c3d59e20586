/**
 * The raw text cut into lines, with exact offsets. A line ends at LF, CRLF or CR; the offsets
 * exclude the break and surrounding white space (a BOM counts as white space at the very start),
 * so a line's span always indexes the raw file.
 */
import { trimSpan, type Span } from './span';

export interface Line extends Span {
  /** The line's text, trimmed. */
  text: string;
  /** Number of blank lines just before this one. */
  blankBefore: number;
}

export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let blank = 0;
  const breaks = /\r\n|\r|\n/g;
  let from = 0;
  for (;;) {
    const m = breaks.exec(raw);
    const to = m ? m.index : raw.length;
    const span = trimSpan(raw, { start: from, end: to });
    // A byte-order mark is not content; \s does not cover it.
    if (raw.charCodeAt(span.start) === 0xfeff) span.start++;
    const trimmed = trimSpan(raw, span);
    if (trimmed.end > trimmed.start) {
      lines.push({
        start: trimmed.start,
        end: trimmed.end,
        text: raw.slice(trimmed.start, trimmed.end),
        blankBefore: blank,
      });
      blank = 0;
    } else blank++;
    if (!m) break;
    from = m.index + m[0].length;
  }
  return lines;
}
