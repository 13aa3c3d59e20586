/**
 * Runs a task once the next frame has been drawn, for work that should not hold up the frame that
 * answers the reader. A page that draws no frames (a hidden tab, or no requestAnimationFrame at
 * all) runs it in a task of its own at once: a hidden tab's frames only come once it is shown.
 */
export function afterNextFrame(task: () => void): void {
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (hidden || typeof requestAnimationFrame !== 'function') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Runs a task once the next frame has been drawn and the page is then idle (or `timeoutMs` later
 * at the latest), for bookkeeping the reader does not see: a history entry costs Chromium several
 * milliseconds, which should not delay a result still on its way (a search answered by the
 * worker). Where the page cannot say when it is idle, the task runs as afterNextFrame runs it.
 */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback !== 'function') {
    afterNextFrame(task);
    return;
  }
  afterNextFrame(() => requestIdleCallback(() => task(), { timeout: timeoutMs }));
}
