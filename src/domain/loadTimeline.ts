/**
 * Reading a timeline.json: text in, either a usable timeline or a typed problem that names the
 * file and what is wrong with it.
 *
 * Whole-file problems (missing, not JSON, another schemaVersion, no events array) stop the load.
 * Single bad records do not: each document, actor, country and event is validated on its own, the
 * good ones are kept and the rest are listed with the reason, so one malformed event never hides
 * the others. Events whose passage points outside its document are left out too, since the panel
 * could not show them. A record whose id (a country's code) an earlier record of its kind already
 * has is left out and named: the first one is kept, so that a later copy can neither replace a
 * document its events were checked against nor take another record's place. Fetching is the caller's job; this module is pure.
 */
import { z } from 'zod';
import {
  ActorSchema,
  CountrySchema,
  DocumentSchema,
  EventSchema,
  SCHEMA_VERSION,
  type NewsDocument,
  type Timeline,
  type TimelineEvent,
} from './schema';
import {
  isPlainValidActor,
  isPlainValidCountry,
  isPlainValidDocument,
  isPlainValidEvent,
} from './fastValidate';
import type { PreparedEvents } from './prepareEvents';

export type TimelineProblem =
  | { readonly kind: 'unavailable'; readonly file: string; readonly detail: string }
  | { readonly kind: 'not-json'; readonly file: string; readonly detail: string }
  | { readonly kind: 'wrong-version'; readonly file: string; readonly found: string }
  | { readonly kind: 'invalid'; readonly file: string; readonly detail: string }
  /**
   * Larger than a browser tab can hold and still answer the reader (fetchTimelineText.ts):
   * `bytes` its size as the server announced it (null when it did not, and more than `limit`
   * bytes came), `limit` the largest size opened.
   */
  | {
      readonly kind: 'too-large';
      readonly file: string;
      readonly bytes: number | null;
      readonly limit: number;
    }
  /** The file ends partway through, before its first whole event (readTimelineText.ts). */
  | { readonly kind: 'cut-off'; readonly file: string };

export type RecordKind = 'document' | 'actor' | 'country' | 'event';

/** A record that was left out of the loaded timeline, and why. */
export interface LeftOutRecord {
  readonly kind: RecordKind;
  readonly index: number;
  readonly id: string | undefined;
  readonly reason: string;
}

export type TimelineLoad =
  | {
      readonly ok: true;
      readonly timeline: Timeline;
      readonly leftOut: readonly LeftOutRecord[];
      /** Work already done on the events as they arrived, for indexTimeline. */
      readonly prepared?: PreparedEvents;
      /**
       * Set when the file ends partway through (readTimelineText.ts): the timeline then holds
       * the whole records that came before the cut.
       */
      readonly cutOff?: { readonly file: string };
    }
  | { readonly ok: false; readonly problem: TimelineProblem };

const Envelope = z.object({
  documents: z.array(z.unknown()),
  actors: z.array(z.unknown()),
  countries: z.array(z.unknown()),
  events: z.array(z.unknown()),
  generatedAt: z.string().optional(),
});

/** A problem for a file that could not be fetched (HTTP status or network failure). */
export function unavailable(file: string, detail: string): TimelineLoad {
  return { ok: false, problem: { kind: 'unavailable', file, detail } };
}

export function parseTimelineText(file: string, text: string): TimelineLoad {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'not-json', file, detail } };
  }
  return parseTimelineJson(file, json);
}

export function parseTimelineJson(file: string, json: unknown): TimelineLoad {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return invalid(file, 'the file does not hold a JSON object');
  }
  const version: unknown = (json as Record<string, unknown>)['schemaVersion'];
  if (version !== SCHEMA_VERSION) {
    const found = version === undefined ? 'none' : JSON.stringify(version);
    return { ok: false, problem: { kind: 'wrong-version', file, found } };
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) return invalid(file, describeIssues(envelope.error.issues));

  const leftOut: LeftOutRecord[] = [];
  const { data } = envelope;
  const documents = keepValid(
    'document',
    data.documents,
    RECORD_CHECKS.document,
    new Set(),
    leftOut,
  );
  const actors = keepValid('actor', data.actors, RECORD_CHECKS.actor, new Set(), leftOut);
  const countries = keepValid('country', data.countries, RECORD_CHECKS.country, new Set(), leftOut);
  const events = keepReadableEvents(data.events, documentLengths(documents), new Set(), leftOut);

  const timeline: Timeline = {
    schemaVersion: SCHEMA_VERSION,
    documents,
    actors,
    countries,
    events,
  };
  if (envelope.data.generatedAt !== undefined) timeline.generatedAt = envelope.data.generatedAt;
  return { ok: true, timeline, leftOut };
}

function invalid(file: string, detail: string): TimelineLoad {
  return { ok: false, problem: { kind: 'invalid', file, detail } };
}

/** The schema of each kind of record, and its fast check (fastValidate.ts). */
export const RECORD_CHECKS = {
  document: { schema: DocumentSchema, isPlainValid: isPlainValidDocument },
  actor: { schema: ActorSchema, isPlainValid: isPlainValidActor },
  country: { schema: CountrySchema, isPlainValid: isPlainValidCountry },
  event: { schema: EventSchema, isPlainValid: isPlainValidEvent },
} as const;

/**
 * One record, checked: the record itself when the fast check accepts it (it is then exactly what
 * zod would return), zod's copy when only zod does, or undefined when neither does, with the
 * reason added to `leftOut`.
 */
function checkRecord<T>(
  kind: RecordKind,
  record: unknown,
  index: number,
  schema: z.ZodType<T>,
  isPlainValid: (record: unknown) => record is T,
  leftOut: LeftOutRecord[],
): T | undefined {
  if (isPlainValid(record)) return record;
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  leftOut.push({ kind, index, id: recordId(record), reason: describeIssues(parsed.error.issues) });
  return undefined;
}

/**
 * The records that match the schema, each checked on its own (checkRecord), whose id is not in
 * `seen` (the ids of this kind kept so far, which gains these), and for which `unreadable`, when
 * given, finds nothing wrong. `firstIndex` is the place in the file of the first record, for a
 * run read out of a longer array.
 */
export function keepValid<T extends { id: string } | { code: string }>(
  kind: RecordKind,
  records: readonly unknown[],
  checks: { schema: z.ZodType<T>; isPlainValid: (record: unknown) => record is T },
  seen: Set<string>,
  leftOut: LeftOutRecord[],
  firstIndex = 0,
  unreadable?: (record: T) => string | undefined,
): T[] {
  const kept: T[] = [];
  records.forEach((record, i) => {
    const index = firstIndex + i;
    const checked = checkRecord(kind, record, index, checks.schema, checks.isPlainValid, leftOut);
    if (checked === undefined) return;
    const id = 'id' in checked ? checked.id : checked.code;
    const reason = seen.has(id) ? duplicateReason(kind, id) : unreadable?.(checked);
    if (reason !== undefined) {
      leftOut.push({ kind, index, id, reason });
      return;
    }
    seen.add(id);
    kept.push(checked);
  });
  return kept;
}

function duplicateReason(kind: RecordKind, id: string): string {
  const name = kind === 'country' ? 'code' : 'id';
  return `duplicate ${name} "${id}": an earlier ${kind} has it, and that one is kept`;
}

/** Each document's text length by id: what event passages are checked against. */
export function documentLengths(documents: readonly NewsDocument[]): Map<string, number> {
  return new Map(documents.map((d) => [d.id, d.text.length]));
}

/**
 * The events that match the schema and can be shown: no repeated id (`seen` holds the ids kept
 * so far, and gains these), every passage inside a known document. Each one left out is named by
 * its place in the file, `firstIndex` being the place of the first of these records.
 */
export function keepReadableEvents(
  records: readonly unknown[],
  textLength: ReadonlyMap<string, number>,
  seen: Set<string>,
  leftOut: LeftOutRecord[],
  firstIndex = 0,
): TimelineEvent[] {
  return keepValid('event', records, RECORD_CHECKS.event, seen, leftOut, firstIndex, (event) =>
    passageReason(event, textLength),
  );
}

/** Why the event's passages cannot be shown (one names an unknown document, or runs past its end). */
export function passageReason(
  event: TimelineEvent,
  textLength: ReadonlyMap<string, number>,
): string | undefined {
  for (const source of event.sources) {
    const length = textLength.get(source.documentId);
    if (length === undefined) return `source names unknown document "${source.documentId}"`;
    if (source.end > length) {
      return `source ends at ${source.end}, past the end of "${source.documentId}" (${length})`;
    }
  }
  return undefined;
}

function recordId(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id: unknown =
    (record as Record<string, unknown>)['id'] ?? (record as Record<string, unknown>)['code'];
  return typeof id === 'string' ? id : undefined;
}

/** The first few of a record's schema issues, each as `field.path: what is wrong`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/**
 * About how many events a file of `bytes` holds, to the nearest 10,000: 615 bytes an event, as in
 * the generated corpus (bench/corpus.ts), whose events share articles fifty to one.
 */
function eventsIn(bytes: number): string {
  return (Math.round(bytes / 615 / 10_000) * 10_000).toLocaleString('en');
}

/** One sentence for the reader: which file, and what is wrong with it. */
export function describeProblem(problem: TimelineProblem): string {
  switch (problem.kind) {
    case 'unavailable':
      return `Could not load ${problem.file}: ${problem.detail}.`;
    case 'not-json':
      return `${problem.file} is not valid JSON: ${problem.detail}.`;
    case 'wrong-version':
      return `${problem.file} has schemaVersion ${problem.found}; this version of Newsline reads schemaVersion ${SCHEMA_VERSION}.`;
    case 'invalid':
      return `${problem.file} is not a Newsline timeline: ${problem.detail}.`;
    case 'too-large': {
      const mb = (bytes: number): string =>
        `${Math.round(bytes / 1_000_000).toLocaleString('en')} MB`;
      const size = problem.bytes === null ? `over ${mb(problem.limit)}` : mb(problem.bytes);
      return (
        `${problem.file} is too large to open here: it is ${size}, and Newsline opens timelines ` +
        `of up to ${mb(problem.limit)} (about ${eventsIn(problem.limit)} events) so that the ` +
        'page stays quick to answer. Make smaller timelines from fewer articles, and open them ' +
        'one at a time.'
      );
    }
    case 'cut-off':
      return `${problem.file} is cut off: it ends partway through, before its first whole event.`;
  }
}

/** "2 events and 1 actor were left out" — undefined when nothing was. */
export function summarizeLeftOut(leftOut: readonly LeftOutRecord[]): string | undefined {
  if (leftOut.length === 0) return undefined;
  const kinds: readonly RecordKind[] = ['event', 'document', 'actor', 'country'];
  const parts = kinds.flatMap((kind) => {
    const n = leftOut.filter((record) => record.kind === kind).length;
    return n === 0 ? [] : [`${n} ${kind}${n === 1 ? '' : 's'}`];
  });
  const verb = leftOut.length === 1 ? 'was' : 'were';
  return `${parts.join(' and ')} ${verb} left out because they did not match the timeline format.`;
}

/**
 * "seeds/timeline.json is cut off: …" for a file that ends partway through, saying how many of
 * its records were whole and are shown; undefined for a whole file.
 */
export function describeCutOff(load: TimelineLoad): string | undefined {
  if (!load.ok || load.cutOff === undefined) return undefined;
  const { documents, actors, countries, events } = load.timeline;
  const counts: [number, string][] = [
    [documents.length, 'document'],
    [actors.length, 'actor'],
    [countries.length, 'country'],
    [events.length, 'event'],
  ];
  const total = counts.reduce((sum, [n]) => sum + n, 0);
  const parts = counts.map(([n, kind]) => {
    const plural = kind === 'country' ? 'countries' : `${kind}s`;
    return `${n.toLocaleString('en')} ${n === 1 ? kind : plural}`;
  });
  const list = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  return (
    `${load.cutOff.file} is cut off: the file stops partway through. ` +
    `The ${total.toLocaleString('en')} whole records before the cut are shown (${list}); ` +
    'the rest of the file is missing.'
  );
}
