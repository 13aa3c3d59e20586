/**
 * The ingest names the page furniture of each article in its document (for the reader to dim),
 * with offsets into the raw text, and never reports an event from it.
 */
import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../src/ingest';
import { TimelineSchema } from '../../src/domain/schema';
import { FURNITURE_ARTICLE } from '../fixtures/furnitureArticle';

const { timeline } = ingestArticles([{ file: 'harbour.txt', text: FURNITURE_ARTICLE }]);
const document = timeline.documents[0];
const lines = (document?.furniture ?? []).map((span) => ({
  kind: span.kind,
  text: FURNITURE_ARTICLE.slice(span.start, span.end),
}));

describe('furniture in the timeline', () => {
  it.each([
    ['a breadcrumb', 'Home > Regions > Coast', 'furniture'],
    ['a photo credit', 'Photo by: Harbour Office', 'furniture'],
    ['a share prompt', 'Share it!', 'furniture'],
    [
      'a byline with a time stamp',
      'By Ana Lindqvist | Staff Writer - Mon, 03/02/2026 - 09:15',
      'byline',
    ],
    ['a word count', '(Word count: 140)', 'furniture'],
    ['a related-articles prompt', 'Related Articles', 'furniture'],
  ])('names %s with its exact offsets', (_why, text, kind) => {
    expect(lines).toContainEqual({ kind, text });
  });

  it('names no body paragraph', () => {
    expect(lines.map((line) => line.text).join('\n')).not.toMatch(/Marta Ekholm|ferry/);
  });

  it('marks no event passage on a furniture line', () => {
    expect(timeline.events.length).toBeGreaterThan(0);
    for (const event of timeline.events) {
      for (const source of event.sources) {
        for (const span of document?.furniture ?? []) {
          expect(source.start >= span.end || source.end <= span.start).toBe(true);
        }
      }
    }
  });

  it('writes a timeline the schema reads, and a document without furniture still reads', () => {
    expect(TimelineSchema.safeParse(timeline).success).toBe(true);
    const older = { ...document };
    delete older.furniture;
    expect(older).not.toHaveProperty('furniture');
    expect(TimelineSchema.safeParse({ ...timeline, documents: [older] }).success).toBe(true);
  });
});
