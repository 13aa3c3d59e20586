/** How the reader arranges the timeline: which key its rows are grouped by. */
import type { StateCreator } from 'zustand';
import type { Grouping } from '../../domain/grouping';

export interface ViewSlice {
  readonly grouping: Grouping;
  setGrouping: (grouping: Grouping) => void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  grouping: 'actor',
  setGrouping: (grouping) => set({ grouping }),
});
