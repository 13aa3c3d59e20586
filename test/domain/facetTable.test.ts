import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { facetCounts } from '../../src/domain/facets';
import {
  FACETS,
  NO_FILTERS,
  facetValues,
  type Facet,
  type Filters,
} from '../../src/domain/filters';
import type { TimelineEvent } from '../../src/domain/schema';
import { indexTimeline } from '../../src/domain/timelineIndex';

const index = indexTimeline(generateCorpus({ events: 600, seed: 3 }));

/** The filters' meaning, event by event, with `ignored` left out: a reference for the tables. */
function passes(
  event: TimelineEvent,
  filters: Filters,
  ignored: Facet,
  matches: ReadonlySet<string> | null,
): boolean {
  if (matches !== null && !matches.has(event.id)) return false;
  return FACETS.every((facet) => {
    const checked = filters[facet];
    if (facet === ignored || checked.length === 0) return true;
    return facetValues(event, facet).some((value) => checked.includes(value));
  });
}

/** The definition, event by event: what the counting tables must agree with. */
function countedOneByOne(filters: Filters, facet: Facet, matches: ReadonlySet<string> | null) {
  const counts = new Map<string, number>();
  for (const event of index.events) {
    if (!passes(event, filters, facet, matches)) continue;
    for (const value of new Set(facetValues(event, facet))) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

const first = index.events[0];
const someIds = new Set(index.events.filter((_, i) => i % 3 === 0).map((e) => e.id));

describe('facetCounts over the counting tables', () => {
  it.each<[string, Partial<Filters>, ReadonlySet<string> | null]>([
    ['no filter counts every event', {}, null],
    ['one country', { country: [...(first?.countries ?? [])].slice(0, 1) }, null],
    ['two types are alternatives', { type: ['statement', 'meeting'] }, null],
    ['facets combine', { country: first?.countries ?? [], actor: first?.actors ?? [] }, null],
    ['a search restricts', {}, someIds],
    ['a search and a filter', { type: [first?.type ?? 'statement'] }, someIds],
    ['an unknown value lets nothing through', { actor: ['no-such-actor'] }, null],
  ])('%s', (_why, partial, matches) => {
    const filters = { ...NO_FILTERS, ...partial };
    for (const facet of FACETS) {
      expect(facetCounts(index, filters, facet, matches)).toEqual(
        countedOneByOne(filters, facet, matches),
      );
    }
  });
});
