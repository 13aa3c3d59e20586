import { describe, expect, it } from 'vitest';
import {
  buildEventSearchInChunks,
  findMatches,
  matchingByTitle,
  matchingEventIds,
} from '../../src/domain/search';
import { capQuery, typoEdits } from '../../src/domain/searchQuery';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

const search = await buildEventSearchInChunks(indexTimeline(smallTimeline));
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
  it('finds the same whatever the size of the chunks, pausing between them', async () => {
    const index = indexTimeline(smallTimeline);
    let pauses = 0;
    const chunked = await buildEventSearchInChunks(index, 2, () => {
      pauses += 1;
      return Promise.resolve();
    });
    // A pause before each chunk: a query or a click waits for one chunk at most.
    expect(pauses).toBe(Math.ceil(index.events.length / 2));
    for (const query of ['overnight', 'sovereign', 'Trump Greenland', 'Greenlamd']) {
      expect(matchingEventIds(chunked, query)).toEqual(matchingEventIds(search, query));
    }
  });
});

describe('findMatches, the one way a query is answered', () => {
  const index = indexTimeline(smallTimeline);
  it('answers by title until the index is built, then through the index', () => {
    // "overnight" is only in a passage: the title match cannot see it, the index can.
    expect(findMatches(index, null, 'overnight')).toEqual(new Set());
    expect(findMatches(index, search, 'overnight')).toEqual(new Set(['maduro-detained']));
    expect(findMatches(index, null, 'SHEINBAUM rejects')).toEqual(new Set(['sheinbaum-rejects']));
  });

  it('does not restrict for a blank query, with or without the index', () => {
    expect(findMatches(index, null, '  ')).toBeNull();
    expect(findMatches(index, search, '  ')).toBeNull();
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

describe('what a query may cost', () => {
  it.each<[string, string, number]>([
    ['a short word forgives no typo', 'mali', 0],
    ['five letters forgive one', 'maduro', 1],
    ['eight letters forgive two', 'greenlan', 2],
    ['a long word still two, not a fifth of its length', 'x'.repeat(60), 2],
    ['100,000 letters: two', 'y'.repeat(100_000), 2],
  ])('%s', (_why, term, edits) => {
    expect(typoEdits(term)).toBe(edits);
  });

  it.each<[string, string, string]>([
    ['a query under the cap is kept', 'Trump Greenland', 'Trump Greenland'],
    ['a long query keeps its first 200 characters', 'z'.repeat(250), 'z'.repeat(200)],
    ['half an emoji at the cut is dropped', `${'z'.repeat(199)}😀`, 'z'.repeat(199)],
  ])('%s', (_why, query, expected) => {
    expect(capQuery(query)).toBe(expected);
  });

  it('answers a search of a quarter of a million letters (one word) with no match', () => {
    expect(matchingEventIds(search, 'a'.repeat(250_000))).toEqual(new Set());
    expect(matchingByTitle(indexTimeline(smallTimeline), 'a'.repeat(250_000))).toEqual(new Set());
  });

  it('searches only the first 200 characters of a long query', () => {
    // The second word lies past the cut, so it does not restrict the match.
    expect(ids(`cartels${' '.repeat(200)}Antarctica`)).toEqual(['cartels-grow']);
  });
});
