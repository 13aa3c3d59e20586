// @vitest-environment jsdom
/**
 * The load states a page goes through for a large file read by its worker: how much has arrived,
 * then its first part with the rest still coming, then the whole timeline.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTimelineLoad, type TimelineLoadState } from '../../src/load/useTimelineLoad';
import { smallTimeline } from '../fixtures/smallTimeline';
import { InThreadWorker } from '../support/inThreadWorker';

afterEach(() => vi.unstubAllGlobals());

describe('useTimelineLoad', () => {
  it('shows a large file first in part, with its progress, then whole', async () => {
    const events = Array.from({ length: 4000 }, (_, i) =>
      smallTimeline.events.map((e) => ({ ...e, id: `${e.id}-${i}` })),
    ).flat();
    const text = `${JSON.stringify({ ...smallTimeline, events })}${' '.repeat(2_100_000)}`;
    const bytes = new TextEncoder().encode(text);
    vi.stubGlobal('self', globalThis);
    vi.stubGlobal('Worker', InThreadWorker);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (let at = 0; at < bytes.length; at += 65_536)
                controller.enqueue(bytes.subarray(at, at + 65_536));
              controller.close();
            },
          }),
          {
            headers: {
              'content-type': 'application/json',
              'content-length': String(bytes.length),
            },
          },
        ),
      ),
    );
    await import('../../src/load/parseTimeline.worker');
    const seen: TimelineLoadState[] = [];
    const { result } = renderHook(() => {
      const state = useTimelineLoad('http://x.test/t.json', 't.json');
      if (seen.at(-1) !== state) seen.push(state);
      return state;
    });
    await waitFor(
      () => expect(result.current.status === 'ready' && !result.current.stillLoading).toBe(true),
      { timeout: 10_000 },
    );
    const parts = seen.flatMap((s) =>
      s.status === 'ready' && s.stillLoading !== undefined ? [s.index.events.length] : [],
    );
    expect(parts.length).toBeGreaterThan(0);
    expect(Math.max(...parts)).toBeLessThan(events.length);
    // Progress went on being reported while the part was shown.
    expect(seen.some((s) => s.status === 'ready' && s.stillLoading?.progress !== undefined)).toBe(
      true,
    );
    const last = result.current;
    expect(last.status === 'ready' && last.index.events.length).toBe(events.length);
    // Never back to a bare "loading" once a part was shown.
    const firstPart = seen.findIndex((s) => s.status === 'ready');
    expect(seen.slice(firstPart).every((s) => s.status === 'ready')).toBe(true);
  });
});
