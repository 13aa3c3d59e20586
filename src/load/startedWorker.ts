/**
 * The timeline's worker, started as the page's code begins to run (before the app's modules are
 * evaluated and it first renders), already asked to fetch the file: the file is then on its way,
 * and being read, while the page sets itself up. The worker's messages (and a failure) are kept
 * until the load takes the worker over (loadTimelineFile.ts); a later load starts a worker of its
 * own the same way. Where no worker can start, none is, and the load reads the file on the page.
 * This module stays light (no schemas, no React): it runs first.
 */
import type { FromWorker, ToWorker } from './workerProtocol';

/** The seed timeline, relative to the base the app is served from. */
export const TIMELINE_PATH = 'seeds/timeline.json';

export function timelineUrl(): string {
  return `${import.meta.env.BASE_URL}${TIMELINE_PATH}`;
}

export interface StartedWorker {
  readonly worker: Worker;
  /** Hands the worker's messages and its failure, those kept so far first, to these. */
  connect(
    onMessage: (event: MessageEvent<FromWorker>) => void,
    onError: (event: ErrorEvent) => void,
  ): void;
}

interface Started extends StartedWorker {
  readonly url: string;
  readonly file: string;
}

let started: Started | undefined;

/** Starts the worker and asks it to fetch `url` (named `file` in messages). */
export function startTimelineWorker(url: string = timelineUrl(), file = TIMELINE_PATH): void {
  if (typeof Worker === 'undefined') return;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parseTimeline.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return;
  }
  const kept: (
    { kind: 'message'; event: MessageEvent<FromWorker> } | { kind: 'error'; event: ErrorEvent }
  )[] = [];
  worker.onmessage = (event: MessageEvent<FromWorker>) => kept.push({ kind: 'message', event });
  worker.onerror = (event) => kept.push({ kind: 'error', event });
  const absolute = new URL(url, globalThis.location?.href).href;
  const request: ToWorker = { kind: 'fetch', file, url: absolute };
  worker.postMessage(request);
  started?.worker.terminate();
  started = {
    url,
    file,
    worker,
    connect(onMessage, onError) {
      worker.onmessage = onMessage;
      worker.onerror = onError;
      for (const held of kept.splice(0)) {
        if (held.kind === 'message') onMessage(held.event);
        else onError(held.event);
      }
    },
  };
}

/**
 * The worker started for this file, once: a later load starts its own. One started for another
 * file is stopped.
 */
export function takeStartedWorker(url: string, file: string): StartedWorker | undefined {
  const taken = started;
  started = undefined;
  if (taken === undefined || (taken.url === url && taken.file === file)) return taken;
  taken.worker.terminate();
  return undefined;
}
