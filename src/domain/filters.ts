/**
 * Filter state and the events it lets through.
 *
 * Semantics: within one facet the checked options are alternatives (OR), across facets they must
 * all hold (AND), and a facet with nothing checked does not restrict. A search, when there is one,
 * is one more condition: its matching ids (null for no search). Pure: state in, events out.
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

/** True when the event passes every facet's filter (leaving out `ignored`) and the search. */
export function matchesFilters(
  event: TimelineEvent,
  filters: Filters,
  ignored?: Facet,
  matches: SearchMatches = null,
): boolean {
  if (matches !== null && !matches.has(event.id)) return false;
  return FACETS.every((facet) => {
    const checked = filters[facet];
    if (facet === ignored || checked.length === 0) return true;
    return facetValues(event, facet).some((value) => checked.includes(value));
  });
}

export function hasActiveFilters(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0);
}

/** The events the filters (and the search, if any) let through, in their given order. */
export function visibleEvents(
  events: readonly TimelineEvent[],
  filters: Filters,
  matches: SearchMatches = null,
): readonly TimelineEvent[] {
  if (!hasActiveFilters(filters) && matches === null) return events;
  return events.filter((event) => matchesFilters(event, filters, undefined, matches));
}

/** The filters with `value` checked in `facet` if it was not, unchecked if it was. */
export function toggleFilter(filters: Filters, facet: Facet, value: string): Filters {
  const checked = filters[facet];
  const next = checked.includes(value)
    ? checked.filter((v) => v !== value)
    : [...checked, value].sort();
  return { ...filters, [facet]: next };
}
