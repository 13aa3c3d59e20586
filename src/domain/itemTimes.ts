/**
 * The items' times as plain numbers in start order, made once per list of items (the page hands
 * over a new list when the filters change, never on a pan or a zoom), so that finding the items
 * in a window costs a binary search and a walk over the stretch that can touch it, not a pass
 * over every item. Also which row each item sits in, as a number, made once per list and rows.
 */
import type { GroupSpec } from './grouping';
import type { TimelineItemSpec } from './timelineItems';
import type { WindowRange } from './urlState';

export interface ItemTimes {
  /** Positions in the list, by start (ties in list order). */
  readonly order: Uint32Array;
  /** By position in the list: start and end (a point's end is its start), in ms. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** By position in the list: 1 for a point, 0 for a range. */
  readonly points: Uint8Array;
  /** By rank in `order`: the start, and the latest end of the items up to that rank. */
  readonly sortedStarts: Float64Array;
  readonly latestEndSoFar: Float64Array;
}

const timesOf = new WeakMap<readonly TimelineItemSpec[], ItemTimes>();

export function itemTimes(items: readonly TimelineItemSpec[]): ItemTimes {
  const known = timesOf.get(items);
  if (known !== undefined) return known;
  const n = items.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const points = new Uint8Array(n);
  let sorted = true;
  items.forEach((item, i) => {
    points[i] = item.kind === 'point' ? 1 : 0;
    const start = item.start.getTime();
    starts[i] = start;
    ends[i] = item.end === undefined ? start : item.end.getTime();
    if (i > 0 && start < (starts[i - 1] ?? start)) sorted = false;
  });
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  // The page's lists come in time order; only another order pays for a sort.
  if (!sorted) order.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || a - b);
  const sortedStarts = new Float64Array(n);
  const latestEndSoFar = new Float64Array(n);
  let latest = -Infinity;
  for (let k = 0; k < n; k += 1) {
    const i = order[k] ?? 0;
    sortedStarts[k] = starts[i] ?? 0;
    latest = Math.max(latest, ends[i] ?? 0);
    latestEndSoFar[k] = latest;
  }
  const times = { order, starts, ends, points, sortedStarts, latestEndSoFar };
  timesOf.set(items, times);
  return times;
}

/** The first rank whose value is at least (or, with `strictly`, more than) `value`. */
function firstReaching(values: Float64Array, value: number, strictly: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = values[middle] ?? Infinity;
    if (strictly ? at > value : at >= value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Calls `visit` with the list position of every item whose time touches the window (a point
 * inside it, a range that overlaps it), in start order.
 */
export function forEachInWindow(
  times: ItemTimes,
  window: WindowRange,
  visit: (position: number) => void,
): void {
  // Before `first` every item ends before the window; from `last` on every one starts after it.
  const first = firstReaching(times.latestEndSoFar, window.start, false);
  const last = firstReaching(times.sortedStarts, window.end, true);
  for (let k = first; k < last; k += 1) {
    const i = times.order[k] ?? 0;
    if ((times.ends[i] ?? -Infinity) >= window.start) visit(i);
  }
}

/** Events outside a window on one side: how many, and the first and last of their times. */
export interface EdgeGroup {
  readonly count: number;
  readonly first: number;
  readonly last: number;
}

interface EdgeTimes {
  /** By position in the list: the item's last instant (a range's end is exclusive). */
  readonly lasts: Float64Array;
  /** By rank in start order: the latest last instant of the items up to that rank... */
  readonly latestLastTo: Float64Array;
  /** ...and from that rank on. */
  readonly latestLastFrom: Float64Array;
}

const edgeTimesOf = new WeakMap<ItemTimes, EdgeTimes>();

/** Made once per list, on its first use: three passes, no sort. */
function edgeTimes(times: ItemTimes): EdgeTimes {
  const known = edgeTimesOf.get(times);
  if (known !== undefined) return known;
  const n = times.order.length;
  const lasts = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    lasts[i] = times.points[i] === 1 ? (times.starts[i] ?? 0) : (times.ends[i] ?? 0) - 1;
  }
  const lastAt = (k: number): number => lasts[times.order[k] ?? 0] ?? -Infinity;
  const latestLastTo = new Float64Array(n);
  const latestLastFrom = new Float64Array(n);
  let latest = -Infinity;
  for (let k = 0; k < n; k += 1) {
    latest = Math.max(latest, lastAt(k));
    latestLastTo[k] = latest;
  }
  latest = -Infinity;
  for (let k = n - 1; k >= 0; k -= 1) {
    latest = Math.max(latest, lastAt(k));
    latestLastFrom[k] = latest;
  }
  const made = { lasts, latestLastTo, latestLastFrom };
  edgeTimesOf.set(times, made);
  return made;
}

/**
 * Makes what eventsOutside and the layout read of a list (its times and edge times) ahead of
 * their first use, as a task of its own: 81 ms at 100,000 events (unminified, under the profiler)
 * that was otherwise spent inside the timeline's render of the whole file's list.
 */
export function prepareTimes(items: readonly TimelineItemSpec[]): void {
  edgeTimes(itemTimes(items));
}

/**
 * The items wholly before the window (their last instant before its start) and wholly after it
 * (starting after its end). After: a binary search. Before: every item ranked ahead of the first
 * whose end reaches the window, and those of the stretch that starts before the window which end
 * before it (the stretch forEachInWindow walks too).
 */
export function outsideWindow(
  times: ItemTimes,
  window: WindowRange,
): { before: EdgeGroup | undefined; after: EdgeGroup | undefined } {
  const { lasts, latestLastTo, latestLastFrom } = edgeTimes(times);
  const n = times.order.length;
  const wholly = firstReaching(times.latestEndSoFar, window.start, false);
  // A range of no length that starts at the window's start ends before it (its end is exclusive).
  const notAfterStart = firstReaching(times.sortedStarts, window.start, true);
  let count = wholly;
  let first = wholly > 0 ? (times.sortedStarts[0] ?? 0) : Infinity;
  let last = wholly > 0 ? (latestLastTo[wholly - 1] ?? 0) : -Infinity;
  for (let k = wholly; k < notAfterStart; k += 1) {
    const itemLast = lasts[times.order[k] ?? 0] ?? Infinity;
    if (itemLast >= window.start) continue;
    count += 1;
    first = Math.min(first, times.sortedStarts[k] ?? 0);
    last = Math.max(last, itemLast);
  }
  const afterFrom = firstReaching(times.sortedStarts, window.end, true);
  return {
    before: count === 0 ? undefined : { count, first, last },
    after:
      afterFrom === n
        ? undefined
        : {
            count: n - afterFrom,
            first: times.sortedStarts[afterFrom] ?? 0,
            last: latestLastFrom[afterFrom] ?? 0,
          },
  };
}

const rowsOf = new WeakMap<
  readonly TimelineItemSpec[],
  { groups: readonly GroupSpec[]; rows: Int32Array }
>();

/** The position in `groups` of each item's row, by list position (-1: a row not given). */
export function rowPositions(
  items: readonly TimelineItemSpec[],
  groups: readonly GroupSpec[],
): Int32Array {
  const known = rowsOf.get(items);
  if (known !== undefined && known.groups === groups) return known.rows;
  const byId = new Map(groups.map((group, position) => [group.id, position]));
  // Filled in a loop: Int32Array.from with a mapping function took 30-60 ms for 100,000 items
  // in V8, against 4-6 ms.
  const rows = new Int32Array(items.length);
  items.forEach((item, i) => {
    rows[i] = byId.get(item.group) ?? -1;
  });
  rowsOf.set(items, { groups, rows });
  return rows;
}
