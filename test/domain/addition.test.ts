import { describe, expect, it } from 'vitest';
import {
  EMPTY_ADDITION,
  TimelineAdditionSchema,
  withAddition,
  withoutDocument,
  type TimelineAddition,
} from '../../src/domain/addition';
import {
  TimelineSchema,
  type NewsDocument,
  type Source,
  type Timeline,
  type TimelineEvent,
} from '../../src/domain/schema';

// A made-up harbour town and its council: nothing here is a real article.
const HARBOUR_TEXT = [
  'Harbour council votes to close the old pier',
  '',
  'Published: May 6, 2025',
  '',
  'Mayor Ilse Varga said on Tuesday that the old pier would close for repairs.',
  'Fishermen from Norway protested at the gates.',
].join('\n');

const FERRY_TEXT = [
  'Ferry line adds a night crossing',
  '',
  'Published: May 7, 2025',
  '',
  'Mayor Ilse Varga confirmed that the old pier would shut for repairs.',
  'The Brisk Ferry Company will add a night crossing to Aland in June.',
].join('\n');

const MARKET_TEXT = [
  'Fish market opens on Saturdays',
  '',
  'Published: May 8, 2025',
  '',
  'The town fish market will open on Saturdays from next week, its manager Tomas Brandt said.',
].join('\n');

function passage(documentId: string, text: string, words: string): Source {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`passage not in the text: ${words}`);
  return { documentId, start, end: start + words.length };
}

function documentOf(id: string, title: string, published: string, text: string): NewsDocument {
  return { id, file: `${id}.txt`, title, published, text };
}

const PIER_SOURCE = passage('harbour', HARBOUR_TEXT, 'Mayor Ilse Varga said on Tuesday');
const PIER_EVENT: TimelineEvent = {
  id: 'ev-pier',
  title: 'Harbour council closes the old pier',
  type: 'policy',
  date: { start: '2025-05-06', granularity: 'day', basis: 'relative', text: 'on Tuesday' },
  actors: ['ilse-varga'],
  countries: [],
  sources: [PIER_SOURCE],
};

const HARBOUR_DOCUMENT = documentOf('harbour', 'Harbour council votes', '2025-05-06', HARBOUR_TEXT);
const BASE: Timeline = {
  schemaVersion: 1,
  documents: [HARBOUR_DOCUMENT],
  actors: [{ id: 'ilse-varga', name: 'Ilse Varga', aliases: ['Varga'], kind: 'person' }],
  countries: [{ code: 'NO', name: 'Norway' }],
  events: [
    PIER_EVENT,
    {
      id: 'ev-protest',
      title: 'Fishermen protest at the gates',
      type: 'other',
      date: { start: '2025-05-06', granularity: 'day', basis: 'inferred' },
      actors: [],
      countries: ['NO'],
      sources: [passage('harbour', HARBOUR_TEXT, 'Fishermen from Norway protested')],
    },
  ],
};

const FERRY_DOCUMENT = documentOf(
  'ferry',
  'Ferry line adds a night crossing',
  '2025-05-07',
  FERRY_TEXT,
);
const FERRY_PIER = passage('ferry', FERRY_TEXT, 'Mayor Ilse Varga confirmed that the old pier');
const FERRY_CROSSING = passage('ferry', FERRY_TEXT, 'The Brisk Ferry Company will add');
const CROSSING_EVENT: TimelineEvent = {
  id: 'ev-crossing',
  title: 'Brisk Ferry Company adds a night crossing',
  type: 'other',
  date: { start: '2025-06', granularity: 'month', basis: 'relative', text: 'in June' },
  actors: ['brisk-ferry-company'],
  countries: ['AX'],
  sources: [FERRY_CROSSING],
};

const FERRY_JOIN: TimelineAddition['joins'][number] = {
  eventId: 'ev-pier',
  sources: [FERRY_PIER],
  actors: ['ilse-varga'],
  countries: [],
};

/** The reader's ferry article: one report of the base's pier event, one event of its own. */
const FERRY_ADDITION: TimelineAddition = {
  documents: [FERRY_DOCUMENT],
  actors: [
    { id: 'brisk-ferry-company', name: 'Brisk Ferry Company', aliases: [], kind: 'organization' },
  ],
  countries: [{ code: 'AX', name: 'Åland Islands' }],
  events: [CROSSING_EVENT],
  joins: [FERRY_JOIN],
};

/** Applies the addition and checks what must always hold: the base untouched, a valid result. */
function apply(base: Timeline, addition: TimelineAddition): ReturnType<typeof withAddition> {
  const before = structuredClone(base);
  const result = withAddition(base, addition);
  expect(base).toEqual(before);
  expect(TimelineSchema.safeParse(result.timeline).success).toBe(true);
  return result;
}

const eventById = (t: Timeline, id: string): TimelineEvent | undefined =>
  t.events.find((e) => e.id === id);

describe('withAddition', () => {
  it('adds the reader’s report to the base event it joins, keeping its id, title and date', () => {
    const { timeline, problems } = apply(BASE, FERRY_ADDITION);
    expect(problems).toEqual([]);
    const pier = eventById(timeline, 'ev-pier');
    expect(pier).toEqual({ ...PIER_EVENT, sources: [PIER_SOURCE, FERRY_PIER] });
    expect(new Set(pier?.sources.map((s) => s.documentId))).toEqual(new Set(['harbour', 'ferry']));
  });

  it('adds the reader’s own events, documents, actors and countries after the base’s', () => {
    const { timeline } = apply(BASE, FERRY_ADDITION);
    expect(timeline.documents.map((d) => d.id)).toEqual(['harbour', 'ferry']);
    expect(timeline.events.map((e) => e.id)).toEqual(['ev-pier', 'ev-protest', 'ev-crossing']);
    expect(timeline.actors.map((a) => a.id)).toEqual(['ilse-varga', 'brisk-ferry-company']);
    expect(timeline.countries.map((c) => c.code)).toEqual(['NO', 'AX']);
  });

  it('gives the empty addition back as the base', () => {
    expect(apply(BASE, EMPTY_ADDITION)).toEqual({ timeline: BASE, problems: [] });
  });

  it('leaves out a document whose id the base has, with its events and joins, and says so', () => {
    const clash: TimelineAddition = {
      ...FERRY_ADDITION,
      documents: [{ ...FERRY_DOCUMENT, id: 'harbour' }],
      events: [{ ...CROSSING_EVENT, sources: [{ ...FERRY_CROSSING, documentId: 'harbour' }] }],
      joins: [{ ...FERRY_JOIN, sources: [{ ...FERRY_PIER, documentId: 'harbour' }] }],
    };
    const { timeline, problems } = apply(BASE, clash);
    expect(timeline).toEqual(BASE);
    expect(problems).toEqual([
      expect.stringMatching(/“ferry\.txt” is left out.*already has another document.*"harbour"/u),
    ]);
  });

  it('leaves out, silently, a document the base has with the same text (already there)', () => {
    const again: TimelineAddition = {
      ...EMPTY_ADDITION,
      documents: [HARBOUR_DOCUMENT],
      events: [{ ...PIER_EVENT, id: 'ev-again' }],
    };
    expect(apply(BASE, again)).toEqual({ timeline: BASE, problems: [] });
  });

  it('leaves out the second of two added documents with one id', () => {
    const twice: TimelineAddition = {
      ...FERRY_ADDITION,
      documents: [FERRY_DOCUMENT, { ...FERRY_DOCUMENT, file: 'copy/ferry.md' }],
    };
    const { timeline, problems } = apply(BASE, twice);
    expect(timeline.documents.map((d) => d.file)).toEqual(['harbour.txt', 'ferry.txt']);
    expect(problems).toEqual([expect.stringContaining('“copy/ferry.md” is left out')]);
  });

  const actorRows: {
    name: string;
    actor: TimelineAddition['actors'][number];
    /** Another actor of the addition, besides. */
    also?: TimelineAddition['actors'][number];
    expectedId: string;
    added: boolean;
  }[] = [
    {
      name: 'an actor the base has (same id, name and kind) is the base’s',
      actor: { id: 'ilse-varga', name: 'Ilse Varga', aliases: [], kind: 'person' },
      expectedId: 'ilse-varga',
      added: false,
    },
    {
      name: 'another actor under a base id gets an id of its own',
      actor: { id: 'ilse-varga', name: 'Ilse Varga Jr', aliases: [], kind: 'person' },
      expectedId: 'ilse-varga-2',
      added: true,
    },
    {
      name: 'the same name of another kind is another actor',
      actor: { id: 'ilse-varga', name: 'Ilse Varga', aliases: [], kind: 'organization' },
      expectedId: 'ilse-varga-2',
      added: true,
    },
    {
      name: 'the fresh id skips the ids the addition itself uses',
      actor: { id: 'ilse-varga', name: 'Ilse Varga Jr', aliases: [], kind: 'person' },
      also: { id: 'ilse-varga-2', name: 'Ilse Varga II', aliases: [], kind: 'person' },
      expectedId: 'ilse-varga-3',
      added: true,
    },
  ];
  it.each(actorRows)('actor ids: $name', ({ actor, also, expectedId, added }) => {
    const addition: TimelineAddition = {
      ...FERRY_ADDITION,
      actors: also ? [actor, also] : [actor],
      events: [{ ...CROSSING_EVENT, actors: also ? [actor.id, also.id] : [actor.id] }],
      joins: [],
    };
    const { timeline, problems } = apply(BASE, addition);
    expect(problems).toEqual([]);
    expect(eventById(timeline, 'ev-crossing')?.actors[0]).toBe(expectedId);
    if (also) expect(eventById(timeline, 'ev-crossing')?.actors[1]).toBe(also.id);
    expect(timeline.actors.filter((a) => a.id === 'ilse-varga')).toEqual(BASE.actors);
    const mine = timeline.actors.find((a) => a.id === expectedId);
    expect(mine?.name).toBe(added ? actor.name : 'Ilse Varga');
    expect(new Set(timeline.actors.map((a) => a.id)).size).toBe(timeline.actors.length);
  });

  it('gives an added event whose id the base has an id of its own, leaving the base’s alone', () => {
    const addition: TimelineAddition = {
      ...FERRY_ADDITION,
      events: [
        { ...CROSSING_EVENT, id: 'ev-pier' },
        { ...CROSSING_EVENT, id: 'ev-pier-2', sources: [FERRY_PIER] },
      ],
      joins: [],
    };
    const { timeline } = apply(BASE, addition);
    expect(timeline.events.map((e) => e.id)).toEqual([
      'ev-pier',
      'ev-protest',
      'ev-pier-3',
      'ev-pier-2',
    ]);
    expect(eventById(timeline, 'ev-pier')).toEqual(PIER_EVENT);
    expect(eventById(timeline, 'ev-pier-3')?.title).toBe(CROSSING_EVENT.title);
  });

  it('never gives a source twice, in a join or in an event', () => {
    const addition: TimelineAddition = {
      ...FERRY_ADDITION,
      events: [{ ...CROSSING_EVENT, sources: [FERRY_CROSSING, { ...FERRY_CROSSING }] }],
      joins: [
        { eventId: 'ev-pier', sources: [FERRY_PIER, FERRY_PIER], actors: [], countries: [] },
        { eventId: 'ev-pier', sources: [FERRY_PIER], actors: ['ilse-varga'], countries: ['AX'] },
      ],
    };
    const { timeline } = apply(BASE, addition);
    expect(eventById(timeline, 'ev-pier')?.sources).toEqual([PIER_SOURCE, FERRY_PIER]);
    expect(eventById(timeline, 'ev-pier')?.countries).toEqual(['AX']);
    expect(eventById(timeline, 'ev-crossing')?.sources).toEqual([FERRY_CROSSING]);
  });

  it('lays a stale addition over another timeline without throwing, naming what it leaves out', () => {
    const other: Timeline = {
      schemaVersion: 1,
      documents: [documentOf('market', 'Fish market opens', '2025-05-08', MARKET_TEXT)],
      actors: [],
      countries: [],
      events: [
        {
          id: 'ev-market',
          title: 'Fish market opens on Saturdays',
          type: 'other',
          date: { start: '2025-05-08', granularity: 'day', basis: 'inferred' },
          actors: [],
          countries: [],
          sources: [passage('market', MARKET_TEXT, 'The town fish market will open')],
        },
      ],
    };
    const { timeline, problems } = apply(other, FERRY_ADDITION);
    expect(problems).toEqual([
      expect.stringMatching(/“ferry\.txt” of an event this timeline does not have \("ev-pier"\)/u),
    ]);
    expect(timeline.events.map((e) => e.id)).toEqual(['ev-market', 'ev-crossing']);
    expect(timeline.documents.map((d) => d.id)).toEqual(['market', 'ferry']);
  });

  it('drops passages outside their document and actors nothing names, and says so', () => {
    const addition: TimelineAddition = {
      ...FERRY_ADDITION,
      events: [
        {
          ...CROSSING_EVENT,
          actors: ['brisk-ferry-company', 'nobody-known'],
          sources: [FERRY_CROSSING, { documentId: 'ferry', start: 10, end: FERRY_TEXT.length + 1 }],
        },
        { ...CROSSING_EVENT, id: 'ev-lost', sources: [{ ...FERRY_CROSSING, documentId: 'gone' }] },
      ],
      joins: [],
    };
    const { timeline, problems } = apply(BASE, addition);
    expect(eventById(timeline, 'ev-crossing')).toEqual(CROSSING_EVENT);
    expect(eventById(timeline, 'ev-lost')).toBeUndefined();
    expect(problems).toEqual([
      expect.stringContaining('2 passages were left out'),
      expect.stringContaining('1 mentions of actors'),
    ]);
  });
});

describe('withoutDocument', () => {
  it('takes away the only reader document: laid over the base, it gives the base', () => {
    const without = withoutDocument(FERRY_ADDITION, 'ferry');
    expect(without).toEqual(EMPTY_ADDITION);
    expect(apply(BASE, without)).toEqual({ timeline: BASE, problems: [] });
  });

  it('keeps what another reader document tells, without the removed one’s sources', () => {
    const marketDocument = documentOf('market', 'Fish market opens', '2025-05-08', MARKET_TEXT);
    const marketPier = passage('market', MARKET_TEXT, 'The town fish market will open');
    const addition: TimelineAddition = {
      ...FERRY_ADDITION,
      documents: [FERRY_DOCUMENT, marketDocument],
      actors: [
        ...FERRY_ADDITION.actors,
        { id: 'tomas-brandt', name: 'Tomas Brandt', aliases: [], kind: 'person', country: 'SE' },
      ],
      countries: [...FERRY_ADDITION.countries, { code: 'SE', name: 'Sweden' }],
      events: [
        CROSSING_EVENT,
        {
          ...CROSSING_EVENT,
          id: 'ev-market',
          actors: ['tomas-brandt'],
          countries: [],
          sources: [marketPier],
        },
      ],
      joins: [{ eventId: 'ev-pier', sources: [FERRY_PIER, marketPier], actors: [], countries: [] }],
    };
    const without = withoutDocument(addition, 'ferry');
    expect(TimelineAdditionSchema.safeParse(without).success).toBe(true);
    expect(without).toEqual({
      documents: [marketDocument],
      actors: [addition.actors[1]],
      countries: [{ code: 'SE', name: 'Sweden' }],
      events: [addition.events[1]],
      joins: [{ eventId: 'ev-pier', sources: [marketPier], actors: [], countries: [] }],
    });
  });
});
