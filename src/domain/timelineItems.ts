/**
 * Events as timeline items: which row, where in time, and how it looks (a point for a single day,
 * a fuzzy range for anything less precise). Plain data; the timeline adapter turns it into
 * widget items with DOM content.
 */
import { timelineSpan } from './dates';
import { groupIdOf, type Grouping } from './grouping';
import { datePrecision, type DatePrecision } from './howDated';
import type { EventType, TimelineEvent } from './schema';
import type { TimelineIndex } from './timelineIndex';

export interface TimelineItemSpec {
  readonly id: string;
  readonly group: string;
  readonly title: string;
  readonly eventType: EventType;
  readonly kind: 'point' | 'range';
  /** How precise the date is (a stated day, a day not stated, a month, a year, a span). */
  readonly precision: DatePrecision;
  readonly start: Date;
  /** Exclusive end, for ranges only. */
  readonly end: Date | undefined;
}

export function timelineItemSpec(event: TimelineEvent, grouping: Grouping): TimelineItemSpec {
  const span = timelineSpan(event.date);
  return {
    id: event.id,
    group: groupIdOf(event, grouping),
    title: event.title,
    eventType: event.type,
    kind: span.kind,
    precision: datePrecision(event.date),
    start: span.start,
    end: span.kind === 'range' ? span.end : undefined,
  };
}

export function timelineItemSpecs(
  events: readonly TimelineEvent[],
  grouping: Grouping,
): TimelineItemSpec[] {
  return events.map((event) => timelineItemSpec(event, grouping));
}

/** Items made before the index was (prepareEvents.ts), by index. */
const preparedSpecs = new WeakMap<TimelineIndex, readonly TimelineItemSpec[]>();

/** Makes `specs` (one per event of the index, in its order, in no row) the index's items. */
export function adoptUngroupedSpecs(
  index: TimelineIndex,
  specs: readonly TimelineItemSpec[],
): void {
  if (specs.length === index.events.length) preparedSpecs.set(index, specs);
}

/** The item of every event of the index, in its order, in no row. */
export function ungroupedSpecs(index: TimelineIndex): readonly TimelineItemSpec[] {
  return preparedSpecs.get(index) ?? timelineItemSpecs(index.events, 'none');
}

/** True when two specs would draw the same item (so an update can be skipped). */
export function sameItem(a: TimelineItemSpec, b: TimelineItemSpec): boolean {
  return (
    a.group === b.group &&
    a.title === b.title &&
    a.kind === b.kind &&
    a.precision === b.precision &&
    a.start.getTime() === b.start.getTime() &&
    a.end?.getTime() === b.end?.getTime()
  );
}
