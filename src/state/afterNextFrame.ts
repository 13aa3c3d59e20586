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
