/**
 * A reader's own articles added to a timeline already loaded, without changing it: the result is
 * a TimelineAddition (src/domain/addition.ts), laid over the timeline by withAddition.
 *
 * So that the reader's reports merge with the timeline's as they would in one run, the pipeline
 * runs once over the timeline's documents (re-read from their text and metadata) and the reader's
 * articles together: actors are learned across all, and merge.ts's one rule decides what is the
 * same event. Only what the reader's documents tell is kept. A merged event that has a passage of
 * the timeline becomes a join onto the timeline's event with that same passage; when none has it
 * (a curated timeline, or one an older version made), the reader's reports become an event of
 * their own. Re-reading costs about what ingesting the timeline did, so a timeline with more text
 * than `compareLimit` is not re-read: the reader's articles are then read among themselves only,
 * and `compared` is false.
 */
import { actorsOnto, type AdditionJoin, type TimelineAddition } from '../domain/addition';
import type { Actor, NewsDocument, Timeline, TimelineEvent } from '../domain/schema';
import { uniqueIdGiver } from '../domain/uniqueIds';
import { buildEvents } from './build';
import { unreadableReason } from './checks';
import type { EventDraft } from './events/draft';
import { documentIdOf } from './ids';
import { mergeDrafts, type MergedEvent } from './merge';
import {
  countReports,
  draftArticles,
  readArticle,
  LONGEST_PART,
  type IngestOptions,
  type ReadArticle,
} from './pipeline';
import type { ArticleInput, ArticleMeta, ArticleReport } from './types';

export interface ExtendProgress {
  file: string;
  /**
   * The article's index in the inputs, or -1 for a document of the timeline being re-read (so
   * that the caller can say the reader's articles are being compared with the timeline's; those
   * come first, and take most of the time).
   */
  index: number;
  /**
   * Per article, in this order: reading (its actors being learned), events (its events being
   * extracted), done (extracted; merging all articles follows, and is quick); or reading, then
   * failed, for an input that is not added (its report says why).
   */
  stage: 'reading' | 'events' | 'done' | 'failed';
}

export interface ExtendOptions extends IngestOptions {
  onProgress?: (progress: ExtendProgress) => void;
  /** UTF-16 units of the timeline's text re-read for comparison; COMPARE_LIMIT unless given. */
  compareLimit?: number;
}

export interface ExtendResult {
  addition: TimelineAddition;
  /** One per input, in the same order. */
  reports: ArticleReport[];
  /** Whether the reader's articles were compared with the timeline's (see the module header). */
  compared: boolean;
}

/**
 * The timeline text re-read by default. Re-reading costs what ingesting does: on one core of a
 * two-core machine, a timeline of 2 million units (250 articles of 8,000 characters) took 5.6 s
 * to extend by one article, and one of 4 million 8.7 s (`npx tsx bench/extend.bench.ts`); a phone
 * is slower.
 */
export const COMPARE_LIMIT = 2_000_000;

/** A document of the timeline as the input it was read from: its file, text and metadata. */
function inputOf(d: NewsDocument): ArticleInput {
  const meta: ArticleMeta = { title: d.title, published: d.published };
  if (d.outlet !== undefined) meta.outlet = d.outlet;
  if (d.url !== undefined) meta.url = d.url;
  if (d.byline !== undefined) meta.byline = d.byline;
  return { file: d.file, text: d.text, meta };
}

/** The timeline's documents read again under their own ids, or undefined when they are not. */
function rereadTimeline(
  base: Timeline,
  limit: number,
  longestPart: number,
): ReadArticle[] | undefined {
  let length = 0;
  for (const d of base.documents) length += d.text.length;
  if (length > limit) return undefined;
  const usedIds = new Set<string>();
  const articles: ReadArticle[] = [];
  for (const d of base.documents) {
    const read = readArticle(inputOf(d), d.id, usedIds, longestPart);
    if (!('document' in read)) return undefined;
    articles.push(read);
  }
  return articles;
}

const passageKey = (documentId: string, start: number, end: number): string =>
  `${documentId}\u0000${start}:${end}`;

/** The reader's reports of merged events, and for each the timeline's event it joins, if any. */
interface ReaderParts {
  /** The timeline's drafts of the merged events (only to number actors as the timeline did). */
  ofBase: MergedEvent[];
  ofReader: MergedEvent[];
  /** For each of ofReader, the id of the timeline's event it joins, or undefined. */
  joins: (string | undefined)[];
}

function readerParts(
  merged: readonly MergedEvent[],
  base: Timeline,
  baseIds: ReadonlySet<string>,
): ReaderParts {
  const eventOfPassage = new Map<string, string>();
  // Not compared: no passage of the timeline's can be met.
  for (const e of baseIds.size > 0 ? base.events : []) {
    for (const s of e.sources) {
      const key = passageKey(s.documentId, s.start, s.end);
      if (!eventOfPassage.has(key)) eventOfPassage.set(key, e.id);
    }
  }
  const joinedEvent = (drafts: readonly EventDraft[]): string | undefined => {
    for (const d of drafts) {
      for (const s of d.sources) {
        const id = eventOfPassage.get(passageKey(d.documentId, s.start, s.end));
        if (id !== undefined) return id;
      }
    }
    return undefined;
  };
  const parts: ReaderParts = { ofBase: [], ofReader: [], joins: [] };
  for (const m of merged) {
    const ofBase: EventDraft[] = [];
    const ofReader: EventDraft[] = [];
    for (const d of m.drafts) (baseIds.has(d.documentId) ? ofBase : ofReader).push(d);
    if (ofBase.length > 0) parts.ofBase.push({ drafts: ofBase });
    if (ofReader.length === 0) continue;
    parts.ofReader.push({ drafts: ofReader });
    parts.joins.push(ofBase.length > 0 ? joinedEvent(ofBase) : undefined);
  }
  return parts;
}

/** Adds to `into` the values of `from` it does not have, in order. */
function addNew<T>(into: T[], from: readonly T[]): void {
  const had = new Set(into);
  for (const x of from) {
    if (had.has(x)) continue;
    had.add(x);
    into.push(x);
  }
}

/**
 * The actors the reader's events name: the timeline's where the same (id, name and kind), else
 * under an id of their own; and each built id's id in the addition.
 */
function actorsOfReader(
  built: readonly Actor[],
  told: readonly TimelineEvent[],
  baseActorList: readonly Actor[],
): { actors: Actor[]; actorIdOf: Map<string, string> } {
  const usedActors = new Set(told.flatMap((e) => e.actors));
  const { added, idOf } = actorsOnto(
    baseActorList,
    built.filter((a) => usedActors.has(a.id)),
    usedActors,
  );
  return { actors: added, actorIdOf: idOf };
}

/**
 * The addition of the reader's articles to `base`, one report per input, and whether they were
 * compared with the base's. The base is never changed.
 */
export function extendTimeline(
  base: Timeline,
  inputs: readonly ArticleInput[],
  options: ExtendOptions = {},
): ExtendResult {
  const longestPart = options.longestPart ?? LONGEST_PART;
  const onProgress = options.onProgress;
  const baseById = new Map<string, NewsDocument>();
  const baseByText = new Map<string, NewsDocument>();
  for (const d of base.documents) {
    if (!baseById.has(d.id)) baseById.set(d.id, d);
    if (!baseByText.has(d.text)) baseByText.set(d.text, d);
  }

  /** Why an article is not added to this timeline, when the timeline decides it. */
  function refusalOf(input: ArticleInput, id: string): ArticleReport | undefined {
    const same = baseByText.get(input.text);
    const clash = baseById.get(id);
    const error =
      same !== undefined
        ? `this article is already in the timeline as “${same.title}” (${same.file})`
        : clash !== undefined
          ? `the timeline already has a document with the id "${id}" (“${clash.title}”, ${clash.file}): give this file another name to add it`
          : undefined;
    if (error === undefined) return undefined;
    return { file: input.file, ok: false, events: 0, actors: 0, warnings: [], error };
  }

  const reports: ArticleReport[] = [];
  const articles: ReadArticle[] = [];
  const indexOf = new Map<ReadArticle, number>();
  const usedIds = new Set<string>();
  inputs.forEach((input, index) => {
    const id = documentIdOf(input.file);
    const refusal = unreadableReason(input.text) === undefined ? refusalOf(input, id) : undefined;
    const read = refusal ?? readArticle(input, id, usedIds, longestPart);
    if ('document' in read) {
      articles.push(read);
      indexOf.set(read, index);
      reports.push(read.report);
      return;
    }
    onProgress?.({ file: input.file, index, stage: 'reading' });
    onProgress?.({ file: input.file, index, stage: 'failed' });
    reports.push(read);
  });

  const empty: TimelineAddition = {
    documents: [],
    actors: [],
    countries: [],
    events: [],
    joins: [],
  };
  // Nothing to add: the timeline is not re-read, and nothing was left uncompared.
  if (articles.length === 0) return { addition: empty, reports, compared: true };

  const baseArticles = rereadTimeline(base, options.compareLimit ?? COMPARE_LIMIT, longestPart);
  const { drafts, registry } = draftArticles(
    [...(baseArticles ?? []), ...articles],
    options,
    (article, stage) => {
      onProgress?.({ file: article.input.file, index: indexOf.get(article) ?? -1, stage });
    },
  );
  const baseIds = new Set((baseArticles ?? []).map((a) => a.document.id));
  const parts = readerParts(mergeDrafts(drafts, registry), base, baseIds);
  // Built after the timeline's own drafts, the reader's actors are numbered as a run over all
  // the articles numbers them: "john-smith-2" is the same actor as the timeline's when it can be.
  const built = buildEvents([...parts.ofBase, ...parts.ofReader], registry);
  const told = built.events.slice(parts.ofBase.length);

  const { actors, actorIdOf } = actorsOfReader(built.actors, told, base.actors);
  const giveEventId = uniqueIdGiver(
    base.events.map((e) => e.id),
    new Set(told.map((e) => e.id)),
  );
  const events: TimelineEvent[] = [];
  const joins = new Map<string, AdditionJoin>();
  told.forEach((e, k) => {
    const ids = e.actors.map((id) => actorIdOf.get(id) ?? id);
    const eventId = parts.joins[k];
    if (eventId === undefined) {
      events.push({ ...e, id: giveEventId(e.id), actors: ids });
      return;
    }
    const join = joins.get(eventId);
    if (join === undefined) {
      joins.set(eventId, {
        eventId,
        sources: [...e.sources],
        actors: ids,
        countries: [...e.countries],
      });
      return;
    }
    // Two events of this run that the timeline has as one (it was curated): one join.
    addNew(join.sources, e.sources);
    addNew(join.actors, ids);
    addNew(join.countries, e.countries);
  });

  const baseCodes = new Set(base.countries.map((c) => c.code));
  const usedCodes = new Set([...events, ...joins.values()].flatMap((e) => e.countries));
  for (const a of actors) if (a.country !== undefined) usedCodes.add(a.country);
  const countries = built.countries.filter((c) => usedCodes.has(c.code) && !baseCodes.has(c.code));

  const joinList = [...joins.values()];
  countReports(articles, [...events, ...joinList]);
  return {
    addition: {
      documents: articles.map((a) => a.document),
      actors,
      countries,
      events,
      joins: joinList,
    },
    reports,
    compared: baseArticles !== undefined,
  };
}
