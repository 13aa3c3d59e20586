/**
 * Parsing and validating a timeline file away from the page's thread, so that a large file does
 * not freeze it: the text goes to a worker, the checked timeline (or its problem) comes back.
 * Small files, and places without workers (tests), are parsed right here; so is any file whose
 * worker fails to start.
 */
import { parseTimelineText, type TimelineLoad } from '../domain/loadTimeline';

/** Below this size the round trip to a worker costs more than it saves. */
const WORKER_THRESHOLD = 2_000_000;

export interface ParseRequest {
  readonly file: string;
  readonly text: string;
}

export function parseOffThread(
  file: string,
  text: string,
  signal: AbortSignal,
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
    const finish = (): void => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(new DOMException('The load was cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<TimelineLoad>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = () => {
      finish();
      resolve(parseTimelineText(file, text));
    };
    const request: ParseRequest = { file, text };
    worker.postMessage(request);
  });
}
