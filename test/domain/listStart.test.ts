import { describe, expect, it } from 'vitest';
import { firstRowInWindow } from '../../src/domain/listStart';
import type { TimelineEvent } from '../../src/domain/schema';

const event = (id: string, start: string, end?: string): TimelineEvent => ({
  id,
  title: id,
  type: 'statement',
  date: {
    start,
    ...(end === undefined ? {} : { end }),
    granularity: end !== undefined ? 'range' : start.length === 4 ? 'year' : 'day',
    basis: 'explicit',
  },
  actors: [],
  countries: [],
  sources: [{ documentId: 'd', start: 0, end: 1 }],
});

const rows = [
  event('1983', '1983'),
  event('2008', '2008'),
  event('long', '2017', '2021'),
  event('jan4', '2026-01-04'),
  event('jan5', '2026-01-05'),
];
const january = { start: new Date(2026, 0, 3).getTime(), end: new Date(2026, 0, 8).getTime() };

describe('firstRowInWindow', () => {
  it.each([
    { why: 'the first event of the window, not 1983', window: january, row: 3 },
    {
      why: 'a range that reaches into the window counts',
      window: { start: new Date(2020, 0, 1).getTime(), end: new Date(2020, 5, 1).getTime() },
      row: 2,
    },
    {
      why: 'no event in the window: the top',
      window: { start: new Date(1950, 0, 1).getTime(), end: new Date(1951, 0, 1).getTime() },
      row: 0,
    },
    { why: 'no window: the top', window: undefined, row: 0 },
  ])('$why', ({ window, row }) => {
    expect(firstRowInWindow(rows, window)).toBe(row);
  });
});
