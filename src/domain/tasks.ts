/**
 * Yielding the thread between steps of long work, so that no step holds it for long: the browser
 * draws and answers input in between.
 */

/** Resolves in a task of its own, with no timer's minimum delay (MessageChannel). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Work written once as steps (a generator that yields between them), run at once: for callers
 * that can hold the thread, or have nothing to wait for.
 */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/** The same steps, each in a task of its own (`pause` before each), so none holds the thread. */
export async function runInSteps<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void> = nextTask,
): Promise<T> {
  await pause();
  let step = steps.next();
  while (step.done !== true) {
    await pause();
    step = steps.next();
  }
  return step.value;
}
