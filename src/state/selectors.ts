/**
 * Derived data for the explorer, memoised on the loaded timeline and the store's slices, so that
 * every component reading the same thing shares one computation per change.
 */
import { eventsInRange, intersectMatches, isAnyDate, type DateRange } from '../domain/dateRange';
import { densityHistogram } from '../domain/density';
import { denseStretch } from '../domain/eventFrame';
import { eventTypesPresent } from '../domain/eventTypes';
import { facetOptions, type FacetOption } from '../domain/facets';
import { visibleMask } from '../domain/facetTable';
import { FACETS, type Facet, type Filters, type SearchMatches } from '../domain/filters';
import { groupsForIndex, rowIdsOf, type GroupSpec, type Grouping } from '../domain/grouping';
import { prepareTimes } from '../domain/itemTimes';
import { memoizeLast } from '../domain/memo';
import { nextTask } from '../domain/tasks';
import type { MarkSpan } from '../domain/passages';
import { findMatches, type EventSearch } from '../domain/search';
import type { TimelineEvent } from '../domain/schema';
import type { TimelineIndex } from '../domain/timelineIndex';
import { timelineItemSpec, ungroupedSpecs, type TimelineItemSpec } from '../domain/timelineItems';
import { focusWindow, type TimeWindow } from '../domain/timelineWindow';
import { useReadySearch, useRemoteMatches } from './searchIndex';
import { useNewslineStore } from './store';

/** Ids matching the search words (through the index once it is ready), or null for none. */
export const selectMatches = memoizeLast(
  (index: TimelineIndex, query: string, search: EventSearch | null): SearchMatches =>
    findMatches(index, search, query),
);

/** Ids of the events in the date range, or null when it is open. */
export const selectRangeMatches = memoizeLast(
  (index: TimelineIndex, range: DateRange): SearchMatches => eventsInRange(index.events, range),
);

/** Search and date range together, as one set of allowed ids (null: no restriction). */
export const selectRestriction = memoizeLast(intersectMatches);

function useRestriction(index: TimelineIndex): SearchMatches {
  const query = useNewslineStore((s) => s.query);
  const dateRange = useNewslineStore((s) => s.dateRange);
  const search = useReadySearch(index);
  const remote = useRemoteMatches(index, query);
  return selectRestriction(
    remote === undefined ? selectMatches(index, query, search) : remote,
    selectRangeMatches(index, dateRange),
  );
}

/**
 * Which events pass the filters and the restriction, as a mask in the index's order (1: shown),
 * or null when nothing filters. Every view that filters reads this one mask.
 */
export const selectVisibleMask = memoizeLast(visibleMask);

/** The elements of `all` (in the index's order) that the mask shows; `all` itself for none. */
function keepShown<T>(all: readonly T[], mask: Uint8Array | null): readonly T[] {
  return mask === null ? all : all.filter((_, i) => mask[i] === 1);
}

export const selectVisibleEvents = memoizeLast(
  (
    index: TimelineIndex,
    filters: Filters,
    matches: SearchMatches = null,
  ): readonly TimelineEvent[] =>
    keepShown(index.events, selectVisibleMask(index, filters, matches)),
);

const facetOptionSelectors = new Map<
  Facet,
  (index: TimelineIndex, filters: Filters, matches: SearchMatches) => FacetOption[]
>();

export function selectFacetOptions(
  index: TimelineIndex,
  filters: Filters,
  facet: Facet,
  matches: SearchMatches = null,
): FacetOption[] {
  let select = facetOptionSelectors.get(facet);
  if (select === undefined) {
    select = memoizeLast((i: TimelineIndex, f: Filters, m: SearchMatches) =>
      facetOptions(i, f, facet, m),
    );
    facetOptionSelectors.set(facet, select);
  }
  return select(index, filters, matches);
}

/** Every row of the whole timeline, in an order that does not change while filtering. */
export const selectAllGroups = memoizeLast(
  (index: TimelineIndex, grouping: Grouping): GroupSpec[] => groupsForIndex(index, grouping),
);

/** The item of every event in one row, made once per timeline (dates are read only here). */
export const selectUngroupedSpecs = memoizeLast(
  (index: TimelineIndex): readonly TimelineItemSpec[] => ungroupedSpecs(index),
);

/**
 * The item of every event under a grouping, in the index's order, made once per grouping:
 * filtering then only picks from it by the visible mask.
 */
const selectSpecsInOrder = memoizeLast(
  (index: TimelineIndex, grouping: Grouping): readonly TimelineItemSpec[] => {
    const ungrouped = selectUngroupedSpecs(index);
    if (grouping === 'none') return ungrouped;
    const rows = rowIdsOf(index, grouping);
    return index.events.map((event, i) => {
      const spec = ungrouped[i] ?? timelineItemSpec(event, grouping);
      return { ...spec, group: rows[i] ?? spec.group };
    });
  },
);

/** The items of the events that pass the filters and the restriction, in time order. */
export const selectVisibleItemSpecs = memoizeLast(
  (
    index: TimelineIndex,
    filters: Filters,
    matches: SearchMatches,
    grouping: Grouping,
  ): readonly TimelineItemSpec[] =>
    keepShown(selectSpecsInOrder(index, grouping), selectVisibleMask(index, filters, matches)),
);

/** The rows that hold at least one of the drawn items. */
export const selectVisibleGroups = memoizeLast(
  (groups: readonly GroupSpec[], items: readonly TimelineItemSpec[]): GroupSpec[] => {
    const used = new Set(items.map((item) => item.group));
    return groups.filter((group) => used.has(group.id));
  },
);

export function useVisibleEvents(index: TimelineIndex): readonly TimelineEvent[] {
  const filters = useNewslineStore((s) => s.filters);
  return selectVisibleEvents(index, filters, useRestriction(index));
}

export function useVisibleItemSpecs(index: TimelineIndex): readonly TimelineItemSpec[] {
  const filters = useNewslineStore((s) => s.filters);
  const grouping = useNewslineStore((s) => s.grouping);
  return selectVisibleItemSpecs(index, filters, useRestriction(index), grouping);
}

export function useFacetOptions(index: TimelineIndex, facet: Facet): FacetOption[] {
  const filters = useNewslineStore((s) => s.filters);
  return selectFacetOptions(index, filters, facet, useRestriction(index));
}

/** Every event passage of each article, for marking them in the reader view. */
export const selectPassagesByDocument = memoizeLast(
  (index: TimelineIndex): ReadonlyMap<string, readonly MarkSpan[]> => {
    const byDocument = new Map<string, MarkSpan[]>();
    for (const event of index.events) {
      for (const source of event.sources) {
        const spans = byDocument.get(source.documentId) ?? [];
        spans.push({ id: event.id, start: source.start, end: source.end });
        byDocument.set(source.documentId, spans);
      }
    }
    return byDocument;
  },
);

/** The stretch the timeline opens on: the densest days of the whole timeline. */
export const selectInitialWindow = memoizeLast((index: TimelineIndex): TimeWindow | undefined =>
  focusWindow(selectUngroupedSpecs(index)),
);

/** The event types of the whole timeline, for the legend. */
export const selectEventTypes = memoizeLast((index: TimelineIndex) =>
  eventTypesPresent(index.events),
);

/** Events per stretch of the whole timeline, for the overview strip. */
export const selectDensity = memoizeLast((index: TimelineIndex) => {
  const specs = selectUngroupedSpecs(index);
  // The strip gives most of its width to the dense stretch and the window the timeline opens on.
  const fit = denseStretch(specs);
  const first = selectInitialWindow(index);
  const dense =
    fit === undefined || first === undefined
      ? fit
      : {
          start: Math.min(fit.start, first.start.getTime()),
          end: Math.max(fit.end, first.end.getTime()),
        };
  return densityHistogram(specs, 160, dense);
});

/**
 * Works out, a task at a time, what the explorer's first render of `index` reads and what takes
 * long at 100,000 events (the overview's density, the first window, the rows, the items and their
 * times, the facet counts), each memoised for the reader's current choices: a page that swaps a
 * first part of a file for the whole then renders it without holding the thread for long.
 * Without a search or a date range (the usual case at load), the same values the render asks
 * for; with them, only what does not depend on them.
 */
export async function prepareFirstRender(
  index: TimelineIndex,
  pause: () => Promise<void> = nextTask,
): Promise<void> {
  const { grouping, filters, query, dateRange } = useNewslineStore.getState();
  const unrestricted = query.trim() === '' && isAnyDate(dateRange);
  const steps: (() => unknown)[] = [
    () => selectDensity(index),
    () => selectInitialWindow(index),
    () => selectAllGroups(index, grouping),
  ];
  if (unrestricted) {
    steps.push(
      () => selectVisibleItemSpecs(index, filters, null, grouping),
      () => prepareTimes(selectVisibleItemSpecs(index, filters, null, grouping)),
      () =>
        selectVisibleGroups(
          selectAllGroups(index, grouping),
          selectVisibleItemSpecs(index, filters, null, grouping),
        ),
      () => selectVisibleEvents(index, filters, null),
    );
    for (const facet of FACETS) steps.push(() => selectFacetOptions(index, filters, facet, null));
  }
  for (const step of steps) {
    await pause();
    step();
  }
}
