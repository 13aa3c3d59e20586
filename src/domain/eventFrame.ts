/**
 * Which stretch of time "Fit" frames, what lies outside a window, and the zoom steps. News
 * events cluster with a few far outliers (the seeds: 40 events on 4–5 January 2026 and 13 from
 * 1983 to 2025); framing the whole span would squeeze the news into a sliver beside decades of
 * nothing. The frame is the dense stretch: it starts from the shortest stretch holding half the
 * events and takes in its neighbours one at a time while the gap to the next is no wider than
 * the stretch already is (at least two days), so an even spread is taken whole and a far
 * outlier is left out. Events left out are named at the window's edges ("← 1983–2025, 13
 * events") by the caller.
 */
import { itemTimes, outsideWindow, type EdgeGroup } from './itemTimes';
import type { TimelineItemSpec } from './timelineItems';
import type { WindowRange } from './urlState';

const DAY = 24 * 60 * 60 * 1000;
/** A gap this short never parts the dense stretch from its neighbour. */
const MIN_GAP = 2 * DAY;
/** The narrowest frame: a few days, so that one day's events are not spread over the screen. */
const MIN_FRAME = 3 * DAY;

export type { EdgeGroup } from './itemTimes';

export interface Outside {
  /** Events that end before the window starts. */
  readonly before: EdgeGroup | undefined;
  /** Events that start after the window ends. */
  readonly after: EdgeGroup | undefined;
}

/** The stretch of the dense events (unpadded), or undefined for no items. */
export function denseStretch(items: readonly TimelineItemSpec[]): WindowRange | undefined {
  const n = items.length;
  if (n === 0) return undefined;
  const times = new Float64Array(n);
  items.forEach((item, i) => {
    times[i] = item.start.getTime();
  });
  times.sort();
  const needed = Math.ceil(n / 2);
  let low = 0;
  for (let i = 1; i + needed - 1 < n; i += 1) {
    const width = (times[i + needed - 1] ?? 0) - (times[i] ?? 0);
    if (width < (times[low + needed - 1] ?? 0) - (times[low] ?? 0)) low = i;
  }
  let high = low + needed - 1;
  for (;;) {
    const start = times[low] ?? 0;
    const end = times[high] ?? start;
    const room = Math.max(end - start, MIN_GAP);
    const gapBefore = low > 0 ? start - (times[low - 1] ?? start) : Infinity;
    const gapAfter = high < n - 1 ? (times[high + 1] ?? end) - end : Infinity;
    if (gapBefore > room && gapAfter > room) break;
    if (gapBefore <= gapAfter) low -= 1;
    else high += 1;
  }
  return { start: times[low] ?? 0, end: times[high] ?? 0 };
}

/**
 * A stretch padded for drawing: a twentieth of it on the left (at least half a day), twice that on
 * the right, where the titles run, and at least a few days in all.
 */
export function paddedWindow(stretch: WindowRange): WindowRange {
  const pad = Math.max((stretch.end - stretch.start) * 0.05, DAY / 2);
  let start = stretch.start - pad;
  let end = stretch.end + 2 * pad;
  if (end - start < MIN_FRAME) {
    const middle = (start + end) / 2;
    start = middle - MIN_FRAME / 2;
    end = middle + MIN_FRAME / 2;
  }
  return { start, end };
}

/** The window "Fit" shows: the dense stretch, padded; undefined for no items. */
export function fitWindow(items: readonly TimelineItemSpec[]): WindowRange | undefined {
  const stretch = denseStretch(items);
  return stretch === undefined ? undefined : paddedWindow(stretch);
}

/**
 * The events wholly before and wholly after a window, from the list's times (domain/itemTimes),
 * made once per list in three passes: a zoom or a pan then costs binary searches and a walk over
 * the stretch the layout walks too, not a pass over 100,000 events.
 */
export function eventsOutside(items: readonly TimelineItemSpec[], window: WindowRange): Outside {
  return outsideWindow(itemTimes(items), window);
}

/**
 * The window that shows an edge group's events: their stretch, padded, but not into the window
 * they lay outside of (the padding of decades of outliers would take in the news itself).
 */
export function windowOfGroup(
  group: EdgeGroup,
  side: 'before' | 'after',
  shown: WindowRange,
): WindowRange {
  const padded = paddedWindow({ start: group.first, end: group.last });
  return side === 'before'
    ? { start: padded.start, end: Math.max(group.last + 1, Math.min(padded.end, shown.start)) }
    : { start: Math.min(group.first - 1, Math.max(padded.start, shown.end)), end: padded.end };
}

const COUNT = new Intl.NumberFormat('en');
// Local years: the items' times are local (dates.ts), a year's start is local midnight.
const yearOf = (ms: number): number => new Date(ms).getFullYear();

/**
 * When an edge group's events are, by years ("1983–2025", "2025"): an event known only to its
 * year is not given a month or a day it does not have.
 */
export function groupWhen(group: EdgeGroup): string {
  const first = yearOf(group.first);
  const last = yearOf(group.last);
  return first === last ? String(first) : `${first}–${last}`;
}

/** What an edge marker says: "← 1983–2025, 13 events" or "Mar 2027, 1 event →". */
export function edgeMarkerText(group: EdgeGroup, side: 'before' | 'after'): string {
  const what = `${groupWhen(group)}, ${COUNT.format(group.count)} ${group.count === 1 ? 'event' : 'events'}`;
  return side === 'before' ? `← ${what}` : `${what} →`;
}

export const ZOOM_STEPS = ['day', 'week', 'month', 'year'] as const;
export type ZoomStep = (typeof ZOOM_STEPS)[number];

/** How long each zoom step's window is. */
export const ZOOM_STEP_SPAN: Readonly<Record<ZoomStep, number>> = {
  day: DAY,
  week: 7 * DAY,
  month: 30.5 * DAY,
  year: 365.25 * DAY,
};

/** A window of `span` ms around the centre of `window`. */
export function windowAround(window: WindowRange, span: number): WindowRange {
  const centre = (window.start + window.end) / 2;
  return { start: centre - span / 2, end: centre + span / 2 };
}
