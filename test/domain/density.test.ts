import { describe, expect, it } from 'vitest';
import { densityHistogram } from '../../src/domain/density';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';

const item = (id: string, start: number, end?: number): TimelineItemSpec => ({
  id,
  group: 'g',
  title: id,
  eventType: 'statement',
  kind: end === undefined ? 'point' : 'range',
  precision: end === undefined ? 'day' : 'range',
  start: new Date(start),
  end: end === undefined ? undefined : new Date(end),
});

describe('densityHistogram', () => {
  it('counts single days in their bucket and spreads ranges over theirs', () => {
    const density = densityHistogram(
      [item('a', 0), item('b', 10), item('c', 95), item('r', 0, 100)],
      10,
    );
    expect(density?.start).toBe(0);
    expect(density?.end).toBe(100);
    expect(density?.counts).toEqual(
      [1.1, 1.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 1.1].map((n) => expect.closeTo(n, 5)),
    );
  });

  it('keeps the total: every event counts once', () => {
    const items = [item('a', 0), item('b', 50), item('r', 20, 80), item('s', 0, 100)];
    const total = densityHistogram(items, 7)?.counts.reduce((sum, n) => sum + n, 0);
    expect(total).toBeCloseTo(items.length, 9);
  });

  it('has nothing to draw without events', () => {
    expect(densityHistogram([], 10)).toBeUndefined();
  });
});
