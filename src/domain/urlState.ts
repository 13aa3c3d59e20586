/**
 * The explorer's view as a URL query, and back: filters, search, date range, grouping, views, list order,
 * selected event, the article open in the reading view and visible time window. Encoding is canonical (fixed parameter order, sorted values,
 * defaults left out) so that a state and its URL round-trip exactly, which is what lets the URL
 * sync tell a real change from an echo. Unknown or malformed parameters are ignored.
 */
import { ANY_DATE, type DateRange } from './dateRange';
import { isPartialIsoDate } from './schema';
import { capQuery } from './searchQuery';
import { FACETS, NO_FILTERS, type Facet, type Filters } from './filters';
import { GROUPINGS, type Grouping } from './grouping';
import { DEFAULT_SORT, SORT_KEYS, type ListSort } from './sorting';

export const URL_VIEW_MODES = ['both', 'timeline', 'list'] as const;
export type UrlViewMode = (typeof URL_VIEW_MODES)[number];

/** A visible stretch of time, as epoch milliseconds. */
export interface WindowRange {
  readonly start: number;
  readonly end: number;
}

export interface UrlViewState {
  readonly filters: Filters;
  /** Search words, '' for none. */
  readonly query: string;
  readonly dateRange: DateRange;
  readonly grouping: Grouping;
  readonly viewMode: UrlViewMode;
  readonly listSort: ListSort;
  readonly selectedEventId: string | null;
  /** The article open in the reading view. */
  readonly readerDocumentId: string | null;
  readonly timeWindow: WindowRange | null;
}

export const DEFAULT_URL_STATE: UrlViewState = {
  filters: NO_FILTERS,
  query: '',
  dateRange: ANY_DATE,
  grouping: 'actor',
  viewMode: 'both',
  listSort: DEFAULT_SORT,
  selectedEventId: null,
  readerDocumentId: null,
  timeWindow: null,
};

const FACET_PARAMS: Record<Facet, string> = {
  country: 'country',
  actor: 'actor',
  type: 'type',
  document: 'article',
};

const MINUTE = 60_000;

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

export function encodeUrlState(state: UrlViewState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (values.length > 0) params.set(FACET_PARAMS[facet], [...values].sort().join(','));
  }
  if (state.query.trim() !== '') params.set('q', state.query);
  if (state.dateRange.from !== null) params.set('since', state.dateRange.from);
  if (state.dateRange.to !== null) params.set('until', state.dateRange.to);
  if (state.grouping !== DEFAULT_URL_STATE.grouping) params.set('group', state.grouping);
  if (state.viewMode !== DEFAULT_URL_STATE.viewMode) params.set('view', state.viewMode);
  const sort = state.listSort;
  if (sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', `${sort.key}-${sort.direction === 'ascending' ? 'asc' : 'desc'}`);
  }
  if (state.selectedEventId !== null) params.set('event', state.selectedEventId);
  if (state.readerDocumentId !== null) params.set('read', state.readerDocumentId);
  if (state.timeWindow !== null) {
    params.set('from', isoMinute(state.timeWindow.start));
    params.set('to', isoMinute(state.timeWindow.end));
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

export function decodeUrlState(search: string): UrlViewState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    FACETS.map((facet) => {
      const raw = params.get(FACET_PARAMS[facet]);
      const values = raw === null ? [] : [...new Set(raw.split(',').filter((v) => v !== ''))];
      return [facet, values.sort()];
    }),
  ) as Record<Facet, string[]>;
  const sortMatch = /^(\w+)-(asc|desc)$/.exec(params.get('sort') ?? '');
  const sortKey = oneOf(SORT_KEYS, sortMatch?.[1] ?? null);
  const listSort: ListSort =
    sortKey === undefined
      ? DEFAULT_SORT
      : { key: sortKey, direction: sortMatch?.[2] === 'desc' ? 'descending' : 'ascending' };
  const from = instantOf(params.get('from'));
  const to = instantOf(params.get('to'));
  const event = params.get('event');
  const read = params.get('read');
  return {
    filters,
    query: searchOf(params.get('q')),
    dateRange: { from: isoDayOrNull(params.get('since')), to: isoDayOrNull(params.get('until')) },
    grouping: oneOf(GROUPINGS, params.get('group')) ?? DEFAULT_URL_STATE.grouping,
    viewMode: oneOf(URL_VIEW_MODES, params.get('view')) ?? DEFAULT_URL_STATE.viewMode,
    listSort,
    selectedEventId: event === null || event === '' ? null : event,
    readerDocumentId: read === null || read === '' ? null : read,
    timeWindow:
      Number.isFinite(from) && Number.isFinite(to) && to > from ? { start: from, end: to } : null,
  };
}

/** The link's search, cut as the search box cuts it; '' for a blank one. */
function searchOf(value: string | null): string {
  const query = capQuery(value ?? '');
  return query.trim() === '' ? '' : query;
}

/** The window rounded to whole minutes, as the URL keeps it. */
export function roundWindow(window: WindowRange): WindowRange {
  return {
    start: Math.round(window.start / MINUTE) * MINUTE,
    end: Math.round(window.end / MINUTE) * MINUTE,
  };
}

/**
 * A window edge as the URL writes it (2026-01-03T12:00Z, years 0001 to 9999, as the data's), in
 * epoch milliseconds; NaN for anything else. Date.parse alone takes '-271821-04-20', the first
 * instant a Date can hold, which the timeline's axis cannot draw.
 */
function instantOf(value: string | null): number {
  if (value === null || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/.test(value)) return NaN;
  const ms = Date.parse(value);
  // Only a real minute reads back as itself (not 2026-02-30), and the data has no year 0.
  return Number.isFinite(ms) && !value.startsWith('0000') && isoMinute(ms) === value ? ms : NaN;
}

function isoDayOrNull(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialIsoDate(value)
    ? value
    : null;
}

function isoMinute(ms: number): string {
  // 2026-01-03T12:00Z: UTC, so the link means the same instant in every time zone.
  return `${new Date(Math.round(ms / MINUTE) * MINUTE).toISOString().slice(0, 16)}Z`;
}
