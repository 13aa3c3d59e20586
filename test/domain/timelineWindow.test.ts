import { describe, expect, it } from 'vitest';
import { focusWindow } from '../../src/domain/timelineWindow';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';

const point = (id: string, y: number, m: number, d: number): TimelineItemSpec => ({
  id,
  group: 'g',
  title: id,
  eventType: 'statement',
  kind: 'point',
  start: new Date(y, m - 1, d, 12),
  end: undefined,
});
const range = (id: string, from: Date, to: Date): TimelineItemSpec => ({
  ...point(id, 2000, 1, 1),
  kind: 'range',
  start: from,
  end: to,
});

describe('focusWindow', () => {
  it('frames the days where most single-day events are, not decades of background', () => {
    const items = [
      point('a', 2026, 1, 3),
      point('b', 2026, 1, 4),
      point('c', 2026, 1, 4),
      point('d', 2026, 1, 5),
      point('e', 1983, 6, 1),
      range('f', new Date(1999, 0, 1), new Date(2026, 0, 1)),
    ];
    const window = focusWindow(items);
    expect(window).toBeDefined();
    for (const id of ['a', 'b', 'c', 'd']) {
      const t = items.find((i) => i.id === id)?.start.getTime() ?? NaN;
      expect(t).toBeGreaterThan(window?.start.getTime() ?? Infinity);
      expect(t).toBeLessThan(window?.end.getTime() ?? -Infinity);
    }
    expect(window && window.end.getTime() - window.start.getTime()).toBeLessThan(30 * 86_400_000);
  });

  it('lets everything be fitted when the events already sit close together', () => {
    expect(focusWindow([point('a', 2026, 1, 3), point('b', 2026, 1, 5)])).toBeUndefined();
  });

  it('has nothing to frame without items', () => {
    expect(focusWindow([])).toBeUndefined();
  });
});

describe('focusWindow on a long timeline', () => {
  it('opens on a stretch of at most a few hundred events, not on twenty years', () => {
    const items = Array.from({ length: 5000 }, (_, i) =>
      point(`e${i}`, 2006 + Math.floor(i / 250), 1 + (i % 12), 1 + (i % 28)),
    );
    const window = focusWindow(items);
    const inside = items.filter(
      (i) =>
        i.start.getTime() >= (window?.start.getTime() ?? 0) &&
        i.start.getTime() <= (window?.end.getTime() ?? 0),
    );
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThanOrEqual(400);
  });
});
