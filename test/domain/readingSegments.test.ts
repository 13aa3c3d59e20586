import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readingSegments, segmentArticle } from '../../src/domain/passages';
import type { FurnitureSpan } from '../../src/domain/schema';

const text = 'Home > News\nShare it!\nThe mayor spoke on Monday. She said more.\n(Word count: 9)';
const span = (part: string): { start: number; end: number } => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};
const crumb: FurnitureSpan = { ...span('Home > News'), kind: 'furniture' };
const share: FurnitureSpan = { ...span('Share it!'), kind: 'furniture' };
const count: FurnitureSpan = { ...span('(Word count: 9)'), kind: 'furniture' };

describe('readingSegments', () => {
  it('cuts the text at furniture edges and keeps the text whole and in order', () => {
    const segments = readingSegments(text, [], [crumb, share, count]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.furniture !== undefined).map((s) => s.text)).toEqual([
      'Home > News',
      'Share it!',
      '(Word count: 9)',
    ]);
  });

  it.each([
    ['a passage wholly on a furniture line is not marked', 'Share it!', []],
    [
      'a passage running onto furniture is marked only outside it',
      'Share it!\nThe mayor spoke on Monday.',
      ['\nThe mayor spoke on Monday.'],
    ],
    ['a passage clear of furniture is marked whole', 'She said more.', ['She said more.']],
  ])('%s', (_why, passage, marked) => {
    const segments = readingSegments(text, [{ id: 'e1', ...span(passage) }], [share]);
    expect(segments.filter((s) => s.markIds.length > 0).map((s) => s.text)).toEqual(marked);
    expect(segments.filter((s) => s.furniture !== undefined && s.markIds.length > 0)).toEqual([]);
  });

  it('is the plain cut when the file names no furniture (an older file)', () => {
    const marks = [{ id: 'e1', ...span('The mayor spoke on Monday.') }];
    expect(readingSegments(text, marks)).toEqual(segmentArticle(text, marks));
  });

  it('clamps furniture past the end of the text and skips empty or unsorted spans', () => {
    const segments = readingSegments(
      text,
      [],
      [
        { start: text.length - 3, end: text.length + 50, kind: 'byline' },
        { start: 4, end: 4, kind: 'furniture' },
        crumb,
      ],
    );
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.at(-1)).toMatchObject({ text: ' 9)', furniture: 'byline' });
    expect(segments[0]).toMatchObject({ text: 'Home > News', furniture: 'furniture' });
  });

  it('keeps every offset exact and no mark on furniture, on any small input (property)', () => {
    const edge = fc.nat({ max: 30 });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(fc.tuple(edge, edge), { maxLength: 4 }),
        fc.array(fc.tuple(edge, edge), { maxLength: 3 }),
        (body, markEdges, furnitureEdges) => {
          const marks = markEdges.map(([a, b], i) => ({ id: `e${i}`, start: a, end: b }));
          const furniture = furnitureEdges.map(([a, b]) => ({
            start: a,
            end: b,
            kind: 'furniture' as const,
          }));
          const segments = readingSegments(body, marks, furniture);
          let at = 0;
          for (const s of segments) {
            if (s.start !== at || body.slice(s.start, s.end) !== s.text) return false;
            const onFurniture = furniture.some((f) => f.start <= s.start && s.end <= f.end);
            if (onFurniture !== (s.furniture !== undefined)) return false;
            if (onFurniture && s.markIds.length > 0) return false;
            at = s.end;
          }
          return at === body.length;
        },
      ),
      { numRuns: 500 },
    );
  });
});
