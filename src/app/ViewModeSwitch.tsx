/** Timeline, list, or both: which views of the filtered events the explorer shows. */
import { useNewslineStore } from '../state/store';
import { VIEW_MODES, type ViewMode } from '../state/store/viewSlice';

const LABELS: Record<ViewMode, string> = { both: 'Both', timeline: 'Timeline', list: 'List' };

export function ViewModeSwitch() {
  const mode = useNewslineStore((s) => s.viewMode);
  const setViewMode = useNewslineStore((s) => s.setViewMode);
  return (
    <div className="view-switch" role="group" aria-label="Views">
      {VIEW_MODES.map((key) => (
        <button
          key={key}
          type="button"
          aria-pressed={mode === key}
          onClick={() => setViewMode(key)}
        >
          {LABELS[key]}
        </button>
      ))}
    </div>
  );
}
