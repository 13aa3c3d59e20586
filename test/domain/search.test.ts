import { describe, expect, it } from 'vitest';
import { buildEventSearch, matchingEventIds } from '../../src/domain/search';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

const search = buildEventSearch(indexTimeline(smallTimeline));
const ids = (query: string): string[] | null => {
  const found = matchingEventIds(search, query);
  return found === null ? null : [...found].sort();
};

describe('matchingEventIds', () => {
  it.each<[string, string, string[] | null]>([
    ['a blank query does not restrict', '   ', null],
    ['a word of a title', 'cartels', ['cartels-grow']],
    ['a word found only in a passage', 'overnight', ['maduro-detained']],
    ['a prefix', 'sovereign', ['sovereignty']],
    ['an actor name', 'Sheinbaum', ['sheinbaum-rejects', 'sovereignty']],
    ['a country name', 'Venezuela', ['maduro-detained']],
    ['every word must match', 'Trump Greenland', ['greenland-remarks']],
    ['a typo in a long word', 'Greenlamd', ['greenland-remarks']],
    ['case does not matter', 'MADURO', ['maduro-detained']],
    ['no match gives nothing', 'Antarctica', []],
  ])('%s', (_why, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});
