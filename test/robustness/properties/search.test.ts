/**
 * Property: any search string answers, and the work it asks for is bounded by the query's cap,
 * not by its length: at most MAX_QUERY_LENGTH characters are searched, so at most that many
 * words, each looked up with at most MAX_TYPO_EDITS edits in a typo table of at most
 * (cap + 1) × (cap + 1 + edits) cells. No timing: the bound is counted.
 */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { decodeUrlState } from '../../../src/domain/urlState';
import {
  buildEventSearchInChunks,
  matchingByTitle,
  matchingEventIds,
} from '../../../src/domain/search';
import {
  capQuery,
  MAX_QUERY_LENGTH,
  MAX_TYPO_EDITS,
  typoEdits,
} from '../../../src/domain/searchQuery';
import { indexTimeline } from '../../../src/domain/timelineIndex';
import { smallTimeline } from '../../fixtures/smallTimeline';

const index = indexTimeline(smallTimeline);
const search = await buildEventSearchInChunks(index);
const eventIds = new Set(smallTimeline.events.map((e) => e.id));
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** Queries of any Unicode, of news words, and of long runs of one letter, up to twice the cap. */
const queryArbitrary = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2 * MAX_QUERY_LENGTH }),
  fc
    .array(fc.constantFrom('Trump', 'Greenlamd', 'sovereign', 'a', ' ', 'MADURO', '😀'), {
      maxLength: 120,
    })
    .map((words) => words.join(' ')),
  fc
    .tuple(fc.constantFrom('a', 'z', 'é'), fc.integer({ min: 1, max: 2 * MAX_QUERY_LENGTH }))
    .map(([letter, count]) => letter.repeat(count)),
);

describe('search (property)', () => {
  it('answers any query with known events, and bounds the work by the cap', () => {
    fc.assert(
      fc.property(queryArbitrary, (query) => {
        const searched = capQuery(query);
        expect(searched.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(query.startsWith(searched)).toBe(true);
        if (query.length <= MAX_QUERY_LENGTH) expect(searched).toBe(query);

        const terms = tokenize(searched).filter((term) => term !== '');
        expect(terms.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        for (const term of terms) {
          const edits = typoEdits(term);
          expect(edits).toBeLessThanOrEqual(MAX_TYPO_EDITS);
          if (term.length < 5) expect(edits).toBe(0);
          const cells = (term.length + 1) * (term.length + 1 + edits);
          expect(cells).toBeLessThanOrEqual((MAX_QUERY_LENGTH + 1) * (MAX_QUERY_LENGTH + 3));
        }

        for (const found of [matchingEventIds(search, query), matchingByTitle(index, query)]) {
          if (searched.trim() === '') expect(found).toBeNull();
          else for (const id of found ?? []) expect(eventIds.has(id)).toBe(true);
        }
        // A link's search is cut the same way.
        const linked = decodeUrlState(`?${new URLSearchParams({ q: query }).toString()}`).query;
        expect(linked.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      }),
      { numRuns: 300 },
    );
  });
});
