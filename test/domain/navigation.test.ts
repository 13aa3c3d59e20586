import { describe, expect, it } from 'vitest';
import { adjacentEventId } from '../../src/domain/navigation';
import type { TimelineEvent } from '../../src/domain/schema';
import { indexTimeline } from '../../src/domain/timelineIndex';
import type { WindowRange } from '../../src/domain/urlState';
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

describe('adjacentEventId from the window in view', () => {
  const event = (id: string, start: string, end?: string): TimelineEvent => ({
    id,
    title: id,
    type: 'other',
    date:
      end === undefined
        ? { start, granularity: 'day', basis: 'explicit' }
        : { start, end, granularity: 'range', basis: 'explicit' },
    actors: [],
    countries: [],
    sources: [],
  });
  // In time order, as the timeline lists them: an outlier decades before the news.
  const story = [
    event('plant-opened-1983', '1983-05-02'),
    event('strike-called', '2026-01-04'),
    event('strike-ends', '2026-01-05'),
    event('talks-resume', '2026-01-06'),
    event('report-due', '2026-03-01'),
  ];
  const days = (first: string, last: string): WindowRange => ({
    start: new Date(`${first}T00:00`).getTime(),
    end: new Date(`${last}T23:59`).getTime(),
  });

  it.each<[string, WindowRange, 1 | -1, string]>([
    [
      '→ starts on the first event in view, not the outlier',
      days('2026-01-03', '2026-01-07'),
      1,
      'strike-called',
    ],
    ['← starts on the last event in view', days('2026-01-03', '2026-01-05'), -1, 'strike-ends'],
    [
      '→ on an empty stretch goes to the next event after it',
      days('2026-01-20', '2026-02-10'),
      1,
      'report-due',
    ],
    [
      '← on an empty stretch goes to the event before it',
      days('2026-01-20', '2026-02-10'),
      -1,
      'talks-resume',
    ],
    ['→ past every event stays on the last', days('2027-01-01', '2027-02-01'), 1, 'report-due'],
    [
      '← before every event stays on the first',
      days('1970-01-01', '1971-01-01'),
      -1,
      'plant-opened-1983',
    ],
  ])('%s', (_why, shown, step, expected) => {
    expect(adjacentEventId(story, null, step, shown)).toBe(expected);
  });

  it('counts a range that began before the window and reaches into it as in view', () => {
    const withRange = [event('drought', '2025-06-01', '2026-02-01'), ...story.slice(1)];
    expect(adjacentEventId(withRange, null, 1, days('2026-01-03', '2026-01-07'))).toBe('drought');
  });

  it('steps on from a selection whatever the window', () => {
    expect(adjacentEventId(story, 'strike-ends', 1, days('1983-01-01', '1983-12-31'))).toBe(
      'talks-resume',
    );
  });
});
