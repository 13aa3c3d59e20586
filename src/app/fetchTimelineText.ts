/**
 * Fetching a timeline file, on the page or in its worker: the response or its text, or the
 * problem that kept the file from being read (the server's status, a network failure, or a web
 * page where the file should be), naming the file. A fetch cancelled through `signal` rejects.
 */
import { unavailable, type TimelineLoad } from '../domain/loadTimeline';

function failure(file: string, signal: AbortSignal | undefined, error: unknown): TimelineLoad {
  if (signal?.aborted === true) throw error;
  return unavailable(file, error instanceof Error ? error.message : String(error));
}

/** The server's answer when it holds the file, or the problem. */
export async function fetchTimelineResponse(
  url: string,
  file: string,
  signal?: AbortSignal,
): Promise<Response | TimelineLoad> {
  let response: Response;
  try {
    response = await fetch(url, signal === undefined ? undefined : { signal });
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
  return response;
}

/** The text of an answer from fetchTimelineResponse, or the problem if it breaks off. */
export async function responseText(
  response: Response,
  file: string,
  signal?: AbortSignal,
): Promise<string | TimelineLoad> {
  try {
    return await response.text();
  } catch (error) {
    return failure(file, signal, error);
  }
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
    let read = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        const rest = decoder.decode();
        if (rest !== '') onText(rest);
        return undefined;
      }
      read += value.byteLength;
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
): Promise<string | TimelineLoad> {
  const response = await fetchTimelineResponse(url, file, signal);
  return response instanceof Response ? responseText(response, file, signal) : response;
}
