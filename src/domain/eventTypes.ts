/**
 * Event types as a reader reads them: the words for each (the filters and the legend say the
 * same), and which types a timeline has, in the schema's order, with how many events of each.
 */
import { EVENT_TYPES, type EventType, type TimelineEvent } from './schema';

/** "military-operation" → "military operation". */
export function eventTypeLabel(type: EventType | string): string {
  return type.replace(/-/g, ' ');
}

export interface TypeCount {
  readonly type: EventType;
  readonly count: number;
}

/** The types that events have, in the schema's order; types no event has are left out. */
export function eventTypesPresent(events: readonly TimelineEvent[]): TypeCount[] {
  const counts = new Map<EventType, number>();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  return EVENT_TYPES.flatMap((type) => {
    const count = counts.get(type) ?? 0;
    return count === 0 ? [] : [{ type, count }];
  });
}
