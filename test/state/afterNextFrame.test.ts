// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, whenIdle } from '../../src/state/afterNextFrame';

/** Frames drawn only when the test says so. */
let frames: FrameRequestCallback[] = [];
const drawFrame = (): void => {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
};

const showPage = (state: DocumentVisibilityState): void => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  showPage('visible');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  showPage('visible');
});

describe('afterNextFrame', () => {
  it('runs the task in a task of its own after the next frame of a shown page', () => {
    const task = vi.fn();
    afterNextFrame(task);
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    drawFrame();
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task without waiting for a frame in a hidden tab, which draws none', () => {
    showPage('hidden');
    const task = vi.fn();
    afterNextFrame(task);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
  });

  it('runs the task in a task of its own where there are no frames at all', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const task = vi.fn();
    afterNextFrame(task);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdle', () => {
  it('runs the task once the next frame is drawn and the page is then idle', () => {
    const idle: IdleRequestCallback[] = [];
    const asked: (IdleRequestOptions | undefined)[] = [];
    vi.stubGlobal(
      'requestIdleCallback',
      (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
        idle.push(callback);
        asked.push(options);
        return idle.length;
      },
    );
    const task = vi.fn();
    whenIdle(task, 500);
    drawFrame();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    expect(asked).toEqual([{ timeout: 500 }]);
    for (const callback of idle) callback({ didTimeout: false, timeRemaining: () => 10 });
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task after the next frame where the page cannot say when it is idle', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const task = vi.fn();
    whenIdle(task, 500);
    drawFrame();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
