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

/**
 * The first span of a list sorted by start, whose spans do not overlap one another, that
 * overlaps [start, end): a binary search, so that a sentence of a hundred thousand places stays
 * linear to read.
 */
export function overlapIn<T extends Span>(
  sorted: readonly T[],
  start: number,
  end: number,
): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  // The first span that ends after start (ends rise with starts when spans do not overlap).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const found = sorted[lo];
  return found !== undefined && found.start < end ? found : undefined;
}
