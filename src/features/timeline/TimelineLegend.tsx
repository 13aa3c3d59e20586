/** What the two looks of a timeline item mean. */
export function TimelineLegend() {
  return (
    <ul className="timeline__legend" aria-label="Legend">
      <li>
        <span className="legend-swatch legend-swatch--point" aria-hidden="true" /> a single day
      </li>
      <li>
        <span className="legend-swatch legend-swatch--fuzzy" aria-hidden="true" /> a month, a year
        or a range: the date is less precise
      </li>
    </ul>
  );
}
