/**
 * Moving the selection through the visible events in time order, as the arrow keys do. Pure:
 * events in, the id to select out.
 */
import { timelineSpan } from './dates';
import type { TimelineEvent } from './schema';
import type { WindowRange } from './urlState';

/**
 * The event `step` places after (1) or before (-1) the current one, staying at the ends. With
 * nothing selected, or a selection that is no longer visible, it starts from what the reader sees:
 * the first event in the `shown` window (or, with none in it, the next one after it) going
 * forward, the last one in it (or the one before it) going back; without a window, from the first
 * (or last) of all. The seed timeline opens on January 2026 but reaches back to 1983: the first →
 * must not leave the stretch in view for its earliest event.
 */
export function adjacentEventId(
  events: readonly TimelineEvent[],
  currentId: string | null,
  step: 1 | -1,
  shown?: WindowRange,
): string | undefined {
  if (events.length === 0) return undefined;
  const position = currentId === null ? -1 : events.findIndex((e) => e.id === currentId);
  if (position === -1) return startingEvent(events, step, shown)?.id;
  const next = Math.min(Math.max(position + step, 0), events.length - 1);
  return events[next]?.id;
}

function startingEvent(
  events: readonly TimelineEvent[],
  step: 1 | -1,
  shown: WindowRange | undefined,
): TimelineEvent | undefined {
  const first = events[0];
  const last = events[events.length - 1];
  if (shown === undefined) return step === 1 ? first : last;
  if (step === 1) {
    // Events are in order of their start: the first that has not ended before the window.
    const found = events.find((event) => spanEnd(event) >= shown.start);
    return found ?? last;
  }
  const found = events.findLast((event) => timelineSpan(event.date).start.getTime() <= shown.end);
  return found ?? first;
}

function spanEnd(event: TimelineEvent): number {
  const span = timelineSpan(event.date);
  return (span.kind === 'point' ? span.start : span.end).getTime();
}
