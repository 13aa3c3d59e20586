/**
 * One of the reader's own article files (plain text, a saved web page, Markdown) to the article's
 * text and metadata, ready for `ingestArticles`. Pure TypeScript on Web APIs only: the CLI runs it
 * in Node and the app in a Web Worker, where there is no DOMParser (pages are parsed by
 * linkedom). The bytes are decoded as the CLI always has (decode.ts); what cannot be read is an
 * error in the reader's words, never a quote of the file. A plain text file is passed on
 * unchanged, with no metadata: the ingest reads it from the text itself.
 */
import { unreadableReason } from '../checks';
import { decodeArticle } from '../decode';
import type { ArticleMeta } from '../types';
import type { FormatReading } from './fields';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { ARTICLE_EXTENSIONS, FORMAT_OF_EXTENSION, type ArticleFormat } from './extensions';

export type { ArticleFormat } from './extensions';
export { ARTICLE_EXTENSIONS } from './extensions';

export interface ReadArticleFile {
  text: string;
  meta: ArticleMeta;
  warnings: string[];
  format: ArticleFormat;
}

/** The format a file's extension names (in any case), or undefined for any other file. */
export function formatOf(fileName: string): ArticleFormat | undefined {
  const extension = /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : FORMAT_OF_EXTENSION.get(extension);
}

function readDecoded(text: string, format: ArticleFormat): FormatReading {
  switch (format) {
    case 'text':
      return { text, meta: {}, warnings: [] };
    case 'html':
      return readHtml(text);
    case 'markdown':
      return readMarkdown(text);
  }
}

/**
 * The article in `bytes`, read as `format` (by default the one its name's extension names), or
 * why it cannot be read.
 */
export function readArticleFile(
  fileName: string,
  bytes: Uint8Array,
  format: ArticleFormat | undefined = formatOf(fileName),
): ReadArticleFile | { error: string } {
  if (format === undefined) {
    return {
      error: `the file is not of a kind Newsline reads (${ARTICLE_EXTENSIONS.join(', ')})`,
    };
  }
  const decoded = decodeArticle(bytes);
  if ('error' in decoded) return { error: decoded.error };
  const unreadable = unreadableReason(decoded.text);
  if (unreadable !== undefined) return { error: unreadable };
  const read = readDecoded(decoded.text, format);
  if ('error' in read) return read;
  const warnings = decoded.warning === undefined ? [] : [decoded.warning];
  for (const warning of read.warnings) warnings.push(warning);
  return { text: read.text, meta: read.meta, warnings, format };
}
