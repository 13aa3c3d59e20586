/**
 * The ingest pipeline shared by ingestArticles and extendTimeline: each article read on its own
 * (layout, metadata), the actors of all articles learned together in a first pass, and the event
 * drafts of each article extracted in a second. Merging and building are the callers' (they keep
 * different parts of the result). Pure, like the rest of ingest.
 */
import type { FurnitureSpan, NewsDocument } from '../domain/schema';
import { ActorRegistry } from './actors/registry';
import {
  partsOf,
  readDocument,
  readSentences,
  repeatedSentences,
  type BlockRange,
  type DocumentReading,
  type SentenceReading,
} from './analysis';
import { isIsoDay, unreadableReason } from './checks';
import type { ReadDates } from './dates';
import type { EventDraft } from './events/draft';
import { datelineDay } from './events/dating';
import { extractEvents } from './events/extract';
import { learnActors, noteNamesUsedAlone } from './events/resolve';
import { ReadingKeeper, restoreReading, StringTable, type KeptReading } from './keptReading';
import { readMetadata } from './metadata';
import { readLayout, type Block } from './text/layout';
import { LONGEST_SENTENCE } from './text/sentences';
import type { ArticleInput, ArticleReport } from './types';

export interface ReadArticle {
  input: ArticleInput;
  document: NewsDocument;
  blocks: Block[];
  /** The ranges of blocks read one after another (one, unless the text is very long). */
  parts: BlockRange[];
  /**
   * The reading of each part while it is kept between the two passes: the reading itself for an
   * article read whole, its kept form for one read in parts.
   */
  readings: (DocumentReading | KeptReading | undefined)[] | undefined;
  report: ArticleReport;
}

/**
 * An article read for its layout and metadata under the document id `id`, or the report of why
 * it cannot be (unreadable text, an id another article has, no or a bad publication date).
 */
export function readArticle(
  input: ArticleInput,
  id: string,
  usedIds: Set<string>,
  longestPart: number,
): ReadArticle | ArticleReport {
  const fail = (error: string): ArticleReport => ({
    file: input.file,
    ok: false,
    events: 0,
    actors: 0,
    warnings: [],
    error,
  });
  const reason = unreadableReason(input.text);
  if (reason) return fail(reason);
  if (usedIds.has(id)) return fail(`another file already has the document id "${id}"`);
  const blocks = readLayout(input.text);
  const fromText = readMetadata(blocks);
  const meta = input.meta ?? {};
  const warnings: string[] = [];
  const published = meta.published ?? fromText.published;
  if (meta.published !== undefined && !isIsoDay(meta.published)) {
    return fail(`the sidecar's published date "${meta.published}" is not a valid YYYY-MM-DD date`);
  }
  if (published === undefined) {
    return fail(
      'no publication date found in the text; give one in a NAME.meta.json sidecar ("published")',
    );
  }
  const title = (meta.title ?? fromText.title).trim() || id;
  if (!fromText.title && !meta.title)
    warnings.push('no headline found; the file name is the title');
  const byline = meta.byline ?? fromText.byline;
  usedIds.add(id);
  const document: NewsDocument = {
    id,
    file: input.file,
    title,
    published,
    ...(byline ? { byline } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    text: input.text,
    furniture: furnitureOf(blocks),
  };
  return {
    input,
    document,
    blocks,
    parts: partsOf(blocks, longestPart),
    readings: undefined,
    report: { file: input.file, ok: true, events: 0, actors: 0, warnings },
  };
}

/** The lines the layout took for page furniture or a byline, for the reader to dim. */
function furnitureOf(blocks: readonly Block[]): FurnitureSpan[] {
  const spans: FurnitureSpan[] = [];
  for (const block of blocks) {
    if ((block.kind === 'furniture' || block.kind === 'byline') && block.end > block.start) {
      spans.push({ start: block.start, end: block.end, kind: block.kind });
    }
  }
  return spans;
}

/**
 * The most text (UTF-16 units) read as one: a longer article is read in parts of whole blocks
 * of at most this length, one after another, so that its reading costs memory for one part at a
 * time. Who is who, the story's time and its country carry over within a part only; a news
 * article is far shorter, and read whole. Between the two passes each part is kept in its
 * compact form (keptReading.ts), so that it is read once: keeping the parts' readings as they are
 * took a 20 MB article past 1.6 GB, and reading each part again cost a third of the time.
 */
export const LONGEST_PART = 1_000_000;

/**
 * One part of an article read in the first pass: its reading in its kept form, and the names it
 * uses alone.
 */
export interface KeptPart {
  kept: KeptReading;
  alone: Set<string>;
}

/**
 * Part `range` of an article read and kept (its strings in `table`), with the names it uses
 * alone: what the first pass needs of a part read in its kept form, wherever it is read.
 */
export function readKeptPart(
  text: string,
  blocks: Block[],
  range: BlockRange,
  table: StringTable,
): KeptPart {
  const alone = new Set<string>();
  const keeper = new ReadingKeeper(table);
  const cut = readSentences(text, blocks, range, (s) => {
    noteNamesUsedAlone(s, alone);
    keeper.add(s);
  });
  return { kept: keeper.finish(blocks, cut), alone };
}

/**
 * Other threads that take on some of the work on an article read in parts (the CLI has them; the
 * browser does all of it itself). In the first pass one reads some of the parts while this thread
 * reads the others: each takes the next part no one has taken, so that the faster reads more, and
 * the actors are then learned from the parts in their order. In the second pass one reads ahead
 * what chrono reads in the sentences of the next part, while this thread extracts the events of
 * the part before. The result is the one of doing all of it here.
 */
export interface PartHelper {
  /** Starts on the parts `ranges` of one article; undefined if it cannot help with it. */
  begin(
    text: string,
    blocks: readonly Block[],
    ranges: readonly BlockRange[],
  ): HelpedParts | undefined;
  /** The first pass is over: lets go of what it needed. */
  firstPassDone(): void;
  /**
   * Starts reading what chrono reads in each of the sentences `spans` lists (start and end
   * offsets into `text`, in order) against the day `published`; the function returned gives it
   * if it has been read by the time it is called (it never waits), else undefined.
   */
  readDatesAhead(text: string, spans: Int32Array, published: string): () => ReadDates[] | undefined;
  /** Lets go of everything once both passes are over. */
  end(): void;
}

/** The parts of one article as the helper and this thread share them in the first pass. */
export interface HelpedParts {
  /** The next part no one has taken, now this thread's to read; undefined once all are taken. */
  next(): number | undefined;
  /** Part k, which the helper took, once read; undefined if it could not read it. */
  take(k: number): KeptPart | undefined;
}

/**
 * The parts of an article, each read and kept (its strings in `table`): every part taken in turn
 * by this thread and the helper, if there is one.
 */
function readKeptParts(
  a: ReadArticle,
  table: StringTable,
  helper: PartHelper | undefined,
): KeptPart[] {
  const { text } = a.input;
  const readHere = (k: number): KeptPart =>
    readKeptPart(text, a.blocks, a.parts[k] ?? { from: 0, to: 0 }, table);
  const shared = a.parts.length > 1 ? helper?.begin(text, a.blocks, a.parts) : undefined;
  if (shared === undefined) return a.parts.map((_, k) => readHere(k));
  const here: (KeptPart | undefined)[] = [];
  for (let k = shared.next(); k !== undefined; k = shared.next()) here[k] = readHere(k);
  return a.parts.map((_, k) => {
    const part = here[k] ?? shared.take(k) ?? readHere(k);
    // The helper's part comes without the article's layout, which this thread has.
    part.kept.blocks = a.blocks;
    return part;
  });
}

/**
 * The first pass over one article: each part read and its actors learned. The readings are
 * returned for the second pass as `keep` says: as they are (`whole`), in their kept form (a
 * StringTable to keep them with, the helper reading some of the parts), or not at all.
 */
function learnArticle(
  a: ReadArticle,
  registry: ActorRegistry,
  longestPart: number,
  keep: 'whole' | StringTable | undefined,
  helper: PartHelper | undefined,
): (DocumentReading | KeptReading)[] | undefined {
  let cut = 0;
  const readings: (DocumentReading | KeptReading)[] = [];
  if (keep instanceof StringTable) {
    for (const { kept, alone } of readKeptParts(a, keep, helper)) {
      learnActors(a.document.id, kept.sentences, alone, registry);
      cut += kept.cutSentences;
      readings.push(kept);
    }
  } else {
    for (const range of a.parts) {
      // Each sentence is kept only as far as this pass or the next needs it.
      const alone = new Set<string>();
      const whole: SentenceReading[] = [];
      // A part kept whole is itself what the actors are learned from.
      const learned: Pick<SentenceReading, 'heading' | 'mentions'>[] =
        keep === 'whole' ? whole : [];
      const cutHere = readSentences(a.input.text, a.blocks, range, (s) => {
        noteNamesUsedAlone(s, alone);
        if (keep === 'whole') whole.push(s);
        else learned.push({ heading: s.heading, mentions: s.mentions });
      });
      learnActors(a.document.id, learned, alone, registry);
      cut += cutHere;
      if (keep === 'whole')
        readings.push({ blocks: a.blocks, sentences: whole, cutSentences: cutHere });
    }
  }
  const count = (n: number): string => n.toLocaleString('en-US');
  if (cut > 0) {
    a.report.warnings.push(
      `${count(cut)} stretches of text ran past ${count(LONGEST_SENTENCE)} characters without sentence punctuation and were read in pieces`,
    );
  }
  if (a.parts.length > 1) {
    a.report.warnings.push(
      `the text is longer than ${count(longestPart)} characters and was read in ${count(a.parts.length)} parts; who is who, the story's time and its country carry over within a part only`,
    );
  }
  return keep === undefined ? undefined : readings;
}

/** The second pass over one article: its events, part after part. */
function articleDrafts(
  a: ReadArticle,
  registry: ActorRegistry,
  helper: PartHelper | undefined,
): EventDraft[] {
  const copies = repeatedSentences(a.input.text, a.blocks);
  const drafts: EventDraft[] = [];
  // Every part counts "yesterday" from the day the article's own dateline gives.
  let filedOn: string | undefined;
  const readings = a.readings;
  // The readings are not needed after this; letting them go keeps large runs light on memory.
  a.readings = undefined;
  /** What chrono reads in each sentence of a part, read ahead by the helper, by part. */
  const datesAhead = new Map<number, () => ReadDates[] | undefined>();
  const readAhead = (k: number): void => {
    const kept = readings?.[k];
    if (helper === undefined || filedOn === undefined || kept === undefined) return;
    if ('strings' in kept) {
      datesAhead.set(k, helper.readDatesAhead(a.input.text, sentenceSpans(kept), filedOn));
    }
  };
  a.parts.forEach((range, k) => {
    // The next part's dates are read while this part's events are extracted.
    if (k > 0) readAhead(k + 1);
    const kept = readings?.[k];
    const reading =
      kept === undefined
        ? readDocument(a.input.text, a.blocks, range)
        : 'strings' in kept
          ? restoreReading(kept, a.input.text, datesAhead.get(k)?.())
          : kept;
    datesAhead.delete(k);
    if (readings) readings[k] = undefined;
    if (k === 0 && a.parts.length > 1) {
      filedOn = datelineDay(reading.sentences, a.document.published) ?? a.document.published;
      readAhead(1);
    }
    // One by one: spreading an article's drafts into the call overflows the stack when an
    // article has hundreds of thousands of them.
    for (const draft of extractEvents(a.document, reading, registry, copies, filedOn))
      drafts.push(draft);
  });
  return drafts;
}

/** The start and end of each sentence of a part kept read, in order. */
function sentenceSpans(reading: KeptReading): Int32Array {
  const spans = new Int32Array(reading.sentences.length * 2);
  reading.sentences.forEach((s, n) => {
    spans[2 * n] = s.start;
    spans[2 * n + 1] = s.end;
  });
  return spans;
}

/**
 * How much article text (UTF-16 units) is kept read between learning the actors of all articles
 * and extracting their events. A reading takes about forty times its text in memory, its kept form
 * (keptReading.ts) about seven: an article read whole is kept as it is while the budget allows,
 * one read in parts (or past that) in its kept form, counted at KEPT_FORM_SHARE of its length,
 * and past the budget the article is read again when its events are extracted. Memory follows
 * the budget and the largest article, not the corpus.
 */
export const KEPT_READING_BUDGET = 8_000_000;

/** What share of its text's length a reading in its kept form counts against the budget. */
export const KEPT_FORM_SHARE = 1 / 5;

export interface IngestOptions {
  /** Text kept read between the two passes; KEPT_READING_BUDGET unless given. */
  keptReadingBudget?: number;
  /** The most text read as one part of an article; LONGEST_PART unless given. */
  longestPart?: number;
  /** Another thread that reads some of the parts of an article read in parts; none unless given. */
  partHelper?: PartHelper;
}

/** What draftArticles is doing with one article: learning its actors, or its events. */
export type DraftStage = 'reading' | 'events' | 'done';

export interface DraftedArticles {
  /** Every article's event drafts, article after article, in the order given. */
  drafts: EventDraft[];
  /** The actors learned across all the articles. */
  registry: ActorRegistry;
}

/**
 * The two passes over read articles: the actors of all of them learned together, then the event
 * drafts of each. `onStage` hears of each article as its actors are learned (reading), as its
 * events are extracted (events) and once they are (done).
 */
export function draftArticles(
  articles: readonly ReadArticle[],
  options: IngestOptions = {},
  onStage?: (article: ReadArticle, stage: DraftStage) => void,
): DraftedArticles {
  const budget = options.keptReadingBudget ?? KEPT_READING_BUDGET;
  const longestPart = options.longestPart ?? LONGEST_PART;
  const registry = new ActorRegistry();
  const table = new StringTable();
  let kept = 0;
  for (const a of articles) {
    onStage?.(a, 'reading');
    const length = a.input.text.length;
    const whole = a.parts.length === 1 && kept + length <= budget;
    const compact = !whole && kept + length * KEPT_FORM_SHARE <= budget;
    if (whole) kept += length;
    else if (compact) kept += length * KEPT_FORM_SHARE;
    a.readings = learnArticle(
      a,
      registry,
      longestPart,
      whole ? 'whole' : compact ? table : undefined,
      options.partHelper,
    );
  }
  options.partHelper?.firstPassDone();
  const drafts: EventDraft[] = [];
  for (const a of articles) {
    onStage?.(a, 'events');
    for (const draft of articleDrafts(a, registry, options.partHelper)) drafts.push(draft);
    onStage?.(a, 'done');
  }
  options.partHelper?.end();
  return { drafts, registry };
}

/** What an article told, as far as its report counts it: an event or an addition to one. */
export interface Told {
  readonly sources: readonly { readonly documentId: string }[];
  readonly actors: readonly string[];
}

/** Fills in each article's report: how many events it tells, with how many actors. */
export function countReports(articles: readonly ReadArticle[], told: readonly Told[]): void {
  const eventsOf = new Map<string, number>();
  const actorsOf = new Map<string, Set<string>>();
  for (const e of told) {
    for (const id of new Set(e.sources.map((s) => s.documentId))) {
      eventsOf.set(id, (eventsOf.get(id) ?? 0) + 1);
      const set = actorsOf.get(id) ?? new Set<string>();
      for (const actor of e.actors) set.add(actor);
      actorsOf.set(id, set);
    }
  }
  for (const a of articles) {
    a.report.events = eventsOf.get(a.document.id) ?? 0;
    a.report.actors = actorsOf.get(a.document.id)?.size ?? 0;
    if (a.report.events === 0) a.report.warnings.push('no events found');
  }
}
