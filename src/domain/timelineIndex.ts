/**
 * A loaded timeline with lookups by id and its events in time order: built once per load so that
 * filtering, grouping and the panels never search arrays.
 */
import { chronologicalKey } from './dates';
import type { Actor, Country, NewsDocument, Timeline, TimelineEvent } from './schema';
import { runAtOnce } from './tasks';

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

/** What may be known of a timeline's events before it is indexed (each in their given order). */
export interface KnownOfEvents {
  /** chronologicalKey of each event. */
  readonly keys?: readonly string[] | undefined;
  /** A time order worked out elsewhere: followed when it holds each event once. */
  readonly order?: Uint32Array | undefined;
  /** Each event by its id. */
  readonly byId?: ReadonlyMap<string, TimelineEvent> | undefined;
}

/**
 * The one way an index is built, as steps (it yields after the sort, the step that takes long at
 * 100,000 events): the index of `timeline`, using what is `known` of its events, and where each
 * event went (event k of the index is timeline.events[order[k]]). Run at once by indexTimeline,
 * and with what was prepared as the events arrived by prepareEvents.ts.
 */
export function* indexSteps(
  timeline: Timeline,
  known: KnownOfEvents = {},
): Generator<void, { index: TimelineIndex; order: Uint32Array }> {
  const { events } = timeline;
  let order = known.order;
  if (order === undefined || !isPermutation(order, events.length)) {
    const keys =
      known.keys?.length === events.length
        ? known.keys
        : events.map((event) => chronologicalKey(event.date));
    order = timeOrder(events, keys);
    yield;
  }
  return { index: indexInOrder(timeline, order, known.byId), order };
}

export function indexTimeline(timeline: Timeline): TimelineIndex {
  return runAtOnce(indexSteps(timeline)).index;
}

/** True when `order` holds each of 0 … n - 1 exactly once. */
function isPermutation(order: Uint32Array, n: number): boolean {
  if (order.length !== n) return false;
  const seen = new Uint8Array(n);
  for (const i of order) {
    if (i >= n || seen[i] === 1) return false;
    seen[i] = 1;
  }
  return true;
}

/**
 * The index of a timeline whose events go in `order` (a timeOrder of its events); `byId`, when
 * given, already maps the id of every event (and nothing else) to it.
 */
export function indexInOrder(
  timeline: Timeline,
  order: Uint32Array,
  byId?: ReadonlyMap<string, TimelineEvent>,
): TimelineIndex {
  const given = timeline.events;
  const events = Array.from(order, (i) => given[i] as TimelineEvent);
  let eventById = byId;
  if (eventById === undefined || eventById.size !== events.length) {
    const made = new Map<string, TimelineEvent>();
    for (const event of events) made.set(event.id, event);
    eventById = made;
  }
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
