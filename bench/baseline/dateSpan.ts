/**
 * The time span the baseline draws for an event date: a point for a day, the whole period for a
 * month or a year, and start to end for a range (to the end of its last day).
 */
import { lowerBound, type EventDate } from '../../src/domain/schema';

export interface DateSpan {
  start: Date;
  end?: Date;
}

function afterPeriod(partial: string): Date {
  const [y = '1970', m, d] = partial.split('-');
  const year = Number(y);
  if (m === undefined) return new Date(Date.UTC(year + 1, 0, 1));
  if (d === undefined) return new Date(Date.UTC(year, Number(m), 1));
  return new Date(Date.UTC(year, Number(m) - 1, Number(d) + 1));
}

export function dateSpan(date: EventDate): DateSpan {
  const start = new Date(`${lowerBound(date.start)}T00:00:00Z`);
  switch (date.granularity) {
    case 'day':
      return { start };
    case 'month':
    case 'year':
      return { start, end: afterPeriod(date.start) };
    case 'range':
      return { start, end: afterPeriod(date.end ?? date.start) };
  }
}
