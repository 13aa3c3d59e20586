import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadTimelineFile,
  PREVIEW_HOLD_MS,
  type LoadListeners,
  type RemoteSearch,
} from '../../src/load/loadTimelineFile';
import { startTimelineWorker } from '../../src/load/startedWorker';
import { FIRST_RECORDS_MESSAGE_CHARS, RECORDS_MESSAGE_CHARS } from '../../src/load/workerProtocol';
import { chronologicalKey } from '../../src/domain/dates';
import {
  describeProblem,
  parseTimelineText,
  type TimelineLoad,
} from '../../src/domain/loadTimeline';
import type { Timeline } from '../../src/domain/schema';
import { timeOrder } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';
import { InThreadWorker } from '../support/inThreadWorker';

afterEach(() => {
  vi.unstubAllGlobals();
  InThreadWorker.replies = [];
});

const largeText = `${JSON.stringify(smallTimeline)}${' '.repeat(2_100_000)}`;

/** Enough events to come in several runs, and the large file that holds them. */
const manyEvents = Array.from({ length: 4000 }, (_, i) =>
  smallTimeline.events.map((e) => ({ ...e, id: `${e.id}-${i}` })),
).flat();
const manyText = `${JSON.stringify({ ...smallTimeline, events: manyEvents })}${' '.repeat(2_100_000)}`;

/** Loads `timeline.json` through the worker, the server answering with `response`. */
async function loadServed(
  response: () => Response,
  listeners: LoadListeners = {},
): Promise<TimelineLoad> {
  vi.stubGlobal('self', globalThis);
  vi.stubGlobal('Worker', InThreadWorker);
  const requested: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    requested.push(url);
    return Promise.resolve(response());
  });
  await import('../../src/load/parseTimeline.worker');
  const load = await loadTimelineFile(
    'seeds/timeline.json',
    'http://newsline.test/seeds/timeline.json',
    new AbortController().signal,
    listeners,
  );
  expect(requested).toEqual(['http://newsline.test/seeds/timeline.json']);
  return load;
}

const json = (text: string): Response =>
  new Response(text, { headers: { 'content-type': 'application/json' } });

/** An answer whose body arrives in pieces of `size` characters, as over a network. */
function inPieces(text: string, size: number, announced?: number): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < text.length; at += size)
        controller.enqueue(encoder.encode(text.slice(at, at + size)));
      controller.close();
    },
  });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (announced !== undefined) headers['content-length'] = String(announced);
  return new Response(body, { headers });
}

describe('a timeline fetched by its worker', () => {
  it('sends the records ahead as it reads, then the checked timeline with all of them', async () => {
    const load = await loadServed(() => json(largeText));
    if (!load.ok) throw new Error(describeProblem(load.problem));
    const replies = InThreadWorker.replies.filter((kind) => kind !== 'progress');
    // Documents, actors, countries, events: each kind's run before the next kind's.
    expect(replies.slice(0, 5)).toEqual(['records', 'records', 'records', 'records', 'parsed']);
    expect(load.timeline.events).toEqual(smallTimeline.events);
    expect(load.timeline.documents).toEqual(smallTimeline.documents);
    expect(load.leftOut).toEqual([]);
  });

  it('shows the first events as soon as they are read, with every document and the actors and countries before them', async () => {
    const events = manyEvents;
    const text = manyText;
    const previews: Timeline[] = [];
    const load = await loadServed(() => inPieces(text, 65_536), {
      onPreview: (timeline) => {
        previews.push(timeline);
      },
    });
    if (!load.ok) throw new Error(describeProblem(load.problem));
    expect(previews).toHaveLength(1);
    const preview = previews[0];
    expect(preview?.documents).toEqual(smallTimeline.documents);
    expect(preview?.actors).toEqual(smallTimeline.actors);
    expect(preview?.countries).toEqual(smallTimeline.countries);
    const shown = preview?.events.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(events.length);
    expect(preview?.events).toEqual(load.timeline.events.slice(0, shown));
    // The worker put the whole in time order, as the page would have.
    const keys = load.timeline.events.map((event) => chronologicalKey(event.date));
    expect(load.prepared?.order).toEqual(timeOrder(load.timeline.events, keys));
  });

  it('keeps the first part and each later run small when the network hands over the whole file at once', async () => {
    const previews: Timeline[] = [];
    const load = await loadServed(() => inPieces(manyText, manyText.length), {
      onPreview: (timeline) => {
        previews.push(timeline);
      },
    });
    if (!load.ok) throw new Error(describeProblem(load.problem));
    // The reader is fed a piece at a time (at most 64K characters), so a run of records overshoots
    // its size by less than one piece.
    const piece = 65_536;
    const shown = JSON.stringify(previews[0]?.events ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(FIRST_RECORDS_MESSAGE_CHARS + piece);
    const eventsText = JSON.stringify(manyEvents).length;
    const runs = InThreadWorker.replies.filter((kind) => kind === 'records').length;
    expect(runs).toBeGreaterThanOrEqual(Math.floor(eventsText / (RECORDS_MESSAGE_CHARS + piece)));
  });

  it('holds the rest of the file while its first part is being shown, then reads it all', async () => {
    const events = manyEvents;
    const text = manyText;
    let show = (): void => undefined;
    const shown = new Promise<void>((done) => (show = done));
    let previewed = 0;
    let loaded = false;
    const loading = loadServed(() => inPieces(text, 65_536), {
      onPreview: () => {
        previewed += 1;
        return shown;
      },
    });
    void loading.then(() => (loaded = true));
    await vi.waitFor(() => expect(InThreadWorker.replies).toContain('parsed'));
    await new Promise((done) => setTimeout(done, 50));
    // Everything has come from the worker; the page waits for the first part to be on screen.
    expect(previewed).toBe(1);
    expect(loaded).toBe(false);
    show();
    const load = await loading;
    if (!load.ok) throw new Error(describeProblem(load.problem));
    expect(load.timeline.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('goes on after PREVIEW_HOLD_MS when the first part is never reported shown', async () => {
    const events = manyEvents;
    const text = manyText;
    const started = Date.now();
    const load = await loadServed(() => inPieces(text, 65_536), {
      onPreview: () => new Promise<void>(() => undefined),
    });
    if (!load.ok) throw new Error(describeProblem(load.problem));
    expect(load.timeline.events).toHaveLength(events.length);
    expect(Date.now() - started).toBeGreaterThanOrEqual(PREVIEW_HOLD_MS - 50);
  });

  it('leaves out the bad records of a large file as the page would', async () => {
    const spoiled = structuredClone(smallTimeline) as unknown as Record<string, unknown[]>;
    spoiled['events']?.splice(1, 0, { id: 'broken' });
    spoiled['actors']?.push(42);
    const text = `${JSON.stringify(spoiled)}${' '.repeat(2_100_000)}`;
    const load = await loadServed(() => json(text));
    if (!load.ok) throw new Error(describeProblem(load.problem));
    const { prepared, ...read } = load;
    expect(read).toEqual(parseTimelineText('seeds/timeline.json', text));
    // The events were prepared for indexing as they came: one date key for each.
    expect(prepared?.keys).toHaveLength(load.timeline.events.length);
  });

  it('drops the records sent ahead when the file turns out broken at its end', async () => {
    // Enough events that some are sent before the end of the file.
    const text = `${manyText}]`;
    const load = await loadServed(() => json(text));
    const replies = InThreadWorker.replies.filter((kind) => kind !== 'progress');
    expect(replies[0]).toBe('records');
    expect(replies.filter((kind) => kind !== 'records')).toEqual(['parsed']);
    if (load.ok) throw new Error('a broken file loaded');
    expect(describeProblem(load.problem)).toMatch(/seeds\/timeline\.json is not valid JSON/);
  });

  it.each<[string, Record<string, string>, (size: number) => number | null, [number, number]]>([
    ['the size announced', {}, (size) => size, [21, 51]],
    // The size announced is that of the compressed answer: megabytes read, with no total, once
    // more than a small file's have come.
    ['megabytes, for a compressed answer', { 'content-encoding': 'gzip' }, () => null, [1, 1]],
  ])(
    'tells the page how much of the file has arrived, against %s',
    async (_what, extra, total, [fewest, most]) => {
      vi.stubGlobal('self', globalThis);
      vi.stubGlobal('Worker', InThreadWorker);
      const bytes = new TextEncoder().encode(largeText);
      const CHUNK = 65_536;
      vi.stubGlobal('fetch', () =>
        Promise.resolve(
          new Response(
            new ReadableStream<Uint8Array>({
              start(controller) {
                for (let at = 0; at < bytes.length; at += CHUNK)
                  controller.enqueue(bytes.subarray(at, at + CHUNK));
                controller.close();
              },
            }),
            {
              headers: {
                'content-type': 'application/json',
                'content-length': String(bytes.length),
                ...extra,
              },
            },
          ),
        ),
      );
      await import('../../src/load/parseTimeline.worker');
      const heard: { read: number; total: number | null }[] = [];
      const load = await loadTimelineFile(
        't.json',
        'http://x.test/t.json',
        new AbortController().signal,
        {
          onProgress: (read, total) => heard.push({ read, total }),
        },
      );
      expect(load.ok).toBe(true);
      // One report per fiftieth of the file (or per megabyte), each further on, none past its end.
      expect(heard.length).toBeGreaterThanOrEqual(fewest);
      expect(heard.length).toBeLessThanOrEqual(most);
      expect(heard.map((h) => h.total)).toEqual(heard.map(() => total(bytes.length)));
      const reads = heard.map(({ read }) => read);
      expect(reads).toEqual([...reads].sort((a, b) => a - b));
      expect(new Set(reads).size).toBe(reads.length);
      expect(reads.at(-1)).toBeGreaterThan(bytes.length - Math.max(bytes.length / 50, 1_000_000));
      expect(reads.at(-1)).toBeLessThanOrEqual(bytes.length);
    },
  );

  it('says nothing of how much of a small file has arrived', async () => {
    const text = `${JSON.stringify(smallTimeline)}${' '.repeat(1_500_000)}`;
    const heard: number[] = [];
    const load = await loadServed(() => inPieces(text, 65_536, text.length), {
      onProgress: (read) => heard.push(read),
    });
    expect(load.ok).toBe(true);
    expect(InThreadWorker.replies).not.toContain('progress');
    expect(heard).toEqual([]);
  });

  it('reads a small file in the worker too, puts it in time order, and shows no part first', async () => {
    const previews: Timeline[] = [];
    const load = await loadServed(() => json(JSON.stringify(smallTimeline)), {
      onPreview: (timeline) => {
        previews.push(timeline);
      },
    });
    if (!load.ok) throw new Error(describeProblem(load.problem));
    expect(InThreadWorker.replies).toEqual(['records', 'records', 'records', 'records', 'parsed']);
    expect(load.timeline.events).toEqual(smallTimeline.events);
    // The file lists them out of order (5 January before 4 January): the worker orders them.
    const keys = load.timeline.events.map((e) => chronologicalKey(e.date));
    expect(load.prepared?.order).toEqual(timeOrder(load.timeline.events, keys));
    expect([...(load.prepared?.order ?? [])]).not.toEqual(keys.map((_, i) => i));
    // The whole file was read before its events were sent: nothing to show in part.
    expect(previews).toEqual([]);
  });

  it.each<[string, () => Response, RegExp]>([
    ['a missing file', () => new Response('gone', { status: 404 }), /answered 404/],
    [
      'a web page instead of the file',
      () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      /sent a web page/,
    ],
    ['a file that is not JSON', () => json('{"schemaVersion": 1, oops}'), /is not valid JSON/],
    ['a file cut off before its first event', () => json('{"schemaVersion": 1,'), /is cut off/],
  ])('names the file and the problem for %s', async (_what, response, problem) => {
    const load = await loadServed(response);
    if (load.ok) throw new Error('a bad file loaded');
    const message = describeProblem(load.problem);
    expect(message).toContain('seeds/timeline.json');
    expect(message).toMatch(problem);
  });

  it('names the file when the network fails', async () => {
    vi.stubGlobal('self', globalThis);
    vi.stubGlobal('Worker', InThreadWorker);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await import('../../src/load/parseTimeline.worker');
    const load = await loadTimelineFile(
      't.json',
      'http://x.test/t.json',
      new AbortController().signal,
    );
    expect(load.ok ? 'loaded' : describeProblem(load.problem)).toMatch(/t\.json.*Failed to fetch/s);
  });

  it('answers searches by title until asked to build its index, then offers a searcher of the full index', async () => {
    const searchers: RemoteSearch[] = [];
    const load = await loadServed(() => json(largeText), {
      onRemoteSearch: (search) => searchers.push(search),
    });
    if (!load.ok) throw new Error(describeProblem(load.problem));
    const early = await searchers[0]?.search('Sheinbaum');
    expect(early?.size).toBeGreaterThan(0);
    // The full-text index waits until the page shows the timeline and asks for it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(InThreadWorker.replies).not.toContain('search-ready');
    searchers[0]?.buildIndex();
    await vi.waitFor(() => expect(InThreadWorker.replies).toContain('search-ready'));
    await vi.waitFor(() => expect(searchers).toHaveLength(2));
    // The full index also reads the passages, so it finds at least what the titles found.
    const full = await searchers[1]?.search('Sheinbaum');
    expect([...(early ?? [])].every((id) => full?.has(id))).toBe(true);
  });

  it.each<[string, string]>([
    ['a large file', largeText],
    ['a small one', JSON.stringify(smallTimeline)],
  ])('reads %s in the worker, whatever its announced size', async (_what, text) => {
    vi.stubGlobal('self', globalThis);
    vi.stubGlobal('Worker', InThreadWorker);
    const sized = (): Response =>
      new Response(text, {
        headers: { 'content-type': 'application/json', 'content-length': String(text.length) },
      });
    vi.stubGlobal('fetch', () => Promise.resolve(sized()));
    await import('../../src/load/parseTimeline.worker');
    const load = await loadTimelineFile(
      't.json',
      'http://x.test/t.json',
      new AbortController().signal,
    );
    expect(load.ok && load.timeline.events).toHaveLength(smallTimeline.events.length);
    const heard = InThreadWorker.replies.filter((kind) => kind !== 'progress');
    expect(heard).toEqual(['records', 'records', 'records', 'records', 'parsed']);
  });

  it('takes over the worker started with the page, which is already fetching: one request', async () => {
    vi.stubGlobal('self', globalThis);
    vi.stubGlobal('Worker', InThreadWorker);
    const requested: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      requested.push(url);
      return Promise.resolve(inPieces(largeText, 65_536, largeText.length));
    });
    await import('../../src/load/parseTimeline.worker');
    startTimelineWorker('http://x.test/t.json', 't.json');
    const load = await loadTimelineFile(
      't.json',
      'http://x.test/t.json',
      new AbortController().signal,
    );
    if (!load.ok) throw new Error(describeProblem(load.problem));
    expect(load.timeline.events).toEqual(smallTimeline.events);
    expect(requested).toEqual(['http://x.test/t.json']);
  });
});

describe('a timeline where there are no workers', () => {
  /** Loads `t.json` with no Worker (or one that cannot start), the server answering `text`. */
  async function loadOnPage(text: string, worker: unknown = undefined) {
    vi.stubGlobal('Worker', worker);
    const requested: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      requested.push(url);
      return Promise.resolve(json(text));
    });
    const load = await loadTimelineFile(
      't.json',
      'http://x.test/t.json',
      new AbortController().signal,
    );
    expect(requested).toEqual(['http://x.test/t.json']);
    return load;
  }

  it('is fetched and read on the page', async () => {
    const load = await loadOnPage(JSON.stringify(smallTimeline));
    expect(load.ok && load.timeline.events).toEqual(smallTimeline.events);
  });

  it('is read on the page, problems included, whatever its size', async () => {
    const load = await loadOnPage(`${largeText}x`);
    expect(load.ok ? 'ok' : describeProblem(load.problem)).toMatch(/^t\.json is not valid JSON/);
  });

  it('is read on the page when the worker cannot start', async () => {
    class Refused {
      constructor() {
        throw new Error('workers are not allowed here');
      }
    }
    const load = await loadOnPage(JSON.stringify(smallTimeline), Refused);
    expect(load.ok && load.timeline.events).toEqual(smallTimeline.events);
  });
});
