/**
 * What the looks of a timeline item mean: its shape (a single day or a less precise date) and its
 * colour (its event type, each named here, so that colour is never the only sign: the item's
 * tooltip names its type too).
 */
import { eventTypeLabel, type TypeCount } from '../../domain/eventTypes';

export function TimelineLegend({ types }: { readonly types: readonly TypeCount[] }) {
  return (
    <div className="timeline__legends">
      <ul className="timeline__legend" aria-label="Legend">
        <li>
          <span className="legend-swatch legend-swatch--point" aria-hidden="true" /> a single day
        </li>
        <li>
          <span className="legend-swatch legend-swatch--fuzzy" aria-hidden="true" /> a month, a year
          or a range: the date is less precise
        </li>
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
    </div>
  );
}
