/** Limits the events to those that may have happened between two days (either may be left open). */
import { useId } from 'react';
import { useNewslineStore } from '../../state/store';
import { spanDaysOf } from '../../domain/dateRange';
import type { TimelineIndex } from '../../domain/timelineIndex';

export function DateRangeFilter({ index }: { readonly index: TimelineIndex }) {
  const range = useNewslineStore((s) => s.dateRange);
  const setDateRange = useNewslineStore((s) => s.setDateRange);
  const span = spanDaysOf(index);
  const fromId = useId();
  const toId = useId();
  const day = (value: string): string | null => (value === '' ? null : value);

  return (
    <fieldset className="facet date-range">
      <legend>Dates</legend>
      <div className="date-range__row">
        <label htmlFor={fromId}>From</label>
        <input
          id={fromId}
          type="date"
          value={range.from ?? ''}
          min={span?.first}
          max={range.to ?? span?.last}
          onChange={(event) => setDateRange({ ...range, from: day(event.target.value) })}
        />
      </div>
      <div className="date-range__row">
        <label htmlFor={toId}>To</label>
        <input
          id={toId}
          type="date"
          value={range.to ?? ''}
          min={range.from ?? span?.first}
          max={span?.last}
          onChange={(event) => setDateRange({ ...range, to: day(event.target.value) })}
        />
      </div>
    </fieldset>
  );
}
