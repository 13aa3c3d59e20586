/**
 * A large file cut off partway through, read by the worker as it downloads: the whole records
 * before the cut come back, marked as cut off, as they do for a small file read on the page.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { loadTimelineFile } from '../../src/load/loadTimelineFile';
import { describeCutOff, describeProblem } from '../../src/domain/loadTimeline';
import { smallTimeline } from '../fixtures/smallTimeline';
import { InThreadWorker } from '../support/inThreadWorker';

afterEach(() => {
  vi.unstubAllGlobals();
  InThreadWorker.replies = [];
});

it('keeps the whole events of a large file cut off mid-event, read by the worker', async () => {
  const events = Array.from({ length: 4000 }, (_, i) =>
    smallTimeline.events.map((e) => ({ ...e, id: `${e.id}-${i}` })),
  ).flat();
  const whole = JSON.stringify({ ...smallTimeline, events });
  const cut = whole.slice(0, whole.indexOf('{"id":"greenland-remarks-3000"') + 50);
  vi.stubGlobal('self', globalThis);
  vi.stubGlobal('Worker', InThreadWorker);
  vi.stubGlobal('fetch', () =>
    Promise.resolve(new Response(cut, { headers: { 'content-type': 'application/json' } })),
  );
  await import('../../src/load/parseTimeline.worker');
  const load = await loadTimelineFile(
    'seeds/timeline.json',
    'http://newsline.test/seeds/timeline.json',
    new AbortController().signal,
  );
  if (!load.ok) throw new Error(describeProblem(load.problem));
  expect(load.timeline.events).toHaveLength(3000 * smallTimeline.events.length + 3);
  expect(describeCutOff(load)).toMatch(
    /^seeds\/timeline\.json is cut off: the file stops partway through\. The 18,013 whole records/,
  );
}, 30_000);
