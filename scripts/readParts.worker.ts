/**
 * The thread of the CLI's part helper (partHelper.ts). For each article read in parts it is
 * given, it takes the next part no one has taken (a counter shared with the main thread), reads
 * and keeps it as the main thread would (readKeptPart), and sends it back on its port, raising
 * the shared signal the main thread waits on. A part it cannot read is sent back as an error, and
 * the main thread reads it itself. Once the main thread has the day the article was filed, it
 * asks for what chrono reads in the sentences of the later parts, which this thread reads part
 * after part while the main thread extracts the events of the parts before.
 */
import { workerData, parentPort, type MessagePort } from 'node:worker_threads';
import { readKeptPart, type KeptPart } from '../src/ingest/pipeline';
import { StringTable } from '../src/ingest/keptReading';
import { readDates, type ReadDates } from '../src/ingest/dates';
import type { BlockRange } from '../src/ingest/analysis';
import type { Block } from '../src/ingest/text/layout';

/** What the main thread sends: the parts of an article to read, or its sentences to date. */
export type PartsRequest =
  | {
      kind: 'parts';
      article: number;
      text: string;
      blocks: Block[];
      ranges: BlockRange[];
      /** One counter: the next part to take. */
      claims: Int32Array;
    }
  | {
      kind: 'dates';
      article: number;
      text: string;
      published: string;
      /** Each part's sentences as start and end offsets; none for a part not to read. */
      spans: (Int32Array | undefined)[];
    };

/** What this thread sends back: each part it took, and what chrono read in a part's sentences. */
export type PartAnswer =
  | { kind: 'part'; article: number; k: number; part: KeptPart }
  | { kind: 'part'; article: number; k: number; error: string }
  | { kind: 'dates'; article: number; k: number; dates: ReadDates[] };

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

function answer(message: PartAnswer, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function readParts({ article, text, blocks, ranges, claims }: PartsRequest & { kind: 'parts' }) {
  for (let k = Atomics.add(claims, 0, 1); k < ranges.length; k = Atomics.add(claims, 0, 1)) {
    const range = ranges[k];
    if (range === undefined) continue;
    try {
      // A table of its own per part: the part's strings travel with it.
      const part = readKeptPart(text, blocks, range, new StringTable());
      // The main thread has the article's layout; it is not sent back.
      part.kept.blocks = [];
      const { tokens, words } = part.kept;
      answer({ kind: 'part', article, k, part }, [
        tokens.buffer as ArrayBuffer,
        words.buffer as ArrayBuffer,
      ]);
    } catch (error) {
      answer({ kind: 'part', article, k, error: String(error) });
    }
  }
}

function readDatesOf({ article, text, published, spans }: PartsRequest & { kind: 'dates' }) {
  spans.forEach((part, k) => {
    if (part === undefined) return;
    const dates: ReadDates[] = [];
    for (let n = 0; n + 1 < part.length; n += 2) {
      dates.push(readDates(text.slice(part[n], part[n + 1]), published));
    }
    answer({ kind: 'dates', article, k, dates });
  });
}

parentPort?.on('message', (request: PartsRequest) => {
  if (request.kind === 'parts') readParts(request);
  else {
    try {
      readDatesOf(request);
    } catch {
      // Nothing more is read ahead for this article: the main thread dates the rest itself.
    }
  }
});
