import { describe, expect, it } from 'vitest';
import { ingestArticles, type ArticleInput } from '../../src/ingest';

function article(file: string, published: string, body: string): ArticleInput {
  return { file, text: `Headline for ${file}\n\nPublished: ${published}\n\n${body}\n` };
}

/** The number of articles that report the event whose passage contains the given words. */
function sourcesOf(inputs: ArticleInput[], words: string): number {
  const { timeline } = ingestArticles(inputs);
  const docs = new Map(timeline.documents.map((d) => [d.id, d]));
  const event = timeline.events.find((e) =>
    e.sources.some((s) => docs.get(s.documentId)?.text.slice(s.start, s.end).includes(words)),
  );
  return event ? new Set(event.sources.map((s) => s.documentId)).size : 0;
}

interface Row {
  name: string;
  a: string;
  b: string;
  /** Dates of publication of a and b. */
  days?: [string, string];
  merged: boolean;
}

const PERSON = 'Chilean President Rosa Vidal';
const rows: Row[] = [
  {
    name: 'same person, same day, same verb and object: merged',
    a: `${PERSON} rejected the new tariffs on copper.`,
    b: `${PERSON} rejected the copper tariffs announced by Washington.`,
    merged: true,
  },
  {
    name: 'same person and words, but told on different days: kept apart',
    a: `${PERSON} rejected the new tariffs on copper.`,
    b: `${PERSON} rejected the copper tariffs announced by Washington.`,
    days: ['March 3, 2025', 'March 9, 2025'],
    merged: false,
  },
  {
    name: 'different people saying the same thing: kept apart',
    a: `${PERSON} rejected the new tariffs on copper.`,
    b: 'Peruvian President Luis Campos rejected the new tariffs on copper.',
    merged: false,
  },
  {
    name: 'a country and its head of state doing the same thing: merged',
    a: `${PERSON} rejected the new tariffs on copper.`,
    b: 'Chile rejected the copper tariffs on Monday.',
    merged: true,
  },
  {
    name: 'a country and its head of state doing different things: kept apart',
    a: `${PERSON} rejected the new tariffs on copper.`,
    b: 'Chile signed a copper deal with Japan.',
    merged: false,
  },
  {
    name: 'same person and day, unrelated topics: kept apart',
    a: `${PERSON} rejected the new tariffs on copper.`,
    b: `${PERSON} opened a school in the south.`,
    merged: false,
  },
  {
    name: 'synonyms and the same other country: merged',
    a: `${PERSON} said troops could be sent to Bolivia.`,
    b: `${PERSON} announced that forces may enter Bolivia.`,
    merged: true,
  },
  {
    name: 'one shared word and nothing else: kept apart',
    a: `${PERSON} praised the harvest in the north.`,
    b: `${PERSON} criticized the press coverage of the harvest.`,
    merged: false,
  },
  {
    name: 'one shared word and only a verb of saying in common: kept apart',
    a: `${PERSON} said the nation would grow.`,
    b: `"Every nation has its own path," ${PERSON} said.`,
    merged: false,
  },
  {
    name: 'shared wording of a quotation: merged',
    a: `"Sovereignty is not negotiable," ${PERSON} said.`,
    b: `${PERSON} added that national sovereignty was never negotiable.`,
    merged: true,
  },
  {
    name: 'a pronoun that stands for the same person: merged',
    a: `${PERSON} spoke in Santiago. She condemned the strike on the embassy in Lima.`,
    b: `${PERSON} condemned the attack on the Lima embassy.`,
    merged: true,
  },
];

describe('merging reports of the same event across articles', () => {
  it.each(rows)('$name', ({ a, b, days, merged }) => {
    const [dayA, dayB] = days ?? ['March 3, 2025', 'March 3, 2025'];
    const inputs = [article('a.txt', dayA, a), article('b.txt', dayB, b)];
    expect(sourcesOf(inputs, a.slice(-30))).toBe(merged ? 2 : 1);
  });

  it('merges three articles into one event with three sources', () => {
    const inputs = ['a', 'b', 'c'].map((n) =>
      article(`${n}.txt`, 'March 3, 2025', `${PERSON} rejected the new copper tariffs.`),
    );
    expect(sourcesOf(inputs, 'copper tariffs')).toBe(3);
  });

  it('never merges headlines', () => {
    const text = (file: string) => ({
      file,
      text: `${PERSON.replace('Chilean ', '')} Rejects Copper Tariffs\n\nPublished: March 3, 2025\n\n${PERSON} rejected the copper tariffs.\n`,
    });
    const { timeline } = ingestArticles([text('a.txt'), text('b.txt')]);
    const headlines = timeline.events.filter((e) => e.sources.some((s) => s.start === 0));
    for (const e of headlines) expect(e.sources).toHaveLength(1);
  });
});

describe('a paragraph that an article repeats', () => {
  const lead = `${PERSON} rejected the new tariffs on copper on Monday.`;
  const text = `Copper Row\n\nPublished: March 3, 2025\n\n${lead}\n\nThe ministry said exports fell in 2024.\n\n${lead}\n`;

  it('is one event with a source at each copy', () => {
    const { timeline } = ingestArticles([{ file: 'a.txt', text }]);
    const event = timeline.events.find((e) =>
      e.sources.some((s) => text.slice(s.start, s.end) === lead),
    );
    expect(event?.sources.map((s) => s.start)).toEqual([
      text.indexOf(lead),
      text.lastIndexOf(lead),
    ]);
  });

  it('keeps two different sentences of one article as two events', () => {
    const body = `${PERSON} rejected the tariffs on copper. ${PERSON.split(' ').pop()} rejected the tariffs on lithium.`;
    const { timeline } = ingestArticles([article('a.txt', 'March 3, 2025', body)]);
    const onBody = timeline.events.filter((e) => e.sources.every((s) => s.start > 40));
    expect(onBody).toHaveLength(2);
  });
});
