import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../src/ingest';
import { splitSentences } from '../../src/ingest/text/sentences';
import { LIMA_ARTICLE, PARIS_ARTICLE } from './fixtures';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('splitSentences', () => {
  const rows: [string, string, string[]][] = [
    ['splits at full stops', 'He left. She stayed.', ['He left.', 'She stayed.']],
    [
      'keeps U.S. inside a sentence',
      'The U.S. Navy sailed. It left.',
      ['The U.S. Navy sailed.', 'It left.'],
    ],
    [
      'ends after an acronym before an opener',
      'They flew to the U.S. The talks began.',
      ['They flew to the U.S.', 'The talks began.'],
    ],
    [
      'keeps titles with a full stop',
      'Gen. Smith and Sen. Jones met. They agreed.',
      ['Gen. Smith and Sen. Jones met.', 'They agreed.'],
    ],
    [
      'keeps abbreviated months',
      'On Jan. 4, he spoke. Then he left.',
      ['On Jan. 4, he spoke.', 'Then he left.'],
    ],
    ['ends after a closing quote', 'She said, "No." He nodded.', ['She said, "No."', 'He nodded.']],
    [
      'keeps a quote that ends with a comma',
      '"We will win," he said. Then silence.',
      ['"We will win," he said.', 'Then silence.'],
    ],
    [
      'keeps initials',
      'John F. Kennedy spoke. Crowds cheered.',
      ['John F. Kennedy spoke.', 'Crowds cheered.'],
    ],
    ['handles curly quotes', '“It is over.” The crowd left.', ['“It is over.”', 'The crowd left.']],
    [
      'keeps a heading without full stop whole',
      'Talks Resume in Geneva',
      ['Talks Resume in Geneva'],
    ],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    const spans = splitSentences(text, whole(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('returns offsets into the whole text when given a block inside it', () => {
    const text = 'Header\n\nFirst one. Second one.\n';
    const start = text.indexOf('First');
    const spans = splitSentences(text, { start, end: text.indexOf('\n', start) });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });
});

describe('ingestArticles offsets', () => {
  it('points every source at a passage of the raw text that starts and ends on a sentence', () => {
    const { timeline } = ingestArticles([{ file: 'paris.txt', text: PARIS_ARTICLE }]);
    const doc = timeline.documents[0];
    expect(doc?.text).toBe(PARIS_ARTICLE);
    expect(timeline.events.length).toBeGreaterThan(0);
    for (const event of timeline.events) {
      for (const s of event.sources) {
        const passage = PARIS_ARTICLE.slice(s.start, s.end);
        expect(passage).toBe(passage.trim());
        expect(passage.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps a BOM and CRLF line ends so that offsets index the raw text', () => {
    const raw = `\uFEFF${LIMA_ARTICLE.replace(/\n/gu, '\r\n')}`;
    const { timeline } = ingestArticles([{ file: 'lima.txt', text: raw }]);
    expect(timeline.documents[0]?.text).toBe(raw);
    const passages = timeline.events.flatMap((e) =>
      e.sources.map((s) => raw.slice(s.start, s.end)),
    );
    expect(passages).toContain(
      'Peruvian police arrested former Interior Minister Carlos Ruiz on Tuesday, prosecutors said.',
    );
    for (const p of passages) expect(p).not.toMatch(/[\r\n\uFEFF]/u);
  });

  it('gives the same event ids on every run and whatever other files are read', () => {
    const alone = ingestArticles([{ file: 'lima.txt', text: LIMA_ARTICLE }]).timeline.events;
    const again = ingestArticles([{ file: 'lima.txt', text: LIMA_ARTICLE }]).timeline.events;
    const withOther = ingestArticles([
      { file: 'paris.txt', text: PARIS_ARTICLE },
      { file: 'lima.txt', text: LIMA_ARTICLE },
    ]).timeline.events.filter((e) => e.sources[0]?.documentId === 'lima');
    expect(again.map((e) => e.id)).toEqual(alone.map((e) => e.id));
    expect(withOther.map((e) => e.id)).toEqual(alone.map((e) => e.id));
  });

  it('writes titles of at most 100 characters that do not end mid-word', () => {
    const { timeline } = ingestArticles([
      { file: 'paris.txt', text: PARIS_ARTICLE },
      { file: 'lima.txt', text: LIMA_ARTICLE },
    ]);
    for (const e of timeline.events) {
      expect(e.title.length).toBeLessThanOrEqual(100);
      expect(e.title).not.toMatch(/\s$/u);
    }
  });
});
