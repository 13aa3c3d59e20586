/**
 * The page's side of the import worker (importArticles.worker.ts): reads an article file and
 * extracts articles' events against the loaded timeline there, as promises, telling each
 * article's progress on the way. Cancelling an extraction ends the worker at once, wherever it
 * is (the extraction of a long article is one synchronous run); the next request starts a new
 * one. Where the browser has no Worker, the same code runs on the page.
 */
import type { Timeline } from '../domain/schema';
import type { ArticleInput, ExtendProgress } from '../ingest';
import type { ArticleFormat } from '../ingest/formats';
import { ARTICLE_EXTENSIONS } from '../ingest/formats/extensions';
import type { Extracted, FromImportWorker, ReadResult, ToImportWorker } from './importProtocol';

export type { Extracted, ReadResult } from './importProtocol';

interface Pending {
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
  onProgress?: ((progress: ExtendProgress) => void) | undefined;
}

/** A request ended by the reader: its promise rejects with this (name 'AbortError'). */
const cancelled = (): DOMException => new DOMException('The import was cancelled', 'AbortError');

export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** What the extraction code reports when it cannot carry out a request at all. */
class ImportFailure extends Error {
  override name = 'ImportFailure';
}

type Request =
  | { kind: 'read'; name: string; bytes: Uint8Array; format?: ArticleFormat | undefined }
  | { kind: 'extract'; base: Timeline; inputs: readonly ArticleInput[] };

export class ArticleImporter {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  /** The file's article text and what it says of itself, or why it cannot be read. */
  readFile(name: string, bytes: Uint8Array, format?: ArticleFormat): Promise<ReadResult> {
    return this.request({ kind: 'read', name, bytes, format });
  }

  /**
   * What `inputs` add to `base`, telling each input's progress; rejects with an AbortError when
   * `signal` aborts (the worker is ended, and with it any read still waiting).
   */
  extract(
    base: Timeline,
    inputs: readonly ArticleInput[],
    onProgress: (progress: ExtendProgress) => void,
    signal?: AbortSignal,
  ): Promise<Extracted> {
    if (signal?.aborted === true) return Promise.reject(cancelled());
    const done = this.request<Extracted>({ kind: 'extract', base, inputs }, onProgress);
    const onAbort = (): void => this.stop(cancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
    return done.finally(() => signal?.removeEventListener('abort', onAbort));
  }

  /** Ends the worker; every request still waiting rejects with `reason`. */
  stop(reason: unknown = cancelled()): void {
    this.worker?.terminate();
    this.worker = undefined;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(reason);
  }

  private request<T>(
    request: Request,
    onProgress?: (progress: ExtendProgress) => void,
  ): Promise<T> {
    const worker = this.started();
    if (worker === undefined) return onPage(request, onProgress) as Promise<T>;
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject, onProgress });
      const message: ToImportWorker = { ...request, id };
      worker.postMessage(message);
    });
  }

  private started(): Worker | undefined {
    if (this.worker !== undefined) return this.worker;
    if (typeof Worker === 'undefined') return undefined;
    let worker: Worker;
    try {
      worker = new Worker(new URL('./importArticles.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const detail = event.message ? `: ${event.message}` : '';
      this.stop(new ImportFailure(`the extraction stopped${detail}`));
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: FromImportWorker): void {
    const pending = this.pending.get(message.id);
    if (pending === undefined) return;
    switch (message.kind) {
      case 'progress':
        pending.onProgress?.(message.progress);
        return;
      case 'read':
        this.pending.delete(message.id);
        pending.resolve(message.result as never);
        return;
      case 'extracted':
        this.pending.delete(message.id);
        pending.resolve(JSON.parse(message.json) as never);
        return;
      case 'failed':
        this.pending.delete(message.id);
        pending.reject(new ImportFailure(message.message));
        return;
    }
  }
}

/** The same work on the page, where there is no Worker (the page waits while it runs). */
async function onPage(
  request: Request,
  onProgress?: (progress: ExtendProgress) => void,
): Promise<ReadResult | Extracted> {
  const { readArticle, extendTimeline } = await import('./importWork');
  if (request.kind === 'read') return readArticle(request.name, request.bytes, request.format);
  return extendTimeline(
    request.base,
    request.inputs,
    onProgress === undefined ? {} : { onProgress },
  );
}

/**
 * The largest article file read: a news article is a few tens of kilobytes, a saved page with its
 * styles a few megabytes; a larger file is most likely something else, and would take minutes.
 */
export const MAX_ARTICLE_BYTES = 10_000_000;

/** One file as read: its article, or why it cannot be imported. */
export type FileRead = { readonly name: string } & ReadResult;

/** What the file picker offers: the extensions Newsline reads, and their media types. */
export const ARTICLE_FILE_ACCEPT = [
  ...ARTICLE_EXTENSIONS,
  'text/plain',
  'text/html',
  'text/markdown',
].join(',');

/** A size as the import writes it: "10.0 MB". */
export const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Reads `files` one after another in the import worker, telling each as it is read (with how
 * many are done). A file too large, empty or unreadable is told with the reason; the others go on.
 */
export async function readArticleFiles(
  importer: ArticleImporter,
  files: readonly File[],
  onRead: (read: FileRead, done: number) => void,
): Promise<void> {
  let done = 0;
  for (const file of files) {
    const name = file.name || 'a file with no name';
    let read: ReadResult;
    if (file.size === 0) read = { error: 'the file is empty' };
    else if (file.size > MAX_ARTICLE_BYTES)
      read = {
        error: `it is ${megabytes(file.size)}, and Newsline reads article files up to ${megabytes(MAX_ARTICLE_BYTES)}`,
      };
    else {
      try {
        read = await importer.readFile(name, new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        if (isCancelled(error)) return;
        read = {
          error: `it could not be read (${error instanceof Error ? error.message : String(error)})`,
        };
      }
    }
    done += 1;
    onRead({ name, ...read }, done);
  }
}
