/**
 * Property: filtering returns exactly the events that pass every active facet (an OR within a
 * facet, an AND across facets), in the index's order: never one outside the filters, never
 * losing one inside them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleEvents } from '../../../src/domain/facetTable';
import { FACETS, facetValues, type Filters } from '../../../src/domain/filters';
import type { TimelineEvent } from '../../../src/domain/schema';
import { indexTimeline, type TimelineIndex } from '../../../src/domain/timelineIndex';
import { eventsArbitrary, filtersArbitrary } from '../arbitraries';

/** The filters' meaning, restated independently of the code under test. */
function inside(event: TimelineEvent, filters: Filters): boolean {
  for (const facet of FACETS) {
    const checked = filters[facet];
    if (checked.length > 0 && !facetValues(event, facet).some((v) => checked.includes(v))) {
      return false;
    }
  }
  return true;
}

const indexOf = (events: TimelineEvent[]): TimelineIndex =>
  indexTimeline({ schemaVersion: 1, documents: [], actors: [], countries: [], events });

describe('visibleEvents (property)', () => {
  it('never returns an event outside the filters, nor leaves one inside out', () => {
    fc.assert(
      fc.property(eventsArbitrary, filtersArbitrary, (events, filters) => {
        const index = indexOf(events);
        const visible = visibleEvents(index, filters);
        for (const event of visible) expect(inside(event, filters)).toBe(true);
        expect(visible).toEqual(index.events.filter((e) => inside(e, filters)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps to the search matches as one more condition', () => {
    fc.assert(
      fc.property(eventsArbitrary, filtersArbitrary, fc.nat(), (events, filters, seed) => {
        const index = indexOf(events);
        const matches = new Set(events.filter((_, i) => (i + seed) % 3 !== 0).map((e) => e.id));
        const visible = visibleEvents(index, filters, matches);
        expect(visible).toEqual(
          index.events.filter((e) => inside(e, filters) && matches.has(e.id)),
        );
      }),
      { numRuns: 200 },
    );
  });
});
