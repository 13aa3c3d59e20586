/**
 * What the reader is looking at: the selected event, and the article open in the reader view
 * (with the event whose passage it should show).
 */
import type { StateCreator } from 'zustand';

export interface ReaderTarget {
  readonly documentId: string;
  /** The event whose passage in this article is scrolled into view. */
  readonly eventId: string;
}

export interface SelectionSlice {
  readonly selectedEventId: string | null;
  readonly reader: ReaderTarget | null;
  selectEvent: (eventId: string | null) => void;
  openReader: (target: ReaderTarget) => void;
  closeReader: () => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (
  set,
) => ({
  selectedEventId: null,
  reader: null,
  selectEvent: (eventId) => set({ selectedEventId: eventId }),
  openReader: (target) => set({ reader: target, selectedEventId: target.eventId }),
  closeReader: () => set({ reader: null }),
});
