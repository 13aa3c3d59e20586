import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../src/ingest';
import type { TimelineEvent } from '../../src/domain/schema';

/** Ingests an article published on Wednesday 5 March 2025; returns its events and passages. */
function read(body: string, headline = 'World News Today') {
  const text = `${headline}\n\nPublished: March 5, 2025\n\n${body}\n\nRelated Articles\nNewsletter\n`;
  const { timeline } = ingestArticles([{ file: 'a.txt', text }]);
  const passage = (e: TimelineEvent) =>
    e.sources.map((s) => text.slice(s.start, s.end)).join(' | ');
  return { events: timeline.events, passage };
}

describe('which sentences are events', () => {
  it('makes no event of furniture, of sentences without an actor, or of unnamed experts', () => {
    const { events } = read(
      'The latest flare-up coincides with broader dynamics. Analysts anticipate no deployment. Relations have long been strained.',
    );
    expect(events).toEqual([]);
  });

  it('makes an event of a dated fact about a country even without a verb of ours', () => {
    const { events } = read(
      'Chile recorded over 3,000 homicides in 2024, according to police data.',
    );
    expect(events.map((e) => e.date.start)).toEqual(['2024']);
  });

  it('keeps a headline as an event only when a known actor does something in it', () => {
    const { events } = read(
      'Chilean President Rosa Vidal rejected the tariffs.',
      'Vidal Rejects Copper Tariffs',
    );
    expect(events.map((e) => e.title)).toContain('Vidal Rejects Copper Tariffs');
    const plain = read(
      'Chilean President Rosa Vidal rejected the tariffs.',
      'Outlook for Copper Markets',
    );
    expect(plain.events.map((e) => e.title)).not.toContain('Outlook for Copper Markets');
  });
});

describe('several events in one sentence', () => {
  it('gives one event per dated place', () => {
    const { events } = read(
      'Past U.S. interventions, from Panama in 1989 to Grenada in 1983, fuel wariness.',
    );
    expect(
      events.map((e) => [e.date.start, e.countries.includes('PA'), e.countries.includes('GD')]),
    ).toEqual([
      ['1989', true, false],
      ['1983', false, true],
    ]);
  });

  it('reads an opening "Following the <event>" as an earlier event', () => {
    const { events } = read(
      'Following the US raid that led to the arrest of a cartel leader, President Dan Cole warned Mexico on Tuesday.',
    );
    // The raid came before the warning; the sentence does not say when, so it is the month
    // before, not an invented day.
    expect(events.map((e) => [e.type, e.date.start, e.date.end])).toEqual([
      ['military-operation', '2025-02-02', '2025-03-03'],
      ['threat', '2025-03-04', undefined],
    ]);
  });
});

describe('dates of events', () => {
  it('gives a sentence without a date the date of the statement it continues', () => {
    const { events } = read(
      'On Monday, President Dan Cole said talks had failed. He described the offer as weak.',
    );
    expect(events.map((e) => [e.date.start, e.date.basis])).toEqual([
      ['2025-03-03', 'relative'],
      ['2025-03-03', 'inferred'],
    ]);
  });

  it('gives an undated sentence about someone else the publication date, as inferred', () => {
    const { events } = read(
      'On Monday, President Dan Cole said talks had failed. Senator Ana Ruiz criticized the plan.',
    );
    expect(events[1]?.date).toEqual({
      start: '2025-03-05',
      granularity: 'day',
      basis: 'inferred',
      from: { date: '2025-03-05' },
    });
  });

  it('dates a term of office named again later by the period the article gave it', () => {
    const { events } = read(
      'During his first presidency (2009-2013), President Dan Cole signed the pact. The pact, renegotiated under Cole’s first term, lowered tariffs.',
    );
    expect(events.map((e) => [e.date.start, e.date.end])).toEqual([
      ['2009', '2013'],
      ['2009', '2013'],
    ]);
  });

  it('does not date an event by a deadline it sets', () => {
    const { events } = read('President Dan Cole vowed to end the trade by 2030.');
    expect(events[0]?.date.start).toBe('2025-03-05');
  });

  it('does not date an event by a date in a clause that follows it', () => {
    const { events } = read(
      'President Dan Cole vowed to act after figures showed a fall in the year to July.',
    );
    expect(events[0]?.date.start).toBe('2025-03-05');
  });

  it('does not date an event by a year that qualifies what someone owns', () => {
    const { events } = read(
      'President Dan Cole suggested troops could be sent, a proposal reminiscent of his 2020 campaign.',
    );
    expect(events[0]?.date.start).toBe('2025-03-05');
  });
});

describe('countries of events', () => {
  it('adds the places acted upon to the actors’ countries', () => {
    const { events } = read('Peruvian President Luis Campos condemned the strike on Caracas.');
    expect(events[0]?.countries.sort()).toEqual(['PE', 'VE']);
  });

  it('gives a reply the countries of what it replies to', () => {
    const { events } = read(
      'President Dan Cole of the United States accused Colombia of enabling the trade. Colombian President Ana Ruiz rejected the accusations.',
    );
    expect(events[1]?.countries.sort()).toEqual(['CO', 'US']);
  });
});

describe('what a date not written in full was worked out from', () => {
  // Published on Wednesday 5 March 2025 (see read): "Monday" is 3 March.
  it.each([
    [
      'a weekday counts from the publication day',
      'On Monday, President Dan Cole said talks had failed.',
      0,
      { start: '2025-03-03', basis: 'relative', from: { date: '2025-03-05' } },
    ],
    [
      'a day and month without a year take the year of the publication day',
      'On Feb. 27, President Dan Cole signed the decree.',
      0,
      { start: '2025-02-27', basis: 'relative', from: { date: '2025-03-05' } },
    ],
    [
      '"two days later" counts from the day the story told before',
      'On Feb. 27, President Dan Cole signed the decree. Two days later, Senator Ana Ruiz filed a lawsuit.',
      1,
      { start: '2025-03-01', basis: 'relative', from: { date: '2025-02-27', words: 'Feb. 27' } },
    ],
    [
      'a sentence that continues a statement takes its date and says whose words gave it',
      'On Monday, President Dan Cole said talks had failed. He described the offer as weak.',
      1,
      { start: '2025-03-03', basis: 'inferred', from: { date: '2025-03-03', words: 'On Monday' } },
    ],
    [
      'an undated sentence takes the publication day',
      'Senator Ana Ruiz criticized the plan.',
      0,
      { start: '2025-03-05', basis: 'inferred', from: { date: '2025-03-05' } },
    ],
    [
      'a date written in full needs no origin',
      'On February 27, 2025, President Dan Cole signed the decree.',
      0,
      { start: '2025-02-27', basis: 'explicit', from: undefined },
    ],
  ])('%s', (_why, body, at, expected) => {
    const { events } = read(body);
    const date = events[at]?.date;
    expect({ start: date?.start, basis: date?.basis, from: date?.from }).toEqual(expected);
  });
});
