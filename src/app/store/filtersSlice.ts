/** The reader's filter choices: which options are checked in each facet, and the search words. */
import type { StateCreator } from 'zustand';
import { NO_FILTERS, toggleFilter, type Facet, type Filters } from '../../domain/filters';

export interface FiltersSlice {
  readonly filters: Filters;
  readonly query: string;
  toggleFilter: (facet: Facet, value: string) => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<FiltersSlice, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  query: '',
  toggleFilter: (facet, value) =>
    set((state) => ({ filters: toggleFilter(state.filters, facet, value) })),
  setQuery: (query) => set({ query }),
  clearFilters: () => set({ filters: NO_FILTERS, query: '' }),
});
