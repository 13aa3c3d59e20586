/**
 * The filtered events as an accessible table: date, title, actors, countries and sources, sortable
 * by date and title, with the selection shared with the timeline. Long lists show a page of rows
 * at a time (the page follows the selection), so a timeline of thousands stays quick. The list
 * opens where the timeline does (domain/listStart).
 */
import { MineBadge } from '../../components/MineBadge';
import { memo, useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { Highlight } from '../../components/Highlight';
import { NoMatches } from '../../components/NoMatches';
import { usePrinting } from '../../components/usePrinting';
import { EVENT_LIST_HEADING_ID } from '../../components/landmarks';
import { selectInitialWindow, useVisibleEvents } from '../../state/selectors';
import { useNewslineStore } from '../../state/store';
import { useEventLink } from '../../state/urlSync';
import { namesWithMore } from '../../domain/capped';
import { formatEventDate } from '../../domain/dates';
import { firstRowInWindow } from '../../domain/listStart';
import { memoizeLast } from '../../domain/memo';
import type { TimelineEvent } from '../../domain/schema';
import { nextSort, sortEvents, type SortKey } from '../../domain/sorting';
import {
  actorName,
  countryName,
  documentTitle,
  type TimelineIndex,
} from '../../domain/timelineIndex';

const selectSortedEvents = memoizeLast(sortEvents);
/** Room for the sticky column headers above a row scrolled into view. */
const HEADER_ROOM = 40;
const PAGE_SIZE = 50;
/** On paper the list is not paged: its rows, up to this many, are printed one after another. */
const PRINTED_ROWS = 2_000;
/** The timeline measures its items while it redraws: this keeps the table out of those layouts. */
const LIST_CONTAINMENT = { contain: 'content' } as const;

interface EventRowProps {
  readonly index: TimelineIndex;
  readonly event: TimelineEvent;
  /** Date, event and actors only (beside the timeline); otherwise countries and sources too. */
  readonly brief: boolean;
  readonly selected: boolean;
  /** The event's own link (the view with it selected), for a new tab or a copied address. */
  readonly href: string;
  /** The search words, marked in the title. */
  readonly query: string;
  readonly rowRef: RefObject<HTMLTableRowElement | null> | undefined;
  readonly onSelect: (eventId: string | null) => void;
}

/** One row; memoised, so that a new selection re-renders the two rows it changes, not the page. */
const EventRow = memo(function EventRow({
  index,
  event,
  brief,
  selected,
  href,
  query,
  rowRef,
  onSelect,
}: EventRowProps) {
  // A plain click selects in place; a click with a modifier (a new tab, a new window) or any
  // other button is the browser's, as on any link.
  const onClick = (click: MouseEvent<HTMLAnchorElement>): void => {
    if (click.button !== 0 || click.ctrlKey || click.metaKey || click.shiftKey || click.altKey)
      return;
    click.preventDefault();
    onSelect(selected ? null : event.id);
  };
  return (
    <tr
      ref={rowRef}
      className={selected ? 'is-selected' : undefined}
      aria-current={selected ? 'true' : undefined}
    >
      <td className="event-list__date">
        {formatEventDate(event.date)}
        {event.date.basis === 'inferred' ? (
          <span className="event-list__unstated"> not stated</span>
        ) : null}
      </td>
      <td>
        <a className="event-list__link" href={href} onClick={onClick}>
          <Highlight text={event.title} query={query} />
        </a>
        <MineBadge event={event} />
      </td>
      <td>{namesWithMore(event.actors, (id) => actorName(index, id), ', ')}</td>
      {brief ? null : (
        <>
          <td>{namesWithMore(event.countries, (code) => countryName(index, code), ', ')}</td>
          <td>
            {namesWithMore(
              [...new Set(event.sources.map((s) => s.documentId))],
              (id) => documentTitle(index, id),
              '; ',
            )}
          </td>
        </>
      )}
    </tr>
  );
});

/** What the reader does in the list's box that ends a placement kept for them. */
const READER_ACTS = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;

/**
 * Calls `place` as `watched` is first laid out and each time its size changes, until the reader
 * scrolls, points or presses a key in `box` (then `onStop`); where there is no ResizeObserver
 * (jsdom), once. Returns what undoes it.
 */
function keepPlaced(
  box: HTMLElement,
  watched: Element,
  place: () => void,
  onStop?: () => void,
): () => void {
  if (typeof ResizeObserver === 'undefined') {
    place();
    return () => undefined;
  }
  const observer = new ResizeObserver(place);
  const stop = (): void => {
    observer.disconnect();
    onStop?.();
  };
  observer.observe(watched);
  for (const type of READER_ACTS) box.addEventListener(type, stop, { passive: true });
  return () => {
    observer.disconnect();
    for (const type of READER_ACTS) box.removeEventListener(type, stop);
  };
}

/**
 * `brief`: beside the timeline the list shows date, event and actors, and leaves out the rest
 * (the event panel names the countries and sources of the selected event); columns never shown
 * are not built.
 */
export function EventList({
  index,
  brief = false,
}: {
  readonly index: TimelineIndex;
  readonly brief?: boolean;
}) {
  const events = useVisibleEvents(index);
  const sort = useNewslineStore((s) => s.listSort);
  const setListSort = useNewslineStore((s) => s.setListSort);
  const selectedId = useNewslineStore((s) => s.selectedEventId);
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const linkTo = useEventLink();
  const query = useNewslineStore((s) => s.query);
  const rows = selectSortedEvents(events, sort);
  // Opened on the timeline's stretch: the selection's row, else the first row in the window the
  // timeline opens on (the reader's, from a link, or its first). Read once, when the list is made:
  // the list does not follow the window afterwards, so it does not render again at each zoom.
  const [opening] = useState(() => {
    const { timeWindow } = useNewslineStore.getState();
    if (selectedId !== null) {
      const position = rows.findIndex((e) => e.id === selectedId);
      if (position >= 0) return { position, scrollTo: false };
    }
    const first = selectInitialWindow(index);
    const shown =
      timeWindow ??
      (first === undefined
        ? undefined
        : { start: first.start.getTime(), end: first.end.getTime() });
    return { position: firstRowInWindow(rows, shown), scrollTo: true };
  });
  const [page, setPage] = useState(() => Math.floor(opening.position / PAGE_SIZE));
  const [followed, setFollowed] = useState(selectedId);
  // A selection made elsewhere turns to the page that holds it (state derived during render).
  if (selectedId !== followed) {
    setFollowed(selectedId);
    const position = selectedId === null ? -1 : rows.findIndex((e) => e.id === selectedId);
    if (position >= 0) setPage(Math.floor(position / PAGE_SIZE));
  }
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shownPage = Math.min(page, pages - 1);
  const first = shownPage * PAGE_SIZE;
  const printing = usePrinting();
  const pageRows = printing ? rows.slice(0, PRINTED_ROWS) : rows.slice(first, first + PAGE_SIZE);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  // Keep the selected row in sight when the selection comes from the timeline or the keys. Only
  // the list's own box scrolls: scrollIntoView would also move the page away from the timeline.
  useEffect(() => {
    const box = scroller.current;
    if (box === null) return undefined;
    const bringIntoView = (): void => {
      const row = selectedRow.current;
      if (row === null) return;
      const top = row.offsetTop;
      const bottom = top + row.offsetHeight;
      if (top < box.scrollTop + HEADER_ROOM) box.scrollTop = Math.max(0, top - HEADER_ROOM);
      else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
    };
    // Measured once the page is laid out after the choice (a ResizeObserver reports a box it
    // starts watching in the frame that follows), not here, which would lay the page out twice.
    // The box also shrinks as the panel above it grows (its passages arrive a moment later): the
    // row is kept in sight until the reader scrolls, points or presses a key in the list.
    return keepPlaced(box, box, bringIntoView);
  }, [selectedId]);

  // The opening row at the top of the list's box as the list first shows, and kept there while
  // the page settles (rows grow as the columns find their widths), until the reader scrolls,
  // points, presses a key in the list or selects an event.
  const openingRow = useRef<HTMLTableRowElement>(null);
  const keepOpening = useRef(opening.scrollTo);
  useEffect(() => {
    const box = scroller.current;
    const table = box?.querySelector('table');
    if (box === null || table === null || table === undefined || !keepOpening.current)
      return undefined;
    const place = (): void => {
      const row = openingRow.current;
      if (row === null || !keepOpening.current) return;
      // Under the sticky column headers, however tall they wrap.
      const header = box.querySelector('thead')?.offsetHeight ?? HEADER_ROOM;
      box.scrollTop = Math.max(0, row.offsetTop - header);
    };
    return keepPlaced(box, table, place, () => {
      keepOpening.current = false;
    });
  }, []);
  useEffect(() => {
    if (selectedId !== null) keepOpening.current = false;
  }, [selectedId]);

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => setListSort(nextSort(sort, key))}
      >
        {label}
        <span aria-hidden="true">
          {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );

  return (
    <section className="event-list" aria-labelledby={EVENT_LIST_HEADING_ID}>
      <h2 id={EVENT_LIST_HEADING_ID} className="event-list__heading" tabIndex={-1}>
        List of events
      </h2>
      {rows.length === 0 ? (
        <NoMatches />
      ) : (
        <div ref={scroller} className="event-list__scroll" style={LIST_CONTAINMENT}>
          <table className="event-list__table">
            <thead>
              <tr>
                {header('date', 'Date')}
                {header('title', 'Event')}
                <th scope="col">Actors</th>
                {brief ? null : (
                  <>
                    <th scope="col">Countries</th>
                    <th scope="col">Sources</th>
                  </>
                )}
              </tr>
            </thead>
            <tbody>
              {pageRows.map((event, k) => {
                const selected = event.id === selectedId;
                return (
                  <EventRow
                    key={event.id}
                    index={index}
                    event={event}
                    brief={brief}
                    selected={selected}
                    href={linkTo(event.id)}
                    query={query}
                    rowRef={
                      selected
                        ? selectedRow
                        : first + k === opening.position
                          ? openingRow
                          : undefined
                    }
                    onSelect={selectEvent}
                  />
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {printing && rows.length > PRINTED_ROWS ? (
        <p className="event-list__printed">
          The first {PRINTED_ROWS.toLocaleString('en')} of {rows.length.toLocaleString('en')} events
          are printed.
        </p>
      ) : null}
      {pages > 1 && !printing ? (
        <nav className="event-list__pager" aria-label="Pages of the list">
          <button type="button" disabled={shownPage === 0} onClick={() => setPage(shownPage - 1)}>
            Previous
          </button>
          <span>
            Rows {(first + 1).toLocaleString('en')}–{(first + pageRows.length).toLocaleString('en')}{' '}
            of {rows.length.toLocaleString('en')}
          </span>
          <button
            type="button"
            disabled={shownPage >= pages - 1}
            onClick={() => setPage(shownPage + 1)}
          >
            Next
          </button>
        </nav>
      ) : null}
    </section>
  );
}
