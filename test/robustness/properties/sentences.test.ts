/**
 * Property: the sentence splitter, given any block of any text, returns spans in order, inside
 * the block, without overlaps, each trimmed and non-empty, and together they hold every
 * non-space character of the block.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/ingest/text/sentences';
import { newsish } from '../arbitraries';

const anyText = fc.oneof(newsish, fc.string({ unit: 'grapheme', maxLength: 80 }));

describe('splitSentences (property)', () => {
  it('covers the block without overlaps', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (before, block, after) => {
        const text = `${before}${block}${after}`;
        const span = { start: before.length, end: before.length + block.length };
        const sentences = splitSentences(text, span);
        let previousEnd = span.start;
        const covered = new Set<number>();
        for (const sentence of sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(sentence.end).toBeLessThanOrEqual(span.end);
          const words = text.slice(sentence.start, sentence.end);
          expect(words.trim()).toBe(words);
          for (let i = sentence.start; i < sentence.end; i++) covered.add(i);
          previousEnd = sentence.end;
        }
        for (let i = span.start; i < span.end; i++) {
          if (!/\s/u.test(text.charAt(i))) expect(covered.has(i), `offset ${i}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
