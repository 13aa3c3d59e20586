/**
 * The messages between the page and the import worker (importArticles.worker.ts), which reads the
 * reader's own article files and extracts their events, so that neither takes the page's thread.
 * The page sends one file's bytes to read ('read') and later the articles to extract against the
 * loaded timeline ('extract'); the worker answers each read, tells each article's progress as the
 * extraction goes, then sends what the articles add to the timeline. A cancelled extraction ends
 * the worker (the page starts another for the next one).
 */
import type { TimelineAddition } from '../domain/addition';
import type { Timeline } from '../domain/schema';
import type { ArticleInput, ArticleReport, ExtendProgress } from '../ingest';
import type { ArticleFormat, ReadArticleFile } from '../ingest/formats';

export type ReadResult = ReadArticleFile | { readonly error: string };

export type ToImportWorker =
  | {
      readonly kind: 'read';
      readonly id: number;
      readonly name: string;
      readonly bytes: Uint8Array;
      /** Given for pasted text; else told by the name's extension. */
      readonly format?: ArticleFormat | undefined;
    }
  | {
      readonly kind: 'extract';
      readonly id: number;
      readonly base: Timeline;
      readonly inputs: readonly ArticleInput[];
    };

export interface Extracted {
  readonly addition: TimelineAddition;
  /** One per input, in their order. */
  readonly reports: readonly ArticleReport[];
  /** Whether the articles were compared with the loaded timeline's (false: too large to). */
  readonly compared: boolean;
}

export type FromImportWorker =
  | { readonly kind: 'read'; readonly id: number; readonly result: ReadResult }
  | { readonly kind: 'progress'; readonly id: number; readonly progress: ExtendProgress }
  /**
   * What the articles add, as JSON text of an Extracted: the page parses text faster than it
   * receives the same records cloned, and the message's task is the page's to keep short.
   */
  | { readonly kind: 'extracted'; readonly id: number; readonly json: string }
  /** The request could not be carried out at all (a bug, or memory): what went wrong. */
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
