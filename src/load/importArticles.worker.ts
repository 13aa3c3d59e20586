/**
 * The import worker: reads the reader's article files (text, a saved web page, Markdown) and
 * extracts the events of their articles against the loaded timeline, off the page's thread
 * (importProtocol.ts). The extraction's code, its language model above all, loads only here and
 * only once a reader imports something.
 */
import '../domain/zodJitless';
import { extendTimeline, readArticle } from './importWork';
import type { FromImportWorker, ToImportWorker } from './importProtocol';

function answer(message: FromImportWorker): void {
  self.postMessage(message);
}

const failure = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

self.onmessage = (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  const { id } = message;
  try {
    switch (message.kind) {
      case 'read': {
        answer({
          kind: 'read',
          id,
          result: readArticle(message.name, message.bytes, message.format),
        });
        return;
      }
      case 'extract': {
        const extracted = extendTimeline(message.base, message.inputs, {
          onProgress: (progress) => answer({ kind: 'progress', id, progress }),
        });
        answer({ kind: 'extracted', id, json: JSON.stringify(extracted) });
        return;
      }
    }
  } catch (error) {
    answer({ kind: 'failed', id, message: failure(error) });
  }
};
