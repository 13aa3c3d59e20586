/**
 * Which row of the timeline an event sits in. Grouping by actor puts an event in its first
 * actor's row; events with no actor share an "Unattributed" row (likewise for the other keys).
 * Rows are ordered by how many of the given events they hold, the catch-all row last.
 */
import { eventTypeLabel } from './eventTypes';
import { facetTable } from './facetTable';
import { memoizePerObject } from './memo';
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

/** What an event's row is named after under a grouping (an actor id, a country code, …). */
function rowValue(event: TimelineEvent, grouping: Grouping): string {
  switch (grouping) {
    case 'actor':
      return event.actors[0] ?? CATCH_ALL;
    case 'country':
      return event.countries[0] ?? CATCH_ALL;
    case 'type':
      return event.type;
    case 'document':
      return event.sources[0]?.documentId ?? CATCH_ALL;
    case 'none':
      return '';
  }
}

/** The row key of an event under a grouping: groupOf's id, without looking up its label. */
export function groupIdOf(event: TimelineEvent, grouping: Grouping): string {
  return grouping === 'none' ? 'all' : `${grouping}:${rowValue(event, grouping)}`;
}

/** groupIdOf for many events: each row key is made once and shared by the events in the row. */
export function groupIdsOf(grouping: Grouping): (event: TimelineEvent) => string {
  const made = new Map<string, string>();
  return (event) => {
    const value = rowValue(event, grouping);
    let id = made.get(value);
    if (id === undefined) {
      id = groupIdOf(event, grouping);
      made.set(value, id);
    }
    return id;
  };
}

/** The row key and label of an event under a grouping. */
export function groupOf(
  index: TimelineIndex,
  event: TimelineEvent,
  grouping: Grouping,
): { readonly id: string; readonly label: string } {
  const id = groupIdOf(event, grouping);
  switch (grouping) {
    case 'actor': {
      const actor = event.actors[0];
      return { id, label: actor === undefined ? UNATTRIBUTED_LABEL : actorName(index, actor) };
    }
    case 'country': {
      const code = event.countries[0];
      return { id, label: code === undefined ? 'No country' : countryName(index, code) };
    }
    case 'type':
      return { id, label: eventTypeLabel(event.type) };
    case 'document':
      return { id, label: documentTitle(index, event.sources[0]?.documentId ?? CATCH_ALL) };
    case 'none':
      return { id, label: 'All events' };
  }
}

/**
 * The row key of every event of the index under a grouping, in the index's order (groupIdOf of
 * each), made once per index and grouping. An event's row is named after its first value of the
 * facet of the same name, so the keys come from the facet table's numbers: no text is read.
 */
export const rowIdsOf = memoizePerObject(
  (index: TimelineIndex, grouping: Grouping): readonly string[] =>
    grouping === 'none' ? index.events.map(() => 'all') : keysFromTable(index, grouping),
);

function keysFromTable(index: TimelineIndex, grouping: Exclude<Grouping, 'none'>): string[] {
  const { values, offsets, valueIds } = facetTable(index)[grouping];
  const keyOf = values.map((value) => `${grouping}:${value}`);
  const catchAll = `${grouping}:${CATCH_ALL}`;
  return index.events.map((_, i) => {
    const first = offsets[i] ?? 0;
    return first < (offsets[i + 1] ?? 0) ? (keyOf[valueIds[first] ?? 0] ?? catchAll) : catchAll;
  });
}

/** The rows needed to hold every event of the index: groupsFor(index, index.events, grouping). */
export function groupsForIndex(index: TimelineIndex, grouping: Grouping): GroupSpec[] {
  const keys = rowIdsOf(index, grouping);
  return ordered(index, grouping, index.events, (i) => keys[i] ?? '');
}

/** The rows needed to hold `events`, largest first, catch-all rows last. */
export function groupsFor(
  index: TimelineIndex,
  events: readonly TimelineEvent[],
  grouping: Grouping,
): GroupSpec[] {
  const idOf = groupIdsOf(grouping);
  return ordered(index, grouping, events, (i) => idOf(events[i] as TimelineEvent));
}

/**
 * The rows of `events` (event i in the row keyed `keyOf(i)`), labelled and ordered: largest first,
 * catch-all rows last. Each row's label is looked up once, from its first event.
 */
function ordered(
  index: TimelineIndex,
  grouping: Grouping,
  events: readonly TimelineEvent[],
  keyOf: (i: number) => string,
): GroupSpec[] {
  const rows = new Map<string, { first: number; size: number }>();
  events.forEach((_, i) => {
    const key = keyOf(i);
    const row = rows.get(key);
    if (row === undefined) rows.set(key, { first: i, size: 1 });
    else row.size += 1;
  });
  const labelled = [...rows].map(([id, row]) => {
    const first = events[row.first] as TimelineEvent;
    return [id, { label: groupOf(index, first, grouping).label, size: row.size }] as const;
  });
  const isCatchAll = (id: string): number => (id.endsWith(`:${CATCH_ALL}`) ? 1 : 0);
  return labelled
    .sort(
      ([idA, a], [idB, b]) =>
        isCatchAll(idA) - isCatchAll(idB) || b.size - a.size || a.label.localeCompare(b.label),
    )
    .map(([id, row], order) => ({ id, label: row.label, order }));
}
