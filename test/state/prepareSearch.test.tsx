// @vitest-environment jsdom
/**
 * When the full-text search of a shown timeline is built: by its worker, asked once the whole
 * timeline is shown, and not for the first part of a file still loading.
 */
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RemoteSearch } from '../../src/load/loadTimelineFile';
import { registerRemoteSearch, usePrepareSearch } from '../../src/state/searchIndex';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

describe('usePrepareSearch', () => {
  it('asks the worker to build the index once the whole timeline is shown, not for a part', () => {
    const index = indexTimeline(smallTimeline);
    let asked = 0;
    const remote: RemoteSearch = {
      search: () => Promise.resolve(null),
      buildIndex: () => {
        asked += 1;
      },
    };
    registerRemoteSearch(remote, index.timeline);
    const { rerender } = renderHook(({ partial }) => usePrepareSearch(index, partial), {
      initialProps: { partial: true },
    });
    expect(asked).toBe(0);
    rerender({ partial: false });
    expect(asked).toBe(1);
  });
});
