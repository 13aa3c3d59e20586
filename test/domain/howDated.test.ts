import { describe, expect, it } from 'vitest';
import { datePrecision, howDated } from '../../src/domain/howDated';
import type { EventDate } from '../../src/domain/schema';

const date = (fields: Partial<EventDate>): EventDate => ({
  start: '2026-01-04',
  granularity: 'day',
  basis: 'explicit',
  ...fields,
});

describe('datePrecision', () => {
  it.each([
    ['a stated day', date({}), 'day'],
    ['a day counted from the report', date({ basis: 'relative', text: 'on Sunday' }), 'day'],
    ['a day the article does not state', date({ basis: 'inferred' }), 'inferred-day'],
    ['a month', date({ start: '2026-01', granularity: 'month' }), 'month'],
    ['a year', date({ start: '1983', granularity: 'year' }), 'year'],
    ['a span of days', date({ end: '2026-01-09', granularity: 'range' }), 'range'],
    ['a span of years', date({ start: '2017', end: '2021', granularity: 'range' }), 'range'],
    ['a month written as a day-level date', date({ start: '2026-02' }), 'month'],
  ])('%s', (_why, d, expected) => {
    expect(datePrecision(d)).toBe(expected);
  });
});

describe('howDated', () => {
  it.each([
    [
      'a date written in full quotes its words',
      date({ text: 'January 4, 2026' }),
      'Stated: “January 4, 2026”',
    ],
    ['a date written in full without words', date({}), 'Stated in the article'],
    [
      'a relative date names the report day it counts from',
      date({ basis: 'relative', text: 'last week', from: { date: '2026-01-05' } }),
      "“last week”, counted from the report's date, Mon 5 Jan 2026",
    ],
    [
      'a day and month without a year say that only the year was supplied',
      date({ basis: 'relative', text: 'On Jan. 4', from: { date: '2026-01-05' } }),
      '“On Jan. 4”: the day is stated; the year is that of the report, Mon 5 Jan 2026',
    ],
    [
      'a day counted from an earlier date of the story names it and its words',
      date({
        basis: 'relative',
        text: 'two days after',
        from: { date: '2026-01-03', words: 'on Saturday' },
      }),
      '“two days after”, counted from a date earlier in the article: “on Saturday”, Sat 3 Jan 2026',
    ],
    [
      'an undated event says it was reported that day',
      date({ start: '2026-01-05', basis: 'inferred', from: { date: '2026-01-05' } }),
      'Not stated; reported on Mon 5 Jan 2026',
    ],
    [
      'an undated event that continues an earlier statement names its date',
      date({ basis: 'inferred', from: { date: '2026-01-04', words: 'On Sunday' } }),
      'Not stated here; taken from earlier in the article: “On Sunday”, Sun 4 Jan 2026',
    ],
    [
      'an event before another says it is some time in the month before',
      date({
        start: '2025-12-04',
        end: '2026-01-03',
        granularity: 'range',
        basis: 'inferred',
        from: { date: '2026-01-04', words: 'on Sunday' },
      }),
      'Not stated; some time in the month before “on Sunday”, Sun 4 Jan 2026',
    ],
    [
      'a named period dated earlier says where',
      date({
        start: '2017',
        end: '2021',
        granularity: 'range',
        basis: 'inferred',
        text: 'his first term',
        from: { date: '2017', words: '2017-2021' },
      }),
      'Not stated; “his first term” is dated earlier in the article: “2017-2021”, 2017',
    ],
  ])('%s', (_why, d, expected) => {
    expect(howDated(d, '2026-01-05')).toBe(expected);
  });

  it.each([
    [
      'a relative date counts from the first article’s day',
      date({ basis: 'relative', text: 'on Sunday' }),
      "“on Sunday”, counted from the report's date, Mon 5 Jan 2026",
    ],
    [
      'an inferred date on the report day',
      date({ start: '2026-01-05', basis: 'inferred' }),
      'Not stated; reported on Mon 5 Jan 2026',
    ],
    ['another inferred date', date({ basis: 'inferred' }), 'Not stated; inferred from the article'],
  ])('in a timeline written before dates said what they came from: %s', (_why, d, expected) => {
    expect(howDated(d, '2026-01-05')).toBe(expected);
  });

  it('says only that a relative date counts from the report when no day is known', () => {
    expect(howDated(date({ basis: 'relative', text: 'yesterday' }), undefined)).toBe(
      "“yesterday”, counted from the report's date",
    );
  });
});
