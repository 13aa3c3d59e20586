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

export function itemsNearWindow(
  all: readonly TimelineItemSpec[],
  window: WindowRange,
  cap: number,
  keepId: string | null,
): ItemsNearWindow {
  const width = window.end - window.start;
  const from = window.start - width;
  const to = window.end + width;
  const near = all.filter((item) => {
    const start = item.start.getTime();
    const end = (item.end ?? item.start).getTime();
    return (end >= from && start <= to) || item.id === keepId;
  });
  if (near.length <= cap) return { items: near, leftOut: 0 };
  const centre = (window.start + window.end) / 2;
  const distance = (item: TimelineItemSpec): number => {
    if (item.id === keepId) return -1;
    const start = item.start.getTime();
    const end = (item.end ?? item.start).getTime();
    return start <= centre && end >= centre
      ? 0
      : Math.min(Math.abs(start - centre), Math.abs(end - centre));
  };
  // The cap-th smallest distance, found by sorting plain numbers: sorting the items themselves
  // with this comparator took a tenth of a second at far zoom over 100,000 events.
  const distances = Float64Array.from(near, distance);
  const threshold = distances.slice().sort()[cap - 1] ?? Infinity;
  let ties = cap - distances.filter((d) => d < threshold).length;
  const kept = near.filter((_, i) => {
    const d = distances[i] ?? Infinity;
    if (d < threshold) return true;
    if (d > threshold || ties <= 0) return false;
    ties -= 1;
    return true;
  });
  return { items: kept, leftOut: near.length - kept.length };
}
