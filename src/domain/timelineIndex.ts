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

export function indexTimeline(timeline: Timeline): TimelineIndex {
  const keyed = timeline.events.map((event) => ({ event, key: chronologicalKey(event.date) }));
  const order = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number =>
    a.key === b.key ? titleOrder.compare(a.event.title, b.event.title) : a.key < b.key ? -1 : 1;
  // A file read in a worker arrives in order already: checking costs one pass, sorting many.
  const inOrder = keyed.every((k, i) => i === 0 || order(keyed[i - 1] ?? k, k) <= 0);
  if (!inOrder) keyed.sort(order);
  const events = keyed.map((k) => k.event);
  return {
    timeline,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
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
