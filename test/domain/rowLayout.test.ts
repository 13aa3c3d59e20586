import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupSpec } from '../../src/domain/grouping';
import { layoutHit } from '../../src/domain/layoutHit';
import {
  inStrideOrder,
  layoutRows,
  type PlacedRow,
  type RowLayoutOptions,
} from '../../src/domain/rowLayout';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = DAY / 24;
const origin = Date.UTC(2026, 0, 1);

/** One pixel per hour from 1 January 2026: an item area 1,000 px wide. */
const options: RowLayoutOptions = {
  window: { start: origin, end: origin + 1000 * HOUR },
  width: 1000,
  laneHeight: 30,
  gap: 4,
  padding: 5,
  pointInset: 6,
  pointWidth: () => 100,
  minRangeWidth: 10,
  aggregateWidth: 60,
  everyItemUpTo: 1000,
  everyItemInRowUpTo: 0,
  laneBudget: 4,
  maxLanes: 3,
  selectedId: null,
};
/** The same, but crowded: every window counts as holding many events. */
const crowded: RowLayoutOptions = { ...options, everyItemUpTo: 0 };

const row = (id: string, order: number): GroupSpec => ({ id, label: id.toUpperCase(), order });

function point(id: string, group: string, day: number): TimelineItemSpec {
  return {
    id,
    group,
    title: id,
    eventType: 'statement',
    kind: 'point',
    precision: 'day',
    start: new Date(origin + day * DAY),
    end: undefined,
  };
}

function range(id: string, group: string, fromDay: number, toDay: number): TimelineItemSpec {
  return { ...point(id, group, fromDay), kind: 'range', end: new Date(origin + toDay * DAY) };
}

const byId = (placed: PlacedRow | undefined, read: (i: PlacedRow['items'][number]) => unknown) =>
  Object.fromEntries(placed?.items.map((i) => [i.spec.id, read(i)]) ?? []);

describe('layoutRows', () => {
  it('puts the rows with events in the window one under the other, each as tall as its lanes', () => {
    const layout = layoutRows(
      [row('a', 0), row('empty', 1), row('b', 2)],
      [point('p1', 'b', 0), point('p2', 'b', 1), point('p3', 'a', 10), point('far', 'empty', 99)],
      options,
    );
    expect(layout.rows.map((r) => [r.group.id, r.top, r.height])).toEqual([
      ['a', 0, 40],
      ['b', 40, 70],
    ]);
    expect(layout.height).toBe(110);
    expect(layout.inWindow).toBe(3);
  });

  it('puts a box in a lane where it clears every other box by the gap', () => {
    const [placed] = layoutRows(
      [row('a', 0)],
      [
        range('first', 'a', 0, 2), // 0 to 48 px
        range('overlaps', 'a', 1, 3), // 24 to 72 px: second lane
        range('too close', 'a', 2, 4), // 48 to 96 px: 48 < 48 + 4, so not the first lane
        range('clear', 'a', 3, 4), // 72 to 96 px: clears the first lane's 48 + 4
      ],
      options,
    ).rows;
    const lanes = byId(placed, (i) => i.top);
    // 'first' and 'too close' are 0 px apart, less than the gap: never in one lane.
    expect(lanes['first']).not.toBe(lanes['too close']);
    expect(new Set(Object.values(lanes)).size).toBeLessThanOrEqual(3);
  });

  it('sizes a range by its span (at least the least width), a point by its title, cut at the edge', () => {
    const [placed] = layoutRows(
      [row('a', 0)],
      [
        range('week', 'a', 0, 7),
        range('hour', 'a', 10, 10 + 1 / 24),
        point('day', 'a', 20),
        point('late', 'a', 41),
        range('across', 'a', -10, 1),
        range('decade', 'a', -100, 3000),
      ],
      options,
    ).rows;
    expect(byId(placed, (i) => [i.left, i.width].map((n) => Math.round(n * 1000) / 1000))).toEqual({
      week: [0, 168],
      hour: [240, 10],
      day: [474, 100],
      // 984 - 6 = 978 from the left: only 22 px of room before the edge.
      late: [978, 22],
      // Ranges that began before the window start at its edge; none reaches past it.
      across: [-1, 25],
      decade: [-1, 1002],
    });
  });

  it('leaves out the events whose time is outside the window', () => {
    const layout = layoutRows(
      [row('a', 0)],
      [range('before', 'a', -10, -5), point('after', 'a', 50), point('just before', 'a', -0.01)],
      options,
    );
    expect(layout.rows).toEqual([]);
    expect(layout.inWindow).toBe(0);
  });

  it('gives points their lanes before ranges, so a range across the window takes none of theirs', () => {
    const [placed] = layoutRows(
      [row('a', 0)],
      [range('all', 'a', -5, 100), point('p1', 'a', 1), point('p2', 'a', 1), point('p3', 'a', 1)],
      { ...crowded, laneBudget: 3 },
    ).rows;
    // Three point lanes (the cap), then the range's own lane below them.
    const lanes = byId(placed, (i) => i.top);
    expect([lanes['p1'], lanes['p2'], lanes['p3']].sort()).toEqual([35, 5, 65]);
    expect(lanes['all']).toBe(95);
    expect(placed?.aggregates).toEqual([]);
  });

  it('counts what does not fit in an aggregate where those events are, and zooms to their span', () => {
    const items = [0, 1, 2, 3, 4].map((n) => point(`p${n}`, 'a', 10 + n / 24));
    const [placed] = layoutRows([row('a', 0)], items, { ...crowded, laneBudget: 2 }).rows;
    // Two lanes for five events an hour (a pixel) apart: two are items, three are counted.
    const shown = placed?.items.map((i) => i.spec.id) ?? [];
    expect(shown).toHaveLength(2);
    const left = items.filter((i) => !shown.includes(i.id)).map((i) => i.start.getTime());
    const first = Math.min(...left);
    const rounded = placed?.aggregates.map((a) => ({
      ...a,
      left: Math.round(a.left),
      width: Math.round(a.width),
    }));
    expect(rounded).toEqual([
      {
        // Where the first of them is (its dot's box begins 6 px before it), to the 4 px cell.
        left: Math.floor(((first - origin) / HOUR - 6) / 4) * 4,
        width: 60,
        top: 5 + 2 * 30,
        count: 3,
        start: first,
        end: Math.max(...left),
      },
    ]);
    expect(placed?.height).toBe(10 + 3 * 30);
  });

  it('stacks the events of a window with few of them in time order, each day below the one before', () => {
    // Boxes 100 px wide a day (24 px) apart overlap: each takes a lane of its own.
    const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, n) =>
      point(id, 'r', 1 + Math.floor(n / 3)),
    );
    const [placed] = layoutRows([row('r', 0)], items, options).rows;
    const top = (id: string) => placed?.items.find((i) => i.spec.id === id)?.top ?? NaN;
    const firstDay = ['a', 'b', 'c'].map(top);
    const secondDay = ['d', 'e', 'f'].map(top);
    expect(Math.max(...firstDay)).toBeLessThan(Math.min(...secondDay));
    expect(firstDay).toEqual([...firstDay].sort((x, y) => x - y));
  });

  it('draws every event of a window with few of them as an item, however they stack', () => {
    const items = Array.from({ length: 12 }, (_, n) => point(`p${n}`, 'a', 3));
    const [placed] = layoutRows([row('a', 0)], items, { ...options, everyItemUpTo: 12 }).rows;
    expect(placed?.items).toHaveLength(12);
    expect(placed?.aggregates).toEqual([]);
  });

  it('moves the items with the window on a pan, each in its lane, away from where events come and go', () => {
    // Four events a day from a day before the window: a pan of 30 hours drops some at the left.
    const items = Array.from({ length: 160 }, (_, n) => point(`p${n}`, 'a', -1 + n / 4));
    const place = (shift: number) =>
      layoutRows([row('a', 0)], items, {
        ...crowded,
        laneBudget: 2,
        window: { start: origin + shift * HOUR, end: origin + (1000 + shift) * HOUR },
      })
        .rows[0]?.items.filter((i) => i.left + shift > 500)
        .map((i) => [i.spec.id, Math.round(i.left + shift), i.top]);
    // 30 hours later the same events are drawn 30 px further left, each in its lane.
    expect(place(30)?.length).toBeGreaterThan(4);
    expect(place(30)).toEqual(place(0));
  });

  it('draws the selected event as an item even in a crowded row', () => {
    const items = [0, 1, 2, 3, 4].map((n) => point(`p${n}`, 'a', 10 + n / 24));
    const [placed] = layoutRows([row('a', 0)], items, {
      ...crowded,
      laneBudget: 1,
      selectedId: 'p3',
    }).rows;
    expect(placed?.items.map((i) => i.spec.id)).toContain('p3');
    expect(placed?.aggregates.reduce((n, a) => n + a.count, 0)).toBe(4);
  });

  it('finds the item or aggregate under a point, and the row under an empty place', () => {
    const items = [0, 1, 2].map((n) => point(`p${n}`, 'a', 10 + n / 24));
    const layout = layoutRows([row('a', 0)], items, { ...crowded, laneBudget: 1 });
    const hit = (x: number, y: number) => {
      const found = layoutHit(layout, x, y, 24);
      if (found.kind === 'item') return found.item.spec.id;
      if (found.kind === 'aggregate') return `+${found.aggregate.count}`;
      return found.kind;
    };
    expect([hit(240, 10), hit(260, 40), hit(900, 10), hit(10, 500)]).toEqual([
      'p0',
      '+2',
      'row',
      'none',
    ]);
  });
});

const itemArbitrary = fc.record({
  group: fc.constantFrom('a', 'b', 'c'),
  day: fc.double({ min: -20, max: 60, noNaN: true }),
  length: fc.option(fc.double({ min: 0.01, max: 40, noNaN: true }), { nil: undefined }),
});

describe('layoutRows, for any events and window', () => {
  it('shows each event in the window once, as an item or in one aggregate, and overlaps nothing', () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { maxLength: 120 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 200, max: 1600 }),
        (drawn, everyItemUpTo, laneBudget, width) => {
          const items = drawn.map(({ group, day, length }, n) =>
            length === undefined
              ? point(`e${n}`, group, day)
              : range(`e${n}`, group, day, day + length),
          );
          const settings = { ...options, width, everyItemUpTo, laneBudget };
          const layout = layoutRows([row('a', 0), row('b', 1), row('c', 2)], items, settings);
          const inWindow = items.filter(
            (i) =>
              (i.end ?? i.start).getTime() >= settings.window.start &&
              i.start.getTime() <= settings.window.end,
          );
          const shown = layout.rows.flatMap((r) => r.items.map((i) => i.spec.id));
          const counted = layout.rows.flatMap((r) => r.aggregates).reduce((n, a) => n + a.count, 0);
          expect(new Set(shown).size).toBe(shown.length);
          expect(shown.length + counted).toBe(inWindow.length);
          expect(layout.inWindow).toBe(inWindow.length);
          for (const placed of layout.rows) {
            const boxes = [
              ...placed.items.map((i) => ({ left: i.left, right: i.left + i.width, top: i.top })),
              ...placed.aggregates.map((a) => ({
                left: a.left,
                right: a.left + a.width,
                top: a.top,
              })),
            ];
            for (const one of boxes)
              for (const other of boxes)
                if (one !== other && one.top === other.top)
                  expect(
                    one.right + settings.gap <= other.left ||
                      other.right + settings.gap <= one.left,
                  ).toBe(true);
            for (const aggregate of placed.aggregates) {
              expect(aggregate.left).toBeGreaterThanOrEqual(0);
              expect(aggregate.left + aggregate.width).toBeLessThanOrEqual(Math.max(width, 60));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('inStrideOrder', () => {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  /** The reference: the whole stride walked, keeping the positions given. */
  const walked = (positions: readonly number[], n: number, step: number): number[] => {
    const wanted = new Set(positions);
    const out: number[] = [];
    for (let k = 0, i = 0; k < n; k += 1, i = (i + step) % n) if (wanted.has(i)) out.push(i);
    return out;
  };

  it('gives the positions in the order a stride through the whole list visits them', () => {
    expect([...inStrideOrder([0, 1, 2, 3, 4, 5, 6], 7, 3)]).toEqual([0, 3, 6, 2, 5, 1, 4]);
    expect([...inStrideOrder([6, 1, 4], 7, 3)]).toEqual([6, 1, 4]);
    expect([...inStrideOrder([4, 2], 5, 1)]).toEqual([2, 4]);
    expect([...inStrideOrder([], 0, 1)]).toEqual([]);
  });

  it('matches the whole walk for any list length, stride and positions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.nat(), { maxLength: 200 }),
        (n, rawStep, raw) => {
          let step = (rawStep % n) + 1;
          while (n > 1 && gcd(step, n) !== 1) step += 1;
          const positions = [...new Set(raw.map((p) => p % n))];
          expect([...inStrideOrder(positions, n, step)]).toEqual(walked(positions, n, step));
        },
      ),
    );
  });

  it('stays exact for a list of millions', () => {
    const n = 3_000_017;
    const step = 1_854_011;
    const positions = [n - 1, 0, 1_500_000, 42];
    expect([...inStrideOrder(positions, n, step)]).toEqual(walked(positions, n, step));
  });
});
