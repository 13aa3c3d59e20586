import { describe, expect, it } from 'vitest';
import { parseOffThread } from '../../src/load/parseOffThread';
import { smallTimeline } from '../fixtures/smallTimeline';

describe('parseOffThread where there are no workers', () => {
  it('parses a small file in place', async () => {
    const load = await parseOffThread(
      't.json',
      JSON.stringify(smallTimeline),
      new AbortController().signal,
    );
    expect(load.ok && load.timeline.events).toHaveLength(smallTimeline.events.length);
  });

  it('parses a large file in place too, problems included', async () => {
    const large = `${JSON.stringify(smallTimeline)}${' '.repeat(2_100_000)}x`;
    const load = await parseOffThread('big.json', large, new AbortController().signal);
    expect(load.ok ? 'ok' : load.problem.kind).toBe('not-json');
  });
});
