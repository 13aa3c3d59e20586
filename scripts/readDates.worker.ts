/**
 * The dating thread of the CLI's part helper (partHelper.ts): for each stretch of sentences it is
 * given (a part of a long article), what chrono reads in each sentence against the day the
 * article was filed (readDates), sent back on its port. It loads the date module only, not the
 * reading model, so that it costs little memory while the main thread extracts events.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { readDates, type ReadDates } from '../src/ingest/dates';

/** Sentences to date: `text` starts at `offset` in the article; spans are article offsets. */
export interface DatesRequest {
  id: number;
  text: string;
  offset: number;
  spans: Int32Array;
  published: string;
}

/** What chrono read in each sentence, in order; undefined if it could not be read. */
export interface DatesAnswer {
  id: number;
  dates: ReadDates[] | undefined;
}

const { port } = workerData as { port: MessagePort };

parentPort?.on('message', ({ id, text, offset, spans, published }: DatesRequest) => {
  let dates: ReadDates[] | undefined = [];
  try {
    for (let n = 0; n + 1 < spans.length; n += 2) {
      dates.push(
        readDates(text.slice((spans[n] ?? 0) - offset, (spans[n + 1] ?? 0) - offset), published),
      );
    }
  } catch {
    // The main thread dates these sentences itself.
    dates = undefined;
  }
  const answer: DatesAnswer = { id, dates };
  port.postMessage(answer);
});
