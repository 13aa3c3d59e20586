/**
 * Full-text search over events: their titles, the passages that report them, and the names of
 * their actors and countries. Words match as prefixes ("sovereign" finds "sovereignty") and
 * longer words forgive a typo; every word of the query must match. Built once per timeline.
 * Queries are cut and typos bounded as searchQuery.ts says. The same words and the same rule
 * (`wordsOf`, `matchingTerms`) tell the highlighting which words a query found (./highlight.ts).
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

type Tokenize = (text: string) => string[];
type ProcessTerm = (term: string) => string | string[] | null | undefined | false;

/** How text is cut into words, and a word made a term: MiniSearch's own defaults, by name. */
const tokenize = MiniSearch.getDefault('tokenize') as Tokenize;
const processTerm = MiniSearch.getDefault('processTerm') as ProcessTerm;

/** How a query word finds a term: as its prefix, or within the typo edits its length allows. */
const TERM_MATCH = {
  prefix: true,
  fuzzy: (term: string): number | false => {
    const edits = typoEdits(term);
    return edits === 0 ? false : edits;
  },
} as const;

/** A word of a text, where it is (UTF-16 offsets) and the term the search indexes for it. */
export interface TextWord {
  readonly start: number;
  readonly end: number;
  readonly term: string;
}

/** The words of `text` as the search cuts them, with their places in it. */
export function wordsOf(text: string): TextWord[] {
  const words: TextWord[] = [];
  let cursor = 0;
  for (const word of tokenize(text)) {
    if (word === '') continue;
    // Words come in order, parted by separators only: each is the next occurrence.
    const start = text.indexOf(word, cursor);
    if (start === -1) continue;
    cursor = start + word.length;
    const term = processTerm(word);
    if (typeof term === 'string' && term !== '') words.push({ start, end: cursor, term });
  }
  return words;
}

/**
 * Which of `terms` some word of `query` finds, by the very rule the search answers with (a
 * small index of the terms, searched with the same options); any one query word will do.
 */
export function matchingTerms(terms: Iterable<string>, query: string): ReadonlySet<string> {
  const capped = capQuery(query);
  const unique = [...new Set(terms)];
  if (capped.trim() === '' || unique.length === 0) return new Set();
  const index = new MiniSearch<{ id: number; term: string }>({
    fields: ['term'],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { ...TERM_MATCH, combineWith: 'OR' },
  });
  index.addAll(unique.map((term, id) => ({ id, term })));
  return new Set(index.search(capped).map((result) => unique[Number(result.id)] ?? ''));
}

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
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 2, names: 1.5 },
      ...TERM_MATCH,
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
