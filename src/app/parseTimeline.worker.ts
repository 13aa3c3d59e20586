/**
 * The worker side of parseOffThread: text in, a checked timeline or its problem out; then, for a
 * good timeline, its search index built here and queries answered from it (workerProtocol.ts).
 * Queries that arrive while the index is being built wait in the message queue.
 */
import './zodJitless';
import { parseTimelineText } from '../domain/loadTimeline';
import { buildEventSearch, matchingEventIds, type EventSearch } from '../domain/search';
import { indexTimeline } from '../domain/timelineIndex';
import type { FromWorker, ToWorker } from './workerProtocol';

let search: EventSearch | null = null;

function answer(message: FromWorker): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.kind) {
    case 'parse': {
      const load = parseTimelineText(message.file, message.text);
      if (!load.ok) {
        answer({ kind: 'parsed', load });
        return;
      }
      // Sent in time order: the page's own sort then finds them sorted, in one pass.
      const index = indexTimeline(load.timeline);
      answer({
        kind: 'parsed',
        load: { ...load, timeline: { ...load.timeline, events: [...index.events] } },
      });
      search = buildEventSearch(index);
      return;
    }
    case 'search': {
      const found = search === null ? null : matchingEventIds(search, message.query);
      answer({ kind: 'matches', id: message.id, ids: found === null ? null : [...found] });
      return;
    }
  }
};
