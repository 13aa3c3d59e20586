import { describe, expect, it } from 'vitest';
import { readDocument, type DocumentReading } from '../../src/ingest/analysis';
import { ReadingKeeper, restoreReading, StringTable } from '../../src/ingest/keptReading';
import { LIMA_ARTICLE, PARIS_ARTICLE } from './fixtures';

/** A whole reading in its kept form, sentence by sentence as the pipeline keeps them. */
function keepReading(reading: DocumentReading, table = new StringTable()) {
  const keeper = new ReadingKeeper(table);
  for (const s of reading.sentences) keeper.add(s);
  return keeper.finish(reading.blocks, reading.cutSentences);
}

const QUAKE_ARTICLE = [
  'Strong Quake Shakes Northern Coast',
  '',
  'Published: 14 November 2024',
  '',
  "A magnitude 6.8 earthquake struck off Japan's northern coast on Thursday, the Japan Meteorological Agency said.",
  "Residents of Aomori were told to move to higher ground; the agency's warning was lifted two hours later.",
  '',
  '"We felt it for almost a minute," said Keiko Sato, who runs a guesthouse in Hachinohe.',
].join('\n');

describe('a reading kept between the two passes', () => {
  it.each([
    ['Paris', PARIS_ARTICLE],
    ['Lima', LIMA_ARTICLE],
    ['quake', QUAKE_ARTICLE],
  ])('gives back the same reading of the %s article', (_name, text) => {
    const reading = readDocument(text);
    expect(reading.sentences.length).toBeGreaterThan(2);
    expect(restoreReading(keepReading(reading), text)).toStrictEqual(readDocument(text));
  });

  it('keeps every token and word as numbers, their strings once in a shared table', () => {
    const table = new StringTable();
    const paris = keepReading(readDocument(PARIS_ARTICLE), table);
    const lima = keepReading(readDocument(LIMA_ARTICLE), table);
    const tokens = readDocument(PARIS_ARTICLE).sentences.reduce((n, s) => n + s.tokens.length, 0);
    expect(paris.tokens).toBeInstanceOf(Int32Array);
    expect(paris.tokens.length).toBe(tokens * 5);
    // "said" is one string, however many sentences of either article use it.
    expect(paris.strings).toBe(lima.strings);
    expect(table.strings.filter((s) => s === 'said')).toHaveLength(1);
    expect(restoreReading(lima, LIMA_ARTICLE)).toStrictEqual(readDocument(LIMA_ARTICLE));
  });
});
