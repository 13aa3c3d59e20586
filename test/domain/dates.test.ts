import { describe, expect, it } from 'vitest';
import {
  chronologicalKey,
  formatEventDate,
  formatPartialDate,
  timelineSpan,
} from '../../src/domain/dates';
import type { EventDate } from '../../src/domain/schema';

const day = (start: string, extra: Partial<EventDate> = {}): EventDate => ({
  start,
  granularity: 'day',
  basis: 'explicit',
  ...extra,
});

describe('formatPartialDate', () => {
  it.each([
    ['a day shows weekday, day, short month and year', '2026-01-05', 'Mon 5 Jan 2026'],
    ['a Sunday', '2026-01-04', 'Sun 4 Jan 2026'],
    ['a leap day', '2024-02-29', 'Thu 29 Feb 2024'],
    ['a month shows the month name', '2026-01', 'January 2026'],
    ['a year shows the year alone', '1983', '1983'],
    ['text that is not a date is shown as it is', 'soon', 'soon'],
  ])('%s', (_why, input, expected) => {
    expect(formatPartialDate(input)).toBe(expected);
  });
});

describe('formatEventDate', () => {
  it.each([
    ['a single day', day('2026-01-05'), 'Mon 5 Jan 2026'],
    ['a range joins both ends', day('2006', { end: '2026', granularity: 'range' }), '2006 – 2026'],
    [
      'an end equal to the start is not repeated',
      day('2026-01', { end: '2026-01', granularity: 'month' }),
      'January 2026',
    ],
  ])('%s', (_why, date, expected) => {
    expect(formatEventDate(date)).toBe(expected);
  });
});

/** Local calendar parts of a Date, which is what the reader's timeline shows. */
const local = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('timelineSpan', () => {
  it('draws a date-only event as a point inside its own local day', () => {
    const span = timelineSpan(day('2026-01-04'));
    expect(span.kind).toBe('point');
    // Whatever the time zone the test runs in, the point falls on 4 January locally.
    expect(local(span.start)).toBe('2026-01-04');
  });

  it.each([
    [
      'a month covers the whole month',
      day('2026-01', { granularity: 'month' }),
      '2026-01-01',
      '2026-02-01',
    ],
    [
      'a year covers the whole year',
      day('1983', { granularity: 'year' }),
      '1983-01-01',
      '1984-01-01',
    ],
    [
      'a range ends after its last day',
      day('2026-01-03', { end: '2026-01-05', granularity: 'range' }),
      '2026-01-03',
      '2026-01-06',
    ],
    [
      'a year range ends after the last year',
      day('2006', { end: '2026', granularity: 'range' }),
      '2006-01-01',
      '2027-01-01',
    ],
    [
      'December rolls into the next year',
      day('2025-12', { granularity: 'month' }),
      '2025-12-01',
      '2026-01-01',
    ],
  ])('%s', (_why, date, start, end) => {
    const span = timelineSpan(date);
    expect(span.kind).toBe('range');
    expect(local(span.start)).toBe(start);
    expect(span.kind === 'range' ? local(span.end) : undefined).toBe(end);
    expect(span.start.getHours()).toBe(0);
  });
});

describe('in other time zones', () => {
  const original = process.env['TZ'];
  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'])(
    'a date-only event stays on its own day in %s',
    (zone) => {
      process.env['TZ'] = zone;
      try {
        expect(local(timelineSpan(day('2026-01-04')).start)).toBe('2026-01-04');
        expect(local(timelineSpan(day('2026-01', { granularity: 'month' })).start)).toBe(
          '2026-01-01',
        );
      } finally {
        if (original === undefined) delete process.env['TZ'];
        else process.env['TZ'] = original;
      }
    },
  );
});

describe('chronologicalKey', () => {
  it('orders by first covered day, then by last', () => {
    const keys = [
      day('2026-01-05'),
      day('2026-01', { granularity: 'month' }),
      day('2026-01-04'),
      day('1983', { granularity: 'year' }),
    ].map(chronologicalKey);
    expect([...keys].sort()).toEqual([keys[3], keys[1], keys[2], keys[0]]);
  });
});

describe('chronologicalKey bounds', () => {
  it.each([
    ['a day is its own first and last day', day('2026-01-05'), '2026-01-05/2026-01-05'],
    [
      'a month runs to its last day',
      day('2026-02', { granularity: 'month' }),
      '2026-02-01/2026-02-28',
    ],
    [
      'February of a leap year has 29 days',
      day('2024-02', { granularity: 'month' }),
      '2024-02-01/2024-02-29',
    ],
    ['a year runs to 31 December', day('1983', { granularity: 'year' }), '1983-01-01/1983-12-31'],
    [
      'a range runs to the end of its last part',
      day('2006', { end: '2026-03', granularity: 'range' }),
      '2006-01-01/2026-03-31',
    ],
  ])('%s', (_why, date, expected) => {
    expect(chronologicalKey(date)).toBe(expected);
  });
});
