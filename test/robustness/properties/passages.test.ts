/**
 * Property: whatever article-like text goes in (any line ending, a BOM, stray Unicode), ingest
 * does not throw, keeps each document's text exactly, and every passage lies inside its document
 * as a trimmed, non-empty slice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimelineSchema } from '../../../src/domain/schema';
import { ingestArticles } from '../../../src/ingest';
import { articleText } from '../arbitraries';

describe('ingest passages (property)', () => {
  it('always slice within their document', () => {
    fc.assert(
      fc.property(fc.array(articleText, { minLength: 1, maxLength: 3 }), (texts) => {
        const inputs = texts.map((text, i) => ({ file: `article-${i}.txt`, text }));
        const { timeline, reports } = ingestArticles(inputs);
        expect(reports).toHaveLength(inputs.length);
        expect(TimelineSchema.safeParse(timeline).success).toBe(true);
        for (const document of timeline.documents) {
          expect(document.text).toBe(inputs.find((i) => i.file === document.file)?.text);
        }
        for (const event of timeline.events) {
          for (const source of event.sources) {
            const text = timeline.documents.find((d) => d.id === source.documentId)?.text;
            expect(text).toBeDefined();
            expect(source.start).toBeGreaterThanOrEqual(0);
            expect(source.end).toBeGreaterThan(source.start);
            expect(source.end).toBeLessThanOrEqual(text?.length ?? 0);
            const passage = text?.slice(source.start, source.end) ?? '';
            expect(passage.trim()).toBe(passage);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
