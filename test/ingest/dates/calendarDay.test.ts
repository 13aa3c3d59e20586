// Whole-day calendar arithmetic that the date parsers rely on.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  isoDay,
  mondayOf,
  parseIsoDay,
  weekdayOf,
} from '../../../src/ingest/dates/calendarDay';

describe('calendarDay', () => {
  it.each([
    ['across a year end', '2025-12-31', 1, '2026-01-01'],
    ['into a leap day', '2024-02-28', 1, '2024-02-29'],
    ['over a non-leap February', '2025-02-28', 1, '2025-03-01'],
    ['backwards across a month', '2026-03-01', -1, '2026-02-28'],
    ['a week back', '2026-01-05', -7, '2025-12-29'],
  ])('addDays %s', (_name, from, days, to) => {
    const start = parseIsoDay(from);
    if (start === null) throw new Error('bad row');
    expect(isoDay(addDays(start, days))).toBe(to);
  });

  it.each([
    ['a Monday', '2026-01-05', 1],
    ['a Sunday', '2026-01-04', 0],
    ['a Saturday in a leap year', '2024-02-24', 6],
    ['the Unix epoch, a Thursday', '1970-01-01', 4],
    ['a day before the epoch, a Wednesday', '1969-12-31', 3],
  ])('weekdayOf %s', (_name, iso, weekday) => {
    const d = parseIsoDay(iso);
    if (d === null) throw new Error('bad row');
    expect(weekdayOf(d)).toBe(weekday);
  });

  it.each([
    ['a Monday is its own week start', '2026-01-05', '2026-01-05'],
    ['a Sunday belongs to the week that began six days before', '2026-01-04', '2025-12-29'],
    ['a Wednesday', '2025-06-18', '2025-06-16'],
  ])('mondayOf %s', (_name, iso, monday) => {
    const d = parseIsoDay(iso);
    if (d === null) throw new Error('bad row');
    expect(isoDay(mondayOf(d))).toBe(monday);
  });

  it.each([
    ['back across a year', { year: 2026, month: 1, day: 5 }, -1, { year: 2025, month: 12, day: 1 }],
    [
      'forward across a year',
      { year: 2025, month: 11, day: 30 },
      3,
      { year: 2026, month: 2, day: 1 },
    ],
    ['ten years back', { year: 2026, month: 1, day: 5 }, -120, { year: 2016, month: 1, day: 1 }],
  ])('addMonths %s', (_name, from, months, to) => {
    expect(addMonths(from, months)).toEqual(to);
  });

  it.each([
    ['a real day', '2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['the 29th of February in a common year', '2025-02-29', null],
    ['a month 13', '2025-13-01', null],
    ['a partial date', '2025-02', null],
    ['words', 'yesterday', null],
    ['year zero', '0000-01-01', null],
  ])('parseIsoDay reads %s', (_name, iso, expected) => {
    expect(parseIsoDay(iso)).toEqual(expected);
  });
});
