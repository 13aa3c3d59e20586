/**
 * Property: filtering returns exactly the events that pass every active facet (an OR within a
 * facet, an AND across facets), in their given order: never one outside the filters, never
 * losing one inside them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACETS, facetValues, visibleEvents, type Filters } from '../../../src/domain/filters';
import type { TimelineEvent } from '../../../src/domain/schema';
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

describe('visibleEvents (property)', () => {
  it('never returns an event outside the filters, nor leaves one inside out', () => {
    fc.assert(
      fc.property(eventsArbitrary, filtersArbitrary, (events, filters) => {
        const visible = visibleEvents(events, filters);
        for (const event of visible) expect(inside(event, filters)).toBe(true);
        expect(visible.map((e) => e.id)).toEqual(
          events.filter((e) => inside(e, filters)).map((e) => e.id),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps to the search matches as one more condition', () => {
    fc.assert(
      fc.property(eventsArbitrary, filtersArbitrary, fc.nat(), (events, filters, seed) => {
        const matches = new Set(events.filter((_, i) => (i + seed) % 3 !== 0).map((e) => e.id));
        const visible = visibleEvents(events, filters, matches);
        expect(visible.map((e) => e.id)).toEqual(
          events.filter((e) => inside(e, filters) && matches.has(e.id)).map((e) => e.id),
        );
      }),
      { numRuns: 200 },
    );
  });
});
