/**
 * The messages between the page and the timeline worker (parseTimeline.worker.ts). The page sends
 * the file's address; the worker fetches it and sends its checked records ahead as it downloads,
 * in runs of JSON text (which the page parses several times faster than it receives cloned
 * objects, and meanwhile has nothing else to do), then the checked timeline or its problem. The
 * worker then keeps the timeline and its full-text index and answers search queries, so that
 * neither parsing nor indexing runs on the page's thread.
 */
import type { TimelineLoad } from '../domain/loadTimeline';
import type { StreamedKind } from '../domain/streamTimeline';

export type ToWorker =
  | {
      readonly kind: 'fetch';
      readonly file: string;
      readonly url: string;
      /** How long to wait for the server's next bytes (STALL_TIMEOUT_MS unless given). */
      readonly stallMs?: number;
      /** A file the reader opened from disk: read in place of fetching `url`. */
      readonly blob?: Blob;
    }
  | { readonly kind: 'search'; readonly id: number; readonly query: string }
  /** The page shows the whole timeline: build its full-text index now (see RemoteSearch). */
  | { readonly kind: 'build-search' };

export type FromWorker =
  /**
   * A run of checked records, as JSON text of the form `r1,r2,…`. The runs of one kind are sent
   * before another kind's begin, so the first run of events finds the records the file lists
   * before its events (a file written by Newsline lists countries, actors, events, then the
   * articles, whose texts are most of its size). Events sent before the articles have come have
   * had their passages checked only once 'parsed' comes (see its `events`). `final` runs are
   * sent once the whole file has been read (the checked timeline follows).
   */
  | {
      readonly kind: 'records';
      readonly of: StreamedKind;
      readonly json: string;
      readonly count: number;
      readonly final: boolean;
    }
  /**
   * The checked timeline, or its problem. For a good timeline the record arrays of
   * `load.timeline` are empty, and hold what came before this message: `streamed` says how many
   * records of each kind the 'records' messages held (absent for a file the stream reader could
   * not follow, such as one cut off, read whole: its 'records' are dropped and `load.timeline`
   * has its documents, actors and countries). `events`, when given, holds every event in time
   * order as JSON, in place of the events streamed (a file read whole, or one whose events came
   * before its articles and proved not all readable); else `order` says where each streamed
   * event goes in time order: event k of the index is streamed event order[k].
   */
  | {
      readonly kind: 'parsed';
      readonly load: TimelineLoad;
      readonly events?: string;
      readonly streamed?: Readonly<Record<StreamedKind, number>>;
      readonly order?: Uint32Array;
    }
  /** How much of a fetched file has arrived: bytes read, and the size the server announced. */
  | { readonly kind: 'progress'; readonly read: number; readonly total: number | null }
  | { readonly kind: 'matches'; readonly id: number; readonly ids: readonly string[] | null }
  /** The full-text index is ready: answers given before it (by title) may now differ. */
  | { readonly kind: 'search-ready' };

/**
 * Runs of records are sent to the page in messages of about this many characters: small enough
 * that parsing and preparing one does not hold the page for long while it already shows a part.
 */
export const RECORDS_MESSAGE_CHARS = 400_000;

/** The first run of each kind is sent once it holds this many: the page can show it sooner. */
export const FIRST_RECORDS_MESSAGE_CHARS = 100_000;

/** A fetched file's progress is reported each time about this share of it more has arrived. */
export const PROGRESS_STEP = 0.02;

/** A file smaller than this many bytes comes too fast for a note of its progress to help. */
export const PROGRESS_MIN_BYTES = 2_000_000;
