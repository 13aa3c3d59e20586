import { describe, expect, it } from 'vitest';
import type { GroupSpec } from '../../src/domain/grouping';
import { layoutRows, type RowLayoutOptions } from '../../src/domain/rowLayout';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';

const DAY = 24 * 60 * 60 * 1000;
const origin = Date.UTC(2026, 0, 1);

/** One pixel per hour from 1 January 2026; an item area 1,000 px wide. */
const options: RowLayoutOptions = {
  toX: (time) => (time - origin) / (DAY / 24),
  width: 1000,
  pointWidth: 100,
  minRangeWidth: 10,
  laneHeight: 30,
  gap: 4,
  padding: 5,
};

const row = (id: string, order: number): GroupSpec => ({ id, label: id.toUpperCase(), order });

function point(id: string, group: string, day: number): TimelineItemSpec {
  return {
    id,
    group,
    title: id,
    eventType: 'statement',
    kind: 'point',
    start: new Date(origin + day * DAY),
    end: undefined,
  };
}

function range(id: string, group: string, fromDay: number, toDay: number): TimelineItemSpec {
  return { ...point(id, group, fromDay), kind: 'range', end: new Date(origin + toDay * DAY) };
}

describe('layoutRows', () => {
  it('puts the rows one under the other, in the order given, each as tall as its lanes', () => {
    const layout = layoutRows(
      [row('a', 0), row('b', 1)],
      [point('p1', 'b', 0), point('p2', 'b', 1), point('p3', 'a', 10)],
      options,
    );
    expect(layout.rows.map((r) => [r.group.id, r.top, r.height])).toEqual([
      ['a', 0, 40],
      ['b', 40, 70],
    ]);
    expect(layout.height).toBe(110);
  });

  it('puts an item in the first lane where it clears the item before it by the gap', () => {
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
    const lanes = Object.fromEntries(placed?.items.map((i) => [i.spec.id, i.top]) ?? []);
    expect(lanes).toEqual({ first: 5, overlaps: 35, 'too close': 65, clear: 5 });
  });

  it('draws a range as wide as its span, at least the least width, and a point at its width', () => {
    const [placed] = layoutRows(
      [row('a', 0)],
      [range('week', 'a', 0, 7), range('hour', 'a', 10, 10 + 1 / 24), point('day', 'a', 20)],
      options,
    ).rows;
    const widths = Object.fromEntries(placed?.items.map((i) => [i.spec.id, i.width]) ?? []);
    expect(widths).toEqual({ week: 168, hour: 10, day: 100 });
    expect(placed?.items.find((i) => i.spec.id === 'day')?.left).toBe(480);
  });

  it('leaves out the items wholly outside the item area, and keeps one that reaches into it', () => {
    const [placed] = layoutRows(
      [row('a', 0)],
      [
        range('before', 'a', -10, -5),
        range('across', 'a', -10, 1),
        point('after', 'a', 50),
        point('point just before', 'a', -4),
      ],
      options,
    ).rows;
    expect(placed?.items.map((i) => i.spec.id).sort()).toEqual(['across', 'point just before']);
    expect(placed?.items.find((i) => i.spec.id === 'across')?.left).toBe(-240);
  });

  it('cuts a range reaching far past the item area to one area’s width beyond each edge', () => {
    const [placed] = layoutRows(
      [row('a', 0)],
      [range('decade', 'a', -100, 200), range('late', 'a', 30, 300), point('soon', 'a', 1)],
      options,
    ).rows;
    const boxes = Object.fromEntries(
      placed?.items.map((i) => [i.spec.id, [i.left, i.width]]) ?? [],
    );
    expect(boxes).toEqual({ decade: [-1000, 3000], late: [720, 1280], soon: [24, 100] });
    // Cut boxes still stack as the whole spans would: the decade and the late range overlap.
    const lanes = placed?.items.map((i) => i.top);
    expect(new Set(lanes).size).toBe(2);
  });

  it('draws a row with nothing in view as one empty lane', () => {
    const layout = layoutRows([row('a', 0)], [point('far', 'a', 400)], options);
    expect(layout.rows[0]?.items).toEqual([]);
    expect(layout.rows[0]?.height).toBe(40);
  });

  it('gives the same layout whatever order the items come in', () => {
    const items = [point('x', 'a', 0), point('y', 'a', 0), range('z', 'a', 0, 1)];
    const one = layoutRows([row('a', 0)], items, options);
    const other = layoutRows([row('a', 0)], [...items].reverse(), options);
    expect(other).toEqual(one);
  });
});
