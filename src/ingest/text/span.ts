/**
 * A stretch of the raw article text, by UTF-16 offsets. Every stage of ingest passes spans,
 * never copies cut loose from their position, so each passage can be traced back to the file.
 */
export interface Span {
  start: number;
  end: number;
}

/** The span with leading and trailing white space moved inwards (never past each other). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return { start, end };
}
