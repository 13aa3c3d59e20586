/**
 * What the import worker does, also run on the page where there is no Worker: one article file
 * read into its text and what it says of itself, and the extraction of articles against the
 * loaded timeline. A text file's headline, byline and date are read by the same rules the
 * extraction reads them with, so that the reader sees, and may correct, what it would take.
 */
import { readMetadata } from '../ingest/metadata';
import { readLayout } from '../ingest/text/layout';
import { readArticleFile, type ArticleFormat } from '../ingest/formats';
import type { ReadResult } from './importProtocol';

export { extendTimeline } from '../ingest';

export function readArticle(name: string, bytes: Uint8Array, format?: ArticleFormat): ReadResult {
  const read = readArticleFile(name, bytes, format);
  if ('error' in read) return read;
  const found = readMetadata(readLayout(read.text));
  const meta = { ...read.meta };
  if (meta.title === undefined && found.title.trim() !== '') meta.title = found.title.trim();
  if (meta.published === undefined && found.published !== undefined)
    meta.published = found.published;
  if (meta.byline === undefined && found.byline !== undefined) meta.byline = found.byline;
  return { ...read, meta };
}
