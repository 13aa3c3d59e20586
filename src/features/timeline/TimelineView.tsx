/**
 * The timeline of the filtered events, one row per group, with grouping, zoom and fit controls,
 * a legend, and keyboard moves: arrow keys step through the visible events in time order, Enter
 * opens the selected one in the event panel, Escape lets it go. Derived data comes from memoised
 * selectors; the widget itself lives behind the adapter.
 */
import { useMyDocumentIds } from '../../state/myArticles';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  selectAllGroups,
  selectDensity,
  selectEventTypes,
  selectInitialWindow,
  selectUngroupedSpecs,
  selectVisibleGroups,
  useVisibleEvents,
  useVisibleItemSpecs,
} from '../../state/selectors';
import { useNewslineStore } from '../../state/store';
import { EVENT_DETAILS_HEADING_ID } from '../../components/landmarks';
import { NoMatches } from '../../components/NoMatches';
import { formatEventDate } from '../../domain/dates';
import { PRECISION_NAMES } from '../../domain/howDated';
import {
  eventsOutside,
  windowOfGroup,
  ZOOM_STEP_SPAN,
  ZOOM_STEPS,
  type EdgeGroup,
  type Outside,
  type ZoomStep,
} from '../../domain/eventFrame';
import { eventTypeLabel } from '../../domain/eventTypes';
import { adjacentEventId } from '../../domain/navigation';
import type { TimelineIndex } from '../../domain/timelineIndex';
import type { Aggregate } from '../../domain/rowLayout';
import type { TimelineItemSpec } from '../../domain/timelineItems';
import { roundWindow, type WindowRange } from '../../domain/urlState';
import { EdgeMarker } from './EdgeMarker';
import { GroupingSelect } from './GroupingSelect';
import { OverviewStrip } from './OverviewStrip';
import { TimelineLegend } from './TimelineLegend';
import { useTimelineWidget } from './timelineAdapter';

const NOTHING_OUTSIDE: Outside = { before: undefined, after: undefined };
const STEP_NAMES: Readonly<Record<ZoomStep, string>> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  year: 'Year',
};

/** Made once: a formatter made for each call costs more than the timeline's frame. */
const DAY_TEXT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const COUNT_TEXT = new Intl.NumberFormat('en');
/** Days already written, by instant: aggregates name the same few days on every frame. */
const dayTexts = new Map<number, string>();
const dayText = (ms: number): string => {
  let text = dayTexts.get(ms);
  if (text === undefined) {
    if (dayTexts.size > 10_000) dayTexts.clear();
    text = DAY_TEXT.format(ms);
    dayTexts.set(ms, text);
  }
  return text;
};

export function TimelineView({ index }: { readonly index: TimelineIndex }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const grouping = useNewslineStore((s) => s.grouping);
  const selectedId = useNewslineStore((s) => s.selectedEventId);
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const timeWindow = useNewslineStore((s) => s.timeWindow);
  const setTimeWindow = useNewslineStore((s) => s.setTimeWindow);
  const [shown, setShown] = useState<WindowRange | null>(null);
  // The widget reports its own zoom calls as not made by the reader; a press of a zoom or fit
  // button is the reader's choice all the same, so the window it settles on goes to the URL.
  const buttonMove = useRef(false);
  const onWindowChange = useCallback(
    (range: WindowRange, byUser: boolean) => {
      setShown(range);
      if (byUser || buttonMove.current) setTimeWindow(roundWindow(range));
      buttonMove.current = false;
    },
    [setTimeWindow],
  );
  const moveWindow = useCallback(
    (range: WindowRange) => setTimeWindow(roundWindow(range)),
    [setTimeWindow],
  );
  const density = selectDensity(index);
  const events = useVisibleEvents(index);
  const items = useVisibleItemSpecs(index);
  const groups = selectVisibleGroups(selectAllGroups(index, grouping), items);

  // Events one of the reader's own articles tells are marked (a bar at their start, and words).
  const mine = useMyDocumentIds();
  const isMine = useCallback(
    (id: string): boolean =>
      mine.size > 0 &&
      (index.eventById.get(id)?.sources.some((s) => mine.has(s.documentId)) ?? false),
    [index, mine],
  );
  const describeItem = useCallback(
    (spec: TimelineItemSpec): string => {
      const event = index.eventById.get(spec.id);
      // The type in words as well as in colour, and how precise the date is.
      const type = eventTypeLabel(spec.eventType);
      const yours = isMine(spec.id) ? '; your article' : '';
      return event === undefined
        ? `${spec.title} (${type}${yours})`
        : `${spec.title} — ${formatEventDate(event.date)} (${PRECISION_NAMES[spec.precision]}; ${type}${yours})`;
    },
    [index, isMine],
  );
  const isMarked = useCallback((spec: TimelineItemSpec): boolean => isMine(spec.id), [isMine]);
  const describeAggregate = useCallback(
    (aggregate: Aggregate): string =>
      `${COUNT_TEXT.format(aggregate.count)} more events, ${dayText(aggregate.start)} to ${dayText(aggregate.end)}: click to zoom in to them`,
    [],
  );
  const initialWindow = selectInitialWindow(index);
  // Counted once the window settles, not on each frame of a pan.
  const outside = useMemo(
    () => (shown === null ? NOTHING_OUTSIDE : eventsOutside(items, shown)),
    [items, shown],
  );
  const presentTypes = selectEventTypes(index);
  const controls = useTimelineWidget(containerRef, {
    items,
    allItems: selectUngroupedSpecs(index),
    initialWindow,
    window: timeWindow,
    onWindowChange,
    groups,
    selectedId,
    onSelect: selectEvent,
    describeItem,
    isMarked,
    describeAggregate,
    label:
      'Events in time. Left and right arrow keys move between events, Enter opens the selected event, Escape lets it go; Page Up and Page Down scroll the rows, Ctrl + wheel zooms.',
    describedBy: 'timeline-selection',
  });

  const byButton = (move: () => void): void => {
    buttonMove.current = true;
    move();
  };

  const showGroup = (group: EdgeGroup, side: 'before' | 'after'): void => {
    if (shown !== null) byButton(() => controls.showWindow(windowOfGroup(group, side, shown)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowUp': {
        const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
        // With nothing selected, the first press starts in the window the reader sees now (the
        // last settled window may lag a moment behind a pan or a fit).
        const next = adjacentEventId(events, selectedId, step, controls.shownWindow());
        if (next !== undefined) selectEvent(next);
        event.preventDefault();
        return;
      }
      case 'Enter': {
        const id = selectedId ?? adjacentEventId(events, null, 1, controls.shownWindow());
        if (id === undefined) return;
        selectEvent(id);
        // The panel renders the event on this update; focus its heading once it is there.
        requestAnimationFrame(() => document.getElementById(EVENT_DETAILS_HEADING_ID)?.focus());
        event.preventDefault();
        return;
      }
      case 'Escape':
        if (selectedId !== null) selectEvent(null);
        return;
      default:
        return;
    }
  };

  const selectedTitle = selectedId === null ? undefined : index.eventById.get(selectedId)?.title;

  const ofAll = (shown: number): string => `${shown} of ${index.events.length} events`;

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__toolbar">
        <h2 id="timeline-heading" className="timeline__heading">
          Timeline
        </h2>
        {/* As wide as its longest form (app.css), so that a filter never wraps the toolbar
            to another line: that would change the rows' height and draw the axis again. */}
        <p className="timeline__count" role="status" data-room={ofAll(index.events.length)}>
          <span>
            {events.length === index.events.length
              ? `${events.length} events`
              : ofAll(events.length)}
          </span>
        </p>
        <GroupingSelect />
        <div className="timeline__controls" role="group" aria-label="Zoom">
          <button
            type="button"
            className="timeline__zoom"
            aria-label="Zoom in"
            title="Zoom in"
            onClick={() => byButton(controls.zoomIn)}
          >
            +
          </button>
          <button
            type="button"
            className="timeline__zoom"
            aria-label="Zoom out"
            title="Zoom out"
            onClick={() => byButton(controls.zoomOut)}
          >
            −
          </button>
          <button
            type="button"
            title="Frame the events, leaving far-off ones at the edges"
            onClick={() => byButton(controls.fit)}
          >
            Fit
          </button>
          <button
            type="button"
            title="Show the whole span, from the first event to the last"
            onClick={() => byButton(controls.fitAll)}
          >
            Fit all
          </button>
        </div>
        <div className="timeline__controls" role="group" aria-label="Show a stretch of">
          {ZOOM_STEPS.map((step) => (
            <button
              key={step}
              type="button"
              title={`Show one ${step} around the centre`}
              onClick={() => byButton(() => controls.showSpan(ZOOM_STEP_SPAN[step]))}
            >
              {STEP_NAMES[step]}
            </button>
          ))}
        </div>
      </div>
      <TimelineLegend types={presentTypes} mine={mine.size > 0} />
      {density === undefined ? null : (
        <OverviewStrip density={density} shown={shown} onMove={moveWindow} />
      )}
      {/* Always there, empty or not: the rows' height does not change as a window settles. */}
      <div className="timeline__edges">
        {outside.before === undefined ? null : (
          <EdgeMarker group={outside.before} side="before" onShow={showGroup} />
        )}
        {outside.after === undefined ? null : (
          <EdgeMarker group={outside.after} side="after" onShow={showGroup} />
        )}
      </div>
      {events.length === 0 ? <NoMatches /> : null}
      {/* The keys come from the timeline's rows pane inside (its one tab stop, role application,
          made by the widget) as they bubble up. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div ref={containerRef} className="timeline__canvas" onKeyDown={onKeyDown} />
      <p id="timeline-selection" className="visually-hidden" aria-live="polite">
        {selectedTitle === undefined ? 'No event selected.' : `Selected: ${selectedTitle}`}
      </p>
    </section>
  );
}
