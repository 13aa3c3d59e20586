/**
 * A server that stops sending mid-download: the load ends with a problem that names the file and
 * says how much had come, instead of a loading note that never ends, on the page and in the
 * worker alike; a slow server that keeps sending is waited for.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchTimelineText, readResponseText } from '../../src/load/fetchTimelineText';
import { loadTimelineFile } from '../../src/load/loadTimelineFile';
import { describeProblem, type TimelineLoad } from '../../src/domain/loadTimeline';
import { smallTimeline } from '../fixtures/smallTimeline';
import { InThreadWorker } from '../support/inThreadWorker';

afterEach(() => {
  vi.unstubAllGlobals();
  InThreadWorker.replies = [];
});

const FILE = 'seeds/timeline.json';
const STALL_MS = 60;

/**
 * An answer that sends `sent` bytes in pieces `gapMs` apart, then, unless `ends`, nothing more
 * (the connection held open), with the announced size `total`.
 */
function answer(sent: Uint8Array, total: number, { gapMs = 0, ends = false } = {}): Response {
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const piece = Math.max(1000, Math.ceil(sent.length / 20));
      for (let at = 0; at < sent.length; at += piece) {
        if (gapMs > 0) await new Promise((done) => setTimeout(done, gapMs));
        controller.enqueue(sent.subarray(at, at + piece));
      }
      if (ends) controller.close();
    },
  });
  return new Response(body, {
    headers: { 'content-type': 'application/json', 'content-length': String(total) },
  });
}

function message(load: TimelineLoad | string | undefined): string {
  if (load === undefined || typeof load === 'string' || load.ok) return 'no problem';
  return describeProblem(load.problem);
}

const text = JSON.stringify(smallTimeline);
const bytes = new TextEncoder().encode(text);

describe('a download that stalls', () => {
  it('is a problem naming the file and how much had come, once no bytes come for a while', async () => {
    // 7.4 MB of an 18.5 MB file, as white space: only the bytes count here.
    const half = new Uint8Array(7_400_000).fill(0x20);
    const started = Date.now();
    const problem = await readResponseText(
      answer(half, 18_500_000),
      FILE,
      () => undefined,
      undefined,
      undefined,
      STALL_MS,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(message(problem)).toBe(
      'Could not load seeds/timeline.json: the server stopped sending the file (nothing more came for 0.1 seconds, after 7.4 of 18.5 MB).',
    );
  });

  it('is a problem when the server never answers at all', async () => {
    vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
    const load = await fetchTimelineText('http://newsline.test/t.json', FILE, undefined, STALL_MS);
    expect(message(load)).toBe(
      'Could not load seeds/timeline.json: the server sent nothing for 0.1 seconds.',
    );
  });

  it('waits for a slow server that keeps sending', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(answer(bytes, bytes.length, { gapMs: STALL_MS / 3, ends: true })),
    );
    const load = await fetchTimelineText('http://newsline.test/t.json', FILE, undefined, STALL_MS);
    expect(load).toBe(text);
  });

  it('is a problem when the worker reads a large file that stalls', async () => {
    const large = new TextEncoder().encode(`${text}${' '.repeat(2_100_000)}`);
    vi.stubGlobal('self', globalThis);
    vi.stubGlobal('Worker', InThreadWorker);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(answer(large.subarray(0, 1_200_000), large.length)),
    );
    await import('../../src/load/parseTimeline.worker');
    const load = await loadTimelineFile(
      FILE,
      'http://newsline.test/seeds/timeline.json',
      new AbortController().signal,
      { stallMs: STALL_MS },
    );
    expect(message(load)).toMatch(
      /^Could not load seeds\/timeline\.json: the server stopped sending the file \(nothing more came for 0\.1 seconds, after 1\.2 of 2\.1 MB\)\.$/,
    );
  });
});
