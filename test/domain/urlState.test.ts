import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters';
import {
  DEFAULT_URL_STATE,
  decodeUrlState,
  encodeUrlState,
  type UrlViewState,
} from '../../src/domain/urlState';

const full: UrlViewState = {
  filters: { ...NO_FILTERS, country: ['MX', 'US'], actor: ['donald-trump'], document: ['a b&c'] },
  query: 'sovereignty "not negotiable" & co',
  dateRange: { from: '2026-01-03', to: '2026-01-05' },
  grouping: 'country',
  viewMode: 'list',
  listSort: { key: 'title', direction: 'descending' },
  selectedEventId: 'e/1?x',
  readerDocumentId: '000 article&1.txt',
  timeWindow: { start: Date.UTC(2026, 0, 3, 12), end: Date.UTC(2026, 0, 6) },
};

describe('URL state', () => {
  it.each<[string, UrlViewState]>([
    ['the default view', DEFAULT_URL_STATE],
    ['every part set, with characters that need escaping', full],
  ])('round-trips %s', (_why, state) => {
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes options in a fixed, sorted order so equal states give equal URLs', () => {
    const a = encodeUrlState({ ...full, filters: { ...full.filters, country: ['US', 'MX'] } });
    expect(a).toBe(encodeUrlState(full));
    expect(a).toContain('country=MX%2CUS');
    expect(a).toContain('from=2026-01-03T12%3A00Z');
  });

  it.each<[string, string, Partial<UrlViewState>]>([
    ['an unknown grouping falls back to actor', '?group=mood', { grouping: 'actor' }],
    ['an article opened in the reading view', '?event=e1&read=a1', { readerDocumentId: 'a1' }],
    ['an empty article parameter opens none', '?read=', { readerDocumentId: null }],
    ['an unknown view falls back to both', '?view=3d', { viewMode: 'both' }],
    [
      'a malformed sort falls back to date',
      '?sort=colour-up',
      { listSort: DEFAULT_URL_STATE.listSort },
    ],
    [
      'a window that ends before it starts is ignored',
      '?from=2026-01-05T00:00Z&to=2026-01-04T00:00Z',
      { timeWindow: null },
    ],
    [
      'a since date that is not a day is ignored',
      '?since=2026-02-30&until=2026-01-05',
      { dateRange: { from: null, to: '2026-01-05' } },
    ],
    ['a window that is not a date is ignored', '?from=soon&to=later', { timeWindow: null }],
    [
      'a window from the first instant a date can hold is ignored',
      '?from=-271821-04-20T00:00Z&to=2026-01-10T00:00Z',
      { timeWindow: null },
    ],
    [
      'a window edge past year 9999 is ignored',
      '?from=2026-01-01T00:00Z&to=%2B275760-09-13T00:00Z',
      { timeWindow: null },
    ],
    [
      'a window edge in year 0 is ignored',
      '?from=0000-01-01T00:00Z&to=2026-01-10T00:00Z',
      { timeWindow: null },
    ],
    [
      'a day that does not exist is ignored',
      '?from=2026-02-30T00:00Z&to=2026-03-10T00:00Z',
      { timeWindow: null },
    ],
    [
      'a search longer than 200 characters is cut',
      `?q=${'a'.repeat(250_000)}`,
      { query: 'a'.repeat(200) },
    ],
    [
      'empty and repeated values are dropped',
      '?country=MX,,MX',
      { filters: { ...NO_FILTERS, country: ['MX'] } },
    ],
  ])('%s', (_why, search, expected) => {
    expect(decodeUrlState(search)).toMatchObject(expected);
  });
});
