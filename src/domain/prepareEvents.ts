/**
 * Work done on a large timeline's events while the rest of the file is still downloading, a run
 * at a time in the order they arrive: their date keys, facet columns and timeline items. Indexing
 * afterwards (indexPrepared) puts that work in time order instead of doing it again, which keeps
 * it off the stretch between the last byte and the first drawn event.
 */
import { adoptSpanDays, DaySpanBuilder, type DaySpan } from './dateRange';
import { firstCoveredDay, keyOfCoveredDays, lastCoveredDay } from './dates';
import { adoptFacetTable, FacetTableBuilder, type FacetTable } from './facetTable';
import type { Timeline, TimelineEvent } from './schema';
import { indexTimeline, indexWithKeys, type TimelineIndex } from './timelineIndex';
import { adoptUngroupedSpecs, timelineItemSpec, type TimelineItemSpec } from './timelineItems';

/** What EventsPreparer made, in the order the events arrived. */
export interface PreparedEvents {
  /** chronologicalKey of each event. */
  readonly keys: readonly string[];
  readonly facets: FacetTable;
  /** Each event's timeline item, in no row. */
  readonly specs: readonly TimelineItemSpec[];
  /** The first and last day the events cover. */
  readonly span: DaySpan | undefined;
}

/** Prepares events a run at a time as they arrive (see PreparedEvents). */
export class EventsPreparer {
  private readonly keys: string[] = [];
  private readonly specs: TimelineItemSpec[] = [];
  private readonly facets = new FacetTableBuilder();
  private readonly span = new DaySpanBuilder();

  add(events: readonly TimelineEvent[]): void {
    for (const event of events) {
      const first = firstCoveredDay(event.date);
      const last = lastCoveredDay(event.date);
      this.keys.push(keyOfCoveredDays(first, last));
      this.span.add(first, last);
      this.specs.push(timelineItemSpec(event, 'none'));
    }
    this.facets.add(events);
  }

  prepared(): PreparedEvents {
    const { keys, specs } = this;
    return { keys, facets: this.facets.table(), specs, span: this.span.span() };
  }
}

/**
 * The timeline's index, reusing `prepared` (work done on `timeline.events`, in their order) when
 * it covers every event; indexTimeline otherwise.
 */
export function indexPrepared(timeline: Timeline, prepared?: PreparedEvents): TimelineIndex {
  const n = timeline.events.length;
  if (prepared === undefined || prepared.keys.length !== n || prepared.specs.length !== n) {
    return indexTimeline(timeline);
  }
  const { index, order } = indexWithKeys(timeline, prepared.keys);
  adoptFacetTable(index, prepared.facets, order);
  adoptUngroupedSpecs(
    index,
    Array.from(order, (i) => prepared.specs[i] as TimelineItemSpec),
  );
  adoptSpanDays(index, prepared.span);
  return index;
}
