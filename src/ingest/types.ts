/**
 * The public shapes of ingest: what a caller passes in (one article's file name, raw text and
 * optional metadata that overrides what the text says) and what it gets back (the timeline and
 * one report per article).
 */
import type { Timeline } from '../domain/schema';

export interface ArticleMeta {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  byline?: string;
}

export interface ArticleInput {
  file: string;
  text: string;
  meta?: ArticleMeta;
}

export interface ArticleReport {
  file: string;
  ok: boolean;
  events: number;
  actors: number;
  warnings: string[];
  error?: string;
}

export interface IngestResult {
  timeline: Timeline;
  reports: ArticleReport[];
}
