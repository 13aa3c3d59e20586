/**
 * The thread of the CLI's part helper (partHelper.ts). For each article read in parts it is
 * given, it takes the next part no one has taken (a counter shared with the main thread), reads
 * and keeps it as the main thread would (readKeptPart), and sends it back on its port, raising
 * the shared signal the main thread waits on. A part it cannot read is sent back as an error, and
 * the main thread reads it itself.
 */
import { workerData, parentPort, type MessagePort } from 'node:worker_threads';
import { readKeptPart, type KeptPart } from '../src/ingest/pipeline';
import { StringTable } from '../src/ingest/keptReading';
import type { BlockRange } from '../src/ingest/analysis';
import type { Block } from '../src/ingest/text/layout';

/** What the main thread sends for each article. */
export interface PartsRequest {
  article: number;
  text: string;
  blocks: Block[];
  ranges: BlockRange[];
  /** One counter: the next part to take. */
  claims: Int32Array;
}

/** What this thread sends back for each part it took. */
export type PartAnswer =
  { article: number; k: number; part: KeptPart } | { article: number; k: number; error: string };

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

function answer(message: PartAnswer, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

parentPort?.on('message', ({ article, text, blocks, ranges, claims }: PartsRequest) => {
  for (let k = Atomics.add(claims, 0, 1); k < ranges.length; k = Atomics.add(claims, 0, 1)) {
    const range = ranges[k];
    if (range === undefined) continue;
    try {
      // A table of its own per part: the part's strings travel with it.
      const part = readKeptPart(text, blocks, range, new StringTable());
      // The main thread has the article's layout; it is not sent back.
      part.kept.blocks = [];
      const { tokens, words } = part.kept;
      answer({ article, k, part }, [tokens.buffer as ArrayBuffer, words.buffer as ArrayBuffer]);
    } catch (error) {
      answer({ article, k, error: String(error) });
    }
  }
});
