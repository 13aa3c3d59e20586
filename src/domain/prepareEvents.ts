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
import { nextTask, runAtOnce, runInSteps } from './tasks';
import { indexSteps, type TimelineIndex } from './timelineIndex';
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
  /** Each event by its id (made as they arrive, rather than all at once after the last). */
  readonly byId: ReadonlyMap<string, TimelineEvent>;
  /**
   * Where each event goes in time order (event k of the index is event order[k]), when it was
   * worked out elsewhere: the worker that read the file orders the events, off the page's thread.
   * Used only when it holds every event once.
   */
  readonly order?: Uint32Array | undefined;
}

/** Prepares events a run at a time as they arrive (see PreparedEvents). */
export class EventsPreparer {
  private readonly keys: string[] = [];
  private readonly specs: TimelineItemSpec[] = [];
  private readonly facets = new FacetTableBuilder();
  private readonly span = new DaySpanBuilder();
  private readonly byId = new Map<string, TimelineEvent>();

  add(events: readonly TimelineEvent[]): void {
    for (const event of events) {
      const first = firstCoveredDay(event.date);
      const last = lastCoveredDay(event.date);
      this.keys.push(keyOfCoveredDays(first, last));
      this.span.add(first, last);
      this.specs.push(timelineItemSpec(event, 'none'));
      this.byId.set(event.id, event);
    }
    this.facets.add(events);
  }

  prepared(): PreparedEvents {
    const { keys, specs } = this;
    return { keys, facets: this.facets.table(), specs, span: this.span.span(), byId: this.byId };
  }
}

/**
 * The timeline's index, reusing `prepared` (work done on `timeline.events`, in their order) when
 * it covers every event, built as indexSteps builds every index.
 */
export function indexPrepared(timeline: Timeline, prepared?: PreparedEvents): TimelineIndex {
  return runAtOnce(preparedIndexSteps(timeline, prepared));
}

/**
 * The same index, made in steps with a task of their own each (`pause` between them), so that a
 * page already showing a first part of the timeline stays responsive while the whole is indexed:
 * at 100,000 events, with the order given, no step takes much over a tenth of a second here.
 */
export function indexPreparedInSteps(
  timeline: Timeline,
  prepared: PreparedEvents | undefined,
  pause: () => Promise<void> = nextTask,
): Promise<TimelineIndex> {
  return runInSteps(preparedIndexSteps(timeline, prepared), pause);
}

/** indexSteps, then the prepared work handed to the index, put in its order. */
function* preparedIndexSteps(
  timeline: Timeline,
  prepared: PreparedEvents | undefined,
): Generator<void, TimelineIndex> {
  const covered = covers(timeline, prepared) ? prepared : undefined;
  const { index, order } = yield* indexSteps(timeline, covered);
  if (covered === undefined) return index;
  yield;
  return adoptPrepared(index, covered, order);
}

function covers(timeline: Timeline, prepared?: PreparedEvents): prepared is PreparedEvents {
  const n = timeline.events.length;
  return prepared !== undefined && prepared.keys.length === n && prepared.specs.length === n;
}

/** Hands the index what was prepared, put in its order. */
function adoptPrepared(
  index: TimelineIndex,
  prepared: PreparedEvents,
  order: Uint32Array,
): TimelineIndex {
  adoptFacetTable(index, prepared.facets, order);
  adoptUngroupedSpecs(
    index,
    Array.from(order, (i) => prepared.specs[i] as TimelineItemSpec),
  );
  adoptSpanDays(index, prepared.span);
  return index;
}
