/**
 * Filter options and their counts: for each option, how many events the reader would see with it
 * checked, given the other facets' filters (the option's own facet is ignored, since its options
 * are alternatives). Options stay listed at zero so the list does not jump while filtering.
 */
import { eventTypeLabel } from './eventTypes';
import { countValues, restrictingMasks } from './facetTable';
import { FACETS, NO_FILTERS, type Facet, type Filters, type SearchMatches } from './filters';
import { formatPartialDate } from './dates';
import { memoizePerObject } from './memo';
import { actorName, countryName, documentTitle, type TimelineIndex } from './timelineIndex';

export interface FacetOption {
  readonly value: string;
  readonly label: string;
  /** More about the option (an actor's role and country), or undefined. */
  readonly detail: string | undefined;
  /** Events this option gives under the other facets' filters. */
  readonly count: number;
  /** Events with this option in the whole timeline (the sort order). */
  readonly total: number;
  readonly checked: boolean;
}

/** Count of events per option value, under every filter except the facet's own. */
export function facetCounts(
  index: TimelineIndex,
  filters: Filters,
  facet: Facet,
  matches: SearchMatches = null,
): ReadonlyMap<string, number> {
  return countValues(index, facet, restrictingMasks(index, filters, facet, matches));
}

function optionLabel(index: TimelineIndex, facet: Facet, value: string): string {
  switch (facet) {
    case 'country':
      return countryName(index, value);
    case 'actor':
      return actorName(index, value);
    case 'type':
      return eventTypeLabel(value);
    case 'document':
      return documentTitle(index, value);
  }
}

function optionDetail(index: TimelineIndex, facet: Facet, value: string): string | undefined {
  switch (facet) {
    case 'actor': {
      const actor = index.actorById.get(value);
      const parts = [
        actor?.role,
        actor?.country === undefined ? undefined : countryName(index, actor.country),
      ];
      const detail = parts.filter((p) => p !== undefined && p !== '').join(' · ');
      return detail === '' ? undefined : detail;
    }
    case 'document': {
      const published = index.documentById.get(value)?.published;
      return published === undefined ? undefined : formatPartialDate(published);
    }
    case 'country':
    case 'type':
      return undefined;
  }
}

type OptionBase = Omit<FacetOption, 'count' | 'checked'>;

/**
 * Each option's label, detail and total, in list order: fixed for a loaded timeline, so made and
 * sorted once per facet (thousands of articles at 100,000 events), not on every filter change.
 */
const optionBases = memoizePerObject((index: TimelineIndex, facet: Facet): readonly OptionBase[] =>
  [...facetCounts(index, NO_FILTERS, facet)]
    .map(([value, total]) => ({
      value,
      label: optionLabel(index, facet, value),
      detail: optionDetail(index, facet, value),
      total,
    }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label)),
);

/** Every option that some event has, most frequent first, then by label. */
export function facetOptions(
  index: TimelineIndex,
  filters: Filters,
  facet: Facet,
  matches: SearchMatches = null,
): FacetOption[] {
  const bases = optionBases(index, facet);
  // With nothing else restricting, the counts are the totals (the facet's own filter is ignored).
  const othersActive = matches !== null || FACETS.some((f) => f !== facet && filters[f].length > 0);
  const counts = othersActive ? facetCounts(index, filters, facet, matches) : undefined;
  const checked = new Set(filters[facet]);
  return bases.map((base) => ({
    ...base,
    count: counts === undefined ? base.total : (counts.get(base.value) ?? 0),
    checked: checked.has(base.value),
  }));
}
