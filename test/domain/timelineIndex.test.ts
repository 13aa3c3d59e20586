/**
 * The time order of an index's events against the plain definition: a stable sort by
 * chronologicalKey, ties by title as Intl.Collator orders them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanDaysOf, timelineSpanDays } from '../../src/domain/dateRange';
import { chronologicalKey } from '../../src/domain/dates';
import {
  EventsPreparer,
  indexPrepared,
  indexPreparedInSteps,
} from '../../src/domain/prepareEvents';
import { indexTimeline, timeOrder, type TimelineIndex } from '../../src/domain/timelineIndex';
import { ungroupedSpecs } from '../../src/domain/timelineItems';
import { facetTable } from '../../src/domain/facetTable';
import { FACETS } from '../../src/domain/filters';
import { generateCorpus } from '../../bench/corpus';
import type { TimelineEvent } from '../../src/domain/schema';
import { smallTimeline } from '../fixtures/smallTimeline';

const someEvent: TimelineEvent = (() => {
  const first = smallTimeline.events[0];
  if (first === undefined) throw new Error('the fixture has no events');
  return first;
})();

const collator = new Intl.Collator();

function byDefinition(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => {
    const ka = chronologicalKey(a.date);
    const kb = chronologicalKey(b.date);
    return ka === kb ? collator.compare(a.title, b.title) : ka < kb ? -1 : 1;
  });
}

const day = fc
  .record({
    y: fc.integer({ min: 2024, max: 2025 }),
    m: fc.integer({ min: 1, max: 2 }),
    d: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const start = fc.oneof(
  day,
  day.map((s) => s.slice(0, 7)),
  day.map((s) => s.slice(0, 4)),
);
const event = fc
  .record({
    start,
    end: fc.option(day, { nil: undefined }),
    title: fc.constantFrom('a', 'B', 'b', 'é', 'e', 'Z', ''),
  })
  .map(({ start, end, title }) => ({
    ...someEvent,
    title,
    date: end === undefined ? { ...someEvent.date, start } : { ...someEvent.date, start, end },
  }));

describe('indexTimeline', () => {
  it('orders events as a stable sort by key, then title, would', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (generated) => {
        const events = generated.map((e, i) => ({ ...e, id: `e${i}` }));
        expect(indexTimeline({ ...smallTimeline, events }).events.map((e) => e.id)).toEqual(
          byDefinition(events).map((e) => e.id),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the index the fixture events earliest first, each findable by id', () => {
    const index = indexTimeline({ ...smallTimeline, events: [...smallTimeline.events].reverse() });
    expect(index.events.map((e) => e.id)).toEqual(
      byDefinition(smallTimeline.events).map((e) => e.id),
    );
    for (const e of smallTimeline.events) expect(index.eventById.get(e.id)).toBe(e);
  });

  /** The generated timeline and the work prepared on it as it arrived, 70 events a run. */
  function preparedCorpus() {
    const timeline = generateCorpus({ events: 400, seed: 5 });
    const preparer = new EventsPreparer();
    for (let i = 0; i < timeline.events.length; i += 70)
      preparer.add(timeline.events.slice(i, i + 70));
    return { timeline, prepared: preparer.prepared() };
  }

  /** Holds an index built from prepared work to the plain index of the same timeline. */
  function expectSameAsPlain(index: TimelineIndex, plain: TimelineIndex) {
    expect(index.events).toEqual(plain.events);
    // Values may be numbered differently; each event's values must be the same.
    const valuesOf = (of: TimelineIndex) =>
      FACETS.map((facet) => {
        const { values, offsets, valueIds } = facetTable(of)[facet];
        return of.events.map((_, i) =>
          [...valueIds.subarray(offsets[i], offsets[i + 1])].map((id) => values[id]),
        );
      });
    expect(valuesOf(index)).toEqual(valuesOf(plain));
    expect(ungroupedSpecs(index)).toEqual(ungroupedSpecs(plain));
    // The date inputs' bounds: the span noted on arrival is the span of every event.
    expect(spanDaysOf(index)).toEqual(timelineSpanDays(plain.events));
    expect(spanDaysOf(index)).toEqual(spanDaysOf(plain));
  }

  it('reuses the work prepared as events arrived: same order, facet values and items', () => {
    const { timeline, prepared } = preparedCorpus();
    expectSameAsPlain(indexPrepared(timeline, prepared), indexTimeline(timeline));
  });

  it('makes the same index a step at a time, each step in a task of its own', async () => {
    const { timeline, prepared } = preparedCorpus();
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    const index = await indexPreparedInSteps(timeline, prepared, pause);
    expectSameAsPlain(index, indexTimeline(timeline));
    expect(pauses).toBeGreaterThanOrEqual(2);
  });

  it('follows an order worked out elsewhere, and works one out where that one is not one', async () => {
    const { timeline, prepared } = preparedCorpus();
    const plain = indexTimeline(timeline);
    const keys = timeline.events.map((event) => chronologicalKey(event.date));
    const given = timeOrder(timeline.events, keys);
    expectSameAsPlain(indexPrepared(timeline, { ...prepared, order: given }), plain);
    // The given order is followed as it is: reversed, the events come reversed.
    const reversed = given.slice().reverse();
    const followed = indexPrepared(timeline, { ...prepared, order: reversed });
    expect(followed.events).toEqual([...plain.events].reverse());
    // One event twice, one short, one too many: each is set aside for the page's own order.
    const twice = given.slice();
    twice[1] = twice[0] ?? 0;
    for (const wrong of [twice, given.subarray(1), Uint32Array.from([...given, 0])]) {
      expectSameAsPlain(indexPrepared(timeline, { ...prepared, order: wrong }), plain);
      const stepped = await indexPreparedInSteps(timeline, { ...prepared, order: wrong }, () =>
        Promise.resolve(),
      );
      expect(stepped.events).toEqual(plain.events);
    }
  });
});
