/**
 * What the timeline and the list say when no event is shown: for a search that found nothing,
 * the words searched and a "Clear search" button (the window the reader was looking at stays);
 * otherwise that the filters leave nothing. Clearing moves focus to the search box where it is
 * in sight, else to the first view, so that focus is not lost with the button.
 */
import { EVENT_LIST_HEADING_ID, SEARCH_INPUT_ID, TIMELINE_ROWS_ID } from './landmarks';
import { useNewslineStore } from '../state/store';

function focusAfterClear(): void {
  const search = document.getElementById(SEARCH_INPUT_ID);
  if (search !== null && search.getClientRects().length > 0 && search.checkVisibility()) {
    search.focus();
    return;
  }
  (
    document.getElementById(TIMELINE_ROWS_ID) ?? document.getElementById(EVENT_LIST_HEADING_ID)
  )?.focus();
}

export function NoMatches() {
  const query = useNewslineStore((s) => s.query);
  const setQuery = useNewslineStore((s) => s.setQuery);
  if (query.trim() === '') {
    return <p className="no-matches">No events match the filters.</p>;
  }
  return (
    <div className="no-matches no-matches--search">
      <p>
        No events match the search “<span className="no-matches__query">{query.trim()}</span>”.
      </p>
      <button
        type="button"
        onClick={() => {
          setQuery('');
          focusAfterClear();
        }}
      >
        Clear search
      </button>
    </div>
  );
}
