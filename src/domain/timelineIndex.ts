/**
 * A loaded timeline with lookups by id and its events in time order: built once per load so that
 * filtering, grouping and the panels never search arrays.
 */
import { chronologicalKey } from './dates';
import { adoptFacetTable, FacetTableBuilder, type FacetTable } from './facetTable';
import type { Actor, Country, NewsDocument, Timeline, TimelineEvent } from './schema';

export interface TimelineIndex {
  readonly timeline: Timeline;
  /** Every event, earliest first (ties by title), the order lists and keyboard moves use. */
  readonly events: readonly TimelineEvent[];
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly documentById: ReadonlyMap<string, NewsDocument>;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly countryByCode: ReadonlyMap<string, Country>;
}

/** Ties in time go by title, as String.localeCompare would order them, but faster. */
const titleOrder = new Intl.Collator();

/**
 * Work done on a timeline's events while they arrived, in the order they came (EventsPreparer),
 * so that indexing them afterwards need not do it again.
 */
export interface PreparedEvents {
  /** chronologicalKey of each event. */
  readonly keys: readonly string[];
  readonly facets: FacetTable;
}

/** Prepares events a run at a time as they arrive (see PreparedEvents). */
export class EventsPreparer {
  private readonly keys: string[] = [];
  private readonly facets = new FacetTableBuilder();

  add(events: readonly TimelineEvent[]): void {
    for (const event of events) this.keys.push(chronologicalKey(event.date));
    this.facets.add(events);
  }

  prepared(): PreparedEvents {
    return { keys: this.keys, facets: this.facets.table() };
  }
}

/**
 * Where each event goes in time order: earliest first (by chronologicalKey, given as `keys`),
 * ties by title, otherwise in the order given; event k of the result is events[order[k]]. The
 * distinct keys (about one per day the timeline spans) are sorted once and the events put in
 * their buckets in one pass, so only events that share a key are compared, and only by title.
 */
export function timeOrder(events: readonly TimelineEvent[], keys: readonly string[]): Uint32Array {
  const n = events.length;
  const distinct = [...new Set(keys)].sort();
  const rankOf = new Map<string, number>();
  distinct.forEach((key, rank) => rankOf.set(key, rank));
  const ranks = new Uint32Array(n);
  const starts = new Uint32Array(distinct.length + 1);
  keys.forEach((key, i) => {
    const rank = rankOf.get(key) ?? 0;
    ranks[i] = rank;
    starts[rank + 1] = (starts[rank + 1] ?? 0) + 1;
  });
  for (let rank = 0; rank < distinct.length; rank += 1) {
    starts[rank + 1] = (starts[rank + 1] ?? 0) + (starts[rank] ?? 0);
  }
  const next = starts.slice(0, distinct.length);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const rank = ranks[i] ?? 0;
    const at = next[rank] ?? 0;
    order[at] = i;
    next[rank] = at + 1;
  }
  const title = (i: number): string => events[i]?.title ?? '';
  for (let rank = 0; rank < distinct.length; rank += 1) {
    const from = starts[rank] ?? 0;
    const to = starts[rank + 1] ?? 0;
    if (to - from < 2) continue;
    order.subarray(from, to).sort((a, b) => titleOrder.compare(title(a), title(b)) || a - b);
  }
  return order;
}

/**
 * The index of a timeline; `prepared` is work already done on its events, in their order in
 * `timeline.events` (ignored unless it covers every event).
 */
export function indexTimeline(timeline: Timeline, prepared?: PreparedEvents): TimelineIndex {
  const given = timeline.events;
  const usable = prepared !== undefined && prepared.keys.length === given.length;
  const keys = usable ? prepared.keys : given.map((event) => chronologicalKey(event.date));
  const order = timeOrder(given, keys);
  const events = Array.from(order, (i) => given[i] as TimelineEvent);
  const eventById = new Map<string, TimelineEvent>();
  for (const event of events) eventById.set(event.id, event);
  const index: TimelineIndex = {
    timeline,
    events,
    eventById,
    documentById: new Map(timeline.documents.map((d) => [d.id, d])),
    actorById: new Map(timeline.actors.map((a) => [a.id, a])),
    countryByCode: new Map(timeline.countries.map((c) => [c.code, c])),
  };
  if (usable) adoptFacetTable(index, prepared.facets, order);
  return index;
}

/** The actor's name, or its id when the timeline does not describe it. */
export function actorName(index: TimelineIndex, actorId: string): string {
  return index.actorById.get(actorId)?.name ?? actorId;
}

/** The country's name, or its code when the timeline does not name it. */
export function countryName(index: TimelineIndex, code: string): string {
  return index.countryByCode.get(code)?.name ?? code;
}

/** The document's title, or its file name when the title is empty. */
export function documentTitle(index: TimelineIndex, documentId: string): string {
  const document = index.documentById.get(documentId);
  if (document === undefined) return documentId;
  return document.title.trim() === '' ? document.file : document.title;
}
