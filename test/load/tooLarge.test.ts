/**
 * A timeline file larger than a tab can hold and still answer the reader is refused before it is
 * parsed, with a message that names the file, its size and the limit: by the size the server
 * announces, or once more than the limit has come where it announced none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fetchTimelineResponse,
  MAX_TIMELINE_BYTES,
  readResponseText,
} from '../../src/load/fetchTimelineText';
import { describeProblem, type TimelineLoad } from '../../src/domain/loadTimeline';

afterEach(() => vi.unstubAllGlobals());

const FILE = 'seeds/timeline.json';

function message(load: Response | TimelineLoad | undefined): string {
  if (load === undefined || load instanceof Response || load.ok) return 'no problem';
  return describeProblem(load.problem);
}

/** A body of `pieces` pieces of 1,000 spaces, counting how many were asked for. */
function countedBody(pieces: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      if (pulled > pieces) controller.close();
      else controller.enqueue(new Uint8Array(1000).fill(0x20));
    },
  });
  return { body, pulled: () => pulled };
}

describe('a timeline file over the size limit', () => {
  it('is refused by its announced size, before its body is read', async () => {
    const { body, pulled } = countedBody(5);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response(body, {
          headers: { 'content-type': 'application/json', 'content-length': '200000000' },
        }),
      ),
    );
    const answer = await fetchTimelineResponse('http://newsline.test/t.json', FILE);
    expect(message(answer)).toBe(
      'seeds/timeline.json is too large to open here: it is 200 MB, and Newsline opens timelines of up to 64 MB (about 100,000 events) so that the page stays quick to answer. Make smaller timelines from fewer articles, and open them one at a time.',
    );
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('is opened at the limit itself', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response('{}', { headers: { 'content-length': String(MAX_TIMELINE_BYTES) } }),
      ),
    );
    const answer = await fetchTimelineResponse('http://newsline.test/t.json', FILE);
    expect(answer).toBeInstanceOf(Response);
  });

  it('is refused once more than the limit has come, where no size was announced', async () => {
    const { body, pulled } = countedBody(3000);
    const problem = await readResponseText(
      new Response(body),
      FILE,
      () => undefined,
      undefined,
      undefined,
      undefined,
      1_000_000,
    );
    expect(message(problem)).toMatch(
      /^seeds\/timeline\.json is too large to open here: it is over 1 MB,/,
    );
    // Reading stopped soon after the limit, not at the end of the file.
    expect(pulled()).toBeLessThan(1010);
  });
});
