import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  denseStretch,
  edgeMarkerText,
  eventsOutside,
  fitWindow,
  groupWhen,
  windowAround,
  windowOfGroup,
  ZOOM_STEP_SPAN,
} from '../../src/domain/eventFrame';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';

const DAY = 24 * 60 * 60 * 1000;
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d, 12);

const point = (id: string, at: number): TimelineItemSpec => ({
  id,
  group: 'g',
  title: id,
  eventType: 'statement',
  kind: 'point',
  precision: 'day',
  start: new Date(at),
  end: undefined,
});
const range = (id: string, from: number, to: number): TimelineItemSpec => ({
  ...point(id, from),
  kind: 'range',
  end: new Date(to),
});

/** 50 events over January 2026 and 5 from 1983 to 2008: the issue's own case. */
const january = Array.from({ length: 50 }, (_, i) => point(`j${i}`, utc(2026, 1, 1 + (i % 30))));
const outliers = [1983, 1989, 1995, 2001, 2008].map((y) => point(`o${y}`, utc(y, 6, 1)));

describe('denseStretch', () => {
  it.each([
    {
      why: 'far outliers are left out: January 2026 is framed, not 1983 to 2026',
      items: [...outliers, ...january],
      start: utc(2026, 1, 1),
      end: utc(2026, 1, 30),
    },
    {
      why: 'an even spread is taken whole',
      items: Array.from({ length: 20 }, (_, i) => point(`e${i}`, utc(2006 + i, 1, 1))),
      start: utc(2006, 1, 1),
      end: utc(2025, 1, 1),
    },
    {
      why: 'neighbours a day apart join a one-day burst',
      items: [
        ...Array.from({ length: 8 }, (_, i) => point(`a${i}`, utc(2026, 1, 5))),
        point('b', utc(2026, 1, 4)),
        point('c', utc(1990, 1, 1)),
      ],
      start: utc(2026, 1, 4),
      end: utc(2026, 1, 5),
    },
    {
      why: 'one event is its own stretch',
      items: [point('a', utc(2026, 1, 5))],
      start: utc(2026, 1, 5),
      end: utc(2026, 1, 5),
    },
  ])('$why', ({ items, start, end }) => {
    expect(denseStretch(items)).toEqual({ start, end });
  });

  it('has no stretch without events', () => {
    expect(denseStretch([])).toBeUndefined();
    expect(fitWindow([])).toBeUndefined();
  });
});

describe('fitWindow', () => {
  it('frames the dense stretch with a little room, more on the right where titles run', () => {
    const fit = fitWindow([...outliers, ...january]);
    expect(fit?.start).toBeLessThan(utc(2026, 1, 1));
    expect(fit?.start).toBeGreaterThan(utc(2025, 12, 25));
    expect(fit?.end).toBeGreaterThan(utc(2026, 1, 30));
    expect(fit?.end).toBeLessThan(utc(2026, 2, 10));
  });

  it('is a few days wide at least', () => {
    const fit = fitWindow([point('a', utc(2026, 1, 5))]);
    expect((fit?.end ?? 0) - (fit?.start ?? 0)).toBeGreaterThanOrEqual(3 * DAY);
  });
});

describe('eventsOutside', () => {
  const window = { start: utc(2026, 1, 1) - DAY, end: utc(2026, 2, 1) };
  it('counts the events wholly before and after the window', () => {
    const later = [point('l1', utc(2026, 3, 1)), point('l2', utc(2027, 5, 1))];
    const { before, after } = eventsOutside([...outliers, ...january, ...later], window);
    expect(before).toEqual({ count: 5, first: utc(1983, 6, 1), last: utc(2008, 6, 1) });
    expect(after).toEqual({ count: 2, first: utc(2026, 3, 1), last: utc(2027, 5, 1) });
  });

  it('does not count a range that reaches into the window', () => {
    const { before } = eventsOutside([range('r', utc(2017, 1, 1), utc(2026, 1, 3))], window);
    expect(before).toBeUndefined();
  });

  it('counts a range that ends where the window starts as before it (its end is exclusive)', () => {
    const { before } = eventsOutside([range('r', utc(2017, 1, 1), window.start)], window);
    expect(before?.count).toBe(1);
  });

  it('counts as a pass over every item does, for any items (in any order) and window', () => {
    /** The rule, item by item: wholly before (last instant before the start) or after the end. */
    const byPass = (items: readonly TimelineItemSpec[], shown: { start: number; end: number }) => {
      const side = (keep: (start: number, last: number) => boolean) => {
        const kept = items
          .map((item) => {
            const start = item.start.getTime();
            return { start, last: item.end === undefined ? start : item.end.getTime() - 1 };
          })
          .filter(({ start, last }) => keep(start, last));
        if (kept.length === 0) return undefined;
        return {
          count: kept.length,
          first: Math.min(...kept.map((k) => k.start)),
          last: Math.max(...kept.map((k) => k.last)),
        };
      };
      return {
        before: side((_, last) => last < shown.start),
        after: side((start) => start > shown.end),
      };
    };
    const time = fc.integer({ min: 0, max: 60 }).map((day) => utc(2026, 1, 1) + day * DAY);
    const item = fc
      .tuple(fc.nat(), time, fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }))
      .map(([n, start, days]) =>
        days === undefined ? point(`p${n}`, start) : range(`r${n}`, start, start + days * DAY),
      );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), time, time, (items, a, b) => {
        const shown = { start: Math.min(a, b), end: Math.max(a, b) };
        expect(eventsOutside(items, shown)).toEqual(byPass(items, shown));
      }),
      { numRuns: 500 },
    );
  });
});

describe('edge markers', () => {
  it.each([
    { why: 'years apart', first: utc(1983, 6, 1), last: utc(2008, 6, 1), text: '1983–2008' },
    { why: 'one year', first: utc(1983, 1, 1), last: utc(1983, 1, 1), text: '1983' },
    { why: 'months apart in a year', first: utc(2025, 3, 1), last: utc(2025, 9, 1), text: '2025' },
  ])(
    'names the years of the events, never a month or day they may not have ($why)',
    ({ first, last, text }) => {
      expect(groupWhen({ count: 2, first, last })).toBe(text);
    },
  );

  it('says where the events are, how many, and which way', () => {
    const group = { count: 5, first: utc(1983, 6, 1), last: utc(2008, 6, 1) };
    expect(edgeMarkerText(group, 'before')).toBe('← 1983–2008, 5 events');
    expect(edgeMarkerText({ ...group, count: 1, last: group.first }, 'after')).toBe(
      '1983, 1 event →',
    );
  });

  it('moves the window to frame the group, not into the window they lay outside of', () => {
    const news = { start: utc(2009, 1, 1), end: utc(2009, 2, 1) };
    const earlier = windowOfGroup(
      { count: 5, first: utc(1983, 6, 1), last: utc(2008, 6, 1) },
      'before',
      news,
    );
    expect(earlier.start).toBeLessThan(utc(1983, 6, 1));
    expect(earlier.end).toBeGreaterThan(utc(2008, 6, 1));
    expect(earlier.end).toBeLessThanOrEqual(news.start);
    const later = windowOfGroup(
      { count: 1, first: utc(2009, 2, 2), last: utc(2009, 2, 2) },
      'after',
      news,
    );
    expect(later.start).toBeGreaterThanOrEqual(news.end);
    expect(later.start).toBeLessThan(utc(2009, 2, 2));
    expect(later.end).toBeGreaterThan(utc(2009, 2, 2));
  });
});

describe('zoom steps', () => {
  it.each(Object.entries(ZOOM_STEP_SPAN))('a %s around the centre', (_step, span) => {
    const shown = windowAround({ start: 1000, end: 3000 }, span);
    expect(shown.end - shown.start).toBe(span);
    expect((shown.start + shown.end) / 2).toBe(2000);
  });
});
