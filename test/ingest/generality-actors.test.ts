/**
 * Generality of actor extraction: names in any naming order, acronyms and organisations,
 * pronouns and descriptions, actors kept apart between articles, and collective subjects.
 * Every article here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../src/ingest';
import type { Actor } from '../../src/domain/schema';
import { readArticle } from './support/readArticle';

interface Row {
  name: string;
  body: string;
  /** Words of the passage of the event to look at. */
  at: string;
  /** Names the event's actors must carry (as name or alias). */
  has: string[];
  /** Names the event's actors must not carry. */
  lacks?: string[];
  /** An actor of the timeline with these fields. */
  actor?: Partial<Pick<Actor, 'kind' | 'role'>> & { name: string };
  /** Text no actor of the timeline may carry in its name or aliases. */
  noActorWith?: string[];
}

function check(row: Row): void {
  const r = readArticle(row.body);
  const events = r.eventsAt(row.at);
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) {
    const names = r.actorNames(e);
    expect(names).toEqual(expect.arrayContaining(row.has));
    for (const no of row.lacks ?? []) expect(names).not.toContain(no);
  }
  if (row.actor) expect(r.timeline.actors).toContainEqual(expect.objectContaining(row.actor));
  for (const text of row.noActorWith ?? []) {
    const carrying = r.timeline.actors.filter((a) =>
      [a.name, ...a.aliases].some((n) => n.includes(text)),
    );
    expect(carrying).toEqual([]);
  }
}

const namingOrders: Row[] = [
  {
    name: 'a surname-first Korean name is one person, and the family name alone later is that person',
    body: 'Park Ji-won said on Monday that the port would reopen. Park added on Tuesday that repairs were complete.',
    at: 'Park added',
    has: ['Park Ji-won'],
    actor: { name: 'Park Ji-won', kind: 'person' },
  },
  {
    name: 'a surname-first name after a lower-case role, then the family name alone',
    body: 'Trade envoy Kim Soo-ah met farmers on Monday. Kim said on Tuesday that the quota would rise.',
    at: 'Kim said',
    has: ['Kim Soo-ah'],
  },
  {
    name: 'a surname-first name whose family name alone opens the next sentence',
    body: 'Lee Dong-hyun resigned as chief executive on Monday. Lee said the decision was personal.',
    at: 'Lee said',
    has: ['Lee Dong-hyun'],
  },
  {
    name: 'a Chinese surname-first name with a hyphenated given name',
    body: 'Zhao Lin-mei signed the export deal on Monday. Zhao said on Wednesday that shipments would start in June.',
    at: 'Zhao said',
    has: ['Zhao Lin-mei'],
  },
  {
    name: 'a surname-first family name used later as an object',
    body: 'Park Ji-won, the port director, said on Monday that the port would reopen. The union criticised Park on Tuesday.',
    at: 'criticised Park',
    has: ['Park Ji-won'],
  },
  {
    name: 'a Spanish double surname: the first surname alone resolves to the full name',
    body: 'Lucía Ferrán Ocampo opened the new bridge on Monday. Ferrán said on Tuesday that tolls would be waived.',
    at: 'Ferrán said',
    has: ['Lucía Ferrán Ocampo'],
  },
  {
    name: 'a Spanish double surname after a title keeps the title as the role',
    body: 'Governor Lucía Ferrán Ocampo opened the new bridge on Monday. Ferrán said on Tuesday that tolls would be waived.',
    at: 'Ferrán said',
    has: ['Lucía Ferrán Ocampo'],
    actor: { name: 'Lucía Ferrán Ocampo', role: 'Governor', kind: 'person' },
  },
  {
    name: 'a compound given name and two surnames, then the first surname alone',
    body: 'María José Ibarra Soler filed the complaint on Monday. Ibarra said on Tuesday that the court must act.',
    at: 'Ibarra said',
    has: ['María José Ibarra Soler'],
  },
  {
    name: 'a hyphenated given name and a double-barrelled surname used alone later',
    body: 'Anna-Lise Morrow-Keane resigned from the board on Monday. Morrow-Keane said on Tuesday that she had no regrets.',
    at: 'Morrow-Keane said',
    has: ['Anna-Lise Morrow-Keane'],
  },
  {
    name: 'a hyphenated surname introduced with an apposition',
    body: 'Sabine Aurel-Voss, a spokeswoman for the city, said on Monday that the tram would be delayed. Aurel-Voss said on Tuesday repairs would take weeks.',
    at: 'Aurel-Voss said on Tuesday',
    has: ['Sabine Aurel-Voss'],
  },
  {
    name: 'a hyphenated surname after a title',
    body: 'Senator Wilma Okonkwo-Drey visited the flooded valley on Monday. Okonkwo-Drey promised on Tuesday to fund repairs.',
    at: 'Okonkwo-Drey promised',
    has: ['Wilma Okonkwo-Drey'],
    actor: { name: 'Wilma Okonkwo-Drey', role: 'Senator', kind: 'person' },
  },
  {
    name: 'a "van" inside the name, capitalised when it opens a later sentence',
    body: 'Pieter van Dorne signed the lease on Monday. Van Dorne said on Tuesday the warehouse would open in May.',
    at: 'Van Dorne said',
    has: ['Pieter van Dorne'],
  },
  {
    name: 'a "de" inside the name, capitalised when it opens a later sentence',
    body: 'Ramón de Alcázar criticised the tariff on Monday. De Alcázar said on Tuesday he would appeal.',
    at: 'De Alcázar said',
    has: ['Ramón de Alcázar'],
  },
  {
    name: 'a two-word title before a name is the role, not part of the name',
    body: 'Finance Minister Tomás Eder announced a new levy on Monday.',
    at: 'announced a new levy',
    has: ['Tomás Eder'],
    lacks: ['Finance Minister Tomás Eder'],
    actor: { name: 'Tomás Eder', role: 'Finance Minister', kind: 'person' },
  },
  {
    name: 'the surname alone after a name introduced by its role',
    body: 'Finance Minister Tomás Eder announced a new levy on Monday. Eder said on Tuesday the levy would be temporary.',
    at: 'Eder said',
    has: ['Tomás Eder'],
  },
  {
    name: 'the surname alone later in the same sentence as the full name',
    body: 'Foreign Minister Dara Nkemelu met her counterpart on Monday, and Nkemelu said on Tuesday the border would reopen.',
    at: 'Nkemelu said',
    has: ['Dara Nkemelu'],
    actor: { name: 'Dara Nkemelu', role: 'Foreign Minister' },
  },
  {
    name: 'an apposition ("the wife of …") between the name and the verb',
    body: 'Mara Quist, the wife of the jailed mayor, said on Monday she would campaign for his release.',
    at: 'she would campaign',
    has: ['Mara Quist'],
    actor: { name: 'Mara Quist', kind: 'person' },
  },
  {
    name: 'an apposition ("a fisherman …") between the name and the verb',
    body: 'Joren Halt, a fisherman from the coast, sued the ministry on Monday.',
    at: 'sued the ministry',
    has: ['Joren Halt'],
    actor: { name: 'Joren Halt', kind: 'person' },
  },
  {
    name: 'a name that appears only once, as a speaker',
    body: 'Odile Brask said on Sunday that she would defend her title.',
    at: 'defend her title',
    has: ['Odile Brask'],
    actor: { name: 'Odile Brask', kind: 'person' },
  },
  {
    name: 'a double-surname name that appears only once, as a speaker',
    body: 'Lucía Ferrán Ocampo said on Monday that tolls would be waived.',
    at: 'tolls would be waived',
    has: ['Lucía Ferrán Ocampo'],
    actor: { name: 'Lucía Ferrán Ocampo', kind: 'person' },
  },
];

const organisations: Row[] = [
  {
    name: 'an acronym spelled out in brackets and then used alone carries the full name',
    body: 'The Grid Operators Union (GOU) called a strike on Monday. GOU said on Tuesday that talks had failed.',
    at: 'GOU said',
    has: ['Grid Operators Union'],
  },
  {
    name: 'an acronym used later with "the" carries the full name',
    body: 'The Northern Water Authority (NWA) raised prices on Monday. The NWA said on Tuesday that reservoirs were low.',
    at: 'The NWA said',
    has: ['Northern Water Authority'],
  },
  {
    name: 'an acronym for a name with "of" inside carries the full name',
    body: 'The Council of Rural Doctors (CRD) warned on Monday of shortages. The CRD said on Tuesday that 40 clinics had closed.',
    at: 'The CRD said',
    has: ['Council of Rural Doctors'],
  },
  {
    name: 'an acronym never spelled out is an organisation, not a person',
    body: 'KVX announced on Monday that it would cut 400 jobs.',
    at: 'KVX announced',
    has: ['KVX'],
    actor: { name: 'KVX', kind: 'organization' },
  },
  {
    name: 'an acronym after a common-noun description is an organisation',
    body: 'The rail operator TMK said on Monday that trains would run again on Friday.',
    at: 'TMK said',
    has: ['TMK'],
    actor: { name: 'TMK', kind: 'organization' },
  },
  {
    name: 'a company that announces is an organisation',
    body: 'Halvorsen Shipping announced on Monday that it would buy two tankers.',
    at: 'Halvorsen Shipping announced',
    has: ['Halvorsen Shipping'],
    actor: { name: 'Halvorsen Shipping', kind: 'organization' },
  },
  {
    name: 'a company with a legal suffix that speaks is an organisation',
    body: 'Halvorsen Shipping Ltd said on Monday that it would buy two tankers.',
    at: 'Halvorsen Shipping Ltd said',
    has: ['Halvorsen Shipping Ltd'],
    actor: { name: 'Halvorsen Shipping Ltd', kind: 'organization' },
  },
  {
    name: 'a ministry that speaks is an organisation',
    body: 'The Ministry of Fisheries said on Monday that quotas would be cut.',
    at: 'quotas would be cut',
    has: ['Ministry of Fisheries'],
    actor: { name: 'Ministry of Fisheries', kind: 'organization' },
  },
  {
    name: '"the company said" takes the company the article names most',
    body: 'Marrow Steel announced a supply deal with Kelton Mining on Monday. Marrow Steel expects output to double. The company said on Tuesday it would hire 300 workers.',
    at: 'The company said',
    has: ['Marrow Steel'],
    lacks: ['Kelton Mining'],
  },
  {
    name: '"the bank said" takes the bank the article names most, not the buyer',
    body: 'Varnum Capital agreed on Monday to buy Lisk Bank. Lisk Bank shareholders approved the sale. Lisk Bank said on Tuesday that the deal would close in June. The bank said on Wednesday it would keep all branches.',
    at: 'The bank said',
    has: ['Lisk Bank'],
    lacks: ['Varnum Capital'],
  },
  {
    name: '"the bank said" across a sentence without an organisation',
    body: 'Kelton Bank reported a loss on Monday. Analysts had expected a profit. The bank said on Tuesday it would cut costs.',
    at: 'The bank said',
    has: ['Kelton Bank'],
  },
  {
    name: 'a government led by a name: "the … administration"',
    body: 'The Ortega administration imposed tariffs on Monday.',
    at: 'imposed tariffs',
    has: ['Ortega administration'],
    actor: { name: 'Ortega administration', kind: 'organization' },
  },
  {
    name: 'another administration named after its leader',
    body: 'The Halden administration announced new sanctions on Monday.',
    at: 'announced new sanctions',
    has: ['Halden administration'],
    actor: { name: 'Halden administration', kind: 'organization' },
  },
  {
    name: 'a government led by a name: "the … government"',
    body: 'The Ferreira government resigned on Monday after a vote of no confidence.',
    at: 'resigned on Monday',
    has: ['Ferreira government'],
    actor: { name: 'Ferreira government', kind: 'organization' },
  },
  {
    name: '"the administration said" takes the administration named before',
    body: 'The Ortega administration imposed tariffs on Monday. The administration said on Tuesday the tariffs would stay.',
    at: 'The administration said',
    has: ['Ortega administration'],
  },
  {
    name: 'a city that acts',
    body: 'The city of Marenburg sued the state on Monday over the road plan.',
    at: 'sued the state',
    has: ['Marenburg'],
  },
  {
    name: 'a wire credit in a dateline is not an actor; the company after it is',
    body: 'OSLO, March 4 (Nordwire) – Kvale Energy said on Tuesday it would cut output.',
    at: 'Kvale Energy said',
    has: ['Kvale Energy'],
    noActorWith: ['Nordwire', 'OSLO'],
  },
  {
    name: 'a wire credit in a dateline is not an actor; the titled person after it is',
    body: 'LAGOS, March 4 (Westwire) – Governor Ada Okafor said on Tuesday the port would reopen.',
    at: 'the port would reopen',
    has: ['Ada Okafor'],
    noActorWith: ['Westwire', 'LAGOS'],
  },
  {
    name: 'a kicker in capitals with a colon is not part of the name',
    body: 'BREAKING: Kessel United sacked its coach on Sunday.',
    at: 'sacked its coach',
    has: ['Kessel United'],
    noActorWith: ['BREAKING'],
  },
  {
    name: 'a hyphenated adjective before a firm does not make the city an actor',
    body: 'The Oslo-based firm Fjellnet said on Monday it would list its shares.',
    at: 'list its shares',
    has: ['Fjellnet'],
    noActorWith: ['Oslo'],
  },
  {
    name: 'a hyphenated adjective in an apposition does not make the city an actor',
    body: 'Pressa Media, the Oslo-based publisher, announced layoffs on Monday.',
    at: 'announced layoffs',
    has: ['Pressa Media'],
    noActorWith: ['Oslo'],
  },
  {
    name: 'two clubs in a score line are two organisations',
    body: 'Dalton Rovers beat Kessel United 2-1 on Saturday.',
    at: 'beat Kessel United',
    has: ['Dalton Rovers', 'Kessel United'],
    actor: { name: 'Dalton Rovers', kind: 'organization' },
  },
];

const pronouns: Row[] = [
  {
    name: '"She said" takes the woman named before',
    body: 'Governor Ada Okafor visited the port on Monday. She said on Tuesday that it would reopen.',
    at: 'She said',
    has: ['Ada Okafor'],
  },
  {
    name: '"He said" takes the man named before',
    body: 'Colonel Petr Vasko inspected the barracks on Monday. He said on Tuesday that discipline had improved.',
    at: 'He said',
    has: ['Petr Vasko'],
  },
  {
    name: '"She added" takes the woman named before',
    body: 'Mayor Lina Sorel opened the library on Monday. She added on Tuesday that it would stay open late.',
    at: 'She added',
    has: ['Lina Sorel'],
  },
  {
    name: '"She said" across a sentence of unnamed critics',
    body: 'Mayor Lina Sorel opened the library on Monday. Critics said the building was too small. She said on Tuesday that it would grow.',
    at: 'She said',
    has: ['Lina Sorel'],
  },
  {
    name: 'a quote alone after a speaker introduced with an apposition',
    body: 'Bram Holt, the club\'s coach, criticised the referee on Sunday. "We will appeal."',
    at: '"We will appeal."',
    has: ['Bram Holt'],
  },
  {
    name: 'a quote alone after a titled speaker',
    body: 'Defence Minister Ilse Varga spoke on Monday. "We will buy new ships."',
    at: 'new ships',
    has: ['Ilse Varga'],
  },
  {
    name: 'a quote closed by "she said" takes the woman named before',
    body: 'Chief executive Vera Tallis announced a merger on Monday. "This is a great day for our workers," she said.',
    at: 'great day',
    has: ['Vera Tallis'],
  },
  {
    name: '"the prosecutor said" takes the person named as the prosecutor',
    body: 'Ines Valk, the prosecutor, charged three officials on Monday. The prosecutor said on Tuesday that more charges would follow.',
    at: 'The prosecutor said',
    has: ['Ines Valk'],
  },
  {
    name: '"the head of state" takes the president named before',
    body: 'President Oskar Lindqvist signed the budget on Monday. The head of state said on Tuesday that taxes would not rise.',
    at: 'The head of state said',
    has: ['Oskar Lindqvist'],
  },
  {
    name: '"the president" takes the president named before',
    body: 'President Oskar Lindqvist signed the budget on Monday. The president said on Tuesday that taxes would not rise.',
    at: 'The president said',
    has: ['Oskar Lindqvist'],
  },
  {
    name: '"the minister" takes the person named as a minister in an apposition',
    body: 'Karl Dunmore, the minister of transport, opened the tunnel on Monday. The minister said on Tuesday that tolls would be low.',
    at: 'The minister said',
    has: ['Karl Dunmore'],
  },
  {
    name: '"He said" takes the subject, not an unnamed office holder met',
    body: 'Senator Paul Rhee met the mayor on Monday. He said on Tuesday that the talks were useful.',
    at: 'He said',
    has: ['Paul Rhee'],
  },
  {
    name: '"She said" takes the subject, not the organisation she thanked',
    body: 'Governor Ada Okafor thanked the engineers of Kessel Foods on Monday. She said on Tuesday that the plant would reopen.',
    at: 'She said',
    has: ['Ada Okafor'],
    lacks: ['Kessel Foods'],
  },
];

interface GroupRow {
  name: string;
  body: string;
  at: string;
  /** The plural noun the group's name must include. */
  noun: string;
}

const collectives: GroupRow[] = [
  {
    name: 'protesters after a leading date',
    body: 'On Monday, protesters blocked the main bridge.',
    at: 'blocked the main bridge',
    noun: 'protesters',
  },
  {
    name: '"the protesters"',
    body: 'The protesters blocked the main bridge on Monday.',
    at: 'blocked the main bridge',
    noun: 'protesters',
  },
  {
    name: '"hundreds of protesters"',
    body: 'Hundreds of protesters marched to the palace on Monday.',
    at: 'marched to the palace',
    noun: 'protesters',
  },
  {
    name: 'opposition parties opening a sentence',
    body: 'Opposition parties announced a boycott of the vote on Monday.',
    at: 'announced a boycott',
    noun: 'parties',
  },
  {
    name: '"several opposition parties"',
    body: 'Several opposition parties announced a boycott of the vote on Monday.',
    at: 'announced a boycott',
    noun: 'parties',
  },
  {
    name: 'residents after a leading date',
    body: 'On Tuesday, residents fled the burning village.',
    at: 'fled the burning village',
    noun: 'residents',
  },
  {
    name: '"thousands of residents"',
    body: 'Thousands of residents fled the floods on Tuesday.',
    at: 'fled the floods',
    noun: 'residents',
  },
  {
    name: '"local residents"',
    body: 'Local residents protested on Monday against the new airport.',
    at: 'against the new airport',
    noun: 'residents',
  },
  {
    name: 'a participle before the plural ("striking dockworkers")',
    body: 'Striking dockworkers blocked the port on Monday.',
    at: 'blocked the port',
    noun: 'dockworkers',
  },
  {
    name: 'an adjective before the plural ("angry farmers")',
    body: 'Angry farmers dumped milk outside parliament on Monday.',
    at: 'dumped milk',
    noun: 'farmers',
  },
  {
    name: 'farmers after a leading date',
    body: 'On Monday, farmers dumped milk outside parliament.',
    at: 'dumped milk',
    noun: 'farmers',
  },
  {
    name: 'teachers after a leading date',
    body: 'On Monday, teachers walked out of classrooms over pay.',
    at: 'walked out of classrooms',
    noun: 'teachers',
  },
  {
    name: '"junior doctors"',
    body: 'Junior doctors went on strike on Monday.',
    at: 'went on strike',
    noun: 'doctors',
  },
  {
    name: '"armed rebels"',
    body: 'Armed rebels seized the northern town on Sunday.',
    at: 'seized the northern town',
    noun: 'rebels',
  },
  {
    name: '"local fishermen"',
    body: 'Local fishermen blocked the harbour on Tuesday.',
    at: 'blocked the harbour',
    noun: 'fishermen',
  },
  {
    name: 'fishermen after a dateline and a leading date',
    body: 'OSLO, March 4 (Nordwire) – On Tuesday, fishermen blocked the harbour.',
    at: 'blocked the harbour',
    noun: 'fishermen',
  },
  {
    name: '"opposition lawmakers"',
    body: 'Opposition lawmakers walked out of parliament on Monday.',
    at: 'walked out of parliament',
    noun: 'lawmakers',
  },
  {
    name: 'a compound noun ("truck drivers")',
    body: 'Truck drivers blocked the motorway on Monday.',
    at: 'blocked the motorway',
    noun: 'drivers',
  },
  {
    name: '"the villagers"',
    body: 'The villagers rebuilt the washed-out road on Sunday.',
    at: 'rebuilt the washed-out road',
    noun: 'villagers',
  },
  {
    name: 'a plural after a proper name ("Kessel workers")',
    body: 'Kessel workers downed tools on Monday.',
    at: 'downed tools',
    noun: 'workers',
  },
  {
    name: '"hundreds of students"',
    body: 'Hundreds of students occupied the university library on Monday.',
    at: 'occupied the university library',
    noun: 'students',
  },
  {
    name: '"some investors"',
    body: 'Some investors sold shares on Monday.',
    at: 'sold shares',
    noun: 'investors',
  },
];

describe('actors in general: names in any naming order', () => {
  it.each(namingOrders)('$name', (row) => check(row));
});

describe('actors in general: acronyms and organisations', () => {
  it.each(organisations)('$name', (row) => check(row));
});

describe('actors in general: pronouns and descriptions', () => {
  it.each(pronouns)('$name', (row) => check(row));
});

describe('actors in general: collective subjects', () => {
  it.each(collectives)('$name', ({ body, at, noun }) => {
    const r = readArticle(body);
    const events = r.eventsAt(at);
    expect(events.length).toBeGreaterThan(0);
    const byId = new Map(r.timeline.actors.map((a) => [a.id, a]));
    for (const e of events) {
      const groups = e.actors.flatMap((id) => {
        const a = byId.get(id);
        return a?.kind === 'group' ? [a.name] : [];
      });
      expect(groups.some((g) => g.toLowerCase().includes(noun))).toBe(true);
    }
  });
});

interface TwoArticleRow {
  name: string;
  /** A business story (document "a"). */
  first: string;
  /** A second story (document "b"). */
  second: string;
  /** Words of the passage, in the second story, of the event to look at. */
  at: string;
  has: string[];
  lacks: string[];
  /** A name that must belong to exactly one actor of the timeline. */
  oneActor?: string;
}

const twoArticles: TwoArticleRow[] = [
  {
    name: 'a club called Dalton in a sports story is not the person Mira Dalton of a business story',
    first: 'Mira Dalton, chief executive of Kessel Foods, resigned on Monday.',
    second: 'Dalton Rovers beat Kessel United 3-0 on Saturday.',
    at: 'Dalton Rovers beat',
    has: ['Dalton Rovers'],
    lacks: ['Mira Dalton'],
  },
  {
    name: 'the same full name with a title in one article and without in the other is one actor',
    first: 'Finance Minister Tomás Eder announced a new levy on Monday.',
    second: 'Tomás Eder said on Tuesday the levy would be temporary.',
    at: 'Tomás Eder said',
    has: ['Tomás Eder'],
    lacks: [],
    oneActor: 'Tomás Eder',
  },
  {
    name: 'the same full name in two articles is one actor',
    first: 'Odile Brask said on Monday that she would defend her title.',
    second: 'Odile Brask said on Tuesday that she had retired.',
    at: 'she had retired',
    has: ['Odile Brask'],
    lacks: [],
    oneActor: 'Odile Brask',
  },
  {
    name: '"the prosecutor" of one article is not the prosecutor named in another',
    first: 'Ines Valk, the prosecutor, charged three officials on Monday.',
    second: 'The prosecutor said on Tuesday that the trial of the smugglers would start in May.',
    at: 'The prosecutor said',
    has: [],
    lacks: ['Ines Valk'],
  },
  {
    name: 'a "She" opening an article does not take a woman of another article',
    first: 'Governor Ada Okafor visited the port on Monday.',
    second: 'She said on Tuesday that the pitch would be repaired.',
    at: 'the pitch would be repaired',
    has: [],
    lacks: ['Ada Okafor'],
  },
  {
    name: '"the bank" of one article is not the bank named in another',
    first: 'Kelton Bank reported a loss on Monday.',
    second: 'The bank said on Tuesday it would sponsor the league.',
    at: 'sponsor the league',
    has: [],
    lacks: ['Kelton Bank'],
  },
  {
    name: 'a pronoun takes the person of its own article',
    first:
      'Senator Paul Rhee said on Monday that the bill would pass. He added that the vote was close.',
    second: 'Mayor Lina Sorel opened the stadium on Saturday. She said it cost $30 million.',
    at: 'She said',
    has: ['Lina Sorel'],
    lacks: ['Paul Rhee'],
  },
];

describe('actors in general: actors do not leak between articles', () => {
  it.each(twoArticles)('$name', ({ first, second, at, has, lacks, oneActor }) => {
    const texts: Record<string, string> = {
      a: `Market Report\n\n${first}\n`,
      b: `Sport Today\n\n${second}\n`,
    };
    const { timeline } = ingestArticles(
      Object.entries(texts).map(([id, text]) => ({
        file: `${id}.txt`,
        text,
        meta: { published: '2025-03-05' },
      })),
    );
    const byId = new Map(timeline.actors.map((a) => [a.id, a]));
    const inSecond = timeline.events.filter((e) =>
      e.sources.some(
        (s) => s.documentId === 'b' && (texts.b ?? '').slice(s.start, s.end).includes(at),
      ),
    );
    expect(inSecond.length).toBeGreaterThan(0);
    for (const e of inSecond) {
      const names = e.actors.flatMap((id) => {
        const a = byId.get(id);
        return a ? [a.name, ...a.aliases] : [];
      });
      expect(names).toEqual(expect.arrayContaining(has));
      for (const no of lacks) expect(names).not.toContain(no);
    }
    if (oneActor) expect(timeline.actors.filter((a) => a.name === oneActor)).toHaveLength(1);
  });
});
