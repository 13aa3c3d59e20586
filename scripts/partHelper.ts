/**
 * The CLI's part helper: a worker thread (readParts.worker.ts) that reads some of the parts of an
 * article read in parts while the main thread reads the others (src/ingest/pipeline.ts,
 * PartHelper). The pipeline stays synchronous: the main thread takes its parts from a counter
 * shared with the worker, and waits for the worker's parts on a shared signal, receiving them
 * from its port without an event loop turn.
 *
 * In the second pass another worker (readDates.worker.ts, which loads the date module only, so
 * as to cost little memory) reads what chrono reads in each sentence of the next part (the
 * costliest step of extraction that depends on no other part), while the main thread extracts
 * the events of the part before; the main thread takes a part's dates if they have come, and
 * never waits for them.
 *
 * The reading worker starts with the first article read in parts, so that a run of news articles
 * never starts one, and ends with the first pass; the dating worker starts with the second pass
 * and ends with it. A part the reading worker cannot read is read by the main thread; should it
 * send nothing for STALL_MS while a part is awaited, it is let go and the main thread reads every
 * part left. Either way the timeline is the same.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import type { ReadDates } from '../src/ingest/dates';
import type { HelpedParts, PartHelper } from '../src/ingest/pipeline';
import type { DatesAnswer, DatesRequest } from './readDates.worker';
import type { PartAnswer, PartsRequest } from './readParts.worker';

/**
 * How long the main thread waits for the reading worker without a word before reading the part
 * itself.
 */
export const STALL_MS = 60_000;

/** A worker thread, its port to this one and the signal it raises on each answer. */
interface Thread {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

/**
 * The worker `name` (readParts, readDates): the bundle scripts/run.mjs made of it (named in the
 * environment variable `bundleVariable`), or else the TypeScript itself, loaded through tsx's
 * API (as under tsx or Vitest); undefined when neither is there. It answers on its own port.
 */
function startThread(name: string, bundleVariable: string): Thread | undefined {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const options = { workerData: { port: port2, signal }, transferList: [port2] };
  let worker: Worker | undefined;
  const bundled = process.env[bundleVariable];
  if (bundled !== undefined) {
    if (existsSync(bundled)) worker = new Worker(bundled, options);
  } else {
    const source = fileURLToPath(new URL(`./${name}.worker.ts`, import.meta.url));
    // An evaluated worker resolves the package from the working folder, the project's.
    const load = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(
      pathToFileURL(source).href,
    )}, ${JSON.stringify(import.meta.url)}))`;
    if (existsSync(source)) worker = new Worker(load, { ...options, eval: true });
  }
  if (worker === undefined) {
    port1.close();
    return undefined;
  }
  // A worker never keeps the process alive; one that fails leaves its work to this thread.
  worker.unref();
  worker.on('error', () => undefined);
  return { worker, port: port1, signal };
}

function stop(thread: Thread | undefined): void {
  if (thread === undefined) return;
  void thread.worker.terminate();
  thread.port.close();
}

export function startPartHelper(stallMs = STALL_MS): PartHelper {
  let reader: Thread | undefined;
  let readerGone = false;
  let article = 0;
  /** The reading worker's answers not yet taken, by article and part. */
  const parts = new Map<string, PartAnswer>();

  const letReaderGo = (): void => {
    readerGone = true;
    stop(reader);
    reader = undefined;
  };

  /** Takes one answer of the reading worker from its port, if one is there. */
  const receivePart = (): boolean => {
    const received =
      reader && (receiveMessageOnPort(reader.port) as { message: PartAnswer } | undefined);
    if (received === undefined) return false;
    const answer = received.message;
    parts.set(`${answer.article} ${answer.k}`, answer);
    return true;
  };

  const begin: PartHelper['begin'] = (text, blocks, ranges) => {
    if (readerGone) return undefined;
    reader ??= startThread('readParts', 'NEWSLINE_PART_WORKER');
    if (reader === undefined) {
      readerGone = true;
      return undefined;
    }
    const claims = new Int32Array(new SharedArrayBuffer(4));
    const id = ++article;
    const request: PartsRequest = {
      article: id,
      text,
      blocks: [...blocks],
      ranges: [...ranges],
      claims,
    };
    reader.worker.postMessage(request);
    const shared: HelpedParts = {
      next: () => {
        const k = Atomics.add(claims, 0, 1);
        return k < ranges.length ? k : undefined;
      },
      take: (k) => {
        const key = `${id} ${k}`;
        while (!parts.has(key) && reader !== undefined) {
          const seen = Atomics.load(reader.signal, 0);
          if (receivePart()) continue;
          const waited = Atomics.wait(reader.signal, 0, seen, stallMs);
          if (waited === 'timed-out' && !receivePart()) letReaderGo();
        }
        const answer = parts.get(key);
        parts.delete(key);
        return answer !== undefined && 'part' in answer ? answer.part : undefined;
      },
    };
    return shared;
  };

  let dater: Thread | undefined;
  let daterGone = false;
  let asked = 0;
  /** The dating worker's answers not yet taken, by request. */
  const dated = new Map<number, ReadDates[] | undefined>();

  const readDatesAhead: PartHelper['readDatesAhead'] = (text, spans, published) => {
    if (!daterGone) dater ??= startThread('readDates', 'NEWSLINE_DATES_WORKER');
    if (dater === undefined) {
      daterGone = true;
      return () => undefined;
    }
    const id = ++asked;
    // Only the part's own text is sent.
    const offset = spans[0] ?? 0;
    const request: DatesRequest = {
      id,
      text: text.slice(offset, spans[spans.length - 1] ?? offset),
      offset,
      spans,
      published,
    };
    dater.worker.postMessage(request);
    const { port } = dater;
    return () => {
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        const answer = (m as { message: DatesAnswer }).message;
        dated.set(answer.id, answer.dates);
      }
      const dates = dated.get(id);
      // Parts are taken in order: an answer to an earlier request came too late to be taken,
      // and would otherwise be held to the end of the run.
      for (const earlier of dated.keys()) if (earlier <= id) dated.delete(earlier);
      return dates;
    };
  };

  const end = (): void => {
    letReaderGo();
    daterGone = true;
    stop(dater);
    dater = undefined;
  };

  return { begin, firstPassDone: letReaderGo, readDatesAhead, end };
}
