/**
 * What the reader is looking at: the selected event, and the article open in the reading view
 * (which shows the selected event's passage in it). Both are in the URL, so Back closes the
 * reading view as it undoes a selection. Also the event a link named that the timeline does not
 * hold (the URL sync drops it from the selection and notes it here to say so, until the reader
 * dismisses the message or selects an event).
 */
import type { StateCreator } from 'zustand';

export interface ReaderTarget {
  readonly documentId: string;
  /** The event to select, whose passage in this article is scrolled into view. */
  readonly eventId: string;
}

export interface SelectionSlice {
  readonly selectedEventId: string | null;
  /** The article open in the reading view, or null. */
  readonly readerDocumentId: string | null;
  readonly missingEventId: string | null;
  setMissingEvent: (eventId: string | null) => void;
  selectEvent: (eventId: string | null) => void;
  openReader: (target: ReaderTarget) => void;
  closeReader: () => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (
  set,
) => ({
  selectedEventId: null,
  readerDocumentId: null,
  missingEventId: null,
  setMissingEvent: (missingEventId) => set({ missingEventId }),
  selectEvent: (eventId) =>
    set(
      eventId === null
        ? { selectedEventId: null }
        : { selectedEventId: eventId, missingEventId: null },
    ),
  openReader: (target) =>
    set({
      readerDocumentId: target.documentId,
      selectedEventId: target.eventId,
      missingEventId: null,
    }),
  closeReader: () => set({ readerDocumentId: null }),
});
