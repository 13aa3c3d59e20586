/**
 * The page's first tab stops: links past the filters and the toolbar to the timeline's rows
 * (where its keys work) and to the list, shown only while focused. Only the views on screen get a
 * link. A link moves focus itself: a fragment alone would scroll to the target without making it
 * the place the next Tab starts from in every browser.
 */
import type { MouseEvent } from 'react';
import { EVENT_LIST_HEADING_ID, TIMELINE_ROWS_ID } from '../components/landmarks';
import type { ViewMode } from '../state/store/viewSlice';

function moveFocus(click: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (target === null) return;
  click.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

export function SkipLinks({ viewMode }: { readonly viewMode: ViewMode }) {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {viewMode === 'list' ? null : (
        <a
          className="skip-link"
          href={`#${TIMELINE_ROWS_ID}`}
          onClick={(click) => moveFocus(click, TIMELINE_ROWS_ID)}
        >
          Skip to the timeline
        </a>
      )}
      {viewMode === 'timeline' ? null : (
        <a
          className="skip-link"
          href={`#${EVENT_LIST_HEADING_ID}`}
          onClick={(click) => moveFocus(click, EVENT_LIST_HEADING_ID)}
        >
          Skip to the list
        </a>
      )}
    </nav>
  );
}
