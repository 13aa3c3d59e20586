// How long texts are cut into pieces that chrono reads in linear time.
import { describe, expect, it } from 'vitest';
import { textPieces } from '../../../src/ingest/dates/textPieces';
import { findDateMentions } from '../../../src/ingest/dates';

const LINE = 'Officials met on Monday and again in 2019 to discuss the plan.\n';

function expectCover(text: string): void {
  const pieces = textPieces(text);
  expect(pieces.map((p) => p.text).join('')).toBe(text);
  let offset = 0;
  for (const piece of pieces) {
    expect(piece.offset).toBe(offset);
    expect(piece.text.length).toBeGreaterThan(0);
    expect(piece.text.length).toBeLessThanOrEqual(8_000);
    offset += piece.text.length;
  }
}

describe('textPieces', () => {
  it.each([
    ['a short text stays whole', 'On Monday, in 2019.'],
    ['many lines', LINE.repeat(500)],
    ['one long line of sentences', 'He spoke in 2019. '.repeat(3_000)],
    ['one long line without sentence ends', 'word '.repeat(10_000)],
    ['one long line without spaces', 'x'.repeat(30_000)],
    ['emoji without spaces (surrogate pairs)', '😀'.repeat(20_000)],
  ])('covers the text exactly with ordered pieces: %s', (_name, text) => {
    expectCover(text);
  });

  it('ends pieces at line breaks when lines are short', () => {
    const pieces = textPieces(LINE.repeat(500));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(piece.text.endsWith('\n')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    for (const piece of textPieces('😀'.repeat(20_000))) {
      const last = piece.text.charCodeAt(piece.text.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });
});

describe('findDateMentions on a long text read in pieces', () => {
  it('finds every date of a long single-line text at its offset in the whole text', () => {
    const sentence = 'He spoke in 2019. ';
    const text = sentence.repeat(3_000);
    const mentions = findDateMentions(text, { published: '2026-01-05' });
    expect(mentions).toHaveLength(3_000);
    mentions.forEach((m, i) => {
      expect(m.start).toBe(i * sentence.length + sentence.indexOf('in 2019'));
      expect(text.slice(m.start, m.end)).toBe('in 2019');
    });
  });
});
