/**
 * The selected event in full: title, date and how it was found, actors, countries, and each
 * source's passage marked inside its paragraph, with a way into the whole article. All article
 * words are rendered as React text, never as HTML.
 */
import { useNewslineStore } from '../../state/store';
import type { TimelineIndex } from '../../domain/timelineIndex';
import { EventDetails } from './EventDetails';

export function EventPanel({ index }: { readonly index: TimelineIndex }) {
  const selectedId = useNewslineStore((s) => s.selectedEventId);
  const event = selectedId === null ? undefined : index.eventById.get(selectedId);

  return (
    <aside
      className={event === undefined ? 'event-panel' : 'event-panel has-event'}
      aria-label="Event details"
    >
      {event === undefined ? (
        <p className="event-panel__hint">
          Select an event on the timeline to see who did what, when, where, and the passages that
          report it.
        </p>
      ) : (
        <EventDetails index={index} event={event} />
      )}
    </aside>
  );
}
