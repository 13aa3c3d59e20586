import { describe, expect, it } from 'vitest';
import { withAddition, withoutDocument, type TimelineAddition } from '../../src/domain/addition';
import {
  TimelineSchema,
  type Source,
  type Timeline,
  type TimelineEvent,
} from '../../src/domain/schema';
import {
  extendTimeline,
  ingestArticles,
  type ArticleInput,
  type ExtendOptions,
  type ExtendProgress,
} from '../../src/ingest';

// Short made-up news: the minister, the port and the runner are fictional.
const COPPER_TAX: ArticleInput = {
  file: 'copper-tax.txt',
  text: [
    'Chile Plans Copper Export Tax',
    '',
    'Published: April 2, 2025',
    '',
    'Chilean Finance Minister Marta Soler announced a new tax on copper exports on Tuesday. The tax will take effect in July.',
    '',
    'Dock workers in Valparaiso staged a strike on Monday over pay.',
    '',
  ].join('\n'),
};

/** The reader's article: the same tax, and a visit the timeline does not have. */
const LEVY: ArticleInput = {
  file: 'levy.txt',
  text: [
    'Copper Producers Brace for New Levy',
    '',
    'Published: April 3, 2025',
    '',
    'Chilean Finance Minister Marta Soler announced on Tuesday a tax on copper exports, which mining firms criticised.',
    '',
    "Peruvian President Luis Campos visited Lima's new airport terminal on Wednesday.",
    '',
  ].join('\n'),
};

/** The reader's article about something else altogether. */
const MARATHON: ArticleInput = {
  file: 'marathon.txt',
  text: [
    'Marathon Record Falls in Nairobi',
    '',
    'Published: April 7, 2025',
    '',
    'Kenyan runner Joseph Mwangi won the Nairobi City Marathon on Sunday in a course record.',
    '',
  ].join('\n'),
};

const BASE = ingestArticles([COPPER_TAX]).timeline;

/** The events of a timeline whose passage (in any of their sources) holds the words. */
function eventsTelling(timeline: Timeline, words: string): TimelineEvent[] {
  const text = new Map(timeline.documents.map((d) => [d.id, d.text]));
  return timeline.events.filter((e) =>
    e.sources.some((s) => text.get(s.documentId)?.slice(s.start, s.end).includes(words)),
  );
}

function eventTelling(timeline: Timeline, words: string): TimelineEvent | undefined {
  const [first, ...others] = eventsTelling(timeline, words);
  expect(others).toEqual([]);
  return first;
}

/** The documents an event (or a join) cites. */
function documentsOf(e: { sources: Source[] } | undefined): string[] {
  return [...new Set(e?.sources.map((s) => s.documentId))].sort();
}

/** Extends and checks what must always hold: the base untouched, a valid combined timeline. */
function extend(base: Timeline, inputs: ArticleInput[], options?: ExtendOptions) {
  const before = structuredClone(base);
  const result = extendTimeline(base, inputs, options);
  expect(base).toEqual(before);
  expect(result.reports.map((r) => r.file)).toEqual(inputs.map((i) => i.file));
  const combined = withAddition(base, result.addition);
  expect(base).toEqual(before);
  expect(TimelineSchema.safeParse(combined.timeline).success).toBe(true);
  return { ...result, combined };
}

const SOLER = 'Marta Soler announced';

describe('extendTimeline', () => {
  it('adds a reader’s report of an event the timeline has to that event, as one run would merge it', () => {
    const { addition, reports, compared, combined } = extend(BASE, [LEVY]);
    expect(compared).toBe(true);
    const baseEvent = eventTelling(BASE, SOLER);
    expect(baseEvent).toBeDefined();
    expect(addition.joins).toHaveLength(1);
    expect(addition.joins[0]?.eventId).toBe(baseEvent?.id);
    expect(documentsOf(addition.joins[0])).toEqual(['levy']);

    const joined = combined.timeline.events.find((e) => e.id === baseEvent?.id);
    expect(joined?.title).toBe(baseEvent?.title);
    expect(joined?.date).toEqual(baseEvent?.date);
    expect(documentsOf(joined)).toEqual(['copper-tax', 'levy']);
    // The same sources as reading both articles in one run gives that event.
    const oneRun = eventTelling(ingestArticles([COPPER_TAX, LEVY]).timeline, SOLER);
    expect(joined?.sources).toEqual(oneRun?.sources);
    expect(combined.problems).toEqual([]);

    // The visit is the reader's alone: a new event, with its actor and country.
    const visit = eventTelling(combined.timeline, 'Luis Campos visited');
    expect(addition.events.map((e) => e.id)).toEqual([visit?.id]);
    expect(addition.actors.map((a) => a.name)).toContain('Luis Campos');
    expect(addition.countries.map((c) => c.code)).toContain('PE');
    // Marta Soler is the timeline's actor, not a second one.
    expect(addition.actors.map((a) => a.name)).not.toContain('Marta Soler');
    expect(joined?.actors).toEqual(baseEvent?.actors);
    expect(reports).toEqual([
      { file: 'levy.txt', ok: true, events: 2, actors: expect.any(Number), warnings: [] },
    ]);
  });

  it('adds only new events for an article about something else', () => {
    const { addition, combined } = extend(BASE, [MARATHON]);
    expect(addition.joins).toEqual([]);
    expect(addition.events.length).toBeGreaterThan(0);
    for (const e of addition.events) expect(documentsOf(e)).toEqual(['marathon']);
    expect(combined.timeline.events.slice(0, BASE.events.length)).toEqual(BASE.events);
    expect(combined.timeline.documents.map((d) => d.id)).toEqual(['copper-tax', 'marathon']);
  });

  it('leaves out what the timeline already has, and keeps reading the other articles', () => {
    const copy = { ...COPPER_TAX, file: 'saved/copper-again.html' };
    const clash = { file: 'notes/copper-tax.md', text: MARATHON.text };
    const twice = { ...LEVY, file: 'elsewhere/levy.txt', text: `${LEVY.text}\nUpdated.\n` };
    const { addition, reports } = extend(BASE, [copy, LEVY, clash, twice]);
    expect(reports.map((r) => [r.ok, r.error])).toEqual([
      [
        false,
        'this article is already in the timeline as “Chile Plans Copper Export Tax” (copper-tax.txt)',
      ],
      [true, undefined],
      [
        false,
        expect.stringMatching(/already has a document with the id "copper-tax".*another name/u),
      ],
      [false, expect.stringContaining('another file already has the document id "levy"')],
    ]);
    expect(addition.documents.map((d) => d.file)).toEqual(['levy.txt']);
  });

  it('gives the reader’s actor an id of its own when the timeline’s actor of that id is another', () => {
    // A curated timeline that names its Soler in full: the reader's Marta Soler is not it.
    const curated: Timeline = {
      ...BASE,
      actors: BASE.actors.map((a) =>
        a.id === 'marta-soler' ? { ...a, name: 'Marta Soler Iturra' } : a,
      ),
    };
    const { addition, combined } = extend(curated, [LEVY]);
    expect(addition.actors.find((a) => a.name === 'Marta Soler')?.id).toBe('marta-soler-2');
    expect(eventTelling(combined.timeline, SOLER)?.actors).toEqual([
      'marta-soler',
      'marta-soler-2',
    ]);
  });

  it('gives the reader’s event an id of its own when the timeline uses its id', () => {
    const first = extend(BASE, [MARATHON]).addition.events[0];
    expect(first).toBeDefined();
    const taken = BASE.events[0];
    if (!first || !taken) return;
    const curated: Timeline = { ...BASE, events: [...BASE.events, { ...taken, id: first.id }] };
    const { addition, combined } = extend(curated, [MARATHON]);
    expect(addition.events[0]?.id).toBe(`${first.id}-2`);
    expect(combined.timeline.events.filter((e) => e.id === first.id)).toEqual([
      { ...taken, id: first.id },
    ]);
  });

  it('makes a new event of a report whose timeline event no longer has the passage', () => {
    const baseEvent = eventTelling(BASE, SOLER);
    // A curated timeline whose event cites a shorter passage than the ingest would.
    const curated: Timeline = {
      ...BASE,
      events: BASE.events.map((e) =>
        e === baseEvent ? { ...e, sources: e.sources.map((s) => ({ ...s, end: s.end - 1 })) } : e,
      ),
    };
    const { addition, combined } = extend(curated, [LEVY]);
    expect(addition.joins).toEqual([]);
    expect(eventsTelling(combined.timeline, SOLER).map(documentsOf)).toEqual([
      ['copper-tax'],
      ['levy'],
    ]);
  });

  const uncompared: { name: string; base: Timeline; options: ExtendOptions }[] = [
    { name: 'a compare limit below the timeline’s text', base: BASE, options: { compareLimit: 0 } },
    {
      name: 'a timeline document that cannot be read again (empty)',
      base: {
        ...BASE,
        documents: [
          ...BASE.documents,
          { id: 'blank', file: 'blank.txt', title: 'Blank', published: '2025-04-02', text: '' },
        ],
      },
      options: {},
    },
  ];
  it.each(uncompared)(
    'reads the reader’s articles among themselves: $name',
    ({ base, options }) => {
      const { addition, compared, combined } = extend(base, [LEVY, MARATHON], options);
      expect(compared).toBe(false);
      expect(addition.joins).toEqual([]);
      expect(eventsTelling(combined.timeline, SOLER).map(documentsOf)).toEqual([
        ['copper-tax'],
        ['levy'],
      ]);
      // Marta Soler is still the timeline's actor: the same id, name and kind.
      expect(addition.actors.map((a) => a.id)).not.toContain('marta-soler');
    },
  );

  it('reports each article’s progress in order, the timeline’s own under index -1', () => {
    const copy = { ...COPPER_TAX, file: 'copy.txt' };
    const calls: ExtendProgress[] = [];
    extend(BASE, [LEVY, copy, MARATHON], { onProgress: (p) => calls.push(p) });
    const stagesOf = (index: number) =>
      calls.filter((c) => c.index === index).map((c) => `${c.file} ${c.stage}`);
    expect(stagesOf(0)).toEqual(['levy.txt reading', 'levy.txt events', 'levy.txt done']);
    expect(stagesOf(1)).toEqual(['copy.txt reading', 'copy.txt failed']);
    expect(stagesOf(2)).toEqual([
      'marathon.txt reading',
      'marathon.txt events',
      'marathon.txt done',
    ]);
    expect(stagesOf(-1)).toEqual([
      'copper-tax.txt reading',
      'copper-tax.txt events',
      'copper-tax.txt done',
    ]);
    expect(calls).toHaveLength(11);
    // Every article's actors are learned before any article's events are extracted.
    const lastReading = calls.findLastIndex((c) => c.stage === 'reading');
    expect(calls.findIndex((c) => c.stage === 'events')).toBeGreaterThan(lastReading);
  });

  it('does not re-read the timeline when no article of the reader can be added', () => {
    const calls: ExtendProgress[] = [];
    const { addition, compared } = extend(BASE, [{ file: 'empty.txt', text: '  ' }], {
      onProgress: (p) => calls.push(p),
    });
    expect(calls.map((c) => c.index)).toEqual([0, 0]);
    expect(addition).toEqual({ documents: [], actors: [], countries: [], events: [], joins: [] });
    expect(compared).toBe(true);
  });
});

describe('an addition kept and laid over a timeline later', () => {
  const { addition } = extendTimeline(BASE, [LEVY]);

  it('laid over another timeline: what it cannot join is named, the rest added, nothing thrown', () => {
    const other = ingestArticles([MARATHON]).timeline;
    const { timeline, problems } = withAddition(other, addition);
    expect(TimelineSchema.safeParse(timeline).success).toBe(true);
    expect(problems).toEqual([
      expect.stringContaining('“levy.txt” of an event this timeline does not have'),
    ]);
    expect(eventTelling(timeline, 'Luis Campos visited')).toBeDefined();
    expect(eventTelling(timeline, SOLER)).toBeUndefined();
  });

  it('without its only document, gives the timeline back as it was', () => {
    const without: TimelineAddition = withoutDocument(addition, 'levy');
    expect(withAddition(BASE, without)).toEqual({ timeline: BASE, problems: [] });
  });
});
