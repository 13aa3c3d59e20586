/**
 * Ingest: plain news articles in, a timeline out. Pure TypeScript (no file system, no DOM), so
 * the CLI and the browser run the same code. Each article is read on its own (layout, metadata,
 * sentences, mentions); the actors of all articles are then learned together, events are
 * extracted per article, and the same event told by several articles is merged.
 * An article that cannot be read gets a report with an error and is left out; the others go on.
 */
import { SCHEMA_VERSION, type Timeline } from '../domain/schema';
import { buildEvents } from './build';
import { documentIdOf } from './ids';
import { mergeDrafts } from './merge';
import {
  countReports,
  draftArticles,
  readArticle,
  LONGEST_PART,
  type IngestOptions,
  type ReadArticle,
} from './pipeline';
import type { ArticleInput, ArticleReport, IngestResult } from './types';

export type { ArticleInput, ArticleMeta, ArticleReport, IngestResult } from './types';
export { decodeArticle, type DecodedArticle } from './decode';

export {
  extendTimeline,
  COMPARE_LIMIT,
  type ExtendOptions,
  type ExtendProgress,
  type ExtendResult,
} from './extend';
export { KEPT_READING_BUDGET, LONGEST_PART, type IngestOptions } from './pipeline';

export function ingestArticles(
  inputs: readonly ArticleInput[],
  options: IngestOptions = {},
): IngestResult {
  const longestPart = options.longestPart ?? LONGEST_PART;
  const usedIds = new Set<string>();
  const reports: ArticleReport[] = [];
  const articles: ReadArticle[] = [];
  for (const input of inputs) {
    const read = readArticle(input, documentIdOf(input.file), usedIds, longestPart);
    if (!('document' in read)) {
      reports.push(read);
      continue;
    }
    articles.push(read);
    reports.push(read.report);
  }
  const { drafts, registry } = draftArticles(articles, options);
  const { events, actors, countries } = buildEvents(mergeDrafts(drafts, registry), registry);
  countReports(articles, events);
  const timeline: Timeline = {
    schemaVersion: SCHEMA_VERSION,
    documents: articles.map((a) => a.document),
    actors,
    countries,
    events,
  };
  return { timeline, reports };
}
