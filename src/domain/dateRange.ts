/**
 * The date-range filter: an event passes when any day it covers falls between "from" and "to"
 * (both inclusive, either open). A month-precise event of January 2026 passes a range that starts
 * on 5 January, since it may have happened then. Dates are compared as YYYY-MM-DD text, so no
 * time zone enters.
 */
import { firstCoveredDay, lastCoveredDay } from './dates';
import type { TimelineEvent } from './schema';

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

/** The first and last day any event covers, for the bounds of the date inputs. */
export function timelineSpanDays(
  events: readonly TimelineEvent[],
): { first: string; last: string } | undefined {
  if (events.length === 0) return undefined;
  let first = '9999-12-31';
  let last = '0000-01-01';
  for (const event of events) {
    const from = firstCoveredDay(event.date);
    const to = lastCoveredDay(event.date);
    if (from < first) first = from;
    if (to > last) last = to;
  }
  return { first, last };
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
