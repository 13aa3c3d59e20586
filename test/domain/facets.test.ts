import { describe, expect, it } from 'vitest';
import { facetOptions } from '../../src/domain/facets';
import { NO_FILTERS, type Filters } from '../../src/domain/filters';
import { groupsFor } from '../../src/domain/grouping';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

const index = indexTimeline(smallTimeline);
const counts = (filters: Partial<Filters>, facet: 'country' | 'actor'): Record<string, number> =>
  Object.fromEntries(
    facetOptions(index, { ...NO_FILTERS, ...filters }, facet).map((o) => [o.label, o.count]),
  );

describe('facetOptions', () => {
  it.each<[string, Partial<Filters>, 'country' | 'actor', Record<string, number>]>([
    [
      'with no filter each country counts the events it has',
      {},
      'country',
      { Mexico: 4, 'United States': 3, Venezuela: 1, Greenland: 1 },
    ],
    [
      "a checked option in the same facet does not change its siblings' counts",
      { country: ['GL'] },
      'country',
      { Mexico: 4, 'United States': 3, Venezuela: 1, Greenland: 1 },
    ],
    [
      'another facet narrows the counts, keeping options at zero',
      { actor: ['donald-trump'] },
      'country',
      { Mexico: 1, 'United States': 1, Venezuela: 0, Greenland: 1 },
    ],
    [
      'actor counts follow the country filter',
      { country: ['MX'] },
      'actor',
      { 'Claudia Sheinbaum': 2, 'Donald Trump': 1, 'US forces': 0, 'Nicolás Maduro': 0 },
    ],
  ])('%s', (_why, filters, facet, expected) => {
    expect(counts(filters, facet)).toEqual(expected);
  });

  it('lists the most frequent options first', () => {
    expect(facetOptions(index, NO_FILTERS, 'country').map((o) => o.value)).toEqual([
      'MX',
      'US',
      'GL',
      'VE',
    ]);
  });

  it('marks the checked options', () => {
    const options = facetOptions(index, { ...NO_FILTERS, country: ['VE'] }, 'country');
    expect(options.filter((o) => o.checked).map((o) => o.value)).toEqual(['VE']);
  });
});

describe('groupsFor by actor', () => {
  it('uses the first actor and puts events without actors in a last "Unattributed" row', () => {
    const groups = groupsFor(index, index.events, 'actor');
    expect(groups.map((g) => g.label)).toEqual([
      'Claudia Sheinbaum',
      'Donald Trump',
      'US forces',
      'Unattributed',
    ]);
    expect(groups.map((g) => g.order)).toEqual([0, 1, 2, 3]);
  });
});
