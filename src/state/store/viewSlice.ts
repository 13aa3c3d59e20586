/**
 * How the reader arranges the explorer: which key the timeline's rows are grouped by, which
 * views are shown, how the list is sorted, and the stretch of time the reader panned or zoomed
 * to (null until they do: the timeline then opens on its densest days).
 */
import type { StateCreator } from 'zustand';
import type { Grouping } from '../../domain/grouping';
import { DEFAULT_SORT, type ListSort } from '../../domain/sorting';
import { URL_VIEW_MODES, type UrlViewMode, type WindowRange } from '../../domain/urlState';

export const VIEW_MODES = URL_VIEW_MODES;
export type ViewMode = UrlViewMode;

export interface ViewSlice {
  readonly grouping: Grouping;
  readonly viewMode: ViewMode;
  readonly listSort: ListSort;
  readonly timeWindow: WindowRange | null;
  setGrouping: (grouping: Grouping) => void;
  setViewMode: (mode: ViewMode) => void;
  setListSort: (sort: ListSort) => void;
  setTimeWindow: (window: WindowRange | null) => void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  grouping: 'actor',
  viewMode: 'both',
  listSort: DEFAULT_SORT,
  timeWindow: null,
  setGrouping: (grouping) => set({ grouping }),
  setViewMode: (viewMode) => set({ viewMode }),
  setListSort: (listSort) => set({ listSort }),
  setTimeWindow: (timeWindow) => set({ timeWindow }),
});
