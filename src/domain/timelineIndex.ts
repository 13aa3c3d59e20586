/**
 * A loaded timeline with lookups by id and its events in time order: built once per load so that
 * filtering, grouping and the panels never search arrays.
 */
import { chronologicalKey } from './dates';
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
 * The events earliest first (by chronologicalKey), ties by title, otherwise in the order given.
 * The distinct keys (about one per day the timeline spans) are sorted once and the events put in
 * their buckets in one pass, so only events that share a key are compared, and only by title.
 */
export function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const n = events.length;
  const keys = events.map((event) => chronologicalKey(event.date));
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
  const sorted = new Array<TimelineEvent>(n);
  events.forEach((event, i) => {
    const rank = ranks[i] ?? 0;
    const at = next[rank] ?? 0;
    sorted[at] = event;
    next[rank] = at + 1;
  });
  for (let rank = 0; rank < distinct.length; rank += 1) {
    const from = starts[rank] ?? 0;
    const to = starts[rank + 1] ?? 0;
    if (to - from < 2) continue;
    const bucket = sorted.slice(from, to).sort((a, b) => titleOrder.compare(a.title, b.title));
    for (let k = 0; k < bucket.length; k += 1) sorted[from + k] = bucket[k] as TimelineEvent;
  }
  return sorted;
}

export function indexTimeline(timeline: Timeline): TimelineIndex {
  const events = inTimeOrder(timeline.events);
  const eventById = new Map<string, TimelineEvent>();
  for (const event of events) eventById.set(event.id, event);
  return {
    timeline,
    events,
    eventById,
    documentById: new Map(timeline.documents.map((d) => [d.id, d])),
    actorById: new Map(timeline.actors.map((a) => [a.id, a])),
    countryByCode: new Map(timeline.countries.map((c) => [c.code, c])),
  };
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
