/**
 * Fetches and validates the timeline file: the one place the app touches the network (through a
 * worker where there is one: parseOffThread.ts). Returns
 * loading, a problem that names the file, or the indexed timeline with a note of any records
 * that were left out.
 */
import { useEffect, useState } from 'react';
import {
  describeProblem,
  parseTimelineText,
  summarizeLeftOut,
  type LeftOutRecord,
  type TimelineLoad,
} from '../domain/loadTimeline';
import { indexPrepared } from '../domain/prepareEvents';
import type { TimelineIndex } from '../domain/timelineIndex';
import { fetchTimelineResponse, fetchTimelineText, responseText } from './fetchTimelineText';
import { loadOffThread, parseOffThread, type OnProgress } from './parseOffThread';
import { WORKER_THRESHOLD } from './workerProtocol';
import { registerRemoteSearch } from './searchIndex';

/** How much of a large file has arrived, in bytes (total: the size announced, or null). */
export interface LoadProgress {
  readonly read: number;
  readonly total: number | null;
}

export type TimelineLoadState =
  | { readonly status: 'loading'; readonly progress?: LoadProgress }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly index: TimelineIndex;
      readonly leftOut: readonly LeftOutRecord[];
      readonly leftOutSummary: string | undefined;
    };

/** The seed timeline, relative to the base the app is served from. */
export const TIMELINE_PATH = 'seeds/timeline.json';

export function timelineUrl(): string {
  return `${import.meta.env.BASE_URL}${TIMELINE_PATH}`;
}

/** Fetches and reads the file on the page's own thread (where no worker can). */
async function fetchHere(url: string, file: string, signal: AbortSignal): Promise<TimelineLoad> {
  const text = await fetchTimelineText(url, file, signal);
  return typeof text === 'string' ? parseTimelineText(file, text) : text;
}

/**
 * Fetches and reads the file. A large one (by the size the server announces) is fetched and read
 * again by a worker, off this thread, this answer left unread, and `onProgress` hears how much of
 * it has arrived; a small one is read here, where starting a worker would cost more than it saves
 * (parseOffThread still hands text that turns out large to a worker).
 */
export async function fetchTimeline(
  url: string,
  file: string,
  signal: AbortSignal,
  onProgress?: OnProgress,
): Promise<TimelineLoad> {
  const response = await fetchTimelineResponse(url, file, signal);
  if (!(response instanceof Response)) return response;
  if (Number(response.headers.get('content-length')) >= WORKER_THRESHOLD) {
    void response.body?.cancel().catch(() => undefined);
    const here = (): Promise<TimelineLoad> => fetchHere(url, file, signal);
    return loadOffThread(file, url, signal, here, registerRemoteSearch, onProgress);
  }
  const text = await responseText(response, file, signal);
  return typeof text === 'string' ? parseOffThread(file, text, signal, registerRemoteSearch) : text;
}

export function toLoadState(load: TimelineLoad): TimelineLoadState {
  if (!load.ok) return { status: 'error', message: describeProblem(load.problem) };
  return {
    status: 'ready',
    index: indexPrepared(load.timeline, load.prepared),
    leftOut: load.leftOut,
    leftOutSummary: summarizeLeftOut(load.leftOut),
  };
}

export function useTimelineLoad(
  url: string = timelineUrl(),
  file = TIMELINE_PATH,
): TimelineLoadState {
  const [state, setState] = useState<TimelineLoadState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    const onProgress: OnProgress = (read, total) => {
      if (!controller.signal.aborted) setState({ status: 'loading', progress: { read, total } });
    };
    fetchTimeline(url, file, controller.signal, onProgress).then(
      (load) => setState(toLoadState(load)),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: `Could not load ${file}: ${String(error)}.` });
      },
    );
    return () => controller.abort();
  }, [url, file]);
  return state;
}
