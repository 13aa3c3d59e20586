/**
 * A worker of the ingest benchmark: ingests the articles it is sent and answers with the number
 * of events, so that the main thread can time several cores at once.
 */
import { parentPort } from 'node:worker_threads';
import { ingestArticles, type ArticleInput } from '../src/ingest';

parentPort?.on('message', (inputs: ArticleInput[]) => {
  const { timeline } = ingestArticles(inputs);
  parentPort?.postMessage(timeline.events.length);
});
