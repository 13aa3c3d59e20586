/**
 * Source passages in their article: the paragraph around a passage (for the event panel) and an
 * article cut into plain and marked segments (for the reader view).
 *
 * Offsets are UTF-16 indexes into the raw document text, as in the data contract. A paragraph is
 * the text between the line breaks around the passage; very long paragraphs (a file with no line
 * breaks) are trimmed to a window around the passage so that the panel stays readable.
 */

export interface PassageInParagraph {
  /** Paragraph text before the passage (after any trimming). */
  readonly before: string;
  readonly passage: string;
  readonly after: string;
  /** True when text was cut from the start / end of a long paragraph. */
  readonly trimmedBefore: boolean;
  readonly trimmedAfter: boolean;
}

const DEFAULT_CONTEXT = 600;

function clamp(n: number, low: number, high: number): number {
  return Math.min(Math.max(n, low), high);
}

/** The paragraph around text[start, end), with the passage separated out. */
export function passageInParagraph(
  text: string,
  start: number,
  end: number,
  maxContext = DEFAULT_CONTEXT,
): PassageInParagraph {
  const from = clamp(start, 0, text.length);
  const to = clamp(end, from, text.length);
  let paragraphStart = text.lastIndexOf('\n', from - 1) + 1;
  const nextBreak = text.indexOf('\n', to);
  let paragraphEnd = nextBreak === -1 ? text.length : nextBreak;
  // Windows line endings: the \r belongs to the break, not the paragraph.
  if (paragraphEnd > to && text[paragraphEnd - 1] === '\r') paragraphEnd -= 1;

  const trimmedBefore = from - paragraphStart > maxContext;
  if (trimmedBefore) paragraphStart = wordBoundaryAfter(text, from - maxContext, from);
  const trimmedAfter = paragraphEnd - to > maxContext;
  if (trimmedAfter) paragraphEnd = wordBoundaryBefore(text, to + maxContext, to);

  return {
    before: text.slice(paragraphStart, from),
    passage: text.slice(from, to),
    after: text.slice(to, paragraphEnd),
    trimmedBefore,
    trimmedAfter,
  };
}

function wordBoundaryAfter(text: string, index: number, limit: number): number {
  const space = text.indexOf(' ', index);
  return space === -1 || space >= limit ? index : space + 1;
}

function wordBoundaryBefore(text: string, index: number, limit: number): number {
  const space = text.lastIndexOf(' ', index);
  return space === -1 || space <= limit ? index : space;
}

/** A span of the article to mark, owned by the event (or other thing) `id`. */
export interface MarkSpan {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A stretch of article text and the marks that cover all of it (none for plain text). */
export interface ArticleSegment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly markIds: readonly string[];
}

/**
 * The whole text cut at every mark edge, so that overlapping passages each keep their marks.
 * Marks outside the text are clamped; empty marks are ignored.
 */
export function segmentArticle(text: string, marks: readonly MarkSpan[]): ArticleSegment[] {
  const spans = marks
    .map((m) => ({
      id: m.id,
      start: clamp(m.start, 0, text.length),
      end: clamp(m.end, 0, text.length),
    }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of spans) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: ArticleSegment[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const start = edges[i] ?? 0;
    const end = edges[i + 1] ?? text.length;
    if (end <= start) continue;
    const markIds = spans.filter((m) => m.start <= start && m.end >= end).map((m) => m.id);
    segments.push({ start, end, text: text.slice(start, end), markIds });
  }
  return segments;
}
