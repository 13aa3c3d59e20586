/**
 * Which row of the timeline an event sits in. Grouping by actor puts an event in its first
 * actor's row; events with no actor share an "Unattributed" row (likewise for the other keys).
 * Rows are ordered by how many of the given events they hold, the catch-all row last.
 */
import type { TimelineEvent } from './schema';
import { actorName, countryName, documentTitle, type TimelineIndex } from './timelineIndex';

export const GROUPINGS = ['actor', 'country', 'type', 'document', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface GroupSpec {
  readonly id: string;
  readonly label: string;
  /** Position from the top, 0 first. */
  readonly order: number;
}

export const UNATTRIBUTED_LABEL = 'Unattributed';
const CATCH_ALL = '(none)';

/** The row key and label of an event under a grouping. */
export function groupOf(
  index: TimelineIndex,
  event: TimelineEvent,
  grouping: Grouping,
): { readonly id: string; readonly label: string } {
  switch (grouping) {
    case 'actor': {
      const actor = event.actors[0];
      return actor === undefined
        ? { id: `actor:${CATCH_ALL}`, label: UNATTRIBUTED_LABEL }
        : { id: `actor:${actor}`, label: actorName(index, actor) };
    }
    case 'country': {
      const code = event.countries[0];
      return code === undefined
        ? { id: `country:${CATCH_ALL}`, label: 'No country' }
        : { id: `country:${code}`, label: countryName(index, code) };
    }
    case 'type':
      return { id: `type:${event.type}`, label: event.type.replace(/-/g, ' ') };
    case 'document': {
      const documentId = event.sources[0]?.documentId ?? CATCH_ALL;
      return { id: `document:${documentId}`, label: documentTitle(index, documentId) };
    }
    case 'none':
      return { id: 'all', label: 'All events' };
  }
}

/** The rows needed to hold `events`, largest first, catch-all rows last. */
export function groupsFor(
  index: TimelineIndex,
  events: readonly TimelineEvent[],
  grouping: Grouping,
): GroupSpec[] {
  const rows = new Map<string, { label: string; size: number }>();
  for (const event of events) {
    const { id, label } = groupOf(index, event, grouping);
    const row = rows.get(id);
    if (row === undefined) rows.set(id, { label, size: 1 });
    else row.size += 1;
  }
  const isCatchAll = (id: string): number => (id.endsWith(`:${CATCH_ALL}`) ? 1 : 0);
  return [...rows]
    .sort(
      ([idA, a], [idB, b]) =>
        isCatchAll(idA) - isCatchAll(idB) || b.size - a.size || a.label.localeCompare(b.label),
    )
    .map(([id, row], order) => ({ id, label: row.label, order }));
}
