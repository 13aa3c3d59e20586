/**
 * Property: date normalisation never throws on any string, with any publication date or
 * anchor, and every mention it returns has a valid date (YYYY, YYYY-MM or YYYY-MM-DD, end not
 * before start) and offsets that slice its own words out of the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPartialIsoDate, lowerBound } from '../../../src/domain/schema';
import { findDateMentions } from '../../../src/ingest/dates';
import { newsish } from '../arbitraries';

const isoDay = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const context = fc.record({
  published: fc.oneof(isoDay, fc.string({ maxLength: 12 })),
  anchor: fc.option(fc.oneof(isoDay, fc.string({ maxLength: 12 })), { nil: undefined }),
});
const anyText = fc.oneof(
  newsish,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

describe('findDateMentions (property)', () => {
  it('never throws and returns valid dates or none', () => {
    fc.assert(
      fc.property(anyText, context, (text, { published, anchor }) => {
        const mentions = findDateMentions(
          text,
          anchor === undefined ? { published } : { published, anchor },
        );
        for (const mention of mentions) {
          expect(isPartialIsoDate(mention.date.start), mention.date.start).toBe(true);
          if (mention.date.end !== undefined) {
            expect(isPartialIsoDate(mention.date.end), mention.date.end).toBe(true);
            expect(lowerBound(mention.date.end) >= lowerBound(mention.date.start)).toBe(true);
          }
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
