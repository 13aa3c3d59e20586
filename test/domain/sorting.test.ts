import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, sortEvents, type ListSort } from '../../src/domain/sorting';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

const events = indexTimeline(smallTimeline).events;
const timeOrder = events.map((e) => e.id);

describe('sortEvents', () => {
  it.each<[string, ListSort, string[]]>([
    ['date ascending keeps time order', DEFAULT_SORT, timeOrder],
    [
      'date descending is latest first',
      { key: 'date', direction: 'descending' },
      [...timeOrder].reverse(),
    ],
    [
      'title ascending is alphabetical, ignoring case',
      { key: 'title', direction: 'ascending' },
      [
        'cartels-grow',
        'sheinbaum-rejects',
        'sovereignty',
        'trump-act-together',
        'greenland-remarks',
        'maduro-detained',
      ],
    ],
  ])('%s', (_why, sort, expected) => {
    expect(sortEvents(events, sort).map((e) => e.id)).toEqual(expected);
  });

  it('does not reorder the array it was given', () => {
    sortEvents(events, { key: 'title', direction: 'descending' });
    expect(events.map((e) => e.id)).toEqual(timeOrder);
  });
});

describe('nextSort', () => {
  it.each<[string, ListSort, 'date' | 'title', ListSort]>([
    [
      'the same column flips direction',
      DEFAULT_SORT,
      'date',
      { key: 'date', direction: 'descending' },
    ],
    [
      'a new column starts ascending',
      { key: 'date', direction: 'descending' },
      'title',
      { key: 'title', direction: 'ascending' },
    ],
  ])('%s', (_why, current, key, expected) => {
    expect(nextSort(current, key)).toEqual(expected);
  });
});
