/**
 * The stretch of time the timeline opens on. News events cluster: the seed articles reach back
 * to 1983 but most of what they report happened within a few days, so fitting everything would
 * pile the news into one column. The first view frames the shortest stretch that holds most
 * single-day events, padded, unless everything already fits comfortably.
 */
import type { TimelineItemSpec } from './timelineItems';
import type { WindowRange } from './urlState';

export interface TimeWindow {
  readonly start: Date;
  readonly end: Date;
}

const DAY = 24 * 60 * 60 * 1000;
/** Share of the single-day events the first view must hold... */
const CORE_SHARE = 0.75;
/** ...up to this many, so that a long timeline opens on a readable stretch, not on years. */
const CORE_MAX = 200;
const MIN_WIDTH = 3 * DAY;

/** The window to open on, or undefined to let the widget fit all items. */
export function focusWindow(items: readonly TimelineItemSpec[]): TimeWindow | undefined {
  if (items.length === 0) return undefined;
  // Plain numbers in a typed array: sorting them is far quicker than sorting boxed ones, and no
  // list is spread into arguments (which has a limit a long timeline would reach).
  let pointCount = 0;
  let allStart = Infinity;
  let allEnd = -Infinity;
  for (const item of items) {
    if (item.kind === 'point') pointCount += 1;
    allStart = Math.min(allStart, item.start.getTime());
    allEnd = Math.max(allEnd, (item.end ?? item.start).getTime());
  }
  const times = new Float64Array(pointCount > 0 ? pointCount : items.length);
  let filled = 0;
  for (const item of items) {
    if (pointCount === 0 || item.kind === 'point') {
      times[filled] = item.start.getTime();
      filled += 1;
    }
  }
  times.sort();
  const needed = Math.max(1, Math.min(CORE_MAX, Math.ceil(times.length * CORE_SHARE)));
  let bestStart = times[0] ?? 0;
  let bestEnd = times[needed - 1] ?? bestStart;
  for (let i = 1; i + needed - 1 < times.length; i += 1) {
    const start = times[i] ?? 0;
    const end = times[i + needed - 1] ?? start;
    if (end - start < bestEnd - bestStart) {
      bestStart = start;
      bestEnd = end;
    }
  }
  // At least a day and a half, so that points on the day before the core sit inside the view.
  const pad = Math.max((bestEnd - bestStart) * 0.25, 1.5 * DAY);
  // Labels run to the right of their points, so leave more room on that side.
  let start = bestStart - pad;
  let end = bestEnd + 2 * pad;
  if (end - start < MIN_WIDTH) {
    const middle = (start + end) / 2;
    start = middle - MIN_WIDTH / 2;
    end = middle + MIN_WIDTH / 2;
  }
  // When the whole timeline is not much wider than the core, showing all loses nothing.
  if (allEnd - allStart <= 2 * (end - start)) return undefined;
  return { start: new Date(start), end: new Date(end) };
}

/** The first start and the last end of the items, in epoch milliseconds; undefined for none. */
export function itemsSpan(items: readonly TimelineItemSpec[]): WindowRange | undefined {
  if (items.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start.getTime());
    end = Math.max(end, (item.end ?? item.start).getTime());
  }
  return { start, end };
}

/** Room a linked window may leave around the data: its own length, and at least this. */
const MIN_MARGIN = 30 * DAY;

/**
 * A window a link asks for, kept near the data: cut to the data's span widened by its length on
 * each side (at least 30 days), or null (the default view) when it lies wholly outside that, or
 * when there is no data. A link to year 1 on a timeline of 2026 opened an axis the widget could
 * not draw.
 */
export function windowNearData(
  window: WindowRange,
  span: WindowRange | undefined,
): WindowRange | null {
  if (span === undefined) return null;
  const margin = Math.max(span.end - span.start, MIN_MARGIN);
  const start = Math.max(window.start, span.start - margin);
  const end = Math.min(window.end, span.end + margin);
  return end > start ? { start, end } : null;
}
