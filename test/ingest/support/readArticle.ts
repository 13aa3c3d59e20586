/**
 * Reads one article written for a test through the whole ingest and answers questions about its
 * events: the event whose passage holds some words, the names of its actors, its countries.
 * The article is published on Wednesday 5 March 2025 unless a test says otherwise.
 */
import { ingestArticles } from '../../../src/ingest';
import type { Timeline, TimelineEvent } from '../../../src/domain/schema';

export interface ReadArticle {
  timeline: Timeline;
  events: TimelineEvent[];
  /** The passage an event cites, as text. */
  passage: (e: TimelineEvent) => string;
  /** Events whose passage holds these words, in timeline order. */
  eventsAt: (words: string) => TimelineEvent[];
  /** The names (and aliases) of an event's actors. */
  actorNames: (e: TimelineEvent) => string[];
}

export function readArticle(
  body: string,
  options: { published?: string; headline?: string } = {},
): ReadArticle {
  const headline = options.headline ?? 'World News Today';
  const text = `${headline}\n\n${body}\n`;
  const { timeline } = ingestArticles([
    { file: 'a.txt', text, meta: { published: options.published ?? '2025-03-05' } },
  ]);
  const passage = (e: TimelineEvent): string =>
    e.sources.map((s) => text.slice(s.start, s.end)).join(' | ');
  const byId = new Map(timeline.actors.map((a) => [a.id, a]));
  return {
    timeline,
    events: timeline.events,
    passage,
    eventsAt: (words) => timeline.events.filter((e) => passage(e).includes(words)),
    actorNames: (e) =>
      e.actors.flatMap((id) => {
        const a = byId.get(id);
        return a ? [a.name, ...a.aliases] : [];
      }),
  };
}
