/**
 * Rows of the whole timeline taken from the facet table (rowIdsOf, groupsForIndex) against the
 * plain reading of each event (groupIdOf, groupsFor), for timelines indexed whole or as their
 * events arrived: same key for every event, same rows in the same order with the same labels.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GROUPINGS,
  groupIdOf,
  groupsFor,
  groupsForIndex,
  rowIdsOf,
} from '../../src/domain/grouping';
import { EventsPreparer, indexPrepared } from '../../src/domain/prepareEvents';
import { EVENT_TYPES, type TimelineEvent } from '../../src/domain/schema';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

const some = <T>(values: readonly T[]) => fc.array(fc.constantFrom(...values), { maxLength: 4 });

/** Events naming values in any order, some twice, some none; a few days apart. */
const events: fc.Arbitrary<TimelineEvent[]> = fc
  .array(
    fc.record({
      actors: some(['trump', 'sheinbaum', 'maduro', 'nobody-known']),
      countries: some(['MX', 'US', 'VE', 'ZZ']),
      type: fc.constantFrom(...EVENT_TYPES),
      documents: some(['a', 'b', 'c']),
      day: fc.integer({ min: 1, max: 9 }),
    }),
    { maxLength: 40 },
  )
  .map((records) =>
    records.map((r, i) => ({
      id: `e${i}`,
      title: `event ${i % 7}`,
      type: r.type,
      date: { start: `2026-01-0${r.day}`, granularity: 'day', basis: 'explicit' },
      actors: r.actors,
      countries: r.countries,
      sources: r.documents.map((documentId) => ({ documentId, start: 0, end: 1 })),
    })),
  );

function indexedAsArriving(timeline: typeof smallTimeline) {
  const preparer = new EventsPreparer();
  for (let i = 0; i < timeline.events.length; i += 7) preparer.add(timeline.events.slice(i, i + 7));
  return indexPrepared(timeline, preparer.prepared());
}

describe('rows read from the facet table', () => {
  it('are the rows of a plain reading of each event, under every grouping', () => {
    fc.assert(
      fc.property(events, fc.boolean(), (list, arriving) => {
        const timeline = { ...smallTimeline, events: list };
        const index = arriving ? indexedAsArriving(timeline) : indexTimeline(timeline);
        for (const grouping of GROUPINGS) {
          expect(rowIdsOf(index, grouping)).toEqual(
            index.events.map((event) => groupIdOf(event, grouping)),
          );
          expect(groupsForIndex(index, grouping)).toEqual(groupsFor(index, index.events, grouping));
        }
      }),
    );
  });
});
