/**
 * How many events fall in each stretch of the whole timeline, for the overview strip. A single
 * day counts in its bucket; a less precise date spreads its one event over the buckets it covers,
 * so a decade-long range does not look like a burst of news.
 */
import type { TimelineItemSpec } from './timelineItems';

export interface Density {
  /** Epoch milliseconds of the first bucket's start and the last bucket's end. */
  readonly start: number;
  readonly end: number;
  /** Events per bucket, in time order (fractional where ranges spread). */
  readonly counts: readonly number[];
}

export function densityHistogram(
  items: readonly TimelineItemSpec[],
  buckets: number,
): Density | undefined {
  if (items.length === 0 || buckets < 1) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start.getTime());
    end = Math.max(end, (item.end ?? item.start).getTime());
  }
  // One instant (a single event) still needs a width to draw.
  if (end <= start) end = start + 24 * 60 * 60 * 1000;
  const width = (end - start) / buckets;
  const counts = new Array<number>(buckets).fill(0);
  const bucketOf = (t: number): number =>
    Math.min(buckets - 1, Math.max(0, Math.floor((t - start) / width)));
  for (const item of items) {
    const first = bucketOf(item.start.getTime());
    const last = item.end === undefined ? first : bucketOf(item.end.getTime() - 1);
    const share = 1 / (last - first + 1);
    for (let b = first; b <= last; b += 1) counts[b] = (counts[b] ?? 0) + share;
  }
  return { start, end, counts };
}
