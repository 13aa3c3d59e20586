import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { focusWindow, itemsSpan, windowNearData } from '../../src/domain/timelineWindow';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';

const point = (id: string, y: number, m: number, d: number): TimelineItemSpec => ({
  id,
  group: 'g',
  title: id,
  eventType: 'statement',
  kind: 'point',
  precision: 'day',
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

describe('focusWindow at any size', () => {
  it('opens a timeline of 200,000 events on its core, as it does a small one', () => {
    // Spread into Math.min, a list this long overflowed the call stack and took the page down.
    const items = Array.from({ length: 200_000 }, (_, i) =>
      point(`e${i}`, 2006 + Math.floor(i / 10_000), 1 + (i % 12), 1 + (i % 28)),
    );
    const window = focusWindow(items);
    expect(window).toBeDefined();
    const inside = items.filter(
      (i) =>
        i.start.getTime() >= (window?.start.getTime() ?? 0) &&
        i.start.getTime() <= (window?.end.getTime() ?? 0),
    );
    expect(inside.length).toBeGreaterThanOrEqual(200);
  });

  it('frames the shortest stretch holding the core of the single days, padded', () => {
    const DAY = 86_400_000;
    const base = Date.UTC(2020, 0, 1);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 4000 }), fc.option(fc.integer({ min: 1, max: 900 }))),
          { minLength: 1, maxLength: 300 },
        ),
        (raw) => {
          const items = raw.map(([day, length], i) =>
            length === null
              ? { ...point(`e${i}`, 2020, 1, 1), start: new Date(base + day * DAY) }
              : range(`e${i}`, new Date(base + day * DAY), new Date(base + (day + length) * DAY)),
          );
          const points = items.filter((i) => i.kind === 'point');
          const times = (points.length > 0 ? points : items)
            .map((i) => i.start.getTime())
            .sort((a, b) => a - b);
          const needed = Math.max(1, Math.min(200, Math.ceil(times.length * 0.75)));
          // The narrowest run of `needed` consecutive times, the earliest of equals.
          let best = 0;
          for (let i = 1; i + needed - 1 < times.length; i += 1) {
            const width = (k: number) => (times[k + needed - 1] ?? 0) - (times[k] ?? 0);
            if (width(i) < width(best)) best = i;
          }
          const coreStart = times[best] ?? 0;
          const coreEnd = times[best + needed - 1] ?? 0;
          const allStart = Math.min(...items.map((i) => i.start.getTime()));
          const allEnd = Math.max(...items.map((i) => (i.end ?? i.start).getTime()));
          // The core padded by a quarter of its width (a day and a half at least) before it and
          // twice that after, and three days wide at least.
          const pad = Math.max((coreEnd - coreStart) * 0.25, 1.5 * DAY);
          const width = Math.max(coreEnd - coreStart + 3 * pad, 3 * DAY);
          const window = focusWindow(items);
          if (window === undefined) {
            // Only when everything fits in twice the padded core.
            expect(allEnd - allStart).toBeLessThanOrEqual(2 * width);
            return;
          }
          expect(window.start.getTime()).toBeLessThan(coreStart);
          expect(window.end.getTime()).toBeGreaterThan(coreEnd);
          expect(Math.abs(window.end.getTime() - window.start.getTime() - width)).toBeLessThan(1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('windowNearData, for a window a link asks for', () => {
  const DAY = 86_400_000;
  const span = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 11) };
  it.each<[string, { start: number; end: number }, { start: number; end: number } | null]>([
    ['a window on the data is kept', { start: span.start, end: span.end }, span],
    [
      'a window from the first instant a date can hold is cut to 30 days before the data',
      { start: -8.64e15, end: span.end },
      { start: span.start - 30 * DAY, end: span.end },
    ],
    [
      'a window to the last instant is cut to 30 days after',
      { start: span.start, end: 8.64e15 },
      { start: span.start, end: span.end + 30 * DAY },
    ],
    [
      'a window wholly before the data is dropped',
      { start: Date.UTC(1, 0, 1), end: Date.UTC(2, 0, 1) },
      null,
    ],
    [
      'a window wholly after it is dropped',
      { start: Date.UTC(2100, 0, 1), end: Date.UTC(2101, 0, 1) },
      null,
    ],
  ])('%s', (_why, window, expected) => {
    expect(windowNearData(window, span)).toEqual(expected);
  });

  it('allows as much room as the data is long, for a long timeline', () => {
    const long = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2000, 0, 1) };
    const wanted = { start: Date.UTC(1850, 0, 1), end: Date.UTC(1990, 0, 1) };
    expect(windowNearData(wanted, long)).toEqual(wanted);
  });

  it('drops any window when there is no data', () => {
    expect(windowNearData(span, itemsSpan([]))).toBeNull();
  });

  it('reads the span from the first start to the last end', () => {
    const items = [point('a', 2026, 1, 5), range('b', new Date(2006, 0, 1), new Date(2026, 0, 1))];
    expect(itemsSpan(items)).toEqual({
      start: new Date(2006, 0, 1).getTime(),
      end: new Date(2026, 0, 5, 12).getTime(),
    });
  });
});
