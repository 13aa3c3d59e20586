/**
 * The time order of an index's events against the plain definition: a stable sort by
 * chronologicalKey, ties by title as Intl.Collator orders them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanDaysOf, timelineSpanDays } from '../../src/domain/dateRange';
import { chronologicalKey } from '../../src/domain/dates';
import { EventsPreparer, indexPrepared } from '../../src/domain/prepareEvents';
import { indexTimeline } from '../../src/domain/timelineIndex';
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

  it('reuses the work prepared as events arrived: same order, facet values and items', () => {
    const timeline = generateCorpus({ events: 400, seed: 5 });
    const preparer = new EventsPreparer();
    for (let i = 0; i < timeline.events.length; i += 70)
      preparer.add(timeline.events.slice(i, i + 70));
    const prepared = indexPrepared(timeline, preparer.prepared());
    const plain = indexTimeline(timeline);
    expect(prepared.events).toEqual(plain.events);
    // Values may be numbered differently; each event's values must be the same.
    const valuesOf = (index: typeof plain) =>
      FACETS.map((facet) => {
        const { values, offsets, valueIds } = facetTable(index)[facet];
        return index.events.map((_, i) =>
          [...valueIds.subarray(offsets[i], offsets[i + 1])].map((id) => values[id]),
        );
      });
    expect(valuesOf(prepared)).toEqual(valuesOf(plain));
    expect(ungroupedSpecs(prepared)).toEqual(ungroupedSpecs(plain));
    // The date inputs' bounds: the span noted on arrival is the span of every event.
    expect(spanDaysOf(prepared)).toEqual(timelineSpanDays(plain.events));
    expect(spanDaysOf(prepared)).toEqual(spanDaysOf(plain));
  });
});
