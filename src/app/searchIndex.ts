/**
 * The full-text index of the loaded timeline, prepared in the background after load (a chunk at a
 * time) and held here, outside the reader's store: it is derived data, not a choice. Until it is
 * ready, searches use the quick title match.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { buildEventSearchInChunks, type EventSearch } from '../domain/search';
import type { TimelineIndex } from '../domain/timelineIndex';

interface SearchIndexState {
  /** The index and the timeline it was built for (null while none is ready). */
  readonly ready: { readonly index: TimelineIndex; readonly search: EventSearch } | null;
}

export const useSearchIndexStore = create<SearchIndexState>()(() => ({ ready: null }));

/** The ready index for this timeline, or null while it is being built. */
export function useReadySearch(index: TimelineIndex): EventSearch | null {
  return useSearchIndexStore((s) => (s.ready?.index === index ? s.ready.search : null));
}

/** Starts building the index for `index` once it is shown. */
export function usePrepareSearch(index: TimelineIndex): void {
  useEffect(() => {
    let cancelled = false;
    buildEventSearchInChunks(index).then(
      (search) => {
        if (!cancelled) useSearchIndexStore.setState({ ready: { index, search } });
      },
      (error: unknown) => console.error('Newsline: the search index could not be built', error),
    );
    return () => {
      cancelled = true;
    };
  }, [index]);
}
