/**
 * Reading a timeline file while it downloads: the text goes in chunk by chunk, and runs of checked
 * records (documents, actors, countries, events) come out as they arrive (as JSON text, for a page to parse while the rest
 * is still on its way), then the checked timeline. The checks and their outcome are parseTimelineJson's: the
 * same records kept, the same ones left out for the same reasons, in the same order. Events that
 * arrive before every document has (a file that lists its events first, so that a page can draw
 * them while the articles' texts are still on their way) are handed on at once, their passages
 * checked once the documents are complete; should one of them then fail, `revised` is set and
 * the events handed on are to be replaced by the checked timeline's.
 *
 * Only a file that is one well-formed object with the four record arrays and this schema version
 * is read this way. For anything else `finish` answers undefined and the caller reads the whole
 * text with parseTimelineText, which names the problem, so that a broken file is described
 * exactly as before; records handed on by then are to be dropped.
 */
import type { z } from 'zod';
import { JsonObjectSplitter } from './jsonObjectSplitter';
import {
  keepReadableEvents,
  keepValid,
  passageReason,
  RECORD_CHECKS,
  type LeftOutRecord,
  type RecordKind,
  type TimelineLoad,
} from './loadTimeline';
import {
  SCHEMA_VERSION,
  type Actor,
  type Country,
  type NewsDocument,
  type Timeline,
  type TimelineEvent,
} from './schema';

const ARRAYS: Readonly<Record<string, RecordKind>> = {
  documents: 'document',
  actors: 'actor',
  countries: 'country',
  events: 'event',
};

/** The records handed on as they are checked: all of them, so that a page can show a part early. */
export type StreamedKind = RecordKind;

/** Every kind handed on, in the file's usual order. */
export const STREAMED_KINDS: readonly StreamedKind[] = Object.values(ARRAYS);

/** Receives `count` checked records of one kind, as JSON text of the form `r1,r2,…`. */
export type OnRecords = (kind: StreamedKind, json: string, count: number) => void;

export class TimelineStreamReader {
  private readonly splitter: JsonObjectSplitter;
  private failed = false;
  private version: unknown;
  private generatedAt: unknown;
  private readonly ended = new Set<RecordKind>();
  private readonly documents: NewsDocument[] = [];
  private readonly actors: Actor[] = [];
  private readonly countries: Country[] = [];
  private readonly events: TimelineEvent[] = [];
  /** Records seen so far, kept or not, per kind: the index a left-out record is named by. */
  private readonly seen: Record<RecordKind, number> = {
    document: 0,
    actor: 0,
    country: 0,
    event: 0,
  };
  private readonly leftOut: Record<RecordKind, LeftOutRecord[]> = {
    document: [],
    actor: [],
    country: [],
    event: [],
  };
  private readonly textLength = new Map<string, number>();
  /** Ids (countries' codes) kept so far, per kind: a later record repeating one is left out. */
  private readonly ids: Record<Exclude<RecordKind, 'event'>, Set<string>> = {
    document: new Set(),
    actor: new Set(),
    country: new Set(),
  };
  private readonly eventIds = new Set<string>();
  /**
   * Runs of events (as parsed) handed on before the documents were complete: the events kept so
   * far are theirs, and their passages are checked once the documents are.
   */
  private early: { records: readonly unknown[]; first: number }[] = [];
  /** Some event handed on early was then found unreadable: replace them by the timeline's. */
  revised = false;

  constructor(private readonly onRecords: OnRecords) {
    this.splitter = new JsonObjectSplitter(new Set(Object.keys(ARRAYS)), {
      member: (key, json) => this.member(key, json),
      arrayStart: () => undefined,
      elements: (key, json) => this.elements(ARRAYS[key] ?? 'event', json),
      arrayEnd: (key) => this.arrayEnd(ARRAYS[key] ?? 'event'),
    });
  }

  feed(chunk: string): void {
    if (!this.failed) this.splitter.feed(chunk);
  }

  /** The checked timeline (its events were also handed on), or undefined: read the text whole. */
  finish(): Extract<TimelineLoad, { ok: true }> | undefined {
    if (this.failed || !this.splitter.end()) return undefined;
    const complete = Object.values(ARRAYS).every((kind) => this.ended.has(kind));
    const generatedAt = this.generatedAt;
    if (!complete || this.version !== SCHEMA_VERSION) return undefined;
    if (generatedAt !== undefined && typeof generatedAt !== 'string') return undefined;
    return { ok: true, timeline: this.timeline(), leftOut: this.allLeftOut() };
  }

  /**
   * For a file that ends partway through (its text so far the start of a timeline of this
   * schema version, with no fault in it): the timeline of the whole records before the cut,
   * marked as cut off. Undefined for anything else. Events whose documents did not all arrive
   * are checked against the documents that did.
   */
  finishCutOff(file: string): Extract<TimelineLoad, { ok: true }> | undefined {
    if (this.failed || !this.splitter.cutShort || this.version !== SCHEMA_VERSION) return undefined;
    this.documentsComplete();
    return { ok: true, timeline: this.timeline(), leftOut: this.allLeftOut(), cutOff: { file } };
  }

  /** The records read so far, as a timeline. */
  private timeline(): Timeline {
    const timeline: Timeline = {
      schemaVersion: SCHEMA_VERSION,
      documents: this.documents,
      actors: this.actors,
      countries: this.countries,
      events: this.events,
    };
    if (typeof this.generatedAt === 'string') timeline.generatedAt = this.generatedAt;
    return timeline;
  }

  private allLeftOut(): LeftOutRecord[] {
    return [
      ...this.leftOut.document,
      ...this.leftOut.actor,
      ...this.leftOut.country,
      ...this.leftOut.event,
    ];
  }

  private member(key: string, json: string): void {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      this.failed = true;
      return;
    }
    if (key === 'schemaVersion') this.version = value;
    else if (key === 'generatedAt') this.generatedAt = value;
    // A record array that is not an array: the whole-text reading says what is wrong.
    else if (Object.hasOwn(ARRAYS, key)) this.failed = true;
  }

  private elements(kind: RecordKind, json: string): void {
    if (this.failed) return;
    let records: unknown[];
    try {
      records = JSON.parse(`[${json}]`) as unknown[];
    } catch {
      this.failed = true;
      return;
    }
    switch (kind) {
      case 'document': {
        const kept = this.checkAll('document', records, RECORD_CHECKS.document, this.documents);
        for (const document of kept) this.textLength.set(document.id, document.text.length);
        this.handOn('document', json, records, kept);
        return;
      }
      case 'actor': {
        const kept = this.checkAll('actor', records, RECORD_CHECKS.actor, this.actors);
        this.handOn('actor', json, records, kept);
        return;
      }
      case 'country': {
        const kept = this.checkAll('country', records, RECORD_CHECKS.country, this.countries);
        this.handOn('country', json, records, kept);
        return;
      }
      case 'event':
        this.checkEvents(json, records);
        return;
    }
  }

  /** Checks a run of records of one kind, keeping the good ones in `into`; returns those. */
  private checkAll<T extends { id: string } | { code: string }>(
    kind: Exclude<RecordKind, 'event'>,
    records: readonly unknown[],
    checks: { schema: z.ZodType<T>; isPlainValid: (record: unknown) => record is T },
    into: T[],
  ): T[] {
    const first = this.next(kind, records);
    const kept = keepValid(kind, records, checks, this.ids[kind], this.leftOut[kind], first);
    for (const record of kept) into.push(record);
    return kept;
  }

  private arrayEnd(kind: RecordKind): void {
    if (kind === 'document') this.documentsComplete();
    else this.ended.add(kind);
  }

  /**
   * Checks the passages of the events handed on before now. Should one fail, the events read so
   * far are checked again from the start, as the whole text would be (an event left out as a
   * repeat of a failed one's id is then kept), and the reader is marked revised.
   */
  private documentsComplete(): void {
    if (this.ended.has('document')) return;
    this.ended.add('document');
    const early = this.early;
    this.early = [];
    // Every event kept so far came before the documents were complete.
    if (this.events.every((event) => passageReason(event, this.textLength) === undefined)) return;
    this.revised = true;
    this.events.length = 0;
    this.eventIds.clear();
    this.leftOut.event.length = 0;
    for (const { records, first } of early) {
      const again = keepReadableEvents(
        records,
        this.textLength,
        this.eventIds,
        this.leftOut.event,
        first,
      );
      for (const event of again) this.events.push(event);
    }
  }

  /** The place in the file of the first of `records`, the next run of this kind. */
  private next(kind: RecordKind, records: readonly unknown[]): number {
    const index = this.seen[kind];
    this.seen[kind] = index + records.length;
    return index;
  }

  /**
   * Checks a run of events and hands on the ones kept: their own text when all are unchanged.
   * Before every document has come, their passages wait (documentsComplete).
   */
  private checkEvents(json: string, records: readonly unknown[]): void {
    const first = this.next('event', records);
    const complete = this.ended.has('document');
    const kept = complete
      ? keepReadableEvents(records, this.textLength, this.eventIds, this.leftOut.event, first)
      : keepValid('event', records, RECORD_CHECKS.event, this.eventIds, this.leftOut.event, first);
    if (!complete) this.early.push({ records, first });
    for (const event of kept) this.events.push(event);
    this.handOn('event', json, records, kept);
  }

  /** Hands on the kept records of a run: the run's own text when they are the records read. */
  private handOn(
    kind: StreamedKind,
    json: string,
    records: readonly unknown[],
    kept: readonly object[],
  ): void {
    if (kept.length === 0) return;
    // A record zod had to copy (or one left out) changes the text; otherwise it is handed on as is.
    const unchanged = kept.length === records.length && kept.every((r, i) => r === records[i]);
    this.onRecords(kind, unchanged ? json : JSON.stringify(kept).slice(1, -1), kept.length);
  }
}
