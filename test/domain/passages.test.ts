import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  passageInParagraph,
  segmentArticle,
  type ArticleSegment,
  type MarkSpan,
} from '../../src/domain/passages';

const text = 'Headline\n\nFirst paragraph. The passage is here. More words.\nSecond paragraph.';
const at = (passage: string): [number, number] => {
  const start = text.indexOf(passage);
  return [start, start + passage.length];
};

describe('passageInParagraph', () => {
  it.each([
    [
      'a passage inside a paragraph keeps its neighbours',
      'The passage is here.',
      'First paragraph. ',
      ' More words.',
    ],
    [
      'a passage at the start of a paragraph has nothing before it',
      'First paragraph.',
      '',
      ' The passage is here. More words.',
    ],
    ['a passage on the last line runs to the end of the text', 'Second', '', ' paragraph.'],
    [
      'a passage over two lines takes both lines',
      'words.\nSecond',
      'First paragraph. The passage is here. More ',
      ' paragraph.',
    ],
  ])('%s', (_why, passage, before, after) => {
    const [start, end] = at(passage);
    const result = passageInParagraph(text, start, end);
    expect(result.passage).toBe(passage);
    expect(result.before).toBe(before);
    expect(result.after).toBe(after);
  });

  it('leaves the carriage return of a Windows line break out of the paragraph', () => {
    const crlf = 'One line.\r\nThe passage.\r\nNext.';
    const start = crlf.indexOf('The passage.');
    const result = passageInParagraph(crlf, start, start + 'The passage.'.length);
    expect(result).toMatchObject({ before: '', passage: 'The passage.', after: '' });
  });

  it('trims a very long paragraph to a window around the passage', () => {
    const long = `${'word '.repeat(400)}PASSAGE${' word'.repeat(400)}`;
    const start = long.indexOf('PASSAGE');
    const result = passageInParagraph(long, start, start + 7, 50);
    expect(result.passage).toBe('PASSAGE');
    expect(result.trimmedBefore && result.trimmedAfter).toBe(true);
    expect(result.before.length).toBeLessThanOrEqual(50);
    expect(result.after.length).toBeLessThanOrEqual(50);
  });

  it('clamps offsets that run past the text', () => {
    const result = passageInParagraph(text, text.length - 3, text.length + 20);
    expect(result.passage).toBe('ph.');
  });
});

describe('segmentArticle', () => {
  it('covers the whole text, in order, with each mark on its own span', () => {
    const [s1, e1] = at('The passage is here.');
    const [s2, e2] = at('Second paragraph.');
    const segments = segmentArticle(text, [
      { id: 'b', start: s2, end: e2 },
      { id: 'a', start: s1, end: e1 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.markIds.length > 0).map((s) => [s.text, s.markIds])).toEqual([
      ['The passage is here.', ['a']],
      ['Second paragraph.', ['b']],
    ]);
  });

  it('gives overlapping passages both marks where they overlap', () => {
    const segments = segmentArticle('abcdef', [
      { id: 'x', start: 0, end: 4 },
      { id: 'y', start: 2, end: 6 },
    ]);
    expect(segments.map((s) => [s.text, s.markIds])).toEqual([
      ['ab', ['x']],
      ['cd', ['x', 'y']],
      ['ef', ['y']],
    ]);
  });

  it('ignores empty marks and keeps text with no marks whole', () => {
    expect(segmentArticle('abc', [{ id: 'x', start: 2, end: 2 }])).toEqual([
      { start: 0, end: 3, text: 'abc', markIds: [] },
    ]);
  });

  it('cuts the same segments as asking every mark of every stretch, on any small input', () => {
    const mark = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'a'),
      start: fc.integer({ min: -3, max: 25 }),
      end: fc.integer({ min: -3, max: 25 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(mark, { maxLength: 8 }), (t, marks) => {
        expect(segmentArticle(t, marks)).toEqual(segmentsByAskingEveryMark(t, marks));
      }),
      { numRuns: 500 },
    );
  });

  it('segments an article of 100,000 passages, each marked once, in one pass', () => {
    const sentence = 'A minister said so. ';
    const count = 100_000;
    const article = sentence.repeat(count);
    // Given in reverse order, so that the marks must be sorted.
    const marks = Array.from({ length: count }, (_, k) => {
      const i = count - 1 - k;
      return { id: `e${i}`, start: i * sentence.length, end: i * sentence.length + 18 };
    });
    const segments = segmentArticle(article, marks);
    expect(segments).toHaveLength(2 * count);
    expect(segments[0]).toEqual({ start: 0, end: 18, text: 'A minister said so', markIds: ['e0'] });
    expect(segments.at(-1)?.markIds).toEqual([]);
    expect(segments.map((s) => s.text).join('')).toBe(article);
  });
});

/** The plain rule, for comparison: cut at every mark edge, then ask each mark whether it covers. */
function segmentsByAskingEveryMark(t: string, marks: readonly MarkSpan[]): ArticleSegment[] {
  const within = (n: number): number => Math.min(Math.max(n, 0), t.length);
  const spans = marks
    .map((m) => ({ id: m.id, start: within(m.start), end: within(m.end) }))
    .filter((m) => m.end > m.start);
  const edges = [...new Set([0, t.length, ...spans.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  const segments: ArticleSegment[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const start = edges[i] ?? 0;
    const end = edges[i + 1] ?? 0;
    const markIds = spans.filter((m) => m.start <= start && m.end >= end).map((m) => m.id);
    segments.push({ start, end, text: t.slice(start, end), markIds });
  }
  return segments;
}
