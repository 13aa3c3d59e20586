/**
 * Working out what the explorer's first render of a large index reads, ahead of that render and a
 * task at a time: afterwards the render's selectors answer from what was made, not again.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  prepareFirstRender,
  selectDensity,
  selectVisibleItemSpecs,
} from '../../src/state/selectors';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { generateCorpus } from '../../bench/corpus';
import type * as Density from '../../src/domain/density';
import type * as ItemTimes from '../../src/domain/itemTimes';

const made = vi.hoisted(() => ({ density: 0, times: [] as unknown[] }));
vi.mock('../../src/domain/density', async (importOriginal) => {
  const original = await importOriginal<typeof Density>();
  return {
    ...original,
    densityHistogram: (...args: Parameters<typeof original.densityHistogram>) => {
      made.density += 1;
      return original.densityHistogram(...args);
    },
  };
});

vi.mock('../../src/domain/itemTimes', async (importOriginal) => {
  const original = await importOriginal<typeof ItemTimes>();
  return {
    ...original,
    prepareTimes: (items: Parameters<typeof original.prepareTimes>[0]) => {
      made.times.push(items);
      original.prepareTimes(items);
    },
  };
});

describe('prepareFirstRender', () => {
  it('makes the values a step at a time, and the render then reads them as made', async () => {
    resetNewslineStore();
    const index = indexTimeline(generateCorpus({ events: 300, seed: 3 }));
    let pauses = 0;
    await prepareFirstRender(index, () => {
      pauses += 1;
      return Promise.resolve();
    });
    expect(pauses).toBeGreaterThan(5);
    expect(made.density).toBe(1);
    selectDensity(index);
    expect(made.density).toBe(1);
    // The times of the very list the timeline renders (its edge counts and layout read them).
    const { filters, grouping } = useNewslineStore.getState();
    expect(made.times).toEqual([selectVisibleItemSpecs(index, filters, null, grouping)]);
    expect(made.times[0]).toBe(selectVisibleItemSpecs(index, filters, null, grouping));
  });
});
