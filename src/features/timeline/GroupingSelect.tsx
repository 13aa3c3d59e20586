/** Which key the timeline's rows are grouped by. */
import { useNewslineStore } from '../../state/store';
import { GROUPINGS, type Grouping } from '../../domain/grouping';

const LABELS: Record<Grouping, string> = {
  actor: 'Actor',
  country: 'Country',
  type: 'Event type',
  document: 'Article',
  none: 'None',
};

function isGrouping(value: string): value is Grouping {
  return (GROUPINGS as readonly string[]).includes(value);
}

export function GroupingSelect() {
  const grouping = useNewslineStore((s) => s.grouping);
  const setGrouping = useNewslineStore((s) => s.setGrouping);
  return (
    <label className="timeline__grouping">
      Group by{' '}
      <select
        value={grouping}
        onChange={(event) => {
          if (isGrouping(event.target.value)) setGrouping(event.target.value);
        }}
      >
        {GROUPINGS.map((key) => (
          <option key={key} value={key}>
            {LABELS[key]}
          </option>
        ))}
      </select>
    </label>
  );
}
