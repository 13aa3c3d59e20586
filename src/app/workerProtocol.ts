/**
 * The messages between the page and the timeline worker (parseTimeline.worker.ts): the file text
 * goes in and the checked timeline comes back; the worker then keeps that timeline and its
 * full-text index and answers search queries, so that neither parsing nor indexing a large file
 * runs on the page's thread.
 */
import type { TimelineLoad } from '../domain/loadTimeline';

export type ToWorker =
  | { readonly kind: 'parse'; readonly file: string; readonly text: string }
  | { readonly kind: 'search'; readonly id: number; readonly query: string };

export type FromWorker =
  | { readonly kind: 'parsed'; readonly load: TimelineLoad }
  | { readonly kind: 'matches'; readonly id: number; readonly ids: readonly string[] | null };
