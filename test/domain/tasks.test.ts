import { describe, expect, it } from 'vitest';
import { runAtOnce, runInSteps } from '../../src/domain/tasks';

/** Three steps that note when each runs, returning what they made. */
function* steps(log: string[]): Generator<void, string> {
  log.push('one');
  yield;
  log.push('two');
  yield;
  log.push('three');
  return 'made';
}

describe('work written as steps', () => {
  it('runs every step at once and returns what the last made', () => {
    const log: string[] = [];
    expect(runAtOnce(steps(log))).toBe('made');
    expect(log).toEqual(['one', 'two', 'three']);
  });

  it('runs each step after a pause of its own, the same work in the same order', async () => {
    const log: string[] = [];
    const made = await runInSteps(steps(log), () => {
      log.push('pause');
      return Promise.resolve();
    });
    expect(made).toBe('made');
    expect(log).toEqual(['pause', 'one', 'pause', 'two', 'pause', 'three']);
  });
});
