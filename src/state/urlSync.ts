/**
 * The URL as a view of the store, kept in step in this one place: the store starts from the URL,
 * each change the reader makes becomes a history entry (panning and zooming replace the current
 * entry rather than piling up), and back/forward put the store back. Values the loaded timeline
 * does not know are dropped, so an old link never leaves a filter that cannot be unchecked, and
 * a linked time window is kept near the data (domain/timelineWindow: windowNearData).
 */
import { useCallback, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { facetTable } from '../domain/facetTable';
import { FACETS, type Facet, type Filters } from '../domain/filters';
import type { TimelineIndex } from '../domain/timelineIndex';
import { itemsSpan, windowNearData } from '../domain/timelineWindow';
import { decodeUrlState, encodeUrlState, type UrlViewState } from '../domain/urlState';
import { whenIdle } from './afterNextFrame';
import { selectUngroupedSpecs } from './selectors';
import { useNewslineStore, type NewslineState } from './store';

export function urlStateOf(state: NewslineState): UrlViewState {
  return {
    filters: state.filters,
    query: state.query,
    dateRange: state.dateRange,
    grouping: state.grouping,
    viewMode: state.viewMode,
    listSort: state.listSort,
    selectedEventId: state.selectedEventId,
    readerDocumentId: state.readerDocumentId,
    timeWindow: state.timeWindow,
  };
}

/**
 * The link to an event in the reader's current view (filters, search, views, order), as the URL
 * sync writes it: `?…&event=ID`, relative to the page, so that it opens in a new tab wherever
 * the app is served. The time window is left out: the linked event brings itself into view, and
 * a link that changed with every pan would draw every row of the list again.
 */
export function useEventLink(): (eventId: string) => string {
  const view = useNewslineStore(
    useShallow((s) => ({
      filters: s.filters,
      query: s.query,
      dateRange: s.dateRange,
      grouping: s.grouping,
      viewMode: s.viewMode,
      listSort: s.listSort,
    })),
  );
  return useCallback(
    (eventId) =>
      encodeUrlState({
        ...view,
        selectedEventId: eventId,
        readerDocumentId: null,
        timeWindow: null,
      }),
    [view],
  );
}

function applyToStore(state: UrlViewState): void {
  useNewslineStore.setState({ ...state });
}

/** Puts the view the current URL describes into the store (before the first render). */
export function readUrlIntoStore(): void {
  applyToStore(decodeUrlState(window.location.search));
}

function knownOnly(state: UrlViewState, index: TimelineIndex): UrlViewState {
  const known = facetTable(index);
  const filters = Object.fromEntries(
    FACETS.map((f) => [f, state.filters[f].filter((v) => known[f].numberOf.has(v))]),
  ) as Record<Facet, string[]> satisfies Filters;
  const selected = state.selectedEventId;
  const shown = state.timeWindow;
  return {
    ...state,
    filters,
    selectedEventId: selected !== null && index.eventById.has(selected) ? selected : null,
    // The articles come last in a file: a first part of one, with none yet, keeps the link's.
    readerDocumentId:
      state.readerDocumentId !== null &&
      (index.documentById.size === 0 || index.documentById.has(state.readerDocumentId))
        ? state.readerDocumentId
        : null,
    timeWindow:
      shown === null ? null : windowNearData(shown, itemsSpan(selectUngroupedSpecs(index))),
  };
}

/**
 * Says so when the link named an event the timeline does not hold (knownOnly dropped it). Only
 * ever set here: the reader puts it away (or selects an event), and a sync that finds nothing to
 * drop, such as the one for the same view once a file's whole replaces its first part, leaves it.
 */
function noteMissingEvent(linked: UrlViewState, kept: UrlViewState): void {
  if (linked.selectedEventId !== null && kept.selectedEventId === null)
    useNewslineStore.getState().setMissingEvent(linked.selectedEventId);
}

/**
 * Whether a change only refines the current view (panning, zooming, typing more of a search) and
 * should replace the history entry instead of adding one. Starting or clearing a search does add
 * one, so Back returns to the view before the search.
 */
function onlyRefines(next: UrlViewState, previous: UrlViewState): boolean {
  const rest = (s: UrlViewState): string => encodeUrlState({ ...s, timeWindow: null, query: '' });
  const searching = (s: UrlViewState): boolean => s.query.trim() !== '';
  return rest(next) === rest(previous) && searching(next) === searching(previous);
}

/** The longest a change waits for an idle moment before it is written to the history. */
const HISTORY_WRITE_WAIT_MS = 500;

/**
 * Keeps the URL in step with the store. Changes are written to the history once the frame that
 * answers them has been drawn and the page is idle: a history entry costs Chromium several
 * milliseconds (2 to 17 here), which a click should not wait for, nor a search whose result is
 * still on its way from the worker. Writes keep their order, and Back/Forward drop the ones not
 * yet made.
 */
export function useUrlSync(index: TimelineIndex): void {
  useEffect(() => {
    const write = (search: string, replace: boolean): void => {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    };
    let pending: { search: string; replace: boolean }[] = [];
    const flush = (): void => {
      const writes = pending;
      pending = [];
      for (const { search, replace } of writes) write(search, replace);
    };
    /** What the URL says once the writes waiting are made. */
    const latest = (): string => pending.at(-1)?.search ?? window.location.search;

    const linked = urlStateOf(useNewslineStore.getState());
    const cleaned = knownOnly(linked, index);
    applyToStore(cleaned);
    noteMissingEvent(linked, cleaned);
    const cleanedSearch = encodeUrlState(cleaned);
    if (cleanedSearch !== window.location.search) write(cleanedSearch, true);

    const unsubscribe = useNewslineStore.subscribe((state, previous) => {
      const next = urlStateOf(state);
      const search = encodeUrlState(next);
      // Back/forward put the URL's state into the store: its echo is already the URL.
      if (search === latest()) return;
      if (pending.length === 0) whenIdle(flush, HISTORY_WRITE_WAIT_MS);
      pending.push({ search, replace: onlyRefines(next, urlStateOf(previous)) });
    });
    const onPopState = (): void => {
      pending = [];
      // As on load: what was cut or dropped is cut in the URL too, in place, so that the store's
      // echo adds no entry (which Back would return to, only to have it cut again).
      const linked = decodeUrlState(window.location.search);
      const state = knownOnly(linked, index);
      const search = encodeUrlState(state);
      if (search !== window.location.search) write(search, true);
      applyToStore(state);
      noteMissingEvent(linked, state);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      flush();
    };
  }, [index]);
}
