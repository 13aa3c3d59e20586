/**
 * Hand-written checks for the records of a timeline.json, a fast path in front of the zod schemas.
 *
 * Each check answers true only when its schema in schema.ts would accept the record and return it
 * unchanged: every field of the right type and within its constraints, optional fields absent or
 * well typed, and no key the schema does not list, at any depth (zod would strip it). So the
 * caller can keep the record itself instead of zod's copy. Anything else, including anything
 * unusual that zod might still accept, answers false, and the caller asks zod, which also says
 * what is wrong. Dates are read by schema.ts's own rule (firstDayKey), the one its refinements use.
 *
 * The checks are written out by hand for speed, and held to the schema by
 * test/domain/fastValidate.test.ts: records drawn from the schema itself (its JSON Schema, so a
 * field added to schema.ts is drawn too), valid and invalid, must get the same answer from a check
 * as from zod, and the same value. A field the schema gains and a check does not know fails there.
 */
import {
  ACTOR_KINDS,
  DATE_BASES,
  FURNITURE_KINDS,
  EVENT_TYPES,
  GRANULARITIES,
  firstDayKey,
  isIsoDay,
  type Actor,
  type Country,
  type NewsDocument,
  type TimelineEvent,
} from './schema';

const EVENT_TYPE_SET: ReadonlySet<unknown> = new Set(EVENT_TYPES);
const GRANULARITY_SET: ReadonlySet<unknown> = new Set(GRANULARITIES);
const DATE_BASIS_SET: ReadonlySet<unknown> = new Set(DATE_BASES);
const ACTOR_KIND_SET: ReadonlySet<unknown> = new Set(ACTOR_KINDS);
const FURNITURE_KIND_SET: ReadonlySet<unknown> = new Set(FURNITURE_KINDS);

type Fields = Record<string, unknown>;

/**
 * The fields of a record: how each value is checked, and whether the record must have it. For the
 * records a file has few of (documents, actors, countries); the event's checks, run 100,000 times,
 * are written out below, where a call through a table would double their time.
 */
interface Field {
  readonly check: (value: unknown) => boolean;
  readonly required: boolean;
}

const required = (check: (value: unknown) => boolean): Field => ({ check, required: true });
const optional = (check: (value: unknown) => boolean): Field => ({ check, required: false });

/** A plain object with only the listed keys, each value passing its check, and all required ones. */
function hasFields(value: unknown, fields: ReadonlyMap<string, Field>): boolean {
  if (!isPlainObject(value)) return false;
  let found = 0;
  for (const key in value) {
    const field = fields.get(key);
    if (field === undefined || !field.check(value[key])) return false;
    if (field.required) found++;
  }
  let needed = 0;
  for (const field of fields.values()) if (field.required) needed++;
  return found === needed;
}

const isString = (value: unknown): boolean => typeof value === 'string';

const DOCUMENT_FIELDS = new Map(
  Object.entries({
    id: required(isNonEmptyString),
    file: required(isNonEmptyString),
    title: required(isString),
    published: required((value) => typeof value === 'string' && isIsoDay(value)),
    byline: optional(isString),
    outlet: optional(isString),
    url: optional(isString),
    text: required(isString),
    furniture: optional((value) => isArrayOf(value, isPlainValidFurnitureSpan)),
  }),
);

const ACTOR_FIELDS = new Map(
  Object.entries({
    id: required(isNonEmptyString),
    name: required(isNonEmptyString),
    aliases: required((value) => isArrayOf(value, isString)),
    kind: required((value) => ACTOR_KIND_SET.has(value)),
    role: optional(isString),
    country: optional(isCountryCode),
  }),
);

const COUNTRY_FIELDS = new Map(
  Object.entries({ code: required(isCountryCode), name: required(isNonEmptyString) }),
);

/**
 * DocumentSchema, exactly: id, file, title, published, text; byline, outlet, url and furniture
 * optional.
 */
export function isPlainValidDocument(record: unknown): record is NewsDocument {
  return hasFields(record, DOCUMENT_FIELDS);
}

/** ActorSchema, exactly: id, name, aliases, kind; role and country optional. */
export function isPlainValidActor(record: unknown): record is Actor {
  return hasFields(record, ACTOR_FIELDS);
}

/** CountrySchema, exactly: code and name. */
export function isPlainValidCountry(record: unknown): record is Country {
  return hasFields(record, COUNTRY_FIELDS);
}

/** EventSchema, exactly, with its date and sources. */
export function isPlainValidEvent(record: unknown): record is TimelineEvent {
  if (!isPlainObject(record)) return false;
  let required = 0;
  for (const key in record) {
    const value = record[key];
    switch (key) {
      case 'id':
        if (!isNonEmptyString(value)) return false;
        break;
      case 'title':
        if (typeof value !== 'string' || value.length < 1 || value.length > 100) return false;
        break;
      case 'type':
        if (!EVENT_TYPE_SET.has(value)) return false;
        break;
      case 'date':
        if (!isPlainValidEventDate(value)) return false;
        break;
      case 'actors':
        if (!isArrayOf(value, isString)) return false;
        break;
      case 'countries':
        if (!isArrayOf(value, isCountryCode)) return false;
        break;
      case 'sources':
        if (!isArrayOf(value, isPlainValidSource, 1)) return false;
        break;
      default:
        return false;
    }
    required++;
  }
  return required === 7;
}

function isPlainValidEventDate(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  let required = 0;
  let start = -1;
  let end = -1;
  for (const key in value) {
    const field = value[key];
    switch (key) {
      case 'start':
        if (typeof field !== 'string') return false;
        start = firstDayKey(field);
        if (start < 0) return false;
        required++;
        break;
      case 'end':
        if (typeof field !== 'string') return false;
        end = firstDayKey(field);
        if (end < 0) return false;
        break;
      case 'granularity':
        if (!GRANULARITY_SET.has(field)) return false;
        required++;
        break;
      case 'basis':
        if (!DATE_BASIS_SET.has(field)) return false;
        required++;
        break;
      case 'text':
        if (typeof field !== 'string') return false;
        break;
      case 'from':
        if (!isPlainValidDateFrom(field)) return false;
        break;
      default:
        return false;
    }
  }
  // An absent end stays -1; a present one was checked to be a date (0 or more).
  return required === 3 && (end === -1 || end >= start);
}

/** DateFromSchema: a date, and its words when there are some; nothing else. */
function isPlainValidDateFrom(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  let dated = false;
  for (const key in value) {
    const field = value[key];
    if (key === 'date') {
      if (typeof field !== 'string' || firstDayKey(field) < 0) return false;
      dated = true;
    } else if (key !== 'words' || typeof field !== 'string') return false;
  }
  return dated;
}

/** SourceSchema: documentId, start and end, and nothing else; an end after the start. */
function isPlainValidSource(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (key !== 'documentId' && key !== 'start' && key !== 'end') return false;
    keys++;
  }
  // Three keys, none other than these three: each of them once.
  const { documentId, start, end } = value;
  return (
    keys === 3 && isNonEmptyString(documentId) && isOffset(start) && isOffset(end) && end > start
  );
}

/** FurnitureSpanSchema: start, end and kind, and nothing else; an end after the start. */
function isPlainValidFurnitureSpan(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (key !== 'start' && key !== 'end' && key !== 'kind') return false;
    keys++;
  }
  const { start, end, kind } = value;
  return (
    keys === 3 && isOffset(start) && isOffset(end) && end > start && FURNITURE_KIND_SET.has(kind)
  );
}

/**
 * An object zod would read field by field and copy as it is: a plain object literal, as
 * JSON.parse makes. Other prototypes (classes, inherited fields, null) go to zod.
 */
function isPlainObject(value: unknown): value is Fields {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** z.number().int().nonnegative(): a safe integer, 0 or more. */
function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** CountryCode: exactly two letters A–Z. */
function isCountryCode(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 2) return false;
  const a = value.charCodeAt(0);
  const b = value.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

/**
 * An array zod would copy element by element into an equal one. Only its elements are read: a
 * named key on an array, which JSON.parse never makes, is not looked for.
 */
function isPlainArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

/** A plain array of at least `min` elements, each passing `check`. */
function isArrayOf(value: unknown, check: (element: unknown) => boolean, min = 0): boolean {
  if (!isPlainArray(value) || value.length < min) return false;
  for (let i = 0; i < value.length; i++) {
    if (!check(value[i])) return false;
  }
  return true;
}
