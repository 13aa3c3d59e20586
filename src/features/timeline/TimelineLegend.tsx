/**
 * What the looks of a timeline item mean: its shape (how precise its date is: a stated day, a day
 * not stated, a month, a year, a span) and its
 * colour (its event type, each named here, so that colour is never the only sign: the item's
 * tooltip names its type too). A disclosure, open at first on a screen with room for it and
 * closed on a phone, whose first screen is the timeline's.
 */
import { useState } from 'react';
import { eventTypeLabel, type TypeCount } from '../../domain/eventTypes';
import { DATE_PRECISIONS, PRECISION_NAMES } from '../../domain/howDated';

/** The widths where the legend starts closed (app.css's phone layout). */
const NARROW = '(max-width: 600px)';

const startsOpen = (): boolean =>
  typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW).matches;

/** `mine`: whether the timeline holds events of the reader's own articles (marked, and named here). */
export function TimelineLegend({
  types,
  mine = false,
}: {
  readonly types: readonly TypeCount[];
  readonly mine?: boolean;
}) {
  const [open, setOpen] = useState(startsOpen);
  return (
    <details
      className="timeline__legends"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Legend: shapes and colours of {types.length} event {types.length === 1 ? 'type' : 'types'}
      </summary>
      <ul className="timeline__legend" aria-label="Legend: how precise a date is">
        {DATE_PRECISIONS.map((precision) => (
          <li key={precision}>
            <span className={`legend-swatch legend-swatch--${precision}`} aria-hidden="true" />
            {PRECISION_NAMES[precision]}
          </li>
        ))}
        {mine ? (
          <li>
            <span className="legend-swatch legend-swatch--mine" aria-hidden="true" />
            told by your articles
          </li>
        ) : null}
      </ul>
      {types.length === 0 ? null : (
        <ul className="timeline__legend timeline__types" aria-label="Colours by event type">
          {types.map(({ type, count }) => (
            <li key={type} className={`event-type--${type}`}>
              <span className="legend-swatch legend-swatch--type" aria-hidden="true" />
              {eventTypeLabel(type)} <span className="legend-count">({count})</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
