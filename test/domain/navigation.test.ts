import { describe, expect, it } from 'vitest';
import { adjacentEventId } from '../../src/domain/navigation';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

const events = indexTimeline(smallTimeline).events;
const ids = events.map((e) => e.id);

describe('adjacentEventId', () => {
  it.each<[string, string | null, 1 | -1, string | undefined]>([
    ['next from nothing is the earliest', null, 1, ids[0]],
    ['previous from nothing is the latest', null, -1, ids[ids.length - 1]],
    ['next moves one on in time order', ids[1] ?? null, 1, ids[2]],
    ['previous moves one back', ids[2] ?? null, -1, ids[1]],
    ['next stays on the latest', ids[ids.length - 1] ?? null, 1, ids[ids.length - 1]],
    ['previous stays on the earliest', ids[0] ?? null, -1, ids[0]],
    ['a hidden selection restarts from the start', 'not-visible', 1, ids[0]],
  ])('%s', (_why, current, step, expected) => {
    expect(adjacentEventId(events, current, step)).toBe(expected);
  });

  it('has nowhere to go without events', () => {
    expect(adjacentEventId([], null, 1)).toBeUndefined();
  });

  it('walks the events in time order: the range from 2006 comes first', () => {
    expect(ids[0]).toBe('cartels-grow');
  });
});
