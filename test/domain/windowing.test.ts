import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';
import { itemsNearWindow } from '../../src/domain/windowing';

const item = (id: string, start: number, end?: number): TimelineItemSpec => ({
  id,
  group: 'g',
  title: id,
  eventType: 'statement',
  kind: end === undefined ? 'point' : 'range',
  start: new Date(start),
  end: end === undefined ? undefined : new Date(end),
});
const ids = (items: readonly TimelineItemSpec[]): string[] => items.map((i) => i.id).sort();

const all = [
  item('far-left', 0),
  item('near-left', 920),
  item('inside', 1050),
  item('near-right', 1150),
  item('far-right', 5000),
  item('long-range', 0, 5000),
];

describe('itemsNearWindow', () => {
  it.each<[string, string | null, string[]]>([
    [
      'keeps items in the window, one width either side, and ranges across it',
      null,
      ['inside', 'long-range', 'near-left', 'near-right'],
    ],
    [
      'always keeps the selected item, however far',
      'far-right',
      ['far-right', 'inside', 'long-range', 'near-left', 'near-right'],
    ],
  ])('%s', (_why, keep, expected) => {
    const result = itemsNearWindow(all, { start: 1000, end: 1100 }, 100, keep);
    expect(ids(result.items)).toEqual(expected);
    expect(result.leftOut).toBe(0);
  });

  it('over the cap keeps those nearest the centre and counts the rest', () => {
    const result = itemsNearWindow(all, { start: 1000, end: 1100 }, 2, 'far-right');
    expect(ids(result.items)).toEqual(['far-right', 'inside']);
    expect(result.leftOut).toBe(3);
  });
});

/** What itemsNearWindow promises, written as plainly as possible: every item looked at. */
function nearByLooking(
  all: readonly TimelineItemSpec[],
  window: { start: number; end: number },
  cap: number,
  keepId: string | null,
): { ids: string[]; leftOut: number } {
  const width = window.end - window.start;
  const [from, to] = [window.start - width, window.end + width];
  const end = (i: TimelineItemSpec) => (i.end ?? i.start).getTime();
  const near = all.filter((i) => (end(i) >= from && i.start.getTime() <= to) || i.id === keepId);
  if (near.length <= cap) return { ids: near.map((i) => i.id), leftOut: 0 };
  const centre = (window.start + window.end) / 2;
  const distance = (i: TimelineItemSpec) =>
    i.id === keepId
      ? -1
      : i.start.getTime() <= centre && end(i) >= centre
        ? 0
        : Math.min(Math.abs(i.start.getTime() - centre), Math.abs(end(i) - centre));
  // The cap nearest, ties going to the earlier in the list.
  const ranked = near
    .map((item, k) => ({ item, k, d: distance(item) }))
    .sort((a, b) => a.d - b.d || a.k - b.k)
    .slice(0, cap)
    .sort((a, b) => a.k - b.k);
  return { ids: ranked.map((r) => r.item.id), leftOut: near.length - cap };
}

describe('itemsNearWindow against looking at every item', () => {
  const spec = fc
    .tuple(fc.integer({ min: 0, max: 10_000 }), fc.option(fc.integer({ min: 0, max: 3_000 })))
    .map(([start, length]) => ({ start, length }));
  it('finds the same items in the same order, sorted or not, for any window and cap', () => {
    fc.assert(
      fc.property(
        fc.array(spec, { maxLength: 60 }),
        fc.boolean(),
        fc.integer({ min: -2_000, max: 12_000 }),
        fc.integer({ min: 0, max: 4_000 }),
        fc.integer({ min: 1, max: 20 }),
        fc.option(fc.nat()),
        (raw, inOrder, start, width, cap, keep) => {
          const ordered = inOrder ? [...raw].sort((a, b) => a.start - b.start) : raw;
          const all = ordered.map((r, i) =>
            item(`e${i}`, r.start, r.length === null ? undefined : r.start + r.length),
          );
          const keepId = keep === null || all.length === 0 ? null : `e${keep % all.length}`;
          const window = { start, end: start + width };
          const found = itemsNearWindow(all, window, cap, keepId);
          // Asked twice of the same list (a pan), it answers from what it noted the first time.
          const again = itemsNearWindow(all, window, cap, keepId);
          const expected = nearByLooking(all, window, cap, keepId);
          expect(found.items.map((i) => i.id)).toEqual(expected.ids);
          expect(found.leftOut).toBe(expected.leftOut);
          expect(again).toEqual(found);
        },
      ),
    );
  });
});
