/**
 * The one way a timeline file is loaded: its worker (parseTimeline.worker.ts) fetches it, checks it
 * as it downloads and sends the kept records ahead, a run at a time, parsed here as they come; the
 * first events are shown as soon as they are here (OnPreview), the rest follows, and then the
 * checked timeline or its problem. The worker is the one started with the page when there is one
 * (startedWorker.ts), else one started now. After a good timeline the worker stays, holding its
 * search index, and answers searches (a RemoteSearch) until the load is abandoned (the signal
 * aborts); it answers by title while the index is being built, and a new RemoteSearch is
 * registered when the index is ready, so that the page asks again. Only where there is no Worker
 * at all (or one fails to start) is the file fetched and read here on the page, and searched on
 * the page.
 */
import { readTimelineText } from '../domain/readTimelineText';
import type { TimelineLoad } from '../domain/loadTimeline';
import type { SearchMatches } from '../domain/filters';
import {
  SCHEMA_VERSION,
  type Actor,
  type Country,
  type NewsDocument,
  type Timeline,
  type TimelineEvent,
} from '../domain/schema';
import { EventsPreparer } from '../domain/prepareEvents';
import { STREAMED_KINDS } from '../domain/streamTimeline';
import { nextTask } from '../domain/tasks';
import { fetchTimelineText } from './fetchTimelineText';
import { takeStartedWorker, type StartedWorker } from './startedWorker';
import type { FromWorker, ToWorker } from './workerProtocol';

/** Searches of the loaded timeline, answered by its worker. */
export interface RemoteSearch {
  /** Ids of the events matching the query (null for a blank query). */
  search(query: string): Promise<SearchMatches>;
  /**
   * Starts building the full-text index (queries are answered by title until it is ready). Asked
   * once the page shows the timeline, so that the build does not take the machine's time from
   * the page's first render of it.
   */
  buildIndex(): void;
}

type OnRemoteSearch = (search: RemoteSearch, timeline: Timeline) => void;

/** How much of a file being fetched has arrived: bytes read, and the size announced (or null). */
export type OnProgress = (read: number, total: number | null) => void;

/**
 * The first part of a file still being fetched, once its first events have come: the documents,
 * actors and countries listed before the events (a file written by Newsline lists its articles
 * last, so none of them yet), and the first run of checked events. A
 * listener that returns a promise (settled once the part is on screen) has the runs that come
 * meanwhile held until then, for at most PREVIEW_HOLD_MS: each takes the page's thread for tens
 * of milliseconds, which the first part's render and drawing would otherwise wait for.
 */
export type OnPreview = (timeline: Timeline) => void | Promise<void>;

/** The longest the rest of a file waits for its first part to be shown. */
export const PREVIEW_HOLD_MS = 1_000;

/** What a load tells its caller along the way. */
export interface LoadListeners {
  readonly onRemoteSearch?: OnRemoteSearch | undefined;
  readonly onProgress?: OnProgress | undefined;
  readonly onPreview?: OnPreview | undefined;
  /** How long to wait for the server's next bytes (STALL_TIMEOUT_MS unless given). */
  readonly stallMs?: number | undefined;
  /** A file the reader opened from disk, read the same way in place of fetching `url`. */
  readonly blob?: Blob | undefined;
}

/**
 * Loads the file at `url` (named `file` in messages): through its worker, telling `listeners`
 * how much has arrived and showing them its first part; on the page where there is no worker.
 */
export function loadTimelineFile(
  file: string,
  url: string,
  signal: AbortSignal,
  listeners: LoadListeners = {},
): Promise<TimelineLoad> {
  const { stallMs, blob } = listeners;
  const onPage = async (): Promise<TimelineLoad> => {
    const text =
      blob === undefined ? await fetchTimelineText(url, file, signal, stallMs) : await blob.text();
    return typeof text === 'string' ? readTimelineText(file, text) : text;
  };
  const started = takeStartedWorker(url, file);
  if (started === undefined && typeof Worker === 'undefined') return onPage();
  const absolute = new URL(url, globalThis.location?.href).href;
  const request = {
    kind: 'fetch',
    file,
    url: absolute,
    ...(stallMs === undefined ? {} : { stallMs }),
    ...(blob === undefined ? {} : { blob }),
  } as const;
  return inWorker(request, signal, onPage, started, listeners);
}

/**
 * Runs of records sent ahead of the checked timeline, parsed as they come; the events are also
 * prepared for indexing meanwhile (the page has little else to do while the file downloads).
 */
interface Runs {
  readonly document: NewsDocument[][];
  readonly actor: Actor[][];
  readonly country: Country[][];
  readonly event: TimelineEvent[][];
  readonly preparer: EventsPreparer;
}

/** What has come so far, with only the first run of events (see OnPreview). */
function preview(runs: Runs, events: readonly TimelineEvent[]): Timeline {
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: runs.document.flat(),
    actors: runs.actor.flat(),
    countries: runs.country.flat(),
    events: [...events],
  };
}

function joined<T>(runs: readonly (readonly T[])[], expected: number, what: string): T[] {
  const all: T[] = [];
  for (const run of runs) for (const record of run) all.push(record);
  if (all.length !== expected)
    throw new Error(`the worker sent ${all.length} of ${expected} ${what}`);
  return all;
}

/**
 * The checked timeline the worker sent, with its records put back in: the events it sent as one
 * JSON text, or else the records of the runs that came ahead of it.
 */
function received(message: Extract<FromWorker, { kind: 'parsed' }>, runs: Runs): TimelineLoad {
  const { load, events, streamed, order } = message;
  if (!load.ok) return load;
  const parsed = events === undefined ? undefined : (JSON.parse(events) as TimelineEvent[]);
  if (streamed === undefined) {
    return parsed === undefined
      ? load
      : { ...load, timeline: { ...load.timeline, events: parsed } };
  }
  const timeline = {
    ...load.timeline,
    documents: joined(runs.document, streamed.document, 'documents'),
    actors: joined(runs.actor, streamed.actor, 'actors'),
    countries: joined(runs.country, streamed.country, 'countries'),
    events: parsed ?? joined(runs.event, streamed.event, 'events'),
  };
  // Work done on the events streamed is of use only where they are the timeline's.
  if (parsed !== undefined) return { ...load, timeline };
  return { ...load, timeline, prepared: { ...runs.preparer.prepared(), order } };
}

function inWorker(
  request: Extract<ToWorker, { readonly kind: 'fetch' }>,
  signal: AbortSignal,
  fallback: () => Promise<TimelineLoad>,
  started: StartedWorker | undefined,
  { onRemoteSearch, onProgress, onPreview }: LoadListeners,
): Promise<TimelineLoad> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker =
        started?.worker ??
        new Worker(new URL('./parseTimeline.worker.ts', import.meta.url), {
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
    const runs: Runs = {
      document: [],
      actor: [],
      country: [],
      event: [],
      preparer: new EventsPreparer(),
    };
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
      buildIndex: () => post({ kind: 'build-search' }),
    });
    // Runs (and the checked timeline after them) held while a first part is being shown, then
    // handled a task at a time, in the order they came.
    const held: FromWorker[] = [];
    let holding = false;
    let pumping = false;
    const pump = (): void => {
      if (holding || pumping || held.length === 0) return;
      pumping = true;
      void nextTask().then(() => {
        pumping = false;
        // A load given up meanwhile hears nothing more, as from its stopped worker.
        if (holding || signal.aborted) return;
        const next = held.shift();
        if (next === undefined) return;
        handle(next);
        pump();
      });
    };
    const holdWhileShown = (shown: Promise<void>): void => {
      holding = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const capped = new Promise<void>((done) => {
        timer = setTimeout(done, PREVIEW_HOLD_MS);
      });
      void Promise.race([shown.catch(() => undefined), capped]).then(() => {
        clearTimeout(timer);
        holding = false;
        pump();
      });
    };
    const onMessage = (event: MessageEvent<FromWorker>): void => {
      const message = event.data;
      if (
        (message.kind === 'records' || message.kind === 'parsed') &&
        (holding || held.length > 0)
      ) {
        held.push(message);
        pump();
        return;
      }
      handle(message);
    };
    const handle = (message: FromWorker): void => {
      switch (message.kind) {
        case 'records': {
          try {
            const records = JSON.parse(`[${message.json}]`) as never[];
            runs[message.of].push(records);
            if (message.of === 'event') {
              runs.preparer.add(records);
              // A file read whole by now goes straight to its checked timeline.
              if (runs.event.length === 1 && !message.final) {
                const shown = onPreview?.(preview(runs, records));
                if (shown instanceof Promise) holdWhileShown(shown);
              }
            }
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
            load = received(message, runs);
            for (const kind of STREAMED_KINDS) runs[kind].length = 0;
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
        case 'progress': {
          if (!settled) onProgress?.(message.read, message.total);
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
    const onError = (error: ErrorEvent): void => {
      if (settled) {
        console.error('Newsline: the search worker failed', error.message);
        return;
      }
      settled = true;
      stop();
      resolve(fallback());
    };
    if (started === undefined) {
      worker.onmessage = onMessage;
      worker.onerror = onError;
      post(request);
    } else started.connect(onMessage, onError);
  });
}
