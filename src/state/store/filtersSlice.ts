/** The reader's filter choices: the options checked in each facet, search words, a date range. */
import type { StateCreator } from 'zustand';
import { ANY_DATE, type DateRange } from '../../domain/dateRange';
import { NO_FILTERS, toggleFilter, type Facet, type Filters } from '../../domain/filters';
import { capQuery } from '../../domain/searchQuery';

export interface FiltersSlice {
  readonly filters: Filters;
  readonly query: string;
  readonly dateRange: DateRange;
  toggleFilter: (facet: Facet, value: string) => void;
  setQuery: (query: string) => void;
  setDateRange: (range: DateRange) => void;
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<FiltersSlice, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  query: '',
  dateRange: ANY_DATE,
  toggleFilter: (facet, value) =>
    set((state) => ({ filters: toggleFilter(state.filters, facet, value) })),
  setQuery: (query) => set({ query: capQuery(query) }),
  setDateRange: (dateRange) => set({ dateRange }),
  clearFilters: () => set({ filters: NO_FILTERS, query: '', dateRange: ANY_DATE }),
});
