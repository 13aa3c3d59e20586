import { describe, expect, it } from 'vitest';
import {
  eventsInRange,
  intersectMatches,
  timelineSpanDays,
  type DateRange,
} from '../../src/domain/dateRange';
import { smallTimeline } from '../fixtures/smallTimeline';

const events = smallTimeline.events;
const ids = (range: DateRange): string[] | null => {
  const found = eventsInRange(events, range);
  return found === null ? null : [...found].sort();
};

describe('eventsInRange', () => {
  it.each<[string, DateRange, string[] | null]>([
    ['an open range does not restrict', { from: null, to: null }, null],
    [
      'one day keeps the events of that day and those whose span covers it',
      { from: '2026-01-04', to: '2026-01-04' },
      ['cartels-grow', 'greenland-remarks', 'maduro-detained', 'trump-act-together'],
    ],
    [
      'a lower limit only drops what ended before it',
      { from: '2026-01-05', to: null },
      ['cartels-grow', 'greenland-remarks', 'sheinbaum-rejects', 'sovereignty'],
    ],
    ['an upper limit only drops what started after it', { from: null, to: '2005-12-31' }, []],
    [
      'a year-long span passes a range inside it',
      { from: '2010-06-01', to: '2010-06-30' },
      ['cartels-grow'],
    ],
  ])('%s', (_why, range, expected) => {
    expect(ids(range)).toEqual(expected);
  });
});

describe('timelineSpanDays', () => {
  it('runs from the first covered day to the last', () => {
    expect(timelineSpanDays(events)).toEqual({ first: '2006-01-01', last: '2026-12-31' });
  });

  it('has no span without events', () => {
    expect(timelineSpanDays([])).toBeUndefined();
  });
});

describe('intersectMatches', () => {
  it.each<[string, ReadonlySet<string> | null, ReadonlySet<string> | null, string[] | null]>([
    ['neither restricts', null, null, null],
    ['only one restricts', new Set(['a']), null, ['a']],
    ['both restrict', new Set(['a', 'b']), new Set(['b', 'c']), ['b']],
  ])('%s', (_why, a, b, expected) => {
    const result = intersectMatches(a, b);
    expect(result === null ? null : [...result].sort()).toEqual(expected);
  });
});
