/**
 * The kinds of article file Newsline reads, by extension: the one table the readers (./index),
 * the CLI's messages and the import dialog's file picker all follow. No dependencies, so that the
 * page can name the kinds without loading the readers.
 */
export type ArticleFormat = 'text' | 'html' | 'markdown';

export const FORMAT_OF_EXTENSION: ReadonlyMap<string, ArticleFormat> = new Map([
  ['txt', 'text'],
  ['text', 'text'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
]);

/** The extensions read, for messages: ".txt, .text, .html, …". */
export const ARTICLE_EXTENSIONS: readonly string[] = [...FORMAT_OF_EXTENSION.keys()].map(
  (extension) => `.${extension}`,
);
