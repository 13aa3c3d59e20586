/**
 * The shapes of what the reader's browser keeps of the articles they brought (myArticles.ts):
 * each article as it was extracted from what they pasted or dropped, and the events those
 * articles add to a timeline. Records are checked against these when read back, since anything
 * on the reader's machine (an older version of this page, another tab, the developer tools) may
 * have written them.
 */
import { DocumentSchema } from '../domain/schema';
import { z } from 'zod';

/** The article's own metadata, as the reader's file or paste gave it (unchecked dates: the ingest judges them). */
export const MyArticleMetaSchema = z.object({
  title: z.string().optional(),
  published: z.string().optional(),
  outlet: DocumentSchema.shape.outlet,
  url: DocumentSchema.shape.url,
  byline: DocumentSchema.shape.byline,
});

/** What the last extraction made of one article, for the reader to see beside it. */
export const MyArticleReportSchema = z.object({
  events: z.number().int().nonnegative(),
  actors: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
  error: z.string().optional(),
});

/** One article the reader brought. */
export const MyArticleSchema = z.object({
  /** The storage key, made by the caller (crypto.randomUUID()). */
  id: z.string().min(1),
  /** The file name the article is ingested under, unique among the reader's articles. */
  file: DocumentSchema.shape.file,
  origin: z.enum(['pasted', 'file']),
  /** What the reader knows it by: the dropped file's name, or "Pasted text". */
  sourceName: z.string(),
  format: z.enum(['text', 'html', 'markdown']),
  /** The article text exactly as extracted: the offsets of its events index into it. */
  text: DocumentSchema.shape.text,
  meta: MyArticleMetaSchema,
  addedAt: z.iso.datetime({ offset: true }),
  /** The extraction version its events were last made with. */
  extractedWith: z.string().optional(),
  report: MyArticleReportSchema.optional(),
});

/**
 * The events the reader's articles add to a timeline, kept whole as one record. `key` says what
 * it was made from (so that a caller can tell whether it is still current); `addition` is the
 * caller's to validate.
 */
export const StoredAdditionSchema = z.object({
  key: z.string().min(1),
  addition: z.unknown(),
});

export type MyArticle = z.infer<typeof MyArticleSchema>;
export type MyArticleMeta = z.infer<typeof MyArticleMetaSchema>;
export type MyArticleReport = z.infer<typeof MyArticleReportSchema>;
export type StoredAddition = z.infer<typeof StoredAdditionSchema>;
