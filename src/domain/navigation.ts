/**
 * Moving the selection through the visible events in time order, as the arrow keys do. Pure:
 * events in, the id to select out.
 */
import type { TimelineEvent } from './schema';

/**
 * The event `step` places after (1) or before (-1) the current one, staying at the ends. With
 * nothing selected, or a selection that is no longer visible, it starts from the first (or last).
 */
export function adjacentEventId(
  events: readonly TimelineEvent[],
  currentId: string | null,
  step: 1 | -1,
): string | undefined {
  if (events.length === 0) return undefined;
  const position = currentId === null ? -1 : events.findIndex((e) => e.id === currentId);
  if (position === -1) return (step === 1 ? events[0] : events[events.length - 1])?.id;
  const next = Math.min(Math.max(position + step, 0), events.length - 1);
  return events[next]?.id;
}
