/**
 * Orders for the list view: by date (time order, the default) or by title, either way round.
 * Pure and stable: ties keep the time order the index gave them.
 */
import type { TimelineEvent } from './schema';

export const SORT_KEYS = ['date', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ListSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export const DEFAULT_SORT: ListSort = { key: 'date', direction: 'ascending' };

/** The events in list order; `events` must already be in time order. */
export function sortEvents(
  events: readonly TimelineEvent[],
  sort: ListSort,
): readonly TimelineEvent[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  switch (sort.key) {
    case 'date':
      return sort.direction === 'ascending' ? events : [...events].reverse();
    case 'title': {
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      return [...events].sort((a, b) => sign * collator.compare(a.title, b.title));
    }
  }
}

/** The sort after the reader activates a column header: same column flips, new column ascends. */
export function nextSort(current: ListSort, key: SortKey): ListSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
