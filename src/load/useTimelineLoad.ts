/**
 * Fetches and validates the timeline file: the one place the app touches the network (through its
 * worker where there is one: loadTimelineFile.ts). Returns
 * loading, a problem that names the file, or the indexed timeline with a note of any records
 * that were left out.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import {
  describeCutOff,
  describeProblem,
  summarizeLeftOut,
  type LeftOutRecord,
  type TimelineLoad,
} from '../domain/loadTimeline';
import { indexPrepared, indexPreparedInSteps } from '../domain/prepareEvents';
import { indexTimeline, type TimelineIndex } from '../domain/timelineIndex';
import { afterNextFrame } from '../state/afterNextFrame';
import { loadTimelineFile, type OnPreview, type OnProgress } from './loadTimelineFile';
import { registerRemoteSearch } from '../state/searchIndex';
import { TIMELINE_PATH, timelineUrl } from './startedWorker';
import { prepareFirstRender } from '../state/selectors';

/** How much of a large file has arrived, in bytes (total: the size announced, or null). */
export interface LoadProgress {
  readonly read: number;
  readonly total: number | null;
}

export type TimelineLoadState =
  | { readonly status: 'loading'; readonly progress?: LoadProgress }
  | {
      readonly status: 'error';
      readonly message: string;
      /**
       * Loads the file again: set where trying again may help (the file could not be fetched,
       * or its download stalled or broke off), not where the file itself is wrong.
       */
      readonly retry?: () => void;
    }
  | {
      readonly status: 'ready';
      readonly index: TimelineIndex;
      readonly leftOut: readonly LeftOutRecord[];
      readonly leftOutSummary: string | undefined;
      /** Set when the file ends partway through: what was kept of it (describeCutOff). */
      readonly cutOffNotice?: string;
      /**
       * Set while the rest of a large file is still on its way: the index then holds only the
       * first events read, and the whole timeline replaces it once read.
       */
      readonly stillLoading?: { readonly progress: LoadProgress | undefined };
    };

export function toLoadState(load: TimelineLoad): TimelineLoadState {
  if (!load.ok) return { status: 'error', message: describeProblem(load.problem) };
  return readyState(load, indexPrepared(load.timeline, load.prepared));
}

function readyState(
  load: Extract<TimelineLoad, { ok: true }>,
  index: TimelineIndex,
): TimelineLoadState {
  const cutOffNotice = describeCutOff(load);
  return {
    status: 'ready',
    index,
    leftOut: load.leftOut,
    leftOutSummary: summarizeLeftOut(load.leftOut),
    ...(cutOffNotice === undefined ? {} : { cutOffNotice }),
  };
}

/**
 * The state once the whole file is read. When a first part is already on screen, the index and
 * what the explorer's first render of it reads are made a step at a time, and the explorer is
 * re-rendered as a transition, so that the page keeps answering the reader meanwhile; otherwise
 * at once, since nothing else is waiting.
 */
async function finalState(load: TimelineLoad, shown: boolean): Promise<TimelineLoadState> {
  if (!load.ok || !shown) return toLoadState(load);
  const index = await indexPreparedInSteps(load.timeline, load.prepared);
  await prepareFirstRender(index);
  return readyState(load, index);
}

/** Whether loading the file again may end otherwise: it could not be fetched, or came cut off. */
function worthRetrying(load: TimelineLoad): boolean {
  return !load.ok && (load.problem.kind === 'unavailable' || load.problem.kind === 'cut-off');
}

/**
 * The file's load state. `stallMs` is how long the load waits for the server's next bytes before
 * it says the download stalled (STALL_TIMEOUT_MS unless given: tests give less). `blob`: a file
 * the reader opened from disk, read the same way in place of fetching `url`.
 */
export function useTimelineLoad(
  url: string = timelineUrl(),
  file = TIMELINE_PATH,
  stallMs?: number,
  blob?: Blob,
): TimelineLoadState {
  const [state, setState] = useState<TimelineLoadState>({ status: 'loading' });
  // Each retry starts the load again, from a fresh loading note.
  const [attempt, setAttempt] = useState(0);
  // Told once a first part is on screen: the frame after the render that showed it.
  const partShown = useRef<(() => void) | null>(null);
  useEffect(() => {
    const shown = partShown.current;
    if (shown === null || state.status !== 'ready') return;
    partShown.current = null;
    afterNextFrame(shown);
  }, [state]);
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    let previewShown = false;
    const onProgress: OnProgress = (read, total) => {
      if (signal.aborted) return;
      const progress = { read, total };
      setState((shown) =>
        shown.status === 'ready' && shown.stillLoading !== undefined
          ? { ...shown, stillLoading: { progress } }
          : { status: 'loading', progress },
      );
    };
    const onPreview: OnPreview = (timeline) => {
      if (signal.aborted) return;
      previewShown = true;
      const index = indexTimeline(timeline);
      // The rest of the file waits until this part is drawn (see OnPreview).
      const drawn = new Promise<void>((done) => (partShown.current = done));
      setState((shown) => ({
        status: 'ready',
        index,
        leftOut: [],
        leftOutSummary: undefined,
        stillLoading: { progress: shown.status === 'loading' ? shown.progress : undefined },
      }));
      return drawn;
    };
    const retry = (): void => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    };
    loadTimelineFile(file, url, signal, {
      onRemoteSearch: registerRemoteSearch,
      onProgress,
      onPreview,
      stallMs,
      blob,
    })
      .then(async (load) => {
        const next = await finalState(load, previewShown);
        return next.status === 'error' && worthRetrying(load) ? { ...next, retry } : next;
      })
      .then(
        (next) => {
          if (signal.aborted) return;
          if (previewShown) startTransition(() => setState(next));
          else setState(next);
        },
        (error: unknown) => {
          if (signal.aborted) return;
          const message = `Could not load ${file}: ${String(error)}.`;
          setState({ status: 'error', message, retry });
        },
      );
    return () => controller.abort();
  }, [url, file, stallMs, blob, attempt]);
  return state;
}
