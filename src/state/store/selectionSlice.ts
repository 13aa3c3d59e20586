/**
 * What the reader is looking at: the selected event, and the article open in the reading view
 * (which shows the selected event's passage in it). Both are in the URL, so Back closes the
 * reading view as it undoes a selection.
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
  selectEvent: (eventId: string | null) => void;
  openReader: (target: ReaderTarget) => void;
  closeReader: () => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (
  set,
) => ({
  selectedEventId: null,
  readerDocumentId: null,
  selectEvent: (eventId) => set({ selectedEventId: eventId }),
  openReader: (target) =>
    set({ readerDocumentId: target.documentId, selectedEventId: target.eventId }),
  closeReader: () => set({ readerDocumentId: null }),
});
