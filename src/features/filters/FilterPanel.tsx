/**
 * Search, and filters by country, actor, event type, article and date: labelled checkboxes whose counts say how many events each
 * option would give under the other active filters, and one control that clears them all.
 */
import { useNewslineStore } from '../../state/store';
import { useVisibleEvents } from '../../state/selectors';
import { isAnyDate } from '../../domain/dateRange';
import { hasActiveFilters } from '../../domain/filters';
import type { TimelineIndex } from '../../domain/timelineIndex';
import { DateRangeFilter } from './DateRangeFilter';
import { FacetOptions } from './FacetOptions';
import { SearchBox } from './SearchBox';

export function FilterPanel({ index }: { readonly index: TimelineIndex }) {
  const active = useNewslineStore(
    (s) => hasActiveFilters(s.filters) || s.query.trim() !== '' || !isAnyDate(s.dateRange),
  );
  const clearFilters = useNewslineStore((s) => s.clearFilters);
  const visible = useVisibleEvents(index).length;

  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="filters__header">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" onClick={clearFilters} disabled={!active}>
          Clear filters
        </button>
      </div>
      <SearchBox />
      <p className="filters__summary" aria-live="polite">
        Showing {visible} of {index.events.length} events
      </p>
      <FacetOptions index={index} facet="country" legend="Countries" />
      <FacetOptions index={index} facet="actor" legend="Actors" />
      <FacetOptions index={index} facet="type" legend="Event types" />
      <FacetOptions index={index} facet="document" legend="Articles" />
      <DateRangeFilter index={index} />
    </section>
  );
}
