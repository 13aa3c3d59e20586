/**
 * The full-text search of the loaded timeline, held here, outside the reader's store: it is
 * derived data, not a choice. A file read by the worker (every file, where the browser has
 * workers) is searched there (a RemoteSearch, registered on load): queries go there and their
 * answers come back here, the page keeping the previous answer until the new one arrives. A file
 * read on the page has its index prepared on the page in the background after load (a chunk at a
 * time); until it is ready, searches use the quick title match.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { SearchMatches } from '../domain/filters';
import type { Timeline } from '../domain/schema';
import { buildEventSearchInChunks, type EventSearch } from '../domain/search';
import type { TimelineIndex } from '../domain/timelineIndex';
import type { RemoteSearch } from '../load/loadTimelineFile';

interface SearchIndexState {
  /** The index and the timeline it was built for (null while none is ready). */
  readonly ready: { readonly index: TimelineIndex; readonly search: EventSearch } | null;
  /** The worker that searches a large timeline, and that timeline. */
  readonly remote: { readonly timeline: Timeline; readonly search: RemoteSearch } | null;
  /** The latest answer of the remote search. */
  readonly answer: { readonly timeline: Timeline; readonly matches: SearchMatches } | null;
}

export const useSearchIndexStore = create<SearchIndexState>()(() => ({
  ready: null,
  remote: null,
  answer: null,
}));

/** Called on load when a worker will search this timeline. */
export function registerRemoteSearch(search: RemoteSearch, timeline: Timeline): void {
  // The answer already shown for this timeline stays until the new searcher's arrives.
  useSearchIndexStore.setState((s) => ({
    remote: { timeline, search },
    answer: s.answer?.timeline === timeline ? s.answer : null,
  }));
}

/** The ready index for this timeline, or null while it is being built. */
export function useReadySearch(index: TimelineIndex): EventSearch | null {
  return useSearchIndexStore((s) => (s.ready?.index === index ? s.ready.search : null));
}

/**
 * The worker's matches for the query (the previous query's while it answers, null for a blank
 * query), or undefined when no worker searches this timeline.
 */
export function useRemoteMatches(index: TimelineIndex, query: string): SearchMatches | undefined {
  const remote = useSearchIndexStore((s) =>
    s.remote?.timeline === index.timeline ? s.remote.search : null,
  );
  const answer = useSearchIndexStore((s) =>
    s.answer?.timeline === index.timeline ? s.answer.matches : null,
  );
  useEffect(() => {
    if (remote === null || query.trim() === '') return undefined;
    let current = true;
    remote.search(query).then(
      (matches) => {
        if (current)
          useSearchIndexStore.setState({ answer: { timeline: index.timeline, matches } });
      },
      (error: unknown) => console.error('Newsline: the search failed', error),
    );
    return () => {
      current = false;
    };
  }, [remote, query, index]);
  if (remote === null) return undefined;
  return query.trim() === '' ? null : answer;
}

/**
 * Starts building the index for `index` once it is shown (in the worker that searches it, if
 * any), unless it is only the first part of a file still loading (searched by title until the
 * whole replaces it).
 */
export function usePrepareSearch(index: TimelineIndex, partial = false): void {
  const remote = useSearchIndexStore((s) =>
    s.remote?.timeline === index.timeline ? s.remote.search : null,
  );
  useEffect(() => {
    if (partial) return undefined;
    if (remote !== null) {
      // The worker builds it, now that the timeline is shown.
      remote.buildIndex();
      return undefined;
    }
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
  }, [index, remote, partial]);
}
