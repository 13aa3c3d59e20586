/** The reader's filter choices: which options are checked in each facet. */
import type { StateCreator } from 'zustand';
import { NO_FILTERS, toggleFilter, type Facet, type Filters } from '../../domain/filters';

export interface FiltersSlice {
  readonly filters: Filters;
  toggleFilter: (facet: Facet, value: string) => void;
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<FiltersSlice, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  toggleFilter: (facet, value) =>
    set((state) => ({ filters: toggleFilter(state.filters, facet, value) })),
  clearFilters: () => set({ filters: NO_FILTERS }),
});
