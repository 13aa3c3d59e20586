// Date expressions of varied phrasing, and numbers or words that are not dates, one row each.
import { describe, expect, it } from 'vitest';
import { EventDateSchema, isPartialIsoDate } from '../../../src/domain/schema';
import { findDateMentions } from '../../../src/ingest/dates';

/** Monday 5 January 2026, the publication date used unless a row says otherwise. */
const MONDAY = '2026-01-05';

interface Expected {
  /** The words of the mention, exactly as in the sentence. */
  text: string;
  start: string;
  end?: string;
  granularity: 'day' | 'month' | 'year' | 'range';
  basis: 'explicit' | 'relative';
}

type Row = [name: string, sentence: string, expected: Expected | Expected[], published?: string];

const day = (text: string, start: string, basis: Expected['basis'] = 'relative'): Expected => ({
  text,
  start,
  granularity: 'day',
  basis,
});
const month = (text: string, start: string, basis: Expected['basis'] = 'explicit'): Expected => ({
  text,
  start,
  granularity: 'month',
  basis,
});
const year = (text: string, start: string, basis: Expected['basis'] = 'explicit'): Expected => ({
  text,
  start,
  granularity: 'year',
  basis,
});
const range = (
  text: string,
  start: string,
  end: string,
  basis: Expected['basis'] = 'explicit',
): Expected => ({ text, start, end, granularity: 'range', basis });

// One row per line: the table reads as a list of cases.
// prettier-ignore
const DATES: Row[] = [
  // Absolute dates: the year is in the words.
  ['full US date', 'Mexico City, January 5, 2026 – the president spoke.', day('January 5, 2026', '2026-01-05', 'explicit')],
  ['abbreviated month with period and year', 'The deal was signed Sept. 12, 2024, in Geneva.', day('Sept. 12, 2024', '2024-09-12', 'explicit')],
  ['day before month (British order)', 'Talks resumed on 3 March 2025 in Doha.', day('on 3 March 2025', '2025-03-03', 'explicit')],
  ['ISO date in a dateline', 'Filed 2025-11-30 by the wire desk.', day('2025-11-30', '2025-11-30', 'explicit')],
  ['slash date with time in a byline', 'Jane Roe - Mon, 01/05/2026 - 11:33', day('Mon, 01/05/2026 - 11:33', '2026-01-05', 'explicit')],
  ['slash date with a two-digit year', 'The memo is dated 12/31/99 in pen.', day('12/31/99', '1999-12-31', 'explicit')],
  ['month and year', 'She took office in October 2024 after a landslide.', month('October 2024', '2024-10')],
  ['month and year after a preposition', 'In December 2025, Mexico extradited suspects.', month('December 2025', '2025-12')],
  ['month and year with "of"', 'The law passed in June of 2019.', month('June of 2019', '2019-06')],
  ['year after "in"', 'Similar threats resurfaced in 2025, officials said.', year('in 2025', '2025')],
  ['old year after "in"', 'The invasion of Panama in 1989 still rankles.', year('in 1989', '1989')],
  ['year as a modifier of a name', 'Ties date back to the 2008 Mérida Initiative, a plan.', year('the 2008', '2008')],
  ['year after a possessive', 'It echoed his 2024 campaign rhetoric.', year('his 2024', '2024')],
  ['year before a plural that years modify', 'Turnout fell after the 2018 elections ended.', year('the 2018', '2018')],
  ['year before a singular noun ending in s', 'Banks failed in the 2008 crisis worldwide.', year('the 2008', '2008')],
  ['year before "census"', 'The 2000 census counted them.', year('The 2000', '2000')],
  ['year with "late"', 'Prices peaked in late 2022 before easing.', year('late 2022', '2022')],
  ['year with "mid-"', 'The plant opens by mid-2027, the firm says.', year('mid-2027', '2027')],
  ['season and year', 'Fighting resumed in the summer of 2014 near the border.', range('the summer of 2014', '2014-06', '2014-08')],
  ['last summer, the latest that ended before publication', 'Wildfires spread last summer in the west.', range('last summer', '2025-06', '2025-08', 'relative')],
  ['this winter, the one under way', 'Gas prices rose this winter across Europe.', range('this winter', '2025-12', '2026-02', 'relative')],
  ['autumn written "fall" with a year', 'The plant closed in the fall of 2021 after losses.', range('the fall of 2021', '2021-09', '2021-11')],
  ['second year of a list', 'Floods struck in 2019 and 2021.', [year('in 2019', '2019'), year('and 2021', '2021')]],
  // Periods.
  ['parenthesised span with hyphen', 'During his first presidency (2017-2021), he acted.', range('2017-2021', '2017', '2021')],
  ['span with en dash', 'The 2017–2021 administration left office.', range('2017–2021', '2017', '2021')],
  ['span with two-digit end', 'The 1998-99 season was the worst.', range('1998-99', '1998', '1999')],
  ['span written with a slash', 'The 2020/21 budget was cut.', range('2020/21', '2020', '2021')],
  ['span with "between … and"', 'Deaths rose between 2019 and 2021 in the region.', range('between 2019 and 2021', '2019', '2021')],
  ['span with "from … to"', 'He served from 2009 to 2017 as senator.', range('from 2009 to 2017', '2009', '2017')],
  ['US federal fiscal year', 'Seizures hit records in fiscal 2025, with tonnes seized.', range('fiscal 2025', '2024-10', '2025-09')],
  ['fiscal year written FY', 'The FY2024 budget request grew.', range('FY2024', '2023-10', '2024-09')],
  ['calendar quarter in words', 'Growth slowed in the first quarter of 2025, data show.', range('the first quarter of 2025', '2025-01', '2025-03')],
  ['calendar quarter as Q', 'Sales rose in Q3 2024 on exports.', range('Q3 2024', '2024-07', '2024-09')],
  ['half of a year', 'Output fell in the first half of 2025 as rates rose.', range('the first half of 2025', '2025-01', '2025-06')],
  ['a week of a month is not the week before publication', 'Snow fell in the last week of December there.', month('December', '2025-12', 'relative')],
  ['months to a month with year', 'Rains fell from March to May 2025 across the south.', range('March to May 2025', '2025-03', '2025-05')],
  ['day range within a month', 'The summit runs March 3-5, 2025 in Lima.', range('March 3-5, 2025', '2025-03-03', '2025-03-05')],
  ['day range with an en dash', 'Talks ran March 3–5, 2025 in Oslo.', range('March 3–5, 2025', '2025-03-03', '2025-03-05')],
  ['month range with an en dash across a year', 'Snow fell December 2025–January 2026 there.', range('December 2025–January 2026', '2025-12', '2026-01')],
  ['decade', 'Violence soared in the 1990s along the route.', range('the 1990s', '1990', '1999')],
  ['part of a decade', 'It began in the early 1980s with few rules.', range('the early 1980s', '1980', '1983')],
  ['decade spelled with an apostrophe before the s', "Crime fell in the 1990's nationwide.", range("the 1990's", '1990', '1999')],
  ['decade written with an apostrophe', "Fashion from the late '90s is back.", range("the late '90s", '1997', '1999')],
  ['hundreds before 2000 are a century, not a decade', 'Settlers arrived in the 1800s by sea.', range('the 1800s', '1800', '1899')],
  ['"the 2000s" stays a decade', 'Growth was fast in the 2000s overall.', range('the 2000s', '2000', '2009')],
  ['an ordinal century as its hundreds', 'Wars of the 20th century shaped it.', range('the 20th century', '1900', '1999')],
  ['part of a century', 'The canal opened in the early 19th century, records show.', range('the early 19th century', '1800', '1832')],
  // Relative to publication.
  ['weekday of the publication day', 'The president spoke on Monday, rejecting the idea.', day('on Monday', '2026-01-05')],
  ['weekday after the verb', 'Sheinbaum said Monday that talks would go on.', day('Monday', '2026-01-05')],
  ['weekday earlier in the week of publication (never ahead)', 'Officials met on Wednesday to talk.', day('on Wednesday', '2025-12-31')],
  ['a weekday deadline lies ahead', 'Talks must end by Friday, envoys said.', day('Friday', '2026-01-09')],
  ['weekday with part of day', 'The raid came Friday night near the port.', day('Friday night', '2026-01-02')],
  ['"last" weekday', 'The minister resigned last Tuesday amid protests.', day('last Tuesday', '2025-12-30')],
  ['month and day without year, just before publication', 'Trump spoke aboard Air Force One on Jan. 4 about it.', day('Jan. 4', '2026-01-04')],
  ['month and day without year in the previous year', 'Troops moved on Dec. 31 overnight.', day('Dec. 31', '2025-12-31')],
  ['yesterday', 'The ministry confirmed the figures yesterday.', day('yesterday', '2026-01-04')],
  ['today', 'The court will rule today on the appeal.', day('today', '2026-01-05')],
  ['days ago', 'The ship was seized three days ago off the coast.', day('three days ago', '2026-01-02')],
  ['last week as the previous Monday–Sunday week', 'Rubio stated last week that options remain.', range('last week', '2025-12-29', '2026-01-04', 'relative')],
  ['this week', 'Negotiators meet this week in Madrid.', range('this week', '2026-01-05', '2026-01-11', 'relative')],
  ['next week', 'A vote is expected next week in the Senate.', range('next week', '2026-01-12', '2026-01-18', 'relative')],
  ['over the weekend', 'Protests spread over the weekend in three cities.', range('over the weekend', '2026-01-03', '2026-01-04', 'relative')],
  ['the past N years', 'Homicides fell over the past two years nationally.', range('the past two years', '2024-01-05', '2026-01-05', 'relative')],
  ['last month', 'Exports slowed last month, data show.', month('last month', '2025-12', 'relative')],
  ['earlier this month', 'The envoy visited earlier this month to prepare.', month('earlier this month', '2026-01', 'relative')],
  ['last year', 'Remittances hit a record last year, the bank said.', year('last year', '2025', 'relative')],
  ['this year', 'Elections are due this year in both countries.', year('this year', '2026', 'relative')],
  ['this past weekend', 'Crowds gathered this past weekend downtown.', range('this past weekend', '2026-01-03', '2026-01-04', 'relative')],
  ['the past decade', 'Emissions fell over the past decade overall.', range('the past decade', '2016-01-05', '2026-01-05', 'relative')],
  ['a month alone after "since" lies in the past', 'No rain has fallen since May, farmers say.', month('May', '2025-05', 'relative')],
  ['a day without year after "since" lies in the past', 'Prices rose since Jan. 10 by a third.', day('Jan. 10', '2025-01-10')],
  ['month name alone after "in", nearest year', 'The treaty lapses in March unless renewed.', month('March', '2026-03', 'relative')],
  ['days joined by "between … and", the year lent to the first', 'Between Jan. 1 and Jan. 3, 2026, troops moved.', range('Between Jan. 1 and Jan. 3, 2026', '2026-01-01', '2026-01-03')],
  ['decades joined by "between … and"', 'Rates fell between the 1980s and the 2000s.', range('between the 1980s and the 2000s', '1980', '2009')],
  ['a month of last year', 'Prices peaked in December of last year.', month('December of last year', '2025-12', 'relative')],
  ['a month of this year', 'The law took effect in March of this year.', month('March of this year', '2026-03', 'relative')],
  ['a day of a part of day, the date kept', 'Shots rang out on the morning of January 3 downtown.', day('January 3', '2026-01-03')],
  ['this morning is the publication day', 'The minister resigned this morning.', day('this morning', '2026-01-05')],
  ['"the year" before a year', 'The bug struck in the year 2000 worldwide.', year('year 2000', '2000')],
  ['a span of seasons with a two-digit end', 'The 2010–11 season was cut short.', range('2010–11', '2010', '2011')],
  ['the part of a decade with "mid-"', 'Demand should peak by the mid-2030s.', range('the mid-2030s', '2034', '2036')],
  ['a fixed holiday, nearest to publication', 'Strikes began on Christmas Day in the north.', day('Christmas Day', '2025-12-25')],
  ['a fixed holiday with a year', 'The treaty was signed on New Year’s Eve 2019 in Rome.', day('New Year’s Eve 2019', '2019-12-31', 'explicit')],
  ['an offset before a holiday', 'Flights stopped two days before Christmas nationwide.', day('two days before Christmas', '2025-12-23')],
  // Another publication day: Wednesday 18 June 2025.
  ['weekday before a Wednesday publication', 'The strike began on Monday at dawn.', day('on Monday', '2025-06-16'), '2025-06-18'],
  ['weekday later in the week goes to the previous week', 'The strike began on Friday at dawn.', day('on Friday', '2025-06-13'), '2025-06-18'],
  ['last week from a midweek publication', 'The bill cleared the house last week.', range('last week', '2025-06-09', '2025-06-15', 'relative'), '2025-06-18'],
  ['earlier this week ends on publication', 'Markets fell earlier this week on the news.', range('earlier this week', '2025-06-16', '2025-06-18', 'relative'), '2025-06-18'],
  // An autumn publication day: Wednesday 15 October 2025.
  ['last summer seen from the autumn after it', 'Rivers ran dry last summer, farmers said.', range('last summer', '2025-06', '2025-08', 'relative'), '2025-10-15'],
  ['last winter seen from the autumn after it', 'Heating bills soared last winter nationwide.', range('last winter', '2024-12', '2025-02', 'relative'), '2025-10-15'],
];

const NON_DATES: [name: string, sentence: string][] = [
  [
    'a death toll with thousands separator',
    'The war has left more than 70,000 deaths, officials said.',
  ],
  ['a troop count', 'Some 400,000 troops were massed on the border.'],
  ['a sum of money with decimals', 'The $3.5 billion aid package was approved.'],
  ['a weight', 'Agents seized over 27,000 pounds of fentanyl.'],
  ['a count of people', 'Mexico extradited 29 high-profile figures to the US.'],
  ['a large sum of money', 'They pledged $800 billion over ten years.'],
  ['a homicide count', 'The country recorded over 30,000 homicides.'],
  ['a word count', 'Word count: 712'],
  ['a time of day alone', 'The briefing starts at 11:33 sharp.'],
  ['a clock time with a.m.', 'Polls open at 10 a.m. across the state.'],
  ['"now" as an adverb', 'The president-elect—now in his second term—raised it.'],
  ['"may" as a verb', 'Officials may consider new measures.'],
  ['"march" as a verb', 'Thousands march through the capital each spring.'],
  ['"March" as a name without a date word', 'March on Washington organisers spoke.'],
  ['"second term" as an ordinal', 'He began a second term amid protests.'],
  ['a four-digit count after a determiner', 'The 2000 soldiers returned home.'],
  ['a four-digit count after "of"', 'A total of 1500 people were evacuated.'],
  ['an abbreviated weekday that is a newspaper name', 'The Sun reported the story first.'],
  ['"lasts" is not "last second"', 'The effect lasts for a while.'],
  ['"pasty" is not "past year"', 'He looked pasty and tired.'],
  ['a phone-like number pair', 'Call 555-2021 for details.'],
  ['a score', 'They won the final 3-1 at home.'],
  ['a count before 1900 after "in"', 'The disease was found in 1500 cases so far.'],
  ['a slash day without year that names an event', 'The post-9/11 wars cost trillions.'],
  ['a month abbreviation inside a place name', 'He stayed in Mar-a-Lago over it.'],
  ['a month name that is a first name', 'She spoke to April Ryan about it.'],
  ['a quarter without a year', 'Q4 earnings beat forecasts.'],
  ['a holiday name that is part of a place name', 'Ships docked at Christmas Island again.'],
  ['"fall" as a noun without a year', 'After the fall of Kabul, they fled.'],
  ['"fall" as a verb', 'Prices fall 2 percent a year.'],
  ['a duration in days', 'The strike lasted for two days in all.'],
  ['a prison term', 'He was jailed for 10 years on charges.'],
  ['"in the" read as a duration', 'Nothing changed in the year that followed.'],
  ['a time of day without "this"', 'They met in the morning to talk.'],
  ['a four-digit number before "percent" after "by"', 'Support rose by 2024 percent in the model.'],
];

/** The fields a row asserts, without the words (checked separately). */
function dateOf(
  d: { start: string; end?: string | undefined; granularity: string; basis: string } | undefined,
) {
  if (d === undefined) return undefined;
  const fields: Record<string, string> = {
    start: d.start,
    granularity: d.granularity,
    basis: d.basis,
  };
  if (d.end !== undefined) fields['end'] = d.end;
  return fields;
}

function mentionsIn(sentence: string, published = MONDAY) {
  return findDateMentions(sentence, { published });
}

describe('findDateMentions: date expressions', () => {
  it.each(DATES)('%s', (_name, sentence, expectation, published) => {
    const expected = Array.isArray(expectation) ? expectation : [expectation];
    const mentions = mentionsIn(sentence, published);
    expect(mentions.map((m) => m.text)).toEqual(expected.map((e) => e.text));
    mentions.forEach((mention, i) => {
      expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.date.text).toBe(mention.text);
      expect(EventDateSchema.safeParse(mention.date).success).toBe(true);
      expect(dateOf(mention.date)).toEqual(dateOf(expected[i]));
    });
  });
});

describe('findDateMentions: numbers and words that are not dates', () => {
  it.each(NON_DATES)('%s', (_name, sentence) => {
    expect(mentionsIn(sentence)).toEqual([]);
  });
});

describe('findDateMentions: every returned date is valid', () => {
  it('holds for all rows together, with offsets into the whole text', () => {
    const text = [...DATES.map((r) => r[1]), ...NON_DATES.map((r) => r[1])].join('\n');
    const mentions = mentionsIn(text);
    expect(mentions.length).toBeGreaterThanOrEqual(DATES.length - 5);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(isPartialIsoDate(m.date.start)).toBe(true);
      expect(EventDateSchema.safeParse(m.date).success).toBe(true);
    }
  });
});
