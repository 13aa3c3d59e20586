/**
 * Where the list opens: on the row of the first event (in the list's order) whose time touches the
 * timeline's opening window, so that the list and the timeline open on the same stretch (the seeds'
 * list began in 1983 while the timeline opened on January 2026).
 */
import { timelineSpan } from './dates';
import type { TimelineEvent } from './schema';
import type { WindowRange } from './urlState';

/** The position of that row, or 0 when no event touches the window (or there is none). */
export function firstRowInWindow(
  rows: readonly TimelineEvent[],
  window: WindowRange | undefined,
): number {
  if (window === undefined) return 0;
  const found = rows.findIndex((event) => {
    const span = timelineSpan(event.date);
    const start = span.start.getTime();
    const end = span.kind === 'range' ? span.end.getTime() : start;
    return end >= window.start && start <= window.end;
  });
  return Math.max(0, found);
}
