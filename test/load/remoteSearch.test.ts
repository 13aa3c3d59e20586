import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTimelineFile, type RemoteSearch } from '../../src/load/loadTimelineFile';
import { chronologicalKey } from '../../src/domain/dates';
import { indexPrepared } from '../../src/domain/prepareEvents';
import type { Timeline } from '../../src/domain/schema';
import { smallTimeline } from '../fixtures/smallTimeline';
import { InThreadWorker } from '../support/inThreadWorker';

afterEach(() => {
  vi.unstubAllGlobals();
  InThreadWorker.replies = [];
});

async function loadWithWorker(): Promise<{ search: RemoteSearch; timeline: Timeline }> {
  vi.stubGlobal('self', globalThis);
  vi.stubGlobal('Worker', InThreadWorker);
  const text = JSON.stringify(smallTimeline);
  vi.stubGlobal('fetch', () =>
    Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } })),
  );
  await import('../../src/load/parseTimeline.worker');
  let remote: RemoteSearch | undefined;
  const load = await loadTimelineFile(
    't.json',
    'http://x.test/t.json',
    new AbortController().signal,
    {
      onRemoteSearch: (s) => {
        remote = s;
      },
    },
  );
  if (!load.ok || remote === undefined) throw new Error('the worker did not load the timeline');
  // As the page indexes it: in the time order the worker worked out.
  return {
    search: remote,
    timeline: { ...load.timeline, events: [...indexPrepared(load.timeline, load.prepared).events] },
  };
}

describe('a timeline read and searched by its worker', () => {
  it('comes back whole and in time order', async () => {
    const { timeline } = await loadWithWorker();
    expect(timeline.events.map((e) => e.id).sort()).toEqual(
      smallTimeline.events.map((e) => e.id).sort(),
    );
    // The file lists them out of order (5 January before 4 January).
    const keys = timeline.events.map((e) => chronologicalKey(e.date));
    expect(keys).toEqual([...keys].sort());
  });

  it.each<[string, string, (title: string) => boolean]>([
    ['a word of a title finds its events', 'Maduro', (t) => /Maduro/.test(t)],
    ['every word must match', 'rejects intervention Sheinbaum', (t) => /Sheinbaum rejects/.test(t)],
  ])('%s', async (_why, query, expected) => {
    const { search, timeline } = await loadWithWorker();
    const found = await search.search(query);
    const titles = timeline.events.filter((e) => found?.has(e.id)).map((e) => e.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every(expected)).toBe(true);
  });

  it('answers a blank query with no restriction', async () => {
    const { search } = await loadWithWorker();
    expect(await search.search('  ')).toBeNull();
  });
});
