/**
 * The CLI's part helper: a worker thread (readParts.worker.ts) that reads some of the parts of an
 * article read in parts while the main thread reads the others (src/ingest/pipeline.ts,
 * PartHelper). The pipeline stays synchronous: the main thread takes its parts from a counter
 * shared with the worker, and waits for the worker's parts on a shared signal, receiving them
 * from its port without an event loop turn.
 *
 * The worker starts with the first article read in parts, so that a run of news articles never
 * starts one, and ends with the first pass. A part the worker cannot read is read by the main
 * thread; should the worker send nothing for STALL_MS while a part is awaited, it is let go and
 * the main thread reads every part left. Either way the timeline is the same.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import type { HelpedParts, KeptPart, PartHelper } from '../src/ingest/pipeline';
import type { PartAnswer, PartsOfArticle } from './readParts.worker';

/** How long the main thread waits for the worker without a word before reading the part itself. */
export const STALL_MS = 60_000;

/**
 * The worker: the bundle scripts/run.mjs made of readParts.worker.ts (it names it in
 * NEWSLINE_PART_WORKER), or else the TypeScript itself, loaded through tsx's API (as under tsx or
 * Vitest); undefined when neither is there.
 */
function newWorker(workerData: unknown, transferList: MessagePort[]): Worker | undefined {
  const bundled = process.env['NEWSLINE_PART_WORKER'];
  if (bundled !== undefined) {
    return existsSync(bundled) ? new Worker(bundled, { workerData, transferList }) : undefined;
  }
  const source = fileURLToPath(new URL('./readParts.worker.ts', import.meta.url));
  if (!existsSync(source)) return undefined;
  // An evaluated worker resolves the package from the working folder, the project's.
  const load = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(
    pathToFileURL(source).href,
  )}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(load, { eval: true, workerData, transferList });
}

export function startPartHelper(stallMs = STALL_MS): PartHelper {
  let worker: Worker | undefined;
  let channel: MessageChannel | undefined;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  let gone = false;
  let article = 0;

  const start = (): boolean => {
    if (worker !== undefined) return true;
    channel = new MessageChannel();
    worker = newWorker({ port: channel.port2, signal }, [channel.port2]);
    if (worker === undefined) return false;
    // The worker never keeps the process alive; an error of its own leaves its parts to this one.
    worker.unref();
    worker.on('error', () => undefined);
    return true;
  };

  const end = (): void => {
    gone = true;
    void worker?.terminate();
    channel?.port1.close();
    worker = undefined;
  };

  const begin: PartHelper['begin'] = (text, blocks, ranges) => {
    if (gone || !start() || worker === undefined || channel === undefined) return undefined;
    const port = channel.port1;
    const claims = new Int32Array(new SharedArrayBuffer(4));
    const id = ++article;
    const message: PartsOfArticle = {
      article: id,
      text,
      blocks: [...blocks],
      ranges: [...ranges],
      claims,
    };
    worker.postMessage(message);
    const answered = new Map<number, KeptPart | undefined>();
    const receive = (): boolean => {
      const received = receiveMessageOnPort(port) as { message: PartAnswer } | undefined;
      if (received === undefined) return false;
      const answer = received.message;
      if (answer.article === id) answered.set(answer.k, 'part' in answer ? answer.part : undefined);
      return true;
    };
    const parts: HelpedParts = {
      next: () => {
        const k = Atomics.add(claims, 0, 1);
        return k < ranges.length ? k : undefined;
      },
      take: (k) => {
        while (!answered.has(k) && !gone) {
          const seen = Atomics.load(signal, 0);
          if (receive()) continue;
          if (Atomics.wait(signal, 0, seen, stallMs) === 'timed-out' && !receive()) end();
        }
        const part = answered.get(k);
        answered.delete(k);
        return part;
      },
    };
    return parts;
  };

  return { begin, end };
}
