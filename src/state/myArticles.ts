/**
 * The reader's own articles ("My articles"): those kept in the browser (IndexedDB, through
 * load/myArticles.ts), what their events add to the loaded timeline, and the import under way.
 * The addition is made by the extraction in a worker (load/importArticles.ts) from all of the
 * reader's articles at once, compared with the loaded timeline's, so that the same event told by
 * an article of each joins one event. It is kept with what it was made from (the loaded timeline
 * and the articles) and made again only when that changes: on a reload it is shown at once.
 * Storage problems are told to the reader, never swallowed: what could not be kept stays on the
 * page until the next reload, and the message says so.
 */
import { create } from 'zustand';
import type { TimelineAddition } from '../domain/addition';
import { fitWindow } from '../domain/eventFrame';
import type { Timeline } from '../domain/schema';
import { timelineItemSpec } from '../domain/timelineItems';
import type { ArticleInput, ArticleMeta, ArticleReport } from '../ingest';
import { documentIdOf, shortHash } from '../ingest/ids';
import { ArticleImporter, isCancelled, type Extracted } from '../load/importArticles';
import type { MyArticlesDb } from '../load/myArticles';
import type { MyArticle } from '../load/myArticleSchema';
import { useNewslineStore } from './store';

export type { MyArticle } from '../load/myArticleSchema';

/** The fingerprint of this build's extraction (vite.config.ts); 'dev' outside a Vite build. */
export const EXTRACTION_VERSION: string =
  typeof __NEWSLINE_EXTRACTION__ === 'string' ? __NEWSLINE_EXTRACTION__ : 'dev';

/** An article the reader is about to import, as read and checked by them. */
export interface NewArticle {
  readonly origin: MyArticle['origin'];
  readonly sourceName: string;
  readonly format: MyArticle['format'];
  readonly text: string;
  readonly meta: ArticleMeta;
}

export type ImportStage = 'waiting' | 'reading' | 'events' | 'done' | 'failed';

export interface ImportItem {
  /** The article's name for the reader. */
  readonly name: string;
  /** Whether it is one of the articles being imported (else one already kept, read again). */
  readonly isNew: boolean;
  readonly stage: ImportStage;
  /** Events found (once done). */
  readonly events?: number;
  /** Why it failed. */
  readonly error?: string;
}

export interface ImportJob {
  readonly kind: 'import' | 'rerun' | 'refresh';
  readonly items: readonly ImportItem[];
  readonly status: 'running' | 'done' | 'cancelled' | 'failed';
  /** What the reader should know once it has ended. */
  readonly summary?: string;
  /** The documents of the articles it added (once done). */
  readonly added?: readonly string[];
}

interface MyArticlesState {
  /** Whether the kept articles have been read (or found unavailable). */
  readonly ready: boolean;
  /** Whether the browser keeps them: false where storage is unavailable (some private modes). */
  readonly kept: boolean;
  readonly articles: readonly MyArticle[];
  /** What the reader's articles add to the loaded timeline. */
  readonly addition: TimelineAddition | undefined;
  /** What the addition was made from (additionKey), to tell when it must be made again. */
  readonly additionFor: string | undefined;
  /** Whether the addition was compared with the loaded timeline's articles. */
  readonly compared: boolean;
  /** The loaded timeline the addition joins. */
  readonly base: Timeline | undefined;
  readonly job: ImportJob | undefined;
  /** A problem to tell the reader (storage, or an extraction that could not run). */
  readonly problem: string | undefined;
}

const initial: MyArticlesState = {
  ready: false,
  kept: true,
  articles: [],
  addition: undefined,
  additionFor: undefined,
  compared: true,
  base: undefined,
  job: undefined,
  problem: undefined,
};

export const useMyArticlesStore = create<MyArticlesState>()(() => initial);

const set = (partial: Partial<MyArticlesState>): void => useMyArticlesStore.setState(partial);
const get = (): MyArticlesState => useMyArticlesStore.getState();

let importer: ArticleImporter | undefined;
/** The one importer of the page (its worker starts with the first file read). */
export function articleImporter(): ArticleImporter {
  importer ??= new ArticleImporter();
  return importer;
}

let database: Promise<MyArticlesDb> | undefined;
/**
 * The store in the browser. Its code (idb, the record schemas) and that of the addition's schema
 * load only once asked for, after the page's first render: a first visit that imports nothing
 * does not wait for them.
 */
function db(): Promise<MyArticlesDb> {
  database ??= import('../load/myArticles').then((m) => m.openMyArticles());
  return database;
}

const additions = () => import('../domain/addition');

const messageOf = (error: unknown): string =>
  error instanceof Error && error.name === 'StorageProblem'
    ? error.message
    : `Something went wrong: ${error instanceof Error ? error.message : String(error)}.`;

/** What an addition was made from: the loaded timeline and the reader's articles. */
export function additionKey(base: Timeline, articles: readonly MyArticle[]): string {
  const parts = base.documents.map((d) => `${d.id}:${d.text.length}:${d.published}`);
  parts.push(`events:${base.events.length}`);
  for (const a of articles) parts.push(`mine:${a.id}`);
  return shortHash(parts.join('|'));
}

/** An article's metadata with empty fields left out: the extraction then reads them from the text. */
export function cleanMeta(meta: MyArticle['meta']): ArticleMeta {
  const clean: ArticleMeta = {};
  for (const key of ['title', 'published', 'outlet', 'url', 'byline'] as const) {
    const value = meta[key]?.trim();
    if (value) clean[key] = value;
  }
  return clean;
}

/** The articles as the extraction takes them. */
const inputOf = (a: MyArticle): ArticleInput => ({
  file: a.file,
  text: a.text,
  meta: cleanMeta(a.meta),
});

/** Reads the kept articles and their events once, at start. */
export async function loadMyArticles(): Promise<void> {
  if (get().ready) return;
  try {
    const store = await db();
    const [{ articles, unreadable }, stored] = await Promise.all([
      store.list(),
      store.getAddition(),
    ]);
    const { TimelineAdditionSchema } = await additions();
    const parsed =
      stored === undefined ? undefined : TimelineAdditionSchema.safeParse(stored.addition);
    const addition = parsed?.success === true ? parsed.data : undefined;
    const problem =
      unreadable.length === 0
        ? undefined
        : `${unreadable.length} of your kept articles could not be read and are left out: ${unreadable.join('; ')}`;
    set({
      ready: true,
      articles,
      addition,
      additionFor: addition === undefined ? undefined : stored?.key,
      problem,
    });
    refreshIfStale();
  } catch (error) {
    set({ ready: true, kept: false, problem: messageOf(error) });
  }
}

/**
 * The loaded timeline the reader's articles join: when it changes (the reader opened another
 * timeline), their events are made again against it, unless those kept were made against it.
 */
export function setBaseTimeline(base: Timeline): void {
  if (get().base === base) return;
  set({ base });
  refreshIfStale();
}

/** Makes the addition again when it was not made from the loaded timeline and these articles. */
function refreshIfStale(): void {
  const { ready, base, articles, additionFor } = get();
  if (!ready || base === undefined || articles.length === 0) return;
  if (additionFor !== additionKey(base, articles)) void refresh();
}

let running: AbortController | undefined;

/** Stops the import or re-run under way: nothing of it is kept. */
export function cancelImport(): void {
  running?.abort();
}

/** Forgets an ended import's report. */
export function dismissImport(): void {
  if (get().job?.status !== 'running') set({ job: undefined });
}

export function dismissProblem(): void {
  set({ problem: undefined });
}

/** A file name for `name` whose document id no other article of the timeline has. */
function uniqueFile(name: string, format: MyArticle['format'], taken: Set<string>): string {
  const extension = format === 'html' ? '.html' : format === 'markdown' ? '.md' : '.txt';
  const stem =
    documentIdOf(name)
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^[-.]+|-+$/gu, '')
      .slice(0, 60) || 'article';
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return `${id}${extension}`;
}

/**
 * Imports the reader's articles: extracts the events of all their articles (these and the ones
 * kept) against the loaded timeline, then keeps those that could be read, with what they add.
 * Resolves once done, failed or cancelled (the job says which).
 */
export async function importArticles(news: readonly NewArticle[]): Promise<void> {
  const { base, articles } = get();
  if (base === undefined || news.length === 0) return;
  const taken = new Set([
    ...base.documents.map((d) => d.id),
    ...articles.map((a) => documentIdOf(a.file)),
  ]);
  const now = new Date().toISOString();
  const added: MyArticle[] = news.map((n) => ({
    id: globalThis.crypto.randomUUID(),
    file: uniqueFile(n.sourceName, n.format, taken),
    origin: n.origin,
    sourceName: n.sourceName,
    format: n.format,
    text: n.text,
    meta: n.meta,
    addedAt: now,
  }));
  await extractAll('import', base, [...articles, ...added], new Set(added.map((a) => a.id)));
}

/** Runs the extraction again over every kept article (after an upgrade of the extraction). */
export async function rerunAll(): Promise<void> {
  const { base, articles } = get();
  if (base === undefined || articles.length === 0) return;
  await extractAll('rerun', base, articles, new Set());
}

/** The kept articles' events made again against a new loaded timeline, or after a change. */
async function refresh(): Promise<void> {
  const { base, articles, job } = get();
  if (base === undefined || articles.length === 0 || job?.status === 'running') return;
  await extractAll('refresh', base, articles, new Set());
}

const STAGE: Record<string, ImportStage> = {
  reading: 'reading',
  events: 'events',
  done: 'done',
  failed: 'failed',
};

async function extractAll(
  kind: ImportJob['kind'],
  base: Timeline,
  all: readonly MyArticle[],
  fresh: ReadonlySet<string>,
): Promise<void> {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  let items: ImportItem[] = all.map((a) => ({
    name: a.sourceName,
    isNew: fresh.has(a.id),
    stage: 'waiting',
  }));
  set({ job: { kind, items, status: 'running' } });
  let extracted: Extracted;
  try {
    extracted = await articleImporter().extract(
      base,
      all.map(inputOf),
      ({ index, stage }) => {
        const item = items[index];
        if (item === undefined || controller.signal.aborted) return;
        items = items.with(index, { ...item, stage: STAGE[stage] ?? item.stage });
        set({ job: { kind, items, status: 'running' } });
      },
      controller.signal,
    );
  } catch (error) {
    if (running === controller) running = undefined;
    if (isCancelled(error)) {
      set({ job: { kind, items, status: 'cancelled', summary: 'Cancelled: nothing was added.' } });
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    set({
      job: {
        kind,
        items,
        status: 'failed',
        summary: `The extraction could not finish (${message}); nothing was added.`,
      },
    });
    return;
  }
  if (running === controller) running = undefined;
  if (get().base !== base) return;
  await keep(kind, base, all, fresh, extracted);
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Keeps what an extraction gave: the articles it could read, and what they add. */
async function keep(
  kind: ImportJob['kind'],
  base: Timeline,
  all: readonly MyArticle[],
  fresh: ReadonlySet<string>,
  { addition, reports, compared }: Extracted,
): Promise<void> {
  const items: ImportItem[] = [];
  const kept: MyArticle[] = [];
  let failedNew = 0;
  all.forEach((article, k) => {
    const report: ArticleReport | undefined = reports[k];
    const isNew = fresh.has(article.id);
    const ok = report?.ok === true;
    items.push({
      name: article.sourceName,
      isNew,
      stage: ok ? 'done' : 'failed',
      ...(report === undefined ? {} : { events: report.events }),
      ...(ok ? {} : { error: report?.error ?? 'it could not be read' }),
    });
    // A new article that could not be read is not kept; one already kept stays, with its report.
    if (!ok && isNew) {
      failedNew += 1;
      return;
    }
    kept.push({
      ...article,
      extractedWith: EXTRACTION_VERSION,
      ...(report === undefined
        ? {}
        : {
            report: {
              events: report.events,
              actors: report.actors,
              warnings: report.warnings,
              ...(report.error === undefined ? {} : { error: report.error }),
            },
          }),
    });
  });
  const newKept = kept.filter((a) => fresh.has(a.id));
  const events = newKept.reduce((n, a) => n + (a.report?.events ?? 0), 0);
  const summary =
    kind === 'import'
      ? `Added ${plural(newKept.length, 'article')} with ${plural(events, 'event')}` +
        (failedNew > 0 ? `; ${plural(failedNew, 'file')} could not be read.` : '.')
      : `Your ${plural(kept.length, 'article')} were read again.`;
  const key = additionKey(base, kept);
  set({
    articles: kept,
    addition,
    additionFor: key,
    compared,
    job: { kind, items, status: 'done', summary, added: newKept.map((a) => documentIdOf(a.file)) },
  });
  try {
    const store = await db();
    await store.put(kept);
    await store.putAddition({ key, addition });
  } catch (error) {
    set({
      problem: `${messageOf(error)} Your articles are shown until you reload the page, but they are not kept.`,
    });
  }
}

/** Removes one of the reader's articles and the events only it told. */
export async function removeArticle(id: string): Promise<void> {
  const { withoutDocument } = await additions();
  const { articles, addition, base } = get();
  const article = articles.find((a) => a.id === id);
  if (article === undefined) return;
  const rest = articles.filter((a) => a.id !== id);
  const next =
    addition === undefined ? undefined : withoutDocument(addition, documentIdOf(article.file));
  set({
    articles: rest,
    addition: rest.length === 0 ? undefined : next,
    additionFor: base === undefined || rest.length === 0 ? undefined : additionKey(base, rest),
  });
  try {
    const store = await db();
    await store.remove(id);
    if (base !== undefined && next !== undefined && rest.length > 0)
      await store.putAddition({ key: additionKey(base, rest), addition: next });
  } catch (error) {
    set({ problem: `${messageOf(error)} The article will be back after a reload.` });
  }
}

/** Removes every one of the reader's articles. */
export async function clearMyArticles(): Promise<void> {
  cancelImport();
  set({ articles: [], addition: undefined, additionFor: undefined, job: undefined });
  try {
    await (await db()).clear();
  } catch (error) {
    set({ problem: `${messageOf(error)} Your articles will be back after a reload.` });
  }
}

/**
 * Shows the events of the articles just imported: the timeline's window moves to where they are
 * ("Fit" over them alone), so that a reader sees what they added even when it lies far from the
 * stretch on screen.
 */
export function showImported(): void {
  const { addition, job } = get();
  if (addition === undefined || job?.kind !== 'import') return;
  const files = new Set(job.added ?? []);
  const mine = addition.events.filter((e) => e.sources.some((s) => files.has(s.documentId)));
  const window = fitWindow(mine.map((e) => timelineItemSpec(e, 'none')));
  if (window !== undefined) useNewslineStore.getState().setTimeWindow(window);
}

/** The ids of the reader's documents in the shown timeline. */
export function useMyDocumentIds(): ReadonlySet<string> {
  return useMyArticlesStore((s) => myDocumentIds(s.addition));
}

const idsOf = new WeakMap<TimelineAddition, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();
function myDocumentIds(addition: TimelineAddition | undefined): ReadonlySet<string> {
  if (addition === undefined) return NONE;
  let ids = idsOf.get(addition);
  if (ids === undefined) {
    ids = new Set(addition.documents.map((d) => d.id));
    idsOf.set(addition, ids);
  }
  return ids;
}

/** Back to a fresh state; tests call it between cases. */
export function resetMyArticles(): void {
  running?.abort();
  importer?.stop();
  importer = undefined;
  database = undefined;
  useMyArticlesStore.setState(initial, true);
}
