import { describe, expect, it } from 'vitest';
import { visibleEvents } from '../../src/domain/facetTable';
import { NO_FILTERS, hasActiveFilters, toggleFilter, type Filters } from '../../src/domain/filters';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

const index = indexTimeline(smallTimeline);
const events = smallTimeline.events;
const ids = (filters: Partial<Filters>): string[] =>
  visibleEvents(index, { ...NO_FILTERS, ...filters })
    .map((e) => e.id)
    .sort();

describe('visibleEvents', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filter lets everything through', {}, events.map((e) => e.id).sort()],
    ['one country keeps the events in it', { country: ['GL'] }, ['greenland-remarks']],
    [
      'two countries in one facet are alternatives (OR)',
      { country: ['GL', 'VE'] },
      ['greenland-remarks', 'maduro-detained'],
    ],
    [
      'country and actor must both hold (AND)',
      { country: ['MX'], actor: ['donald-trump'] },
      ['trump-act-together'],
    ],
    [
      'an actor matches in any position, not only the first',
      { actor: ['nicolas-maduro'] },
      ['maduro-detained'],
    ],
    ['a country no event has gives nothing', { country: ['FR'] }, []],
    ['an event type', { type: ['military-operation'] }, ['maduro-detained']],
    [
      'a source document',
      { document: ['maduro-detained'] },
      ['greenland-remarks', 'maduro-detained'],
    ],
  ])('%s', (_why, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('never lets through an event outside the checked options', () => {
    const filters: Filters = {
      ...NO_FILTERS,
      country: ['US'],
      actor: ['donald-trump', 'us-forces'],
    };
    for (const event of visibleEvents(index, filters)) {
      expect(event.countries).toContain('US');
      expect(event.actors.some((a) => filters.actor.includes(a))).toBe(true);
    }
  });
});

describe('toggleFilter', () => {
  it('checks, then unchecks, an option', () => {
    const on = toggleFilter(NO_FILTERS, 'country', 'MX');
    expect(on.country).toEqual(['MX']);
    expect(hasActiveFilters(on)).toBe(true);
    const off = toggleFilter(on, 'country', 'MX');
    expect(off.country).toEqual([]);
    expect(hasActiveFilters(off)).toBe(false);
  });

  it('leaves the other facets alone', () => {
    const filters = toggleFilter({ ...NO_FILTERS, actor: ['donald-trump'] }, 'country', 'MX');
    expect(filters.actor).toEqual(['donald-trump']);
  });
});
