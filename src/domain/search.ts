/**
 * Full-text search over events: their titles, the passages that report them, and the names of
 * their actors and countries. Words match as prefixes ("sovereign" finds "sovereignty") and
 * longer words forgive a typo; every word of the query must match. Built once per timeline.
 */
import MiniSearch from 'minisearch';
import type { TimelineEvent } from './schema';
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

export function buildEventSearch(index: TimelineIndex): EventSearch {
  const search = new MiniSearch<SearchDocument>({
    fields: ['title', 'passages', 'names'],
    storeFields: [],
    searchOptions: {
      boost: { title: 2, names: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  search.addAll(index.events.map((event) => searchDocument(index, event)));
  return search;
}

/** Ids of the events matching the query; null when the query is blank (no restriction). */
export function matchingEventIds(search: EventSearch, query: string): ReadonlySet<string> | null {
  if (query.trim() === '') return null;
  return new Set(search.search(query).map((result) => String(result.id)));
}
