/**
 * The one store of the explorer, made of small slices. It holds only what the reader chose
 * (filters, selection, view); everything derivable from those and the loaded timeline is
 * computed by the selectors in `../selectors.ts`.
 */
import { create } from 'zustand';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type NewslineState = FiltersSlice & SelectionSlice & ViewSlice;
export type { ReaderTarget } from './selectionSlice';

export const useNewslineStore = create<NewslineState>()((...args) => ({
  ...createFiltersSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
}));

const initialState = useNewslineStore.getState();

/** Back to a fresh store (the reader's choices forgotten); tests call it between cases. */
export function resetNewslineStore(): void {
  useNewslineStore.setState(initialState, true);
}
