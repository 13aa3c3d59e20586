/** An article found in a pasted text or a file, as the reader checks it before importing. */
import type { ArticleMeta } from '../../ingest';
import type { NewArticle } from '../../state/myArticles';

/** One article found (`meta` as the reader corrected it), or why a file cannot be imported. */
export type Found =
  | {
      readonly key: number;
      readonly name: string;
      readonly origin: NewArticle['origin'];
      readonly format: NewArticle['format'];
      readonly text: string;
      readonly meta: ArticleMeta;
      readonly warnings: readonly string[];
    }
  | { readonly key: number; readonly name: string; readonly error: string };

export type Readable = Extract<Found, { text: string }>;

let nextKey = 0;

/** A key no other found article of the page has. */
export function nextFoundKey(): number {
  nextKey += 1;
  return nextKey;
}
