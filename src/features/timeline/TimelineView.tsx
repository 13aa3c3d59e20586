/**
 * The timeline of the filtered events, one row per group, with zoom and fit controls. Derived
 * data comes from memoised selectors; the widget itself lives behind the adapter.
 */
import { useCallback, useRef } from 'react';
import {
  selectAllGroups,
  selectInitialWindow,
  selectItemSpecs,
  selectVisibleGroups,
  useVisibleEvents,
} from '../../app/selectors';
import { useNewslineStore } from '../../app/store';
import { formatEventDate } from '../../domain/dates';
import type { TimelineIndex } from '../../domain/timelineIndex';
import type { TimelineItemSpec } from '../../domain/timelineItems';
import { useTimelineWidget } from './timelineAdapter';

export function TimelineView({ index }: { readonly index: TimelineIndex }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const grouping = useNewslineStore((s) => s.grouping);
  const selectedId = useNewslineStore((s) => s.selectedEventId);
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const events = useVisibleEvents(index);
  const items = selectItemSpecs(index, events, grouping);
  const groups = selectVisibleGroups(selectAllGroups(index, grouping), items);

  const describeItem = useCallback(
    (spec: TimelineItemSpec): string => {
      const event = index.eventById.get(spec.id);
      return event === undefined ? spec.title : `${spec.title} — ${formatEventDate(event.date)}`;
    },
    [index],
  );
  const initialWindow = selectInitialWindow(index);
  const controls = useTimelineWidget(containerRef, {
    items,
    initialWindow,
    groups,
    selectedId,
    onSelect: selectEvent,
    describeItem,
  });

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__toolbar">
        <h2 id="timeline-heading" className="timeline__heading">
          Timeline
        </h2>
        <p className="timeline__count" role="status">
          {events.length === index.events.length
            ? `${events.length} events`
            : `${events.length} of ${index.events.length} events`}
        </p>
        <div className="timeline__controls" role="group" aria-label="Zoom">
          <button type="button" onClick={controls.zoomIn}>
            Zoom in
          </button>
          <button type="button" onClick={controls.zoomOut}>
            Zoom out
          </button>
          <button type="button" onClick={controls.fitAll}>
            Fit all
          </button>
        </div>
      </div>
      {events.length === 0 ? <p className="timeline__empty">No events match the filters.</p> : null}
      <div ref={containerRef} className="timeline__canvas" />
    </section>
  );
}
