import { describe, expect, it } from 'vitest';
import {
  buildEventSearch,
  buildEventSearchInChunks,
  matchingByTitle,
  matchingEventIds,
} from '../../src/domain/search';
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

describe('the index built in chunks', () => {
  it('finds what the index built at once finds', async () => {
    const index = indexTimeline(smallTimeline);
    const chunked = await buildEventSearchInChunks(index, 2);
    for (const query of ['overnight', 'sovereign', 'Trump Greenland', 'Greenlamd']) {
      expect(matchingEventIds(chunked, query)).toEqual(matchingEventIds(search, query));
    }
  });
});

describe('matchingByTitle, the stand-in while the index is built', () => {
  const index = indexTimeline(smallTimeline);
  it.each<[string, string, string[] | null]>([
    ['a blank query does not restrict', ' ', null],
    ['words of a title, in any case', 'SHEINBAUM rejects', ['sheinbaum-rejects']],
    ['a country name', 'venezuela', ['maduro-detained']],
    ['words only in passages are not searched', 'overnight', []],
  ])('%s', (_why, query, expected) => {
    const found = matchingByTitle(index, query);
    expect(found === null ? null : [...found].sort()).toEqual(expected);
  });
});
