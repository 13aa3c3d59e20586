/**
 * Which items the timeline widget should hold: those in the visible window and one window-width
 * either side, so that panning a little finds them already drawn. The widget slows down with every
 * item it holds (it measures each one it shows), so a long timeline is never handed over whole.
 * Past `cap` items the nearest to the window's centre are kept and the rest counted, for the page
 * to say how many are not drawn at this zoom.
 */
import type { TimelineItemSpec } from './timelineItems';
import type { WindowRange } from './urlState';

export interface ItemsNearWindow {
  readonly items: readonly TimelineItemSpec[];
  /** Items in the neighbourhood left out because of the cap. */
  readonly leftOut: number;
}

/**
 * The items' times as numbers, with bounds that let a window skip most of them: the latest end
 * of the items up to each position, and the earliest start from each position on. Both only
 * grow along the list, so a binary search finds where the items that can touch a window begin
 * and end, whatever order the items are in (in time order, the stretch is about the window).
 */
interface TimeBounds {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly latestEndSoFar: Float64Array;
  readonly earliestStartFrom: Float64Array;
}

/** Made once per list: the page hands over a new list when the filters change, not on a pan. */
const boundsOf = new WeakMap<readonly TimelineItemSpec[], TimeBounds>();

function timeBounds(all: readonly TimelineItemSpec[]): TimeBounds {
  const known = boundsOf.get(all);
  if (known !== undefined) return known;
  const n = all.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const latestEndSoFar = new Float64Array(n);
  const earliestStartFrom = new Float64Array(n);
  let latest = -Infinity;
  all.forEach((item, i) => {
    const start = item.start.getTime();
    const end = item.end === undefined ? start : item.end.getTime();
    starts[i] = start;
    ends[i] = end;
    latest = Math.max(latest, end);
    latestEndSoFar[i] = latest;
  });
  let earliest = Infinity;
  for (let i = n - 1; i >= 0; i -= 1) {
    earliest = Math.min(earliest, starts[i] ?? Infinity);
    earliestStartFrom[i] = earliest;
  }
  const bounds = { starts, ends, latestEndSoFar, earliestStartFrom };
  boundsOf.set(all, bounds);
  return bounds;
}

/** The first position whose value is at least (or, with `strictly`, more than) `value`. */
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

export function itemsNearWindow(
  all: readonly TimelineItemSpec[],
  window: WindowRange,
  cap: number,
  keepId: string | null,
): ItemsNearWindow {
  const width = window.end - window.start;
  const from = window.start - width;
  const to = window.end + width;
  const { starts, ends, latestEndSoFar, earliestStartFrom } = timeBounds(all);
  // Before `first` every item ends before `from`; from `last` on every item starts after `to`.
  const first = firstReaching(latestEndSoFar, from, false);
  const last = Math.max(first, firstReaching(earliestStartFrom, to, true));
  const keep = keepId === null ? -1 : all.findIndex((item) => item.id === keepId);
  const at: number[] = keep !== -1 && keep < first ? [keep] : [];
  for (let i = first; i < last; i += 1) {
    const inWindow = (ends[i] ?? -Infinity) >= from && (starts[i] ?? Infinity) <= to;
    if (inWindow || i === keep) at.push(i);
  }
  if (keep >= last) at.push(keep);
  const near = at.map((i) => all[i] as TimelineItemSpec);
  if (near.length <= cap) return { items: near, leftOut: 0 };
  const centre = (window.start + window.end) / 2;
  const distance = (i: number): number => {
    if (i === keep) return -1;
    const start = starts[i] ?? 0;
    const end = ends[i] ?? start;
    return start <= centre && end >= centre
      ? 0
      : Math.min(Math.abs(start - centre), Math.abs(end - centre));
  };
  // The cap-th smallest distance, found by sorting plain numbers: sorting the items themselves
  // with this comparator took a tenth of a second at far zoom over 100,000 events.
  const distances = Float64Array.from(at, distance);
  const threshold = distances.slice().sort()[cap - 1] ?? Infinity;
  let ties = cap - distances.filter((d) => d < threshold).length;
  const kept = near.filter((_, k) => {
    const d = distances[k] ?? Infinity;
    if (d < threshold) return true;
    if (d > threshold || ties <= 0) return false;
    ties -= 1;
    return true;
  });
  return { items: kept, leftOut: near.length - kept.length };
}
