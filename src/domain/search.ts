/**
 * Full-text search over events: their titles, the passages that report them, and the names of
 * their actors and countries. Words match as prefixes ("sovereign" finds "sovereignty") and
 * longer words forgive a typo; every word of the query must match. Built once per timeline.
 * Queries are cut and typos bounded as searchQuery.ts says.
 */
import MiniSearch from 'minisearch';
import type { SearchMatches } from './filters';
import type { TimelineEvent } from './schema';
import { capQuery, typoEdits } from './searchQuery';
import { nextTask, runInSteps } from './tasks';
import { actorName, countryName, type TimelineIndex } from './timelineIndex';

interface SearchDocument {
  readonly id: string;
  readonly title: string;
  readonly passages: string;
  readonly names: string;
}

export type EventSearch = MiniSearch<SearchDocument>;

function searchDocument(index: TimelineIndex, event: TimelineEvent): SearchDocument {
  const passages = event.sources.map(
    (s) => index.documentById.get(s.documentId)?.text.slice(s.start, s.end) ?? '',
  );
  const names = [
    ...event.actors.map((id) => actorName(index, id)),
    ...event.countries.map((code) => countryName(index, code)),
  ];
  return {
    id: event.id,
    title: event.title,
    passages: passages.join('\n'),
    names: names.join('\n'),
  };
}

function emptySearch(): EventSearch {
  return new MiniSearch<SearchDocument>({
    fields: ['title', 'passages', 'names'],
    storeFields: [],
    searchOptions: {
      boost: { title: 2, names: 1.5 },
      prefix: true,
      fuzzy: (term) => {
        const edits = typoEdits(term);
        return edits === 0 ? false : edits;
      },
      combineWith: 'AND',
    },
  });
}

/**
 * The search index of a timeline, the one way it is built: a chunk at a time, each chunk in a task
 * of its own (`pause` between them), so that a large timeline does not freeze its thread while its
 * search is prepared: a query or a click waits at most one chunk (about 100 events take a few
 * milliseconds here).
 */
export function buildEventSearchInChunks(
  index: TimelineIndex,
  chunkSize = 100,
  pause: () => Promise<void> = nextTask,
): Promise<EventSearch> {
  return runInSteps(searchSteps(index, chunkSize), pause);
}

/** The index built as steps of `chunkSize` events each. */
function* searchSteps(index: TimelineIndex, chunkSize: number): Generator<void, EventSearch> {
  const search = emptySearch();
  const { events } = index;
  for (let start = 0; start < events.length; start += chunkSize) {
    if (start > 0) yield;
    const chunk = events.slice(start, start + chunkSize);
    search.addAll(chunk.map((event) => searchDocument(index, event)));
  }
  return search;
}

/** Each event's title and names in lower case, in the index's order, made once per timeline. */
const haystacksByIndex = new WeakMap<TimelineIndex, readonly string[]>();

/**
 * Prepares what matchingByTitle reads, so that its first call is as quick as the next ones:
 * worth calling while nothing else waits (a worker, right after it has sent the timeline).
 */
export function prepareTitleMatch(index: TimelineIndex): readonly string[] {
  let haystacks = haystacksByIndex.get(index);
  if (haystacks === undefined) {
    haystacks = index.events.map((event) =>
      [
        event.title,
        ...event.actors.map((id) => actorName(index, id)),
        ...event.countries.map((code) => countryName(index, code)),
      ]
        .join(' ')
        .toLowerCase(),
    );
    haystacksByIndex.set(index, haystacks);
  }
  return haystacks;
}

/**
 * Until the index is ready: events whose title or names contain every query word, ignoring case.
 * Cruder than the index (no prefixes across words, no typos, no passages) but instant.
 */
export function matchingByTitle(index: TimelineIndex, query: string): ReadonlySet<string> | null {
  const words = capQuery(query)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  const haystacks = prepareTitleMatch(index);
  const found = new Set<string>();
  index.events.forEach((event, i) => {
    const text = haystacks[i] ?? '';
    if (words.every((word) => text.includes(word))) found.add(event.id);
  });
  return found;
}

/**
 * The one way a query is answered, wherever the timeline is searched: null for a blank query (no
 * restriction); the ids the index finds once it is built (`search`); until then, the quick title
 * match.
 */
export function findMatches(
  index: TimelineIndex,
  search: EventSearch | null,
  query: string,
): SearchMatches {
  return search === null ? matchingByTitle(index, query) : matchingEventIds(search, query);
}

/** Ids of the events matching the query; null when the query is blank (no restriction). */
export function matchingEventIds(search: EventSearch, query: string): ReadonlySet<string> | null {
  const capped = capQuery(query);
  if (capped.trim() === '') return null;
  return new Set(search.search(capped).map((result) => String(result.id)));
}
