/**
 * Time and place read the way a reader reads them, over articles written for these tests (every
 * person, place and company in them is invented or used only as a place name). One table per
 * class of cause: the time the story is telling, durations that are not dates, parts of periods,
 * tense deciding the year and the week, several dates in one sentence, and the countries that
 * places, demonyms, organisations and the story itself stand for.
 *
 * Every article is published on Wednesday 5 March 2025 unless a row says otherwise.
 */
import { describe, expect, it } from 'vitest';
import type { EventDate, TimelineEvent } from '../../src/domain/schema';
import { readArticle, type ReadArticle } from './support/readArticle';

const PUBLISHED = '2025-03-05';

/** The first day a partial date covers, so that dates of any granularity compare as text. */
function firstDay(start: string): string {
  if (start.length === 4) return `${start}-01-01`;
  if (start.length === 7) return `${start}-01`;
  return start;
}

/** The events whose passage holds these words, earliest first. */
function eventsAt(read: ReadArticle, words: string): TimelineEvent[] {
  return [...read.eventsAt(words)].sort(
    (a, b) =>
      firstDay(a.date.start).localeCompare(firstDay(b.date.start)) ||
      (a.date.end ?? '').localeCompare(b.date.end ?? ''),
  );
}

function read(body: string, published?: string): ReadArticle {
  return readArticle(body, published === undefined ? {} : { published });
}

interface DatedRow {
  name: string;
  body: string;
  published?: string;
  /** Words of the passage whose events are checked. */
  at: string;
  /** The dates of every event at those words, earliest first. */
  dates: Partial<EventDate>[];
  /** Words that no event's passage may hold. */
  absent?: string;
}

function expectDates(r: ReadArticle, at: string, dates: Partial<EventDate>[]): void {
  const found = eventsAt(r, at).map((e) => e.date);
  expect(found).toHaveLength(dates.length);
  expect(found).toMatchObject(dates);
}

describe('story time: the time the story is telling dates what follows', () => {
  const rows: DatedRow[] = [
    {
      name: '"the next day" counts from the day the story just told',
      body: 'On March 1 the storm hit the coast of Valdoria. The next day the army evacuated the port of Selm.',
      at: 'The next day',
      dates: [{ start: '2025-03-02', granularity: 'day', basis: 'relative' }],
    },
    {
      name: '"the following day" counts from the day the story just told',
      body: 'On 12 February the Brenmark council met to discuss the budget. The following day the mayor resigned.',
      at: 'The following day',
      dates: [{ start: '2025-02-13', granularity: 'day' }],
    },
    {
      name: '"two days later" counts from the dated fire, not from publication',
      body: 'On 20 February 2025 a fire broke out at the Kestrel mill in Ohio. Two days later investigators arrested a night guard.',
      at: 'Two days later',
      dates: [{ start: '2025-02-22', granularity: 'day' }],
    },
    {
      name: '"two days later" counts from the last day told, not the first',
      body: 'On 1 March rebels entered the town of Kalo in Mali. On 2 March they burned the market. Two days later soldiers arrested the rebel leader.',
      at: 'Two days later',
      dates: [{ start: '2025-03-04', granularity: 'day' }],
    },
    {
      name: '"a week later" counts seven days from the landslide',
      body: 'On 10 January 2025 a landslide buried a road near Cusco in Peru. A week later the road reopened.',
      at: 'A week later',
      dates: [{ start: '2025-01-17', granularity: 'day' }],
    },
    {
      name: '"three weeks later" counts from a day in 2010, not from 2025',
      body: 'On 4 May 2010 the Orlan dam opened in Kenya. Three weeks later it collapsed.',
      at: 'Three weeks later',
      dates: [{ start: '2010-05-25', granularity: 'day' }],
    },
    {
      name: '"the day before" counts back from the day just told',
      body: 'On 14 February the Selm port in Chile reopened. The day before, a storm had closed it.',
      at: 'The day before',
      dates: [{ start: '2025-02-13', granularity: 'day' }],
    },
    {
      name: '"that evening" is the same day the story just told',
      body: 'On 2 March police in Lagos arrested a journalist. That evening, crowds gathered outside the station.',
      at: 'That evening',
      dates: [{ start: '2025-03-02' }],
    },
    {
      name: 'an undated past-tense action after a dated one takes its day (1969)',
      body: 'On 8 October 1969 rebels entered the town of Marvaz in Peru. Five people were killed.',
      at: 'Five people were killed',
      dates: [{ start: '1969-10-08', granularity: 'day', basis: 'inferred' }],
    },
    {
      name: 'an undated past-tense action after a dated one takes its day (2021)',
      body: 'On 12 May 2021 a ferry sank off the coast of Tanzania. Rescuers pulled 40 survivors from the water.',
      at: 'Rescuers pulled',
      dates: [{ start: '2021-05-12', basis: 'inferred' }],
    },
    {
      name: 'an undated statement after a dated closure is dated at publication',
      body: 'On 3 March 2025 the Tellmar company closed its plant in Ghent, Belgium. Its chief executive, Lena Quist, said the decision was painful.',
      at: 'said the decision was painful',
      dates: [{ start: PUBLISHED, basis: 'inferred' }],
    },
    {
      name: 'a minister who "said" without a day speaks at publication',
      body: 'The Orvel mine in Peru closed on Monday. The mining minister, Rosa Quenta, said the closure was temporary.',
      at: 'said the closure was temporary',
      dates: [{ start: PUBLISHED }],
    },
    {
      name: 'a heading with a year dates the paragraph below it',
      body: 'Ghana Signs Border Treaty in 1960\n\nDelegates from both sides met in a hotel in Accra. They signed the accord after weeks of talks.',
      at: 'Delegates from both sides',
      dates: [{ start: '1960', granularity: 'year', basis: 'inferred' }],
    },
    {
      name: 'a sentence-case heading with a year dates every sentence below it',
      body: 'Ghana signed a border treaty with Togo in 1960\n\nDelegates from both sides met in a hotel in Accra. They signed the accord after weeks of talks.',
      at: 'They signed the accord',
      dates: [{ start: '1960', granularity: 'year' }],
    },
    {
      name: 'a wire dateline: "yesterday" is the day before the dateline day',
      body: 'ACCRA, March 4 (Wire) – Parliament yesterday approved a new mining code after a long debate.',
      published: '2025-03-04',
      at: 'approved a new mining code',
      dates: [{ start: '2025-03-03', granularity: 'day', basis: 'relative' }],
    },
    {
      name: 'a wire dateline with a demonym subject: "yesterday" is the day before',
      body: 'LIMA, March 4 (Wire) – Peruvian police yesterday arrested a former mayor accused of bribery.',
      published: '2025-03-04',
      at: 'arrested a former mayor',
      dates: [{ start: '2025-03-03', granularity: 'day' }],
    },
    {
      name: 'an agency dateline: "yesterday" is the day before, whatever the agency',
      body: 'NAIROBI, March 4 (Reuters) - Kenyan lawmakers yesterday approved a tax bill.',
      published: '2025-03-04',
      at: 'approved a tax bill',
      dates: [{ start: '2025-03-03' }],
    },
    {
      name: 'a leading date line is no event and leaves the body its own day',
      body: 'date 2025-03-05\n\nThe Orvel city council approved a new bus route in Denver on Monday.',
      at: 'approved a new bus route',
      dates: [{ start: '2025-03-03' }],
      absent: 'date 2025-03-05',
    },
    {
      name: 'a leading date line does not date the undated sentence below it',
      body: 'date 2025-03-05\nThe Orvel city council approved a new bus route in Denver.',
      published: '2025-03-07',
      at: 'approved a new bus route',
      dates: [{ start: '2025-03-07', basis: 'inferred' }],
      absent: 'date 2025-03-05',
    },
    {
      name: 'a "Date:" line above the article is no event',
      body: 'Date: 2025-03-05\n\nMinisters in Ghana met union leaders in Accra on Monday.',
      at: 'met union leaders',
      dates: [{ start: '2025-03-03' }],
      absent: 'Date: 2025-03-05',
    },
  ];

  it.each(rows)('$name', ({ body, published, at, dates, absent }) => {
    const r = read(body, published);
    expectDates(r, at, dates);
    if (absent !== undefined) expect(r.eventsAt(absent)).toEqual([]);
  });
});

interface DurationRow {
  name: string;
  body: string;
  /** Words of the passage whose events are checked. */
  at: string;
  /** The duration, which no event's date may come from. */
  duration: string;
  dates: Partial<EventDate>[];
}

describe('durations are not dates', () => {
  const rows: DurationRow[] = [
    {
      name: '"the first in 13 years" dates nothing 13 years back',
      body: 'Voters in the Marenland province elected a woman as governor, the first in 13 years.',
      at: 'the first in 13 years',
      duration: '13 years',
      dates: [{ start: PUBLISHED }],
    },
    {
      name: '"the first in 13 years" leaves the passing of the reform on Tuesday',
      body: 'Lawmakers in Chile passed a pension reform on Tuesday, the first in 13 years.',
      at: 'passed a pension reform',
      duration: '13 years',
      dates: [{ start: '2025-03-04' }],
    },
    {
      name: '"its highest level in 17 years" is a comparison, the report is Tuesday',
      body: 'Inflation in Norvia rose to its highest level in 17 years, the central bank reported on Tuesday.',
      at: 'highest level in 17 years',
      duration: '17 years',
      dates: [{ start: '2025-03-04' }],
    },
    {
      name: '"their lowest in 10 years" is a comparison, the traders spoke on Monday',
      body: 'Wheat exports from Ukraine fell to their lowest in 10 years, traders said on Monday.',
      at: 'lowest in 10 years',
      duration: '10 years',
      dates: [{ start: '2025-03-03' }],
    },
    {
      name: '"for the first time in a decade" is no date a decade back',
      body: 'The Norvia central bank cut rates on Tuesday for the first time in a decade.',
      at: 'first time in a decade',
      duration: 'decade',
      dates: [{ start: '2025-03-04' }],
    },
    {
      name: '"for the next five years" puts no event in the future',
      body: 'The Castrel mining group said it will invest $2 billion in Zambia for the next five years.',
      at: 'for the next five years',
      duration: 'five years',
      dates: [{ start: PUBLISHED }],
    },
    {
      name: '"in the past 20 years" is how long the growth took, said on Monday',
      body: 'The Delvin port in Senegal has tripled its cargo in the past 20 years, officials said on Monday.',
      at: 'in the past 20 years',
      duration: '20 years',
      dates: [{ start: '2025-03-03' }],
    },
    {
      name: '"over 25 years" is a span of growth, not a date',
      body: "Over 25 years, the Halvor bank grew into Norway's largest lender, its chairman said.",
      at: 'Over 25 years',
      duration: '25 years',
      dates: [{ start: PUBLISHED }],
    },
    {
      name: '"for two weeks" is how long the camp lasted',
      body: 'Protesters camped outside the parliament in Lima for two weeks.',
      at: 'for two weeks',
      duration: 'two weeks',
      dates: [{ start: PUBLISHED }],
    },
    {
      name: '"after 12 years in office" is a tenure, the stepping down is Monday',
      body: 'After 12 years in office, Governor Omar Seck of Senegal stepped down on Monday.',
      at: 'After 12 years in office',
      duration: '12 years',
      dates: [{ start: '2025-03-03' }],
    },
    {
      name: '"15 years in prison" is a sentence length, the sentencing is Monday',
      body: 'A court in Lima sentenced a former mayor to 15 years in prison on Monday.',
      at: '15 years in prison',
      duration: '15 years',
      dates: [{ start: '2025-03-03' }],
    },
    {
      name: 'an age ("a 30-year-old man") is no date',
      body: 'A 30-year-old man was arrested in Accra on Monday.',
      at: '30-year-old',
      duration: '30-year',
      dates: [{ start: '2025-03-03' }],
    },
    {
      name: 'a plan\'s length ("a ten-year plan") is no date',
      body: 'The government of Ghana unveiled a ten-year plan for roads on Monday.',
      at: 'ten-year plan',
      duration: 'ten-year',
      dates: [{ start: '2025-03-03' }],
    },
    {
      name: '"within six months" said on Monday leaves the promise on Monday',
      body: 'The government of Malawi promised on Monday to repay the loan within six months.',
      at: 'within six months',
      duration: 'six months',
      dates: [{ start: '2025-03-03' }],
    },
    {
      name: '"three days after" with nothing before it to count from is no date',
      body: 'Three days after the ceasefire, shops reopened in the town of Karro.',
      at: 'Three days after',
      duration: 'days after',
      dates: [{ start: PUBLISHED, basis: 'inferred' }],
    },
    {
      name: '"two days after the storm" with no storm day told is no date',
      body: 'Two days after the storm, power returned to the city of Selm in Chile.',
      at: 'Two days after',
      duration: 'days after',
      dates: [{ start: PUBLISHED }],
    },
    {
      name: '"weeks after the election" with no election day told is no date',
      body: 'Weeks after the election, the Green Union in Austria still had no leader.',
      at: 'Weeks after',
      duration: 'after',
      dates: [{ start: PUBLISHED }],
    },
  ];

  it.each(rows)('$name', ({ body, at, duration, dates }) => {
    const r = read(body);
    expectDates(r, at, dates);
    for (const e of r.events) {
      expect(firstDay(e.date.start) <= PUBLISHED).toBe(true);
      expect((e.date.text ?? '').toLowerCase()).not.toContain(duration.toLowerCase());
    }
  });
});

interface PartRow {
  name: string;
  body: string;
  at: string;
  date: Partial<EventDate>;
  /** Bounds the start must fall in, when the words allow more than one day. */
  startWithin?: [string, string];
}

describe('parts of periods keep their part', () => {
  const rows: PartRow[] = [
    {
      name: '"late last year" is the last third of 2024, not all of it',
      body: 'Late last year the Brava textile firm opened a factory in Morocco.',
      at: 'Late last year',
      date: { start: '2024-09', end: '2024-12', granularity: 'range' },
    },
    {
      name: '"late 2022" is September to December 2022',
      body: 'In late 2022 the Kelda airline cut its routes to Egypt.',
      at: 'late 2022',
      date: { start: '2022-09', end: '2022-12', granularity: 'range' },
    },
    {
      name: '"early 2024" is January to April 2024',
      body: 'In early 2024 the Kelda airline cut its routes to Egypt.',
      at: 'early 2024',
      date: { start: '2024-01', end: '2024-04', granularity: 'range', basis: 'explicit' },
    },
    {
      name: '"the beginning of 2021" is the first months of 2021',
      body: 'At the beginning of 2021 the Kelda airline cut its routes to Egypt.',
      at: 'beginning of 2021',
      date: { start: '2021-01', end: '2021-04', granularity: 'range' },
    },
    {
      name: '"mid-2023" is the middle months of 2023',
      body: 'In mid-2023 the Tamsin refinery in Nigeria stopped production.',
      at: 'mid-2023',
      date: { start: '2023-05', end: '2023-08', granularity: 'range' },
    },
    {
      name: '"the end of August" (past, no year) is late August 2024',
      body: 'At the end of August the Sovan bridge in Serbia was closed for repairs.',
      at: 'end of August',
      date: {},
      startWithin: ['2024-08-21', '2024-08-31'],
    },
    {
      name: '"the end of August 2023" is late August 2023',
      body: 'At the end of August 2023 the Sovan bridge in Serbia was closed for repairs.',
      at: 'end of August 2023',
      date: { basis: 'explicit' },
      startWithin: ['2023-08-21', '2023-08-31'],
    },
    {
      name: '"early last month" is the first days of February',
      body: 'Early last month the Kelda airline cut its routes to Egypt.',
      at: 'Early last month',
      date: { start: '2025-02-01', end: '2025-02-10', granularity: 'range' },
    },
    {
      name: '"a year ago" is the month a year back',
      body: 'A year ago the Kelda airline cut its routes to Egypt.',
      at: 'A year ago',
      date: { start: '2024-03', granularity: 'month', basis: 'relative' },
    },
    {
      name: '"three months ago" is the month three months back',
      body: 'Three months ago the Delvin port in Senegal opened a new terminal.',
      at: 'Three months ago',
      date: { start: '2024-12', granularity: 'month' },
    },
    {
      name: '"last month" is February as a month',
      body: 'Last month the Kelda airline cut its routes to Egypt.',
      at: 'Last month',
      date: { start: '2025-02', granularity: 'month' },
    },
    {
      name: '"earlier this month" is March as a month, not the publication day',
      body: 'Earlier this month the Kelda airline cut its routes to Egypt.',
      at: 'Earlier this month',
      date: { start: '2025-03', granularity: 'month' },
    },
    {
      name: '"last week" is the whole previous week',
      body: 'Teachers in Peru went on strike last week.',
      at: 'last week',
      date: { start: '2025-02-24', end: '2025-03-02', granularity: 'range' },
    },
    {
      name: '"earlier this week" runs from Monday to publication',
      body: 'The Ruvena council voted on the toll earlier this week.',
      at: 'earlier this week',
      date: { start: '2025-03-03', end: '2025-03-05', granularity: 'range' },
    },
  ];

  it.each(rows)('$name', ({ body, at, date, startWithin }) => {
    const found = eventsAt(read(body), at);
    expect(found).toHaveLength(1);
    const d = found[0]?.date;
    expect(d).toMatchObject(date);
    if (startWithin && d) {
      expect(d.start >= startWithin[0] && d.start <= startWithin[1]).toBe(true);
    }
  });
});

interface TenseRow extends DatedRow {
  /** Past: no event of the article is dated after publication. Future: none before it. */
  tense: 'past' | 'future';
}

describe('tense decides the year and the week', () => {
  const rows: TenseRow[] = [
    {
      name: 'past "took office in December" in March is last December',
      body: 'Governor Pela Ostrin took office in December after a narrow win in Arizona.',
      at: 'took office in December',
      tense: 'past',
      dates: [{ start: '2024-12', granularity: 'month' }],
    },
    {
      name: 'past "signed ... in November" in March is last November',
      body: 'The Varro shipping company signed a lease for the port of Gdynia in November.',
      at: 'signed a lease',
      tense: 'past',
      dates: [{ start: '2024-11', granularity: 'month' }],
    },
    {
      name: 'past "announced in April" in March is last April',
      body: 'The Ferrow group announced in April that it had bought a mine in Peru.',
      at: 'announced in April',
      tense: 'past',
      dates: [{ start: '2024-04' }],
    },
    {
      name: 'past "collapsed in June" in March is last June',
      body: 'The Orvik dam in Brazil collapsed in June.',
      at: 'collapsed in June',
      tense: 'past',
      dates: [{ start: '2024-06' }],
    },
    {
      name: 'past "met in May" in March is last May',
      body: 'Ministers from Ghana and Togo met in May to discuss the border.',
      at: 'met in May',
      tense: 'past',
      dates: [{ start: '2024-05' }],
    },
    {
      name: 'past "ended in February" in March stays in this year',
      body: 'The Varro strike in Poland ended in February.',
      at: 'ended in February',
      tense: 'past',
      dates: [{ start: '2025-02', granularity: 'month' }],
    },
    {
      name: 'past "walked out on March 20" before March 20 is last year',
      body: 'Workers at the Halden plant in Sweden walked out on March 20.',
      at: 'walked out on March 20',
      tense: 'past',
      dates: [{ start: '2024-03-20', granularity: 'day' }],
    },
    {
      name: 'past "blocked ... on March 7" two days ahead of publication is last year',
      body: 'Fishermen in Senegal blocked the port of Mbour on March 7.',
      at: 'blocked the port',
      tense: 'past',
      dates: [{ start: '2024-03-07' }],
    },
    {
      name: 'past "went on strike in December", published in January, is the December just gone',
      body: 'Teachers in Peru went on strike in December.',
      published: '2025-01-10',
      at: 'went on strike in December',
      tense: 'past',
      dates: [{ start: '2024-12' }],
    },
    {
      name: 'past "had been inspected in November" is last November',
      body: 'Engineers said the Orvik dam in Brazil had been inspected in November.',
      at: 'inspected in November',
      tense: 'past',
      dates: [{ start: '2024-11' }],
    },
    {
      name: '"last December" is December 2024',
      body: 'Last December the Varro shipping company signed a lease for the port of Gdynia.',
      at: 'Last December',
      tense: 'past',
      dates: [{ start: '2024-12' }],
    },
    {
      name: '"on January 1 this year" is 1 January 2025',
      body: 'On January 1 this year the Kestrel bank raised its fees in Ireland.',
      at: 'January 1 this year',
      tense: 'past',
      dates: [{ start: '2025-01-01', granularity: 'day' }],
    },
    {
      name: '"in February this year" is February 2025',
      body: 'The Selva fund was launched in Kenya in February this year.',
      at: 'February this year',
      tense: 'past',
      dates: [{ start: '2025-02', granularity: 'month' }],
    },
    {
      name: 'past "last Sunday" is the Sunday before publication',
      body: 'Last Sunday the Tarn river flooded the village of Ostro in Croatia.',
      at: 'Last Sunday',
      tense: 'past',
      dates: [{ start: '2025-03-02', granularity: 'day' }],
    },
    {
      name: 'past "on Sunday" is the Sunday before publication',
      body: 'Police in Croatia arrested two smugglers on Sunday.',
      at: 'arrested two smugglers',
      tense: 'past',
      dates: [{ start: '2025-03-02' }],
    },
    {
      name: 'past "on Saturday" is the Saturday before publication',
      body: 'Teachers in Peru went on strike on Saturday.',
      at: 'went on strike on Saturday',
      tense: 'past',
      dates: [{ start: '2025-03-01' }],
    },
    {
      name: 'past "on Thursday" is last week\'s Thursday',
      body: 'Fishermen in Senegal blocked the port of Mbour on Thursday.',
      at: 'on Thursday',
      tense: 'past',
      dates: [{ start: '2025-02-27' }],
    },
    {
      name: 'past "on Wednesday" on a Wednesday is the publication day',
      body: 'The Ruvena council voted on the toll on Wednesday.',
      at: 'voted on the toll on Wednesday',
      tense: 'past',
      dates: [{ start: '2025-03-05' }],
    },
    {
      name: '"last Sunday" in June is the Sunday of that week',
      body: 'Voters in Chile went to the polls last Sunday.',
      published: '2025-06-18',
      at: 'last Sunday',
      tense: 'past',
      dates: [{ start: '2025-06-15' }],
    },
    {
      name: 'past "yesterday" is the day before publication',
      body: 'The Ruvena council voted on the toll yesterday.',
      at: 'voted on the toll yesterday',
      tense: 'past',
      dates: [{ start: '2025-03-04', basis: 'relative' }],
    },
    {
      name: 'future "Starting Sunday, drivers will pay" is the coming Sunday',
      body: 'Starting Sunday, drivers will pay a toll to enter the centre of Ruvena in Italy.',
      at: 'Starting Sunday',
      tense: 'future',
      dates: [{ start: '2025-03-09', granularity: 'day' }],
    },
    {
      name: 'future "Starting Sunday" published on a Friday is two days on',
      body: 'Starting Sunday, drivers in Ruvena, Italy, will pay a toll.',
      published: '2025-01-10',
      at: 'Starting Sunday',
      tense: 'future',
      dates: [{ start: '2025-01-12' }],
    },
    {
      name: 'future "will vote on Friday" is the coming Friday',
      body: 'The Ruvena council will vote on the toll on Friday.',
      at: 'will vote on the toll on Friday',
      tense: 'future',
      dates: [{ start: '2025-03-07' }],
    },
    {
      name: 'future "will strike on Saturday" is the coming Saturday',
      body: 'Teachers in Peru will strike on Saturday.',
      at: 'will strike on Saturday',
      tense: 'future',
      dates: [{ start: '2025-03-08' }],
    },
    {
      name: 'future "this Friday" is the coming Friday',
      body: 'The Ruvena council in Italy will vote on the toll this Friday.',
      at: 'this Friday',
      tense: 'future',
      dates: [{ start: '2025-03-07' }],
    },
    {
      name: 'future "next Monday" is the Monday after publication',
      body: 'Lawmakers in Chile will debate the pension bill next Monday.',
      at: 'next Monday',
      tense: 'future',
      dates: [{ start: '2025-03-10' }],
    },
    {
      name: 'future "tomorrow" is the day after publication',
      body: 'The Ruvena council will vote on the toll tomorrow.',
      at: 'will vote on the toll tomorrow',
      tense: 'future',
      dates: [{ start: '2025-03-06' }],
    },
    {
      name: 'future "will block ... on March 7" stays this year',
      body: 'Fishermen in Senegal will block the port of Mbour on March 7.',
      at: 'will block the port',
      tense: 'future',
      dates: [{ start: '2025-03-07' }],
    },
    {
      name: 'future "will open ... in April" is this April',
      body: 'The Ferrow group will open a mine in Peru in April.',
      at: 'will open a mine',
      tense: 'future',
      dates: [{ start: '2025-04', granularity: 'month' }],
    },
    {
      name: 'future "next month" is April',
      body: 'The Kelda airline will resume flights to Egypt next month.',
      at: 'next month',
      tense: 'future',
      dates: [{ start: '2025-04', granularity: 'month' }],
    },
  ];

  it.each(rows)('$name', ({ body, published, at, dates, tense }) => {
    const r = read(body, published);
    expectDates(r, at, dates);
    const today = published ?? PUBLISHED;
    for (const e of r.events) {
      const day = firstDay(e.date.start);
      if (tense === 'past') expect(day <= today).toBe(true);
      else expect(day >= today).toBe(true);
    }
  });
});

interface ClauseRow {
  name: string;
  body: string;
  at: string;
  /** The start of every event at those words, earliest first. */
  starts: string[];
  /** Countries an event (by its start) must and must not have. */
  places?: Record<string, { has: string; lacks: string }>;
}

describe('several dates, several events; subordinate dates stay with their clause', () => {
  const rows: ClauseRow[] = [
    {
      name: 'born in 1961 and first elected in 1993: one event for each year',
      body: 'Tomas Rinaldi, who was born in 1961 in Turin, was first elected to the Italian senate in 1993.',
      at: 'first elected',
      starts: ['1961', '1993'],
    },
    {
      name: 'a leading "Born in 1961" and a main "elected in 1993" each keep their year',
      body: 'Born in 1961 in Turin, Tomas Rinaldi was first elected to the Italian senate in 1993.',
      at: 'first elected',
      starts: ['1961', '1993'],
    },
    {
      name: 'the resignation is Monday; the taking of office is its own event in 2024',
      body: 'Ana Ruiz, who took office on July 15, 2024, resigned on Monday as mayor of Bilbao in Spain.',
      at: 'resigned on Monday',
      starts: ['2024-07-15', '2025-03-03'],
    },
    {
      name: '"After the vote on Monday" keeps Monday for the vote; the statement is at publication',
      body: 'After the vote on Monday, the Green Union party said it would leave the coalition in Austria.',
      at: 'After the vote on Monday',
      starts: ['2025-03-03', PUBLISHED],
    },
    {
      name: '"After the referendum on Sunday" keeps Sunday for the referendum',
      body: 'After the referendum on Sunday, the Ruvena council in Italy said it would scrap the toll.',
      at: 'After the referendum on Sunday',
      starts: ['2025-03-02', PUBLISHED],
    },
    {
      name: 'opened in 1972 and rebuilt in 2004: two events',
      body: 'The Orlan bridge in Kenya opened in 1972 and was rebuilt in 2004.',
      at: 'was rebuilt',
      starts: ['1972', '2004'],
    },
    {
      name: 'elected in 2015 and resigned in 2021: two events',
      body: 'Lars Odden was elected mayor of Bergen in 2015 and resigned in 2021.',
      at: 'elected mayor of Bergen',
      starts: ['2015', '2021'],
    },
    {
      name: 'struck on 3 February and again on 24 February: two days',
      body: 'Workers at the Halden plant in Sweden struck on 3 February and again on 24 February.',
      at: 'again on 24 February',
      starts: ['2025-02-03', '2025-02-24'],
    },
    {
      name: 'a founding year in an apposition stays with the founding',
      body: 'The Varro shipping company, founded in 1998, filed for bankruptcy in Poland on Tuesday.',
      at: 'filed for bankruptcy',
      starts: ['1998', '2025-03-04'],
    },
    {
      name: 'a relative clause "which opened in 1972" stays with the opening',
      body: 'The Orlan bridge, which opened in 1972, was closed on Tuesday after cracks appeared.',
      at: 'was closed on Tuesday',
      starts: ['1972', '2025-03-04'],
    },
    {
      name: 'a ruling "it had issued in 2020" stays in 2020; the overturning is Tuesday',
      body: 'A court in Nairobi on Tuesday overturned a ruling it had issued in 2020.',
      at: 'overturned a ruling',
      starts: ['2020', '2025-03-04'],
    },
    {
      name: 'a recalled independence in 1957 stays in 1957; the speech is Tuesday',
      body: "Ghana's president, speaking on Tuesday, recalled that the country gained independence in 1957.",
      at: 'gained independence',
      starts: ['1957', '2025-03-04'],
    },
    {
      name: 'a year that is part of a thing ("a 2010 report") adds no event',
      body: 'A court in Lima on Tuesday cited a 2010 report by auditors.',
      at: 'a 2010 report',
      starts: ['2025-03-04'],
    },
    {
      name: '"from Panama in 1989 to Grenada in 1983": each date keeps its own country',
      body: 'The Pentagon has a long record of interventions, from Panama in 1989 to Grenada in 1983, the historian Lisa Orme wrote.',
      at: 'from Panama in 1989',
      starts: ['1983', '1989'],
      places: { '1989': { has: 'PA', lacks: 'GD' }, '1983': { has: 'GD', lacks: 'PA' } },
    },
    {
      name: '"landed in Panama in 1989 and in Grenada in 1983": each date keeps its own country',
      body: 'American troops landed in Panama in 1989 and in Grenada in 1983.',
      at: 'American troops landed',
      starts: ['1983', '1989'],
      places: { '1989': { has: 'PA', lacks: 'GD' }, '1983': { has: 'GD', lacks: 'PA' } },
    },
  ];

  it.each(rows)('$name', ({ body, at, starts, places }) => {
    const found = eventsAt(read(body), at);
    expect(found.map((e) => e.date.start)).toEqual(starts);
    for (const [start, { has, lacks }] of Object.entries(places ?? {})) {
      const e = found.find((x) => x.date.start === start);
      expect(e?.countries).toContain(has);
      expect(e?.countries).not.toContain(lacks);
    }
  });
});

interface PlaceRow {
  name: string;
  body: string;
  at: string;
  /** The countries of every event at those words. */
  countries: string[];
}

describe('countries from places, demonyms, organisations and people', () => {
  const rows: PlaceRow[] = [
    {
      name: 'a US state: "in New Mexico" is US, not Mexico',
      body: 'A chemical plant exploded in New Mexico on Monday, injuring four workers.',
      at: 'exploded in New Mexico',
      countries: ['US'],
    },
    {
      name: 'a US state: Texas is US',
      body: 'Wildfires forced thousands to flee their homes in Texas on Sunday.',
      at: 'in Texas',
      countries: ['US'],
    },
    {
      name: 'a US state: California is US',
      body: 'A magnitude 6 earthquake shook California on Tuesday.',
      at: 'shook California',
      countries: ['US'],
    },
    {
      name: 'a Canadian province: Ontario is CA',
      body: 'Nurses in Ontario went on strike on Monday over pay.',
      at: 'Nurses in Ontario',
      countries: ['CA'],
    },
    {
      name: 'a Canadian province: Alberta is CA',
      body: 'Oil workers in Alberta walked off the job on Tuesday.',
      at: 'Oil workers in Alberta',
      countries: ['CA'],
    },
    {
      name: 'a Canadian province: Quebec is CA',
      body: 'A train derailed in Quebec on Monday.',
      at: 'derailed in Quebec',
      countries: ['CA'],
    },
    {
      name: 'an Australian state: Queensland is AU',
      body: 'Cyclone Maru made landfall in Queensland on Tuesday.',
      at: 'landfall in Queensland',
      countries: ['AU'],
    },
    {
      name: 'an Indian state: Bihar is IN',
      body: 'Floods killed 30 people in Bihar on Tuesday.',
      at: 'in Bihar',
      countries: ['IN'],
    },
    {
      name: 'a city: Denver is US',
      body: 'The Orca software firm laid off 300 staff in Denver on Tuesday.',
      at: 'in Denver',
      countries: ['US'],
    },
    {
      name: 'a city: Munich is DE',
      body: 'The Halvor chemicals group closed its lab in Munich on Tuesday.',
      at: 'in Munich',
      countries: ['DE'],
    },
    {
      name: 'a city with its country after it: Leverkusen, Germany is DE',
      body: 'The Halvor chemicals group closed its lab in Leverkusen, Germany, on Tuesday.',
      at: 'in Leverkusen',
      countries: ['DE'],
    },
    {
      name: 'a city: Lyon is FR',
      body: 'Striking rail workers blocked the main station in Lyon on Tuesday.',
      at: 'in Lyon',
      countries: ['FR'],
    },
    {
      name: 'a city: Osaka is JP',
      body: 'A gas leak forced the evacuation of a mall in Osaka on Tuesday.',
      at: 'in Osaka',
      countries: ['JP'],
    },
    {
      name: 'a city: Kaduna is NG',
      body: 'Gunmen kidnapped 20 pupils in Kaduna on Tuesday.',
      at: 'in Kaduna',
      countries: ['NG'],
    },
    {
      name: 'a city: Mombasa is KE',
      body: 'Dock workers in Mombasa went on strike on Tuesday.',
      at: 'Dock workers in Mombasa',
      countries: ['KE'],
    },
    {
      name: 'an ambiguous city picks the country the article names: Córdoba with Argentina',
      body: "Teachers marched through Córdoba on Monday. Argentina's education minister promised a pay rise.",
      at: 'marched through Córdoba',
      countries: ['AR'],
    },
    {
      name: 'an ambiguous city picks the country the article names: Santiago with Chile',
      body: "Power cuts hit Santiago on Monday. Chile's energy minister blamed sabotage.",
      at: 'Power cuts hit Santiago',
      countries: ['CL'],
    },
    {
      name: 'an ambiguous city picks the country the article names: Santiago with the Dominican Republic',
      body: "Floods hit Santiago on Monday. The Dominican Republic's government sent soldiers to help.",
      at: 'Floods hit Santiago',
      countries: ['DO'],
    },
    {
      name: 'an ambiguous city picks the country the article names: San Jose with Costa Rica',
      body: "Truckers blocked roads around San Jose on Monday. Costa Rica's president called for talks.",
      at: 'around San Jose',
      countries: ['CR'],
    },
    {
      name: 'an ambiguous name picks the country the article places it in: Georgia with Tbilisi',
      body: 'Protesters in Georgia marched to the parliament in Tbilisi on Sunday.',
      at: 'Protesters in Georgia',
      countries: ['GE'],
    },
    {
      name: 'a demonym: "Chilean lawmakers" is CL',
      body: 'Chilean lawmakers approved a pension reform on Tuesday.',
      at: 'Chilean lawmakers',
      countries: ['CL'],
    },
    {
      name: 'a demonym: "Peruvian miners" is PE',
      body: 'Peruvian miners blocked a highway on Monday.',
      at: 'Peruvian miners',
      countries: ['PE'],
    },
    {
      name: 'a demonym: "Nigerian police" is NG',
      body: 'Nigerian police arrested a former governor on Tuesday.',
      at: 'Nigerian police',
      countries: ['NG'],
    },
    {
      name: 'a demonym: "The Brazilian senate" is BR',
      body: 'The Brazilian senate approved a new tax code on Tuesday.',
      at: 'Brazilian senate',
      countries: ['BR'],
    },
    {
      name: 'a demonym: "Filipino fishermen" is PH',
      body: 'Filipino fishermen protested outside a naval base on Tuesday.',
      at: 'Filipino fishermen',
      countries: ['PH'],
    },
    {
      name: 'a person by office: a Kenyan president is KE',
      body: 'Kenyan President Ruto Odalo met farmers on Monday.',
      at: 'met farmers',
      countries: ['KE'],
    },
    {
      name: 'a person by office: a Peruvian president is PE',
      body: 'Peruvian President Lucia Ferro vetoed the bill on Tuesday.',
      at: 'vetoed the bill',
      countries: ['PE'],
    },
    {
      name: 'an organisation: the Kremlin is RU',
      body: 'The Kremlin rejected the proposal on Tuesday.',
      at: 'Kremlin rejected',
      countries: ['RU'],
    },
    {
      name: 'an organisation: the Pentagon is US',
      body: 'The Pentagon ordered two warships to the region on Tuesday.',
      at: 'Pentagon ordered',
      countries: ['US'],
    },
    {
      name: 'an organisation: the Knesset is IL',
      body: 'The Knesset voted to dissolve itself on Monday.',
      at: 'Knesset voted',
      countries: ['IL'],
    },
    {
      name: '"Congo" is CG in an article that names Brazzaville',
      body: 'Floods hit the capital of Congo on Monday. Officials in Brazzaville said 12 people died.',
      at: 'capital of Congo',
      countries: ['CG'],
    },
    {
      name: '"Congo" is CG in an article that names the Republic of the Congo',
      body: 'The Republic of the Congo signed an oil deal on Monday. Fighting in Congo had slowed, the minister said.',
      at: 'Fighting in Congo',
      countries: ['CG'],
    },
    {
      name: 'a sentence with no place takes the story country named twice (Kenya)',
      body: 'Farmers in Kenya blocked roads near the capital on Monday. The government of Kenya promised talks. Police fired tear gas at the crowd on Tuesday.',
      at: 'Police fired tear gas',
      countries: ['KE'],
    },
    {
      name: 'a first sentence with no place takes the story country named later (Ghana)',
      body: "Police fired tear gas at a crowd of students on Tuesday. Universities in Ghana have been closed since January. Ghana's president called for calm.",
      at: 'Police fired tear gas',
      countries: ['GH'],
    },
    {
      name: 'two countries named once each make no story country',
      body: 'Farmers in Kenya blocked roads on Monday. Traders in Uganda closed their shops. Police fired tear gas at the crowd on Tuesday.',
      at: 'Police fired tear gas',
      countries: [],
    },
  ];

  it.each(rows)('$name', ({ body, at, countries }) => {
    const found = eventsAt(read(body), at);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect([...e.countries].sort()).toEqual([...countries].sort());
  });
});
