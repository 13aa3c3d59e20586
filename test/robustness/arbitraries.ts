/**
 * fast-check generators for the property tests: text that looks like news (names, reporting
 * verbs, date words, quotes, abbreviations) interleaved with arbitrary Unicode, in every line
 * ending and with or without a byte-order mark; and small timelines of events for the filters.
 */
import fc from 'fast-check';
import { EVENT_TYPES, type TimelineEvent } from '../../src/domain/schema';

const WORDS = [
  'President',
  'Claudia',
  'Sheinbaum',
  'Donald',
  'Trump',
  'Gen.',
  'Sen.',
  'U.S.',
  'Mexico',
  'Venezuela',
  'the',
  'minister',
  'said',
  'warned',
  'announced',
  'rejected',
  'on',
  'Monday',
  'last',
  'week',
  'Jan.',
  '4',
  'January 5, 2026',
  'in',
  '2025',
  'two days later',
  'since 1983',
  'No.',
  '5',
  '"',
  '“',
  '”',
  '—',
  '(',
  ')',
  '...',
  '!',
  '?',
  '.',
  ',',
  'Nicolás',
  'Maduro',
  '🚚',
  'é',
  '\u200b',
  '\u00a0',
];

/** A run of words and symbols, with arbitrary strings now and then. */
export const newsish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

const LINE_ENDINGS = ['\n', '\r\n', '\r'] as const;

const MONTHS = ['January', 'February', 'March', 'October', 'December'] as const;

/** An article page: headline, byline, time stamp, paragraphs; any line ending; maybe a BOM. */
export const articleText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom(...LINE_ENDINGS),
    headline: newsish,
    byline: fc.option(newsish, { nil: undefined }),
    month: fc.constantFrom(...MONTHS),
    day: fc.integer({ min: 1, max: 28 }),
    year: fc.integer({ min: 1990, max: 2030 }),
    paragraphs: fc.array(newsish, { minLength: 1, maxLength: 6 }),
    blank: fc.constantFrom('', '  ', '\t'),
  })
  .map((a) => {
    const lines = [
      a.headline,
      a.blank,
      ...(a.byline === undefined ? [] : [`By ${a.byline}`]),
      `Published: ${a.month} ${a.day}, ${a.year}`,
      a.blank,
      ...a.paragraphs.flatMap((p) => [p, a.blank]),
    ];
    return `${a.bom ? '\uFEFF' : ''}${lines.join(a.eol)}`;
  });

const COUNTRIES = ['MX', 'US', 'VE', 'CO', 'GL'] as const;
const ACTORS = ['trump', 'sheinbaum', 'maduro', 'petro', 'rubio'] as const;
const DOCUMENTS = ['a', 'b', 'c'] as const;

export const eventArbitrary: fc.Arbitrary<TimelineEvent> = fc
  .record({
    countries: fc.subarray([...COUNTRIES]),
    actors: fc.subarray([...ACTORS]),
    type: fc.constantFrom(...EVENT_TYPES),
    documents: fc.subarray([...DOCUMENTS], { minLength: 1 }),
  })
  .map((r) => ({
    id: '',
    title: 'event',
    type: r.type,
    date: { start: '2026-01-05', granularity: 'day', basis: 'explicit' },
    actors: r.actors,
    countries: r.countries,
    sources: r.documents.map((documentId) => ({ documentId, start: 0, end: 1 })),
  }));

export const eventsArbitrary: fc.Arbitrary<TimelineEvent[]> = fc
  .array(eventArbitrary, { maxLength: 30 })
  .map((events) => events.map((event, i) => ({ ...event, id: `e${i}` })));

/** Checked options per facet, including values no event has. */
export const filtersArbitrary = fc.record({
  country: fc.subarray([...COUNTRIES, 'FR']),
  actor: fc.subarray([...ACTORS, 'nobody']),
  type: fc.subarray([...EVENT_TYPES]),
  document: fc.subarray([...DOCUMENTS, 'z']),
});
