/**
 * Working out what the explorer's first render of a large index reads, ahead of that render and a
 * task at a time: afterwards the render's selectors answer from what was made, not again.
 */
import { describe, expect, it, vi } from 'vitest';
import { prepareFirstRender, selectDensity } from '../../src/state/selectors';
import { resetNewslineStore } from '../../src/state/store';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { generateCorpus } from '../../bench/corpus';
import type * as Density from '../../src/domain/density';

const made = vi.hoisted(() => ({ density: 0 }));
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
  });
});
