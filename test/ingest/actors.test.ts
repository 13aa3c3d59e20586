import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../src/ingest';
import type { Actor } from '../../src/domain/schema';

/** Ingests a one-paragraph article published on 3 March 2025 and returns its actors. */
function read(body: string): { actors: Actor[]; titles: string[]; eventActors: string[][] } {
  const text = `World News Today\n\nPublished: March 3, 2025\n\n${body}\n`;
  const { timeline } = ingestArticles([{ file: 'a.txt', text }]);
  const byId = new Map(timeline.actors.map((a) => [a.id, a]));
  return {
    actors: timeline.actors,
    titles: timeline.events.map((e) => e.title),
    eventActors: timeline.events.map((e) => e.actors.map((id) => byId.get(id)?.name ?? id)),
  };
}

interface Row {
  name: string;
  body: string;
  actor: Partial<Actor> & { name: string };
}

const rows: Row[] = [
  {
    name: 'demonym and title before a name give country and role',
    body: 'Colombian President Gustavo Petro rejected the accusations.',
    actor: { name: 'Gustavo Petro', role: 'President', country: 'CO', kind: 'person' },
  },
  {
    name: 'a title that exists in one country gives that country',
    body: 'Secretary of State Jane Doe said the talks would resume.',
    actor: { name: 'Jane Doe', role: 'Secretary of State', country: 'US' },
  },
  {
    name: 'a two-word title with a demonym and name particles',
    body: 'Spanish Foreign Minister José Manuel de la Vega urged dialogue.',
    actor: { name: 'José Manuel de la Vega', role: 'Foreign Minister', country: 'ES' },
  },
  {
    name: 'former before the title is kept in the role',
    body: 'The plan was criticized by former President Ana Lima on Monday.',
    actor: { name: 'Ana Lima', role: 'Former President' },
  },
  {
    name: 'a capitalised prefix at the start of a sentence',
    body: 'Acting Governor Sam Reyes said the curfew would end.',
    actor: { name: 'Sam Reyes', role: 'Acting Governor' },
  },
  {
    name: 'chancellor with a demonym',
    body: 'German Chancellor Friedrich Merz announced new spending.',
    actor: { name: 'Friedrich Merz', role: 'Chancellor', country: 'DE' },
  },
  {
    name: "an unnamed office holder from a country's possessive",
    body: "Greenland's prime minister rejected the remarks as unacceptable.",
    actor: { name: 'Prime Minister of Greenland', role: 'Prime Minister', country: 'GL' },
  },
  {
    name: 'a possessive country before a lower-case two-word title',
    body: "Brazil's foreign minister criticized the decision on Monday.",
    actor: { name: 'Foreign Minister of Brazil', role: 'Foreign Minister', country: 'BR' },
  },
  {
    name: 'a collective actor from a demonym',
    body: 'Iranian leaders responded by rejecting the pressure.',
    actor: { name: 'Iranian leaders', kind: 'group', country: 'IR' },
  },
  {
    name: 'a collective actor from a country short form',
    body: 'U.S. officials have defended the cooperation.',
    actor: { name: 'American officials', kind: 'group', country: 'US' },
  },
  {
    name: 'authorities as a collective actor',
    body: 'Chinese authorities detained two activists on Friday.',
    actor: { name: 'Chinese authorities', kind: 'group', country: 'CN' },
  },
  {
    name: 'an abbreviated senator title',
    body: 'Sen. Maria Cantor said the bill would pass.',
    actor: { name: 'Maria Cantor', role: 'Senator' },
  },
  {
    name: 'an abbreviated general title',
    body: 'Gen. Robert Hale warned of further attacks.',
    actor: { name: 'Robert Hale', role: 'General' },
  },
  {
    name: 'the pope belongs to the Holy See',
    body: 'Pope Francis urged an end to the fighting.',
    actor: { name: 'Francis', role: 'Pope', country: 'VA' },
  },
  {
    name: 'a prime minister with a demonym',
    body: 'Japanese Prime Minister Kenji Sato announced the new budget.',
    actor: { name: 'Kenji Sato', role: 'Prime Minister', country: 'JP' },
  },
  {
    name: 'a hyphenated surname',
    body: 'Cuban President Miguel Ortiz-Blanco responded by pledging resistance.',
    actor: { name: 'Miguel Ortiz-Blanco', country: 'CU' },
  },
  {
    name: 'an organisation with a country short form',
    body: 'The storm hit the coast, per U.S. Customs and Border Protection, in 2024.',
    actor: { name: 'U.S. Customs and Border Protection', kind: 'organization', country: 'US' },
  },
  {
    name: 'an organisation named by its last word',
    body: 'The National Guard deployed 4,000 troops in 2023.',
    actor: { name: 'National Guard', kind: 'organization' },
  },
  {
    name: 'a full name without a title, as the object of a verb',
    body: 'Governor Ana Lopez, who succeeded Andrés Manuel Ríos Vega in October 2024, has pursued reforms. Ríos Vega praised her.',
    actor: { name: 'Andrés Manuel Ríos Vega', kind: 'person' },
  },
  {
    name: 'a lower-case title before a name',
    body: 'The plan was backed by prime minister Keir Starmer on Monday.',
    actor: { name: 'Keir Starmer', role: 'Prime Minister' },
  },
  {
    name: 'a title in apposition after the name',
    body: 'Lena Park, the South Korean foreign minister, said talks would resume.',
    actor: { name: 'Lena Park', role: 'Foreign Minister', country: 'KR' },
  },
  {
    name: 'a demonym before a lower-case title and a name',
    body: 'Venezuelan opposition leader María Corina Vargas called for protests.',
    actor: { name: 'María Corina Vargas', country: 'VE' },
  },
  {
    name: 'an office named in apposition before the name',
    body: "Poland's prime minister, Donald Tusk, said the border would stay closed.",
    actor: { name: 'Donald Tusk', role: 'Prime Minister', country: 'PL' },
  },
  {
    name: 'two titled people joined by "and" stay two people',
    body: 'German Chancellor Friedrich Merz and French President Emmanuel Macron pressed for sanctions.',
    actor: { name: 'Emmanuel Macron', role: 'President', country: 'FR' },
  },
  {
    name: 'a seat of government stands for its country',
    body: 'The Kremlin denied any involvement.',
    actor: { name: 'Russia', kind: 'country', country: 'RU' },
  },
  {
    name: "an organisation's people as a group",
    body: 'European Union leaders agreed on Thursday to impose new sanctions.',
    actor: { name: 'European Union leaders', kind: 'group' },
  },
  {
    name: "an institution's acronym before the title is not part of the name",
    body: 'BOJ Governor Kazuo Ueda said the bank would keep raising rates.',
    actor: { name: 'Kazuo Ueda', role: 'Governor' },
  },
  {
    name: 'a country inside an organisation name',
    body: 'The Bank of Japan raised interest rates on Friday.',
    actor: { name: 'Bank of Japan', kind: 'organization', country: 'JP' },
  },
  {
    name: 'a lower-case title before a comma and the name',
    body: 'His environment minister, Marina Costa, said the government had fined landowners.',
    actor: { name: 'Marina Costa', role: 'Minister' },
  },
  {
    name: 'a country after the name ("of the United States")',
    body: 'President Dan Cole of the United States accused Colombia of enabling the trade.',
    actor: { name: 'Dan Cole', role: 'President', country: 'US' },
  },
  {
    name: 'an opposition leader is not a head of government',
    body: 'Opposition leader Ana Ruiz called the decree illegal.',
    actor: { name: 'Ana Ruiz', role: 'Opposition Leader' },
  },
];

describe('actors: names, titles, roles and countries', () => {
  it.each(rows)('$name', ({ body, actor }) => {
    const { actors } = read(body);
    expect(actors).toContainEqual(expect.objectContaining(actor));
  });
});

describe('actors: one canonical actor per person', () => {
  it('links a later surname to the full name', () => {
    const { actors, eventActors } = read(
      'Colombian President Gustavo Petro rejected the plan. Petro later warned against aggression.',
    );
    expect(actors.filter((a) => a.kind === 'person')).toHaveLength(1);
    expect(eventActors[1]).toEqual(['Gustavo Petro']);
  });

  it('links "President X" to a full name given elsewhere, in any order', () => {
    const { actors } = read(
      'President Okafor spoke first. Later, President Daniel Okafor said the vote would go ahead.',
    );
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Daniel Okafor']);
  });

  it('resolves a pronoun to the person its gender points to', () => {
    const { eventActors } = read(
      'Prime Minister Helen Dahl defended her budget. Finance Minister Tom Berg agreed. "We will not cut pensions," she said.',
    );
    expect(eventActors[2]).toEqual(['Helen Dahl']);
  });

  it('resolves "the French president" to the one French president named', () => {
    const { eventActors } = read(
      'French President Paul Renard met the unions. The French president said the reform would stay.',
    );
    expect(eventActors[1]).toEqual(['Paul Renard']);
  });

  it('does not take a place after a preposition for the one who acts', () => {
    const { titles } = read(
      'Opposition voices in Mexico, including activists, have warned against the plan.',
    );
    expect(titles.every((t) => !t.startsWith('Mexico'))).toBe(true);
  });

  it('knows the family name comes first before a hyphenated given name', () => {
    const { eventActors, titles } = read(
      'Opposition leader Lee Jae-myung called the decree illegal. In 2022, Lee lost the election.',
    );
    expect(eventActors).toEqual([['Lee Jae-myung'], ['Lee Jae-myung']]);
    expect(titles[0]).toMatch(/^Lee calls/u);
  });

  it('does not make a person of capitalised words the article never shortens to a surname', () => {
    const { actors } = read(
      'Governor Ana Lopez said Wall Street and Real Madrid welcomed the plan.',
    );
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Ana Lopez']);
    // They are still the ones who welcomed the plan: named actors, not people.
    expect(actors.filter((a) => a.kind !== 'person').map((a) => a.name)).toEqual([
      'Wall Street',
      'Real Madrid',
    ]);
  });

  it('finds a person called by a name word that is not the last', () => {
    const { eventActors } = read(
      "Brazil's president, Luiz Inácio Lula da Silva, spoke first. Later, Lula said the fall was real.",
    );
    expect(eventActors[1]).toEqual(['Luiz Inácio Lula da Silva']);
  });

  it('counts every actor of a joint subject', () => {
    const { eventActors } = read('Norway and Germany resumed payments to the fund in January.');
    expect(eventActors[0]?.sort()).toEqual(['Germany', 'Norway']);
  });

  it('does not take the agency of a dateline for an actor', () => {
    const { actors } = read(
      'TOKYO, Jan 24 (Reuters) - The Bank of Japan raised interest rates on Friday.',
    );
    expect(actors.map((a) => a.name)).toEqual(['Bank of Japan']);
  });

  it('does not make a person of a capitalised word at the start of a sentence', () => {
    const { actors } = read('Sovereignty is not negotiable, the Mexican president said in 2024.');
    expect(actors.map((a) => a.name)).not.toContain('Sovereignty');
  });
});
