import { DATE_PRECISIONS, PRECISION_NAMES } from '../../domain/howDated';

/** What the looks of a timeline item mean: how precise its date is. */
export function TimelineLegend() {
  return (
    <ul className="timeline__legend" aria-label="Legend: how precise a date is">
      {DATE_PRECISIONS.map((precision) => (
        <li key={precision}>
          <span className={`legend-swatch legend-swatch--${precision}`} aria-hidden="true" />
          {PRECISION_NAMES[precision]}
        </li>
      ))}
    </ul>
  );
}
