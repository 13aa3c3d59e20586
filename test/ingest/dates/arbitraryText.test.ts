// Properties that hold for any text: no throw, valid dates, exact and ordered offsets.
import { describe, expect, it } from 'vitest';
import { EventDateSchema } from '../../../src/domain/schema';
import { findDateMentions, type DateMention } from '../../../src/ingest/dates';

/** Deterministic generator (mulberry32), so that a failing case can be replayed by its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  'January 5, 2026',
  'Jan. 4',
  'in 2008',
  'the 1990s',
  "'90s",
  '(2017-2021)',
  '2017–2021',
  'fiscal 2025',
  'FY99',
  'last week',
  'on Monday',
  'yesterday',
  'two days later',
  'the next day',
  'since May',
  'between 2019 and 2021',
  'Q3 2024',
  'March',
  'may',
  'now',
  '9/11',
  '12/31/1999',
  '2026-02-30',
  'February 29, 2025',
  '31 April 2024',
  '0000',
  '9999',
  '1999-',
  '-2000',
  '20',
  '2',
  '70,000',
  '$3.5',
  ' ',
  ' ',
  '\n',
  '\t',
  ',',
  '.',
  '(',
  ')',
  '–',
  '—',
  '-',
  '/',
  ':',
  "'",
  '’',
  '"',
  'é',
  'Mérida',
  '\u0301',
  '😀',
  '\ud83d',
  '\udca9',
  '\u200b',
  '\u202e',
  '\u0000',
  'ﬁ',
  'İ',
  'ß',
  'the',
  'in',
  'since',
  'by',
  'of',
  'and',
  'to',
  'later',
  'earlier',
  'before',
  'after',
  'week',
];

function arbitraryText(next: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(next() * 40);
  for (let i = 0; i < count; i++) {
    if (next() < 0.15) {
      parts.push(String.fromCharCode(Math.floor(next() * 0xffff)));
    } else if (next() < 0.2) {
      parts.push(String(Math.floor(next() * 30000)));
    } else {
      parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '');
    }
    if (next() < 0.6) parts.push(' ');
  }
  return parts.join('');
}

const PUBLISHED = ['2026-01-05', '2024-02-29', '1999-12-31', '0001-01-01', '2025-13-01', '', 'x'];

function expectWellFormed(text: string, mentions: DateMention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.date.text).toBe(m.text);
    expect(EventDateSchema.safeParse(m.date).success).toBe(true);
    previousEnd = m.end;
  }
}

describe('findDateMentions on arbitrary text', () => {
  it('never throws and returns only valid, ordered, exact mentions (500 generated texts)', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = random(seed);
      const text = arbitraryText(next);
      const published = PUBLISHED[seed % PUBLISHED.length] ?? '2026-01-05';
      const anchor = seed % 3 === 0 ? '2025-06-15' : seed % 3 === 1 ? 'bad' : undefined;
      const context = anchor === undefined ? { published } : { published, anchor };
      let mentions: DateMention[] = [];
      expect(() => {
        mentions = findDateMentions(text, context);
      }, `seed ${seed}`).not.toThrow();
      expectWellFormed(text, mentions);
    }
  });

  it('keeps the longer of two mentions that chrono leaves overlapping', () => {
    // chrono's year-suffix refiner runs after its overlap removal and stretches "March" over
    // the "1800" of "1800s".
    const text = 'In March  1800s ships sailed.';
    const mentions = findDateMentions(text, { published: '2026-01-05' });
    expectWellFormed(text, mentions);
    expect(mentions).toHaveLength(1);
  });

  it('returns nothing for empty or blank text', () => {
    expect(findDateMentions('', { published: '2026-01-05' })).toEqual([]);
    expect(findDateMentions(' \n\t ', { published: '2026-01-05' })).toEqual([]);
  });

  it('finds the same dates at shifted offsets when a passage repeats many times', () => {
    const passage =
      'On Monday, officials cited the 2008 accord and (2017-2021) data from fiscal 2025.\n';
    const once = findDateMentions(passage, { published: '2026-01-05' });
    const times = 2000;
    const text = passage.repeat(times);
    const all = findDateMentions(text, { published: '2026-01-05' });
    expect(once.map((m) => m.text)).toEqual(['On Monday', 'the 2008', '2017-2021', 'fiscal 2025']);
    expect(all).toHaveLength(once.length * times);
    const last = all.slice(-once.length);
    last.forEach((m, i) => {
      const first = once[i];
      expect(m.start - (first?.start ?? 0)).toBe(passage.length * (times - 1));
      expect(m.date).toEqual(first?.date);
    });
  });
});
