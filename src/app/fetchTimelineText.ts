/**
 * Fetching a timeline file's text, on the page or in its worker: the text, or the problem that
 * kept it from being read (the server's status, a network failure, or a web page where the file
 * should be), naming the file. A fetch cancelled through `signal` rejects instead.
 */
import { unavailable, type TimelineLoad } from '../domain/loadTimeline';

export async function fetchTimelineText(
  url: string,
  file: string,
  signal?: AbortSignal,
): Promise<string | TimelineLoad> {
  const failed = (error: unknown): TimelineLoad => {
    if (signal?.aborted === true) throw error;
    return unavailable(file, error instanceof Error ? error.message : String(error));
  };
  let response: Response;
  try {
    response = await fetch(url, signal === undefined ? undefined : { signal });
  } catch (error) {
    return failed(error);
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
  try {
    return await response.text();
  } catch (error) {
    return failed(error);
  }
}
