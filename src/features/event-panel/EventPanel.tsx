/**
 * The selected event in full: title, date and how it was found, actors, countries, and each
 * source's passage marked inside its paragraph, with a way into the whole article. All article
 * words are rendered as React text, never as HTML.
 *
 * Escape closes it (once the article reader, which closes first, is shut), from anywhere but a
 * text field, and focus goes back to what opened it: the list's link, the timeline's rows.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { TIMELINE_ROWS_ID } from '../../components/landmarks';
import { useNewslineStore } from '../../state/store';
import type { TimelineIndex } from '../../domain/timelineIndex';
import { EventDetails } from './EventDetails';

/** Keys typed in these are the field's own (Escape clears a search box). */
function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement &&
        !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)))
  );
}

export function EventPanel({ index }: { readonly index: TimelineIndex }) {
  const selectedId = useNewslineStore((s) => s.selectedEventId);
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const event = selectedId === null ? undefined : index.eventById.get(selectedId);
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = event !== undefined;

  // What had focus when an event was chosen from outside the panel is where focus returns.
  useLayoutEffect(() => {
    if (selectedId === null) return;
    const active = document.activeElement;
    if (
      active instanceof HTMLElement &&
      active !== document.body &&
      panel.current?.contains(active) !== true
    ) {
      opener.current = active;
    }
  }, [selectedId]);

  // Closed with focus inside it (its close button, Escape on its heading), focus falls to the
  // page's body as the panel's contents go: it goes back to the opener instead, or else to the
  // timeline. Closed from elsewhere (Escape on the timeline), focus stays where it is.
  useLayoutEffect(() => {
    if (open) return;
    const back = opener.current;
    opener.current = null;
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    if (!lost) return;
    if (back !== null && back.isConnected) back.focus();
    else if (back !== null) document.getElementById(TIMELINE_ROWS_ID)?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (key: KeyboardEvent): void => {
      if (key.key !== 'Escape' || key.defaultPrevented || isTextField(key.target)) return;
      const state = useNewslineStore.getState();
      // The article reader is over the panel: this Escape is its own.
      if (state.readerDocumentId !== null || state.selectedEventId === null) return;
      key.preventDefault();
      selectEvent(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, selectEvent]);

  return (
    <aside
      ref={panel}
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
