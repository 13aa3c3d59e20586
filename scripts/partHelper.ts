/**
 * The CLI's part helper: a worker thread (readParts.worker.ts) that reads some of the parts of an
 * article read in parts while the main thread reads the others (src/ingest/pipeline.ts,
 * PartHelper). The pipeline stays synchronous: the main thread takes its parts from a counter
 * shared with the worker, and waits for the worker's parts on a shared signal, receiving them
 * from its port without an event loop turn.
 *
 * In the second pass the worker reads ahead what chrono reads in each sentence of the later parts
 * (the costliest step of extraction that depends on no other part), while the main thread
 * extracts the events of the parts before; the main thread takes a part's dates if they have
 * come, and never waits for them.
 *
 * The worker starts with the first article read in parts, so that a run of news articles never
 * starts one, and ends with the second pass. A part the worker cannot read is read by the main
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
import type { HelpedParts, PartHelper } from '../src/ingest/pipeline';
import type { PartAnswer, PartsRequest } from './readParts.worker';

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

  /** The worker's answers not yet taken, by kind, article and part. */
  const answered = new Map<string, PartAnswer>();
  const keyOf = (kind: PartAnswer['kind'], id: number, k: number): string => `${kind} ${id} ${k}`;
  /** Takes one answer from the port, if one is there. */
  const receive = (): boolean => {
    const received = channel && (receiveMessageOnPort(channel.port1) as { message: PartAnswer });
    if (received === undefined) return false;
    const answer = received.message;
    answered.set(keyOf(answer.kind, answer.article, answer.k), answer);
    return true;
  };
  /** The answer under `key`, taken out. */
  const taken = (key: string): PartAnswer | undefined => {
    const answer = answered.get(key);
    answered.delete(key);
    return answer;
  };

  const begin: PartHelper['begin'] = (text, blocks, ranges) => {
    if (gone || !start() || worker === undefined) return undefined;
    const claims = new Int32Array(new SharedArrayBuffer(4));
    const id = ++article;
    const request: PartsRequest = {
      kind: 'parts',
      article: id,
      text,
      blocks: [...blocks],
      ranges: [...ranges],
      claims,
    };
    worker.postMessage(request);
    const parts: HelpedParts = {
      next: () => {
        const k = Atomics.add(claims, 0, 1);
        return k < ranges.length ? k : undefined;
      },
      take: (k) => {
        const key = keyOf('part', id, k);
        while (!answered.has(key) && !gone) {
          const seen = Atomics.load(signal, 0);
          if (receive()) continue;
          if (Atomics.wait(signal, 0, seen, stallMs) === 'timed-out' && !receive()) end();
        }
        const answer = taken(key);
        return answer?.kind === 'part' && 'part' in answer ? answer.part : undefined;
      },
      readDatesAhead: (published, spans) => {
        if (gone || worker === undefined) return;
        const ahead: PartsRequest = {
          kind: 'dates',
          article: id,
          text,
          published,
          spans: [...spans],
        };
        worker.postMessage(ahead);
      },
      // Never waited for: a part the worker has not dated yet is dated by the main thread.
      datesRead: (k) => {
        while (receive());
        const answer = taken(keyOf('dates', id, k));
        return answer?.kind === 'dates' ? answer.dates : undefined;
      },
    };
    return parts;
  };

  return { begin, end };
}
