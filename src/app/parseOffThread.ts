/**
 * Parsing and validating a timeline file away from the page's thread, so that a large file does
 * not freeze it: the text goes to a worker, the checked timeline (or its problem) comes back.
 * The worker then stays, holding the timeline's search index, and answers searches (a
 * RemoteSearch) until the load is abandoned (the signal aborts). Small files, and places without
 * workers (tests), are parsed right here and searched on the page; so is any file whose worker
 * fails to start.
 */
import { parseTimelineText, type TimelineLoad } from '../domain/loadTimeline';
import type { SearchMatches } from '../domain/filters';
import type { Timeline } from '../domain/schema';
import type { FromWorker, ToWorker } from './workerProtocol';

/** Below this size the round trip to a worker costs more than it saves. */
const WORKER_THRESHOLD = 2_000_000;

/** Searches of the loaded timeline, answered by its worker. */
export interface RemoteSearch {
  /** Ids of the events matching the query (null for a blank query). */
  search(query: string): Promise<SearchMatches>;
}

export function parseOffThread(
  file: string,
  text: string,
  signal: AbortSignal,
  onRemoteSearch?: (search: RemoteSearch, timeline: Timeline) => void,
): Promise<TimelineLoad> {
  if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
    return Promise.resolve(parseTimelineText(file, text));
  }
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parseTimeline.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      resolve(parseTimelineText(file, text));
      return;
    }
    let parsed = false;
    let nextId = 0;
    const pending = new Map<number, (matches: SearchMatches) => void>();
    // Every component that filters asks for the same query: one question to the worker each.
    let last: { query: string; answer: Promise<SearchMatches> } | null = null;
    const post = (message: ToWorker): void => worker.postMessage(message);
    const stop = (): void => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      stop();
      if (!parsed) reject(new DOMException('The load was cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.kind) {
        case 'parsed': {
          parsed = true;
          if (message.load.ok && onRemoteSearch !== undefined) {
            const timeline = message.load.timeline;
            onRemoteSearch(
              {
                search: (query) => {
                  if (query.trim() === '') return Promise.resolve(null);
                  if (last?.query === query) return last.answer;
                  const id = nextId;
                  nextId += 1;
                  const answer = new Promise<SearchMatches>((done) => pending.set(id, done));
                  last = { query, answer };
                  post({ kind: 'search', id, query });
                  return answer;
                },
              },
              timeline,
            );
          } else {
            stop();
          }
          resolve(message.load);
          return;
        }
        case 'matches': {
          const done = pending.get(message.id);
          pending.delete(message.id);
          done?.(message.ids === null ? null : new Set(message.ids));
          return;
        }
      }
    };
    worker.onerror = (error) => {
      if (parsed) {
        console.error('Newsline: the search worker failed', error.message);
        return;
      }
      stop();
      resolve(parseTimelineText(file, text));
    };
    post({ kind: 'parse', file, text });
  });
}
