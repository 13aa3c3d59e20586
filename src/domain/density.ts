/**
 * How many events fall in each stretch of the whole timeline, for the overview strip. A single
 * day counts in its bucket; a less precise date spreads its one event over the buckets it covers,
 * so a decade-long range does not look like a burst of news. Buckets are even stretches of the
 * strip, not of time: given the dense stretch, the strip's scale (./overviewScale) gives it most
 * of the width.
 */
import { overviewScale, type OverviewScale } from './overviewScale';
import type { TimelineItemSpec } from './timelineItems';
import type { WindowRange } from './urlState';

export interface Density {
  /** Epoch milliseconds of the first bucket's start and the last bucket's end. */
  readonly start: number;
  readonly end: number;
  /** Events per bucket, in time order (fractional where ranges spread). */
  readonly counts: readonly number[];
  /** Where each time goes along the strip. */
  readonly scale: OverviewScale;
}

export function densityHistogram(
  items: readonly TimelineItemSpec[],
  buckets: number,
  dense?: WindowRange,
): Density | undefined {
  if (items.length === 0 || buckets < 1) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start.getTime());
    end = Math.max(end, (item.end ?? item.start).getTime());
  }
  // The dense stretch is drawn whole, padding and all, even where it reaches past the events.
  if (dense !== undefined) {
    start = Math.min(start, dense.start);
    end = Math.max(end, dense.end);
  }
  // One instant (a single event) still needs a width to draw.
  if (end <= start) end = start + 24 * 60 * 60 * 1000;
  const scale = overviewScale({ start, end }, dense);
  const counts = new Array<number>(buckets).fill(0);
  const bucketOf = (t: number): number =>
    Math.min(buckets - 1, Math.max(0, Math.floor(scale.toX(t) * buckets)));
  for (const item of items) {
    const first = bucketOf(item.start.getTime());
    const last = item.end === undefined ? first : bucketOf(item.end.getTime() - 1);
    const share = 1 / (last - first + 1);
    for (let b = first; b <= last; b += 1) counts[b] = (counts[b] ?? 0) + share;
  }
  return { start, end, counts, scale };
}
