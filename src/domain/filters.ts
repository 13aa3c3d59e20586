/**
 * Filter state: the options checked in each facet, and the values an event has in each.
 *
 * Semantics: within one facet the checked options are alternatives (OR), across facets they must
 * all hold (AND), and a facet with nothing checked does not restrict. A search, when there is one,
 * is one more condition: its matching ids (null for no search). The events the filters let
 * through are worked out in one place, over the facet table: facetTable.ts's visibleMask.
 */
import type { TimelineEvent } from './schema';

export const FACETS = ['country', 'actor', 'type', 'document'] as const;
export type Facet = (typeof FACETS)[number];

/** The options checked in each facet (by country code, actor id, event type, document id). */
export type Filters = Readonly<Record<Facet, readonly string[]>>;

export const NO_FILTERS: Filters = { country: [], actor: [], type: [], document: [] };

/** The option values an event has in a facet. */
export function facetValues(event: TimelineEvent, facet: Facet): readonly string[] {
  switch (facet) {
    case 'country':
      return event.countries;
    case 'actor':
      return event.actors;
    case 'type':
      return [event.type];
    case 'document':
      return event.sources.map((s) => s.documentId);
  }
}

/** Ids matching a search, or null when there is no search. */
export type SearchMatches = ReadonlySet<string> | null;

export function hasActiveFilters(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0);
}

/** The filters with `value` checked in `facet` if it was not, unchecked if it was. */
export function toggleFilter(filters: Filters, facet: Facet, value: string): Filters {
  const checked = filters[facet];
  const next = checked.includes(value)
    ? checked.filter((v) => v !== value)
    : [...checked, value].sort();
  return { ...filters, [facet]: next };
}
