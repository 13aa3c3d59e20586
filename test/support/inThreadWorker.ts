/** Test support: the timeline worker run in the test's own thread. */
import type { FromWorker, ToWorker } from '../../src/load/workerProtocol';

/**
 * A stand-in for the browser's Worker that runs the real worker module in this thread, counting
 * the messages it sends back to the page.
 */
export class InThreadWorker {
  static replies: FromWorker['kind'][] = [];
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  constructor() {
    const scope = globalThis as unknown as { postMessage: (m: FromWorker) => void };
    scope.postMessage = (message) => {
      InThreadWorker.replies.push(message.kind);
      queueMicrotask(() => this.onmessage?.({ data: message }));
    };
  }
  postMessage(message: ToWorker): void {
    const scope = globalThis as unknown as { onmessage: (e: { data: ToWorker }) => void };
    queueMicrotask(() => scope.onmessage({ data: message }));
  }
  terminate(): void {}
}
