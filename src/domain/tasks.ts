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
