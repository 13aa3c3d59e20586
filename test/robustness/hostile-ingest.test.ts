/**
 * Hostile payloads through ingest, without a browser: every article that carries one is still
 * read, the payload stays in its document and passages character for character (ingest neither
 * strips nor escapes it: that is the renderer's job), and the result meets the published schema.
 */
import { describe, expect, it } from 'vitest';
import { TimelineSchema } from '../../src/domain/schema';
import { ingestArticles } from '../../src/ingest';
import { hostileArticles, hostileDay, hostileFileName } from '../fixtures/hostile/articles';
import { PAYLOADS } from '../fixtures/hostile/payloads';

const { timeline, reports } = ingestArticles(hostileArticles());

function passagesOf(documentId: string): string[] {
  const document = timeline.documents.find((d) => d.id === documentId);
  if (document === undefined) return [];
  return timeline.events.flatMap((event) =>
    event.sources
      .filter((source) => source.documentId === documentId)
      .map((source) => document.text.slice(source.start, source.end)),
  );
}

const rows = PAYLOADS.map((payload, index) => ({
  name: payload.kind,
  payload: payload.text,
  file: hostileFileName(index),
  id: hostileFileName(index).replace(/\.txt$/u, ''),
  published: hostileDay(index).iso,
}));

describe('hostile payloads through ingest', () => {
  it('writes a timeline that meets the published schema', () => {
    expect(TimelineSchema.safeParse(timeline).success).toBe(true);
  });

  it.each(rows)('reads the article carrying a $name payload', ({ file, published }) => {
    const report = reports.find((r) => r.file === file);
    expect(report?.error).toBeUndefined();
    expect(report?.ok).toBe(true);
    expect(timeline.documents.find((d) => d.file === file)?.published).toBe(published);
  });

  it.each(rows)('keeps a $name payload verbatim in its document', (row) => {
    expect(timeline.documents.find((d) => d.id === row.id)?.text).toContain(row.payload);
  });

  // A passage lies within one paragraph, so a payload split over lines cannot be in one whole.
  it.each(rows.filter((row) => !row.payload.includes('\n')))(
    'keeps a $name payload verbatim in a passage of its article',
    (row) => {
      expect(passagesOf(row.id).some((passage) => passage.includes(row.payload))).toBe(true);
    },
  );
});
