/**
 * Reading a timeline file away from the page's thread, so that a large file does not freeze it.
 * A worker fetches the file (or is handed its text), parses and checks it, and sends back the
 * checked timeline or its problem (a fetched file's events come ahead, a run at a time, parsed here
 * while the rest downloads); a small file comes back as text and is parsed here, where the
 * round trip to a worker would cost more than it saves. After a large file the worker stays,
 * holding the timeline's search index, and answers searches (a RemoteSearch) until the load is
 * abandoned (the signal aborts); it answers by title while the index is being built, and a new
 * RemoteSearch is registered when the index is ready, so that the page asks again. Places
 * without workers (tests), and any load whose worker fails to start, are read right here and
 * searched on the page.
 */
import { parseTimelineText, type TimelineLoad } from '../domain/loadTimeline';
import type { SearchMatches } from '../domain/filters';
import type { Timeline, TimelineEvent } from '../domain/schema';
import { WORKER_THRESHOLD, type FromWorker, type ToWorker } from './workerProtocol';

/** Searches of the loaded timeline, answered by its worker. */
export interface RemoteSearch {
  /** Ids of the events matching the query (null for a blank query). */
  search(query: string): Promise<SearchMatches>;
}

type OnRemoteSearch = (search: RemoteSearch, timeline: Timeline) => void;

/** Parses and checks text already fetched: in a worker when it is large. */
export function parseOffThread(
  file: string,
  text: string,
  signal: AbortSignal,
  onRemoteSearch?: OnRemoteSearch,
): Promise<TimelineLoad> {
  const inPlace = (): Promise<TimelineLoad> => Promise.resolve(parseTimelineText(file, text));
  if (text.length < WORKER_THRESHOLD) return inPlace();
  return inWorker({ kind: 'parse', file, text }, signal, onRemoteSearch, inPlace);
}

/**
 * Fetches, parses and checks the file at `url` in a worker; `readHere` reads it on the page
 * instead where there is no worker or it fails to start.
 */
export function loadOffThread(
  file: string,
  url: string,
  signal: AbortSignal,
  readHere: () => Promise<TimelineLoad>,
  onRemoteSearch?: OnRemoteSearch,
): Promise<TimelineLoad> {
  const absolute = new URL(url, globalThis.location?.href).href;
  return inWorker({ kind: 'fetch', file, url: absolute }, signal, onRemoteSearch, readHere);
}

/**
 * The checked timeline the worker sent, with its events put back in: those it sent as one JSON
 * text, or else the runs that came ahead of it (`streamed` events in all).
 */
function received(
  load: TimelineLoad,
  events: string | undefined,
  runs: readonly (readonly TimelineEvent[])[],
  streamed: number | undefined,
): TimelineLoad {
  if (!load.ok) return load;
  if (events !== undefined) {
    const parsed = JSON.parse(events) as TimelineEvent[];
    return { ...load, timeline: { ...load.timeline, events: parsed } };
  }
  const all: TimelineEvent[] = [];
  for (const run of runs) for (const event of run) all.push(event);
  if (all.length !== (streamed ?? 0)) {
    throw new Error(`the worker sent ${all.length} of ${streamed ?? 0} events`);
  }
  return { ...load, timeline: { ...load.timeline, events: all } };
}

function inWorker(
  request: Extract<ToWorker, { readonly file: string }>,
  signal: AbortSignal,
  onRemoteSearch: OnRemoteSearch | undefined,
  fallback: () => Promise<TimelineLoad>,
): Promise<TimelineLoad> {
  if (typeof Worker === 'undefined') return fallback();
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parseTimeline.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      resolve(fallback());
      return;
    }
    let settled = false;
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
      if (!settled) reject(new DOMException('The load was cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort);
    let timeline: Timeline | null = null;
    // Runs of events sent ahead of the checked timeline, parsed as they come.
    const runs: TimelineEvent[][] = [];
    const remoteSearch = (): RemoteSearch => ({
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
    });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.kind) {
        case 'text': {
          settled = true;
          stop();
          resolve(parseTimelineText(request.file, message.text));
          return;
        }
        case 'events': {
          try {
            runs.push(JSON.parse(`[${message.json}]`) as TimelineEvent[]);
          } catch (error) {
            settled = true;
            stop();
            reject(error instanceof Error ? error : new Error(String(error)));
          }
          return;
        }
        case 'parsed': {
          settled = true;
          let load: TimelineLoad;
          try {
            load = received(message.load, message.events, runs, message.streamed);
            runs.length = 0;
          } catch (error) {
            stop();
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (load.ok && onRemoteSearch !== undefined) {
            timeline = load.timeline;
            onRemoteSearch(remoteSearch(), timeline);
          } else stop();
          resolve(load);
          return;
        }
        case 'search-ready': {
          // A new searcher, so that the page asks its current query again, of the full index.
          last = null;
          if (timeline !== null) onRemoteSearch?.(remoteSearch(), timeline);
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
      if (settled) {
        console.error('Newsline: the search worker failed', error.message);
        return;
      }
      settled = true;
      stop();
      resolve(fallback());
    };
    post(request);
  });
}
