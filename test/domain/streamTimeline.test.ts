/**
 * The timeline read while it downloads against the timeline read whole: for good files, files
 * with bad records, and files whose members come in another order, however the text is cut, the
 * outcome is parseTimelineText's, and the records handed on along the way are the kept records.
 * Whatever it cannot read this way it leaves to parseTimelineText (finish answers undefined).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimelineText } from '../../src/domain/loadTimeline';
import { TimelineStreamReader } from '../../src/domain/streamTimeline';
import { smallTimeline } from '../fixtures/smallTimeline';

function stream(text: string, cuts: readonly number[]) {
  const handedOn: unknown[] = [];
  const runs: number[] = [];
  const documents: unknown[] = [];
  const actors: unknown[] = [];
  const countries: unknown[] = [];
  const reader = new TimelineStreamReader((kind, json, count) => {
    const records = JSON.parse(`[${json}]`) as unknown[];
    expect(records).toHaveLength(count);
    if (kind === 'document') documents.push(...records);
    else if (kind === 'actor') actors.push(...records);
    else if (kind === 'country') countries.push(...records);
    else {
      handedOn.push(...records);
      runs.push(count);
    }
  });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.feed(text.slice(from, cut));
    from = cut;
  }
  reader.feed(text.slice(from));
  const load = reader.finish();
  return { load, revised: reader.revised, handedOn, documents, actors, countries, runs };
}

/** The fixture's records, some of them broken, in a member order of the test's choosing. */
const fileText = (
  damaged: ReadonlyMap<string, unknown>,
  order: readonly string[],
  extra: Record<string, unknown>,
): string => {
  const members: Record<string, unknown> = {
    schemaVersion: smallTimeline.schemaVersion,
    generatedAt: '2026-01-05T12:00:00.000Z',
    documents: smallTimeline.documents.map((d, i) => damaged.get(`documents.${i}`) ?? d),
    actors: smallTimeline.actors.map((a, i) => damaged.get(`actors.${i}`) ?? a),
    countries: smallTimeline.countries.map((c, i) => damaged.get(`countries.${i}`) ?? c),
    events: smallTimeline.events.map((e, i) => damaged.get(`events.${i}`) ?? e),
    ...extra,
  };
  const ordered = Object.fromEntries(order.map((key) => [key, members[key]]));
  return JSON.stringify({ ...ordered, ...members });
};

function first<T>(records: readonly T[]): T {
  const record = records[0];
  if (record === undefined) throw new Error('the fixture has no records of a kind');
  return record;
}
const firstEvent = first(smallTimeline.events);
const firstSource = first(firstEvent.sources);
const damage = fc.constantFrom<unknown>(
  null,
  'not a record',
  {},
  { ...firstEvent, title: '' },
  { ...firstEvent, id: first(smallTimeline.events.slice(1)).id },
  { ...firstEvent, extra: 'a field the schema strips' },
  { ...firstEvent, sources: [{ documentId: 'nowhere', start: 0, end: 1 }] },
  { ...firstEvent, sources: [{ ...firstSource, end: 1_000_000 }] },
  { ...first(smallTimeline.documents), id: 7 },
  { ...first(smallTimeline.actors), kind: 'planet' },
  { ...first(smallTimeline.documents), text: 'A shorter copy.' },
  { ...first(smallTimeline.actors), name: 'A second actor of the same id' },
  { ...first(smallTimeline.countries), name: 'A second country of the same code' },
);
const places = fc.constantFrom(
  ...['documents', 'actors', 'countries', 'events'].flatMap((key) =>
    [0, 1, 2, 3, 4, 5].map((i) => `${key}.${i}`),
  ),
);
const memberOrder = fc.shuffledSubarray(
  ['schemaVersion', 'generatedAt', 'documents', 'actors', 'countries', 'events'],
  { minLength: 6 },
);

describe('TimelineStreamReader', () => {
  it('reads any cut of a file as parseTimelineText reads it whole', () => {
    fc.assert(
      fc.property(
        fc.dictionary(places, damage, { maxKeys: 4 }),
        memberOrder,
        fc.array(fc.nat(), { maxLength: 12 }),
        (damaged, order, rawCuts) => {
          const text = fileText(new Map(Object.entries(damaged)), order, {});
          const { load, revised, handedOn, documents, actors, countries } = stream(
            text,
            rawCuts.map((cut) => cut % (text.length + 1)),
          );
          const whole = parseTimelineText('timeline.json', text);
          expect(load).toEqual(whole);
          // Events handed on before the documents came are replaced when one of them proved
          // unreadable (revised); that happens only to a file listing events before documents.
          if (revised) expect(order.indexOf('events')).toBeLessThan(order.indexOf('documents'));
          else expect(handedOn).toEqual(whole.ok ? whole.timeline.events : []);
          expect(documents).toEqual(whole.ok ? whole.timeline.documents : []);
          expect(actors).toEqual(whole.ok ? whole.timeline.actors : []);
          expect(countries).toEqual(whole.ok ? whole.timeline.countries : []);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands on events listed before the documents at once, and revises them if one proves unreadable', () => {
    const order = ['schemaVersion', 'countries', 'actors', 'events', 'documents'];
    const good = fileText(new Map(), order, {});
    const documentsAt = good.indexOf('"documents"');
    const early = stream(good, [documentsAt]);
    // Every event was handed on before any of the documents' text was read.
    const reader = new TimelineStreamReader(() => undefined);
    let before = 0;
    const counting = new TimelineStreamReader((kind, _json, count) => {
      if (kind === 'event') before += count;
    });
    counting.feed(good.slice(0, documentsAt));
    expect(before).toBe(smallTimeline.events.length);
    expect(early.revised).toBe(false);
    expect(early.handedOn).toEqual(smallTimeline.events);
    expect(early.load).toEqual(parseTimelineText('timeline.json', good));
    reader.feed(good);
    expect(reader.finish()).toEqual(early.load);

    // A passage past its article's end is found once the articles are in: the events are
    // checked again as the whole text is, and a later event of the same id is kept instead.
    const repeated = { ...first(smallTimeline.events.slice(1)), title: 'The second of an id' };
    const bad = {
      ...repeated,
      title: 'The first of an id',
      sources: [{ ...firstSource, end: 1e6 }],
    };
    const broken = fileText(
      new Map<string, unknown>([
        ['events.1', bad],
        ['events.2', repeated],
      ]),
      order,
      {},
    );
    const revised = stream(broken, [broken.indexOf('"documents"')]);
    expect(revised.revised).toBe(true);
    expect(revised.handedOn.map((e) => (e as { title: string }).title)).toContain(
      'The first of an id',
    );
    const whole = parseTimelineText('timeline.json', broken);
    expect(revised.load).toEqual(whole);
    expect(whole.ok && whole.timeline.events.map((e) => e.title)).toContain('The second of an id');
  });

  it('hands events on run by run as the text arrives', () => {
    const text = fileText(new Map(), [], {});
    const eventsAt = text.indexOf('"events"');
    const cuts = Array.from({ length: 40 }, (_, i) =>
      Math.round(eventsAt + ((i + 1) * (text.length - eventsAt)) / 41),
    );
    const { runs, load } = stream(text, cuts);
    expect(load?.ok).toBe(true);
    expect(runs.length).toBeGreaterThan(2);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(smallTimeline.events.length);
  });

  it('reads members it does not know, even ones named like built-in properties, as the whole text does', () => {
    const text = fileText(new Map(), [], { toString: 5, constructor: [1], hasOwnProperty: {} });
    const { load } = stream(text, [40, 400]);
    expect(load).toBeDefined();
    expect(load).toEqual(parseTimelineText('timeline.json', text));
  });

  it.each([
    ['another schema version', fileText(new Map(), [], { schemaVersion: 2 })],
    ['events that are not an array', fileText(new Map(), [], { events: { a: 1 } })],
    ['a generatedAt that is not text', fileText(new Map(), [], { generatedAt: 5 })],
    ['a missing record array', JSON.stringify({ ...smallTimeline, actors: undefined })],
    ['text that is not JSON', `${fileText(new Map(), [], {})},`],
    ['an unknown member that is not JSON', '{"schemaVersion":1,"x":{"a" 1}}'],
    ['a JSON array', JSON.stringify([smallTimeline])],
  ])('leaves a file with %s to be read whole', (_, text) => {
    expect(stream(text, [10, 100]).load).toBeUndefined();
    expect(parseTimelineText('timeline.json', text).ok).toBe(false);
  });
});
