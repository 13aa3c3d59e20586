/**
 * The worker side of parseOffThread: a file address or text in; a small file's text, or a checked
 * timeline (or its problem) out; then, for a good timeline, its search index built here and
 * queries answered from it (workerProtocol.ts). Queries that arrive while the index is being
 * built are answered by the quick title match, and the page is told when the index is ready.
 */
import './zodJitless';
import { parseTimelineText } from '../domain/loadTimeline';
import {
  buildEventSearchInChunks,
  matchingByTitle,
  matchingEventIds,
  prepareTitleMatch,
  type EventSearch,
} from '../domain/search';
import { indexTimeline, type TimelineIndex } from '../domain/timelineIndex';
import { fetchTimelineText } from './fetchTimelineText';
import { WORKER_THRESHOLD, type FromWorker, type ToWorker } from './workerProtocol';

/** The loaded timeline, answering searches by title until its full-text index is ready. */
let loaded: TimelineIndex | null = null;
let search: EventSearch | null = null;

function answer(message: FromWorker): void {
  self.postMessage(message);
}

function parseAndAnswer(file: string, text: string): void {
  const load = parseTimelineText(file, text);
  if (!load.ok) {
    answer({ kind: 'parsed', load });
    return;
  }
  // Sent in time order, so that the page need not sort them again.
  const index = indexTimeline(load.timeline);
  answer({
    kind: 'parsed',
    load: { ...load, timeline: { ...load.timeline, events: [] } },
    events: JSON.stringify(index.events),
  });
  loaded = index;
  prepareTitleMatch(index);
  // Built a chunk at a time, so that queries asked meanwhile are answered (by title) at once.
  void buildEventSearchInChunks(index).then((built) => {
    search = built;
    answer({ kind: 'search-ready' });
  });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.kind) {
    case 'fetch': {
      void fetchTimelineText(message.url, message.file).then((text) => {
        if (typeof text !== 'string') answer({ kind: 'parsed', load: text });
        else if (text.length < WORKER_THRESHOLD) answer({ kind: 'text', text });
        else parseAndAnswer(message.file, text);
      });
      return;
    }
    case 'parse': {
      parseAndAnswer(message.file, message.text);
      return;
    }
    case 'search': {
      const found =
        search !== null
          ? matchingEventIds(search, message.query)
          : loaded === null
            ? null
            : matchingByTitle(loaded, message.query);
      answer({ kind: 'matches', id: message.id, ids: found === null ? null : [...found] });
      return;
    }
  }
};
