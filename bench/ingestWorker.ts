/**
 * A worker of the ingest benchmark: keeps the articles it is given once ('load'), then ingests
 * them on each 'run' and answers with the number of events, so that the main thread times the
 * ingest itself rather than copying the texts between threads.
 */
import { parentPort } from 'node:worker_threads';
import { ingestArticles, type ArticleInput } from '../src/ingest';

type Message = { type: 'load'; inputs: ArticleInput[] } | { type: 'run' };

let inputs: ArticleInput[] = [];
parentPort?.on('message', (message: Message) => {
  if (message.type === 'load') {
    inputs = message.inputs;
    parentPort?.postMessage(0);
    return;
  }
  parentPort?.postMessage(ingestArticles(inputs).timeline.events.length);
});
