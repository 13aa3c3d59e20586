/**
 * Ingest stays linear in an article's length, however the article is shaped: a "sentence" with no
 * punctuation is read in bounded pieces, one article's many reports are not compared with each
 * other, and the names of an article are not rescanned for every mention. Work is counted, not
 * timed: the counts below grew with the square of the article's length before.
 */
import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../src/ingest';
import { ActorRegistry } from '../../src/ingest/actors/registry';
import type { EventDraft } from '../../src/ingest/events/draft';
import { mergeDrafts } from '../../src/ingest/merge';
import { NameTable } from '../../src/ingest/nlp/names';
import { LONGEST_SENTENCE, splitSentences } from '../../src/ingest/text/sentences';

const WORDS = ['harbour', 'council', 'voted', 'against', 'the', 'plan', 'again', 'while', 'crews'];

/** A long line with no sentence punctuation, with a comma every so often. */
function unpunctuated(length: number): string {
  const words: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const word = (WORDS[i % WORDS.length] ?? 'x') + (i % 37 === 36 ? ',' : '');
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ');
}

describe('a "sentence" with no sentence punctuation', () => {
  const line = unpunctuated(300_000);
  const spans = splitSentences(line, { start: 0, end: line.length });

  it(`is read in pieces of at most ${LONGEST_SENTENCE} characters, marked as cut`, () => {
    expect(spans.length).toBeGreaterThan(300_000 / LONGEST_SENTENCE);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(LONGEST_SENTENCE);
      expect(s.cut).toBe(true);
    }
  });

  it('keeps every word, in order, in exactly one piece', () => {
    const rebuilt = spans.map((s) => line.slice(s.start, s.end)).join(' ');
    expect(rebuilt).toBe(line);
  });

  it('ends a piece after a clause break where one is near the limit', () => {
    for (const s of spans.slice(0, -1)) expect(line.slice(s.start, s.end)).toMatch(/,$/u);
  });

  it('is cut at a space when there is no clause break, and anywhere when there is no space', () => {
    const plain = 'word '.repeat(1_000);
    for (const s of splitSentences(plain, { start: 0, end: plain.length }))
      expect(plain.slice(s.start, s.end)).toMatch(/^word(?: word)*$/u);
    const solid = '😀'.repeat(3_000);
    const pieces = splitSentences(solid, { start: 0, end: solid.length });
    expect(pieces.map((s) => solid.slice(s.start, s.end)).join('')).toBe(solid);
    // No piece splits a character made of two UTF-16 units.
    for (const s of pieces) expect(s.start % 2).toBe(0);
  });

  it('leaves ordinary sentences whole and unmarked', () => {
    const text = 'The council voted on Monday. Crews cleared the harbour.';
    const read = splitSentences(text, { start: 0, end: text.length });
    expect(read.map((s) => text.slice(s.start, s.end))).toEqual([
      'The council voted on Monday.',
      'Crews cleared the harbour.',
    ]);
    expect(read.every((s) => s.cut === undefined)).toBe(true);
  });

  it('gives the article a warning and passages of bounded length', () => {
    const text = `Harbour Vote\n\nPublished: March 3, 2025\n\nThe council said on Monday ${unpunctuated(60_000)}\n`;
    const { timeline, reports } = ingestArticles([{ file: 'transcript.txt', text }]);
    expect(reports[0]?.ok).toBe(true);
    expect(reports[0]?.warnings.join(' ')).toMatch(
      /stretches of text ran past 2,000 characters without sentence punctuation and were read in pieces/u,
    );
    for (const source of timeline.events.flatMap((e) => e.sources))
      expect(source.end - source.start).toBeLessThanOrEqual(LONGEST_SENTENCE);
  });
});

describe("one article's many reports", () => {
  /** Drafts of one article, all on one day with one subject, counting reads of their article. */
  function draftsOfOneArticle(n: number): { drafts: EventDraft[]; reads: () => number } {
    let reads = 0;
    const drafts = Array.from({ length: n }, (_, i) => {
      const draft: EventDraft = {
        documentId: '',
        localKey: `${i}`,
        sources: [{ start: i * 10, end: i * 10 + 9 }],
        title: `Report ${i}`,
        type: 'statement',
        date: { start: '2025-03-03', granularity: 'day', basis: 'explicit', text: 'March 3' },
        actorKeys: ['person:ana-ruiz'],
        subjectKey: 'person:ana-ruiz',
        countries: [],
        senses: ['say'],
        said: 'The harbour council met.',
        heading: false,
      };
      Object.defineProperty(draft, 'documentId', {
        get: () => {
          reads++;
          return 'one-article';
        },
      });
      return draft;
    });
    return { drafts, reads: () => reads };
  }

  it('are never compared with each other: work grows with their number, not its square', () => {
    const counts = [1_000, 8_000].map((n) => {
      const { drafts, reads } = draftsOfOneArticle(n);
      const events = mergeDrafts(drafts, new ActorRegistry());
      expect(events).toHaveLength(n); // two sentences of one article never merge
      return reads() / n;
    });
    // Reads per report stay the same at eight times the reports (they grew eightfold before).
    expect(counts[1]).toBeLessThanOrEqual((counts[0] ?? 0) * 1.5);
  });
});

describe("an article's names", () => {
  it('are counted once for each kind of description, not again for every sentence', () => {
    const table = new NameTable();
    const names = Array.from({ length: 2_000 }, (_, i) => `Kestrel${i} Holdings`);
    let offset = 0;
    for (const name of names) {
      const text = `${name} said.`;
      table.learn(
        [{ start: offset, end: offset + name.length, words: name.split(' ') }],
        text,
        offset,
      );
      offset += text.length + 1;
    }
    let asked = 0;
    const accept = (name: string): boolean => {
      asked++;
      return name.endsWith('Holdings');
    };
    for (let sentence = 0; sentence < 1_000; sentence++)
      table.mostNamed(accept, 'company holding the kind');
    expect(asked).toBe(names.length);
  });
});

describe('a corpus larger than the memory kept for readings', () => {
  const article = (i: number): { file: string; text: string } => ({
    file: `harbour-${i}.txt`,
    text:
      `Harbour Council Vote ${i}\n\nPublished: March ${(i % 27) + 1}, 2025\n\n` +
      `Mayor Ana Ruiz said on Monday that the harbour council would vote again. ` +
      `Ruiz told reporters in Lisbon that crews had cleared the docks on ${i % 2 ? 'Friday' : 'Sunday'}.\n`,
  });
  const corpus = Array.from({ length: 12 }, (_, i) => article(i));

  it('gives the same timeline when articles are read again instead of kept', () => {
    const kept = ingestArticles(corpus);
    const reread = ingestArticles(corpus, { keptReadingBudget: 0 });
    // A budget for a few readings as they are keeps the rest in their kept form.
    const compact = ingestArticles(corpus, { keptReadingBudget: 2 * (article(0).text.length + 2) });
    expect(reread).toEqual(kept);
    expect(compact).toEqual(kept);
    // Reports of several articles still merge across the two passes.
    const merged = kept.timeline.events.filter(
      (e) => new Set(e.sources.map((source) => source.documentId)).size > 1,
    );
    expect(merged.length).toBeGreaterThan(0);
  });
});

describe('an article longer than one part', () => {
  const paragraphs = [
    'Coastal Rail Line Reopens',
    'Published: April 9, 2025',
    'PORTO, April 8 (Harbour Wire) - Engineer Marta Sousa said on Tuesday that the coastal line would reopen.',
    'Sousa told reporters in Porto that crews had replaced the old bridge in March.',
    'The regional council approved the budget for the repairs on February 12, 2025.',
    'Mayor Rui Lopes opened the first station yesterday, the council said.',
    'Lopes said the trains would run every hour from May.',
    'Transport minister Ines Prata visited the depot on April 2, 2025.',
  ];
  const article = { file: 'rail.txt', text: `${paragraphs.join('\n\n')}\n` };
  const partly = (): ReturnType<typeof ingestArticles> =>
    ingestArticles([article], { longestPart: 200 });

  it('is read part after part, and its report says so', () => {
    const report = partly().reports[0];
    expect(report?.ok).toBe(true);
    expect(report?.warnings).toContainEqual(
      expect.stringMatching(/longer than 200 characters and was read in \d+ parts/u),
    );
    expect(ingestArticles([article]).reports[0]?.warnings ?? []).not.toContainEqual(
      expect.stringMatching(/parts/u),
    );
  });

  it('gives the same events whether its parts are kept read or read again', () => {
    const reread = ingestArticles([article], { longestPart: 200, keptReadingBudget: 0 });
    expect(reread).toEqual(partly());
  });

  it('gives events from every part, each pointing at its own passage', () => {
    const { timeline } = partly();
    const passages = timeline.events.flatMap((e) =>
      e.sources.map((s) => article.text.slice(s.start, s.end)),
    );
    // Events from the first paragraphs and from the last ones, each an exact sentence.
    expect(passages).toContain(
      'The regional council approved the budget for the repairs on February 12, 2025.',
    );
    expect(passages).toContain('Transport minister Ines Prata visited the depot on April 2, 2025.');
    for (const passage of passages) expect(paragraphs.join(' ')).toContain(passage);
  });

  it("counts a later part's yesterday from the day of the article's dateline", () => {
    const { timeline } = partly();
    const opened = timeline.events.find((e) =>
      e.sources.some((s) => article.text.slice(s.start, s.end).startsWith('Mayor Rui Lopes')),
    );
    // Filed on April 8: "yesterday" is April 7, as when the article is read whole.
    expect(opened?.date.start).toBe('2025-04-07');
    const whole = ingestArticles([article]).timeline.events.find((e) =>
      e.sources.some((s) => article.text.slice(s.start, s.end).startsWith('Mayor Rui Lopes')),
    );
    expect(whole?.date.start).toBe('2025-04-07');
  });
});
