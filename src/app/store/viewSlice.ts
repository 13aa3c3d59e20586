/**
 * How the reader arranges the explorer: which key the timeline's rows are grouped by, which
 * views are shown, and how the list is sorted.
 */
import type { StateCreator } from 'zustand';
import type { Grouping } from '../../domain/grouping';
import { DEFAULT_SORT, type ListSort } from '../../domain/sorting';

export const VIEW_MODES = ['both', 'timeline', 'list'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export interface ViewSlice {
  readonly grouping: Grouping;
  readonly viewMode: ViewMode;
  readonly listSort: ListSort;
  setGrouping: (grouping: Grouping) => void;
  setViewMode: (mode: ViewMode) => void;
  setListSort: (sort: ListSort) => void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  grouping: 'actor',
  viewMode: 'both',
  listSort: DEFAULT_SORT,
  setGrouping: (grouping) => set({ grouping }),
  setViewMode: (viewMode) => set({ viewMode }),
  setListSort: (listSort) => set({ listSort }),
});
