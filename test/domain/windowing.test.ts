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
