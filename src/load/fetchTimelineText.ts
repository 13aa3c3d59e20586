/**
 * Fetching a timeline file, on the page or in its worker: the response or its text, or the
 * problem that kept the file from being read (the server's status, a network failure, or a web
 * page where the file should be), naming the file. A fetch cancelled through `signal` rejects.
 * A server that stops sending (no answer, or no bytes of the file, for `stallMs`) is a problem
 * too, rather than a loading note that never ends: the fetch is then cancelled.
 */
import { unavailable, type TimelineLoad } from '../domain/loadTimeline';

/**
 * The largest file opened, in bytes: one larger is refused before it is parsed, by the size the
 * server announces or, failing that, once that many bytes have come. Measured in headless
 * Chromium on 2 cores with the seeded corpus (npm run bench:oversize, loading with no limit):
 * 100,000 events (61.5 MB) are whole in 8 s with a longest task of 0.8 s, and filter in 50 ms
 * (npm run bench); 165,000 events (101.5 MB) take 15 s with 14 tasks over 200 ms, the longest
 * 1.3 s; 330,000 events (203 MB) 27 s, 28 tasks over 200 ms, the longest 1.7 s, and about 1 s
 * per filter click. So the limit is the largest size measured good, with a little room.
 */
export const MAX_TIMELINE_BYTES = 64_000_000;

/** How long a load waits for the server's answer, or for the next bytes of the file. */
export const STALL_TIMEOUT_MS = 15_000;

const ONE_DECIMAL = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** What the reader is told when the server stopped sending: how long, and how much had come. */
export function stalledDetail(stallMs: number, read: number, total: number | null): string {
  const seconds = `${ONE_DECIMAL.format(stallMs / 1000)} seconds`;
  if (read === 0 && total === null) return `the server sent nothing for ${seconds}`;
  const mb = (bytes: number): string => ONE_DECIMAL.format(bytes / 1_000_000);
  const had =
    total !== null && total >= read
      ? `${mb(read)} of ${mb(total)} MB`
      : read < 1000
        ? `${read} bytes`
        : read < 100_000
          ? `${ONE_DECIMAL.format(read / 1000)} kB`
          : `${mb(read)} MB`;
  return `the server stopped sending the file (nothing more came for ${seconds}, after ${had})`;
}

/** Thrown into a read by the stall timer; answered as the problem it names. */
class Stalled extends Error {}

/**
 * `pending`, or a Stalled error once `stallMs` pass without it settling; `onStall` runs then
 * (to cancel what is waiting).
 */
function withinStall<T>(
  pending: Promise<T>,
  stallMs: number,
  detail: () => string,
  onStall: () => void,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Rejected first: cancelling settles the pending read (as done), which would win the race.
      reject(new Stalled(detail()));
      onStall();
    }, stallMs);
  });
  return Promise.race([pending, stalled]).finally(() => clearTimeout(timer));
}

/** The size the server announced for an uncompressed answer, or null. */
function announcedSize(response: Response): number | null {
  const length = Number(response.headers.get('content-length') ?? NaN);
  const encoding = (response.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  return encoding === 'identity' && Number.isFinite(length) && length > 0 ? length : null;
}

function tooLarge(file: string, bytes: number | null, limit: number): TimelineLoad {
  return { ok: false, problem: { kind: 'too-large', file, bytes, limit } };
}

function failure(file: string, signal: AbortSignal | undefined, error: unknown): TimelineLoad {
  if (signal?.aborted === true) throw error;
  if (error instanceof Stalled) return unavailable(file, error.message);
  return unavailable(file, error instanceof Error ? error.message : String(error));
}

/** The server's answer when it holds the file, or the problem. */
export async function fetchTimelineResponse(
  url: string,
  file: string,
  signal?: AbortSignal,
  stallMs = STALL_TIMEOUT_MS,
  maxBytes = MAX_TIMELINE_BYTES,
): Promise<Response | TimelineLoad> {
  let response: Response;
  const waiting = new AbortController();
  const both = signal === undefined ? waiting.signal : AbortSignal.any([signal, waiting.signal]);
  try {
    response = await withinStall(
      fetch(url, { signal: both }),
      stallMs,
      () => stalledDetail(stallMs, 0, null),
      () => waiting.abort(),
    );
  } catch (error) {
    return failure(file, signal, error);
  }
  if (!response.ok) {
    return unavailable(
      file,
      `the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  // A server that falls back to the app's page for unknown paths answers 200 with HTML.
  if (response.headers.get('content-type')?.includes('text/html') === true) {
    return unavailable(file, 'the file was not found (the server sent a web page instead)');
  }
  // Refused before a byte of it is read. A compressed answer's announced size is not the file's:
  // readResponseText counts the bytes as they come instead.
  const announced = announcedSize(response);
  if (announced !== null && announced > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return tooLarge(file, announced, maxBytes);
  }
  return response;
}

/** The text of an answer from fetchTimelineResponse, or the problem if it breaks off or stalls. */
export async function responseText(
  response: Response,
  file: string,
  signal?: AbortSignal,
  stallMs = STALL_TIMEOUT_MS,
): Promise<string | TimelineLoad> {
  const pieces: string[] = [];
  const problem = await readResponseText(
    response,
    file,
    (text) => pieces.push(text),
    signal,
    undefined,
    stallMs,
  );
  return problem ?? pieces.join('');
}

/**
 * Reads an answer from fetchTimelineResponse as it arrives, handing each piece of its text to
 * `onText` (and the bytes read so far to `onBytes`); the problem if it breaks off, undefined once
 * it is all read.
 */
export async function readResponseText(
  response: Response,
  file: string,
  onText: (text: string) => void,
  signal?: AbortSignal,
  onBytes?: (read: number) => void,
  stallMs = STALL_TIMEOUT_MS,
  maxBytes = MAX_TIMELINE_BYTES,
): Promise<TimelineLoad | undefined> {
  try {
    if (response.body === null) {
      onText(await response.text());
      return undefined;
    }
    // A plain read loop: a counting stream and a TextDecoderStream piped in between cost a few
    // promises per network chunk, most of the reading time for a file of many megabytes.
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const total = announcedSize(response);
    let read = 0;
    for (;;) {
      const { done, value } = await withinStall(
        reader.read(),
        stallMs,
        () => stalledDetail(stallMs, read, total),
        () => void reader.cancel().catch(() => undefined),
      );
      if (done) {
        const rest = decoder.decode();
        if (rest !== '') onText(rest);
        return undefined;
      }
      read += value.byteLength;
      if (read > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return tooLarge(file, null, maxBytes);
      }
      onBytes?.(read);
      const text = decoder.decode(value, { stream: true });
      if (text !== '') onText(text);
    }
  } catch (error) {
    return failure(file, signal, error);
  }
}

export async function fetchTimelineText(
  url: string,
  file: string,
  signal?: AbortSignal,
  stallMs = STALL_TIMEOUT_MS,
): Promise<string | TimelineLoad> {
  const response = await fetchTimelineResponse(url, file, signal, stallMs);
  return response instanceof Response ? responseText(response, file, signal, stallMs) : response;
}
