/**
 * The published data contract of `timeline.json`, schemaVersion 1.
 *
 * This file is the single source of truth: the ingest CLI writes through it, the app reads
 * through it, and every type in the project comes from `z.infer`. Fields beyond the ones listed
 * in the contract may be added only as optional, so that a file written by another tool or an
 * older version still loads.
 */
// First: zod reads its settings as each schema is built, in whichever chunk this module lands.
import './zodJitless';
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

/** YYYY, YYYY-MM or YYYY-MM-DD, with a month 01–12 and a day valid for its month. */
export const PartialIsoDate = z.string().refine(isPartialIsoDate, {
  message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
});

export const IsoDay = z.string().refine(isIsoDay, { message: 'expected a date as YYYY-MM-DD' });

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');

/**
 * Lines of the page around the article that the ingest recognised (breadcrumbs, share and photo
 * credits, section labels, prompts; bylines and time stamps): the reader dims them, and no event
 * passage is marked on them. Offsets as a source's.
 */
export const FURNITURE_KINDS = ['furniture', 'byline'] as const;

export const FurnitureSpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    kind: z.enum(FURNITURE_KINDS),
  })
  .refine((s) => s.end > s.start, { message: 'furniture end must be after start', path: ['end'] });

export const DocumentSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  published: IsoDay,
  byline: z.string().optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  /** The raw file, exactly: every source offset indexes into it. */
  text: z.string(),
  /** Page furniture in the text, in text order; absent in files of older versions. */
  furniture: z.array(FurnitureSpanSchema).optional(),
});

export const ACTOR_KINDS = ['person', 'organization', 'group', 'country'] as const;
export const ActorKind = z.enum(ACTOR_KINDS);

export const ActorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: ActorKind,
  role: z.string().optional(),
  country: CountryCode.optional(),
});

export const CountrySchema = z.object({
  code: CountryCode,
  name: z.string().min(1),
});

export const EVENT_TYPES = [
  'statement',
  'threat',
  'military-operation',
  'diplomacy',
  'policy',
  'law-enforcement',
  'legal',
  'election',
  'statistic',
  'other',
] as const;
export const EventType = z.enum(EVENT_TYPES);

export const GRANULARITIES = ['day', 'month', 'year', 'range'] as const;
export const DATE_BASES = ['explicit', 'relative', 'inferred'] as const;

export const DateFromSchema = z.object({
  date: PartialIsoDate,
  words: z.string().optional(),
});

export const EventDateSchema = z
  .object({
    start: PartialIsoDate,
    end: PartialIsoDate.optional(),
    granularity: z.enum(GRANULARITIES),
    basis: z.enum(DATE_BASES),
    /** The words the date came from, when it came from words. */
    text: z.string().optional(),
    /**
     * For a date not written in full in its passage (basis relative or inferred): the date it was
     * counted or taken from, the publication day of its article or a date the article gave
     * earlier, with that earlier date's words when there were some.
     */
    from: DateFromSchema.optional(),
  })
  .refine((d) => d.end === undefined || firstDayKey(d.end) >= firstDayKey(d.start), {
    message: 'date.end is before date.start',
    path: ['end'],
  });

export const SourceSchema = z
  .object({
    documentId: z.string().min(1),
    /** UTF-16 offsets into documents[].text of the passage that reports the event. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'source end must be after start', path: ['end'] });

export const EventSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1).max(100),
  type: EventType,
  date: EventDateSchema,
  actors: z.array(z.string()),
  countries: z.array(CountryCode),
  sources: z.array(SourceSchema).min(1),
});

export const TimelineSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string().optional(),
  documents: z.array(DocumentSchema),
  actors: z.array(ActorSchema),
  countries: z.array(CountrySchema),
  events: z.array(EventSchema),
});

export type NewsDocument = z.infer<typeof DocumentSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Country = z.infer<typeof CountrySchema>;
export type EventType = z.infer<typeof EventType>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type DateFrom = z.infer<typeof DateFromSchema>;
export type Granularity = EventDate['granularity'];
export type DateBasis = EventDate['basis'];
export type Source = z.infer<typeof SourceSchema>;
export type FurnitureSpan = z.infer<typeof FurnitureSpanSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type Timeline = z.infer<typeof TimelineSchema>;

/**
 * The dates of the schema, read character by character: for a partial date (YYYY, YYYY-MM or
 * YYYY-MM-DD, with a month 01–12 and a day that exists in it), the first day it covers as the
 * number YYYYMMDD, which orders like lowerBound's text; -1 for any other string. The one rule for
 * dates: the schema's refinements and the fast record checks (fastValidate.ts) both read it.
 */
export function firstDayKey(s: string): number {
  const length = s.length;
  if (length !== 4 && length !== 7 && length !== 10) return -1;
  const year = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
  if (!(year >= 0)) return -1; // NaN when a character is not a digit
  if (length === 4) return year * 10000 + 101;
  const month = digitAt(s, 5) * 10 + digitAt(s, 6);
  if (s.charCodeAt(4) !== DASH || !(month >= 1 && month <= 12)) return -1;
  if (length === 7) return year * 10000 + month * 100 + 1;
  const day = digitAt(s, 8) * 10 + digitAt(s, 9);
  if (s.charCodeAt(7) !== DASH || !(day >= 1 && day <= daysInMonth(year, month))) return -1;
  return year * 10000 + month * 100 + day;
}

const DASH = 45;

/** The digit at i, or NaN (which fails every comparison) when it is not one of 0–9. */
function digitAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code >= 48 && code <= 57 ? code - 48 : NaN;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, with a month 01–12 and a day valid for its month. */
export function isPartialIsoDate(s: string): boolean {
  return firstDayKey(s) >= 0;
}

/** A whole day, YYYY-MM-DD, that exists. */
export function isIsoDay(s: string): boolean {
  return s.length === 10 && firstDayKey(s) >= 0;
}

/** The first day a partial date covers, as YYYY-MM-DD (sorts as text). */
export function lowerBound(d: string): string {
  const [y, m = '01', day = '01'] = d.split('-');
  return `${y}-${m}-${day}`;
}
