/**
 * The date-range filter: an event passes when any day it covers falls between "from" and "to"
 * (both inclusive, either open). A month-precise event of January 2026 passes a range that starts
 * on 5 January, since it may have happened then. Dates are compared as YYYY-MM-DD text, so no
 * time zone enters.
 */
import { firstCoveredDay, lastCoveredDay } from './dates';
import type { TimelineEvent } from './schema';
import type { TimelineIndex } from './timelineIndex';

export interface DateRange {
  /** First day, YYYY-MM-DD, or null for no lower limit. */
  readonly from: string | null;
  /** Last day, YYYY-MM-DD, or null for no upper limit. */
  readonly to: string | null;
}

export const ANY_DATE: DateRange = { from: null, to: null };

export function isAnyDate(range: DateRange): boolean {
  return range.from === null && range.to === null;
}

/** The first and last day an event covers, as YYYY-MM-DD. */
export function coveredDays(event: TimelineEvent): { first: string; last: string } {
  return { first: firstCoveredDay(event.date), last: lastCoveredDay(event.date) };
}

export function overlapsRange(event: TimelineEvent, range: DateRange): boolean {
  const { first, last } = coveredDays(event);
  return (range.from === null || last >= range.from) && (range.to === null || first <= range.to);
}

/** Ids of the events in the range, or null when the range is open on both sides. */
export function eventsInRange(
  events: readonly TimelineEvent[],
  range: DateRange,
): ReadonlySet<string> | null {
  if (isAnyDate(range)) return null;
  return new Set(events.filter((e) => overlapsRange(e, range)).map((e) => e.id));
}

/** The first and last day a timeline's events cover (YYYY-MM-DD). */
export interface DaySpan {
  readonly first: string;
  readonly last: string;
}

/** The first and last day any event covers, for the bounds of the date inputs. */
export function timelineSpanDays(events: readonly TimelineEvent[]): DaySpan | undefined {
  const span = new DaySpanBuilder();
  for (const event of events) span.add(firstCoveredDay(event.date), lastCoveredDay(event.date));
  return span.span();
}

/** Widens a span a day pair at a time (for work that reads each event's days anyway). */
export class DaySpanBuilder {
  private first = '9999-12-31';
  private last = '0000-01-01';
  private empty = true;

  add(first: string, last: string): void {
    this.empty = false;
    if (first < this.first) this.first = first;
    if (last > this.last) this.last = last;
  }

  span(): DaySpan | undefined {
    return this.empty ? undefined : { first: this.first, last: this.last };
  }
}

/** Spans found before the index was made (prepareEvents.ts), by index. */
const spans = new WeakMap<TimelineIndex, DaySpan | undefined>();

/** Makes `span` the index's span of days (it must be that of every event of the index). */
export function adoptSpanDays(index: TimelineIndex, span: DaySpan | undefined): void {
  spans.set(index, span);
}

/** The index's span of days, worked out once per index. */
export function spanDaysOf(index: TimelineIndex): DaySpan | undefined {
  if (spans.has(index)) return spans.get(index);
  const span = timelineSpanDays(index.events);
  spans.set(index, span);
  return span;
}

/** Both restrictions at once: null when neither restricts. */
export function intersectMatches(
  a: ReadonlySet<string> | null,
  b: ReadonlySet<string> | null,
): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((id) => b.has(id)));
}
