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

type Fields = Record<string, unknown>;

/** DocumentSchema, exactly: id, file, title, published, text; byline, outlet, url optional. */
export function isPlainValidDocument(record: unknown): record is NewsDocument {
  if (!isPlainObject(record)) return false;
  let required = 0;
  for (const key in record) {
    const value = record[key];
    switch (key) {
      case 'id':
      case 'file':
        if (!isNonEmptyString(value)) return false;
        required++;
        break;
      case 'title':
      case 'text':
        if (typeof value !== 'string') return false;
        required++;
        break;
      case 'published':
        if (typeof value !== 'string' || !isIsoDay(value)) return false;
        required++;
        break;
      case 'byline':
      case 'outlet':
      case 'url':
        if (typeof value !== 'string') return false;
        break;
      default:
        return false;
    }
  }
  return required === 5;
}

/** ActorSchema, exactly: id, name, aliases, kind; role and country optional. */
export function isPlainValidActor(record: unknown): record is Actor {
  if (!isPlainObject(record)) return false;
  let required = 0;
  for (const key in record) {
    const value = record[key];
    switch (key) {
      case 'id':
      case 'name':
        if (!isNonEmptyString(value)) return false;
        required++;
        break;
      case 'aliases':
        if (!isStringArray(value)) return false;
        required++;
        break;
      case 'kind':
        if (!ACTOR_KIND_SET.has(value)) return false;
        required++;
        break;
      case 'role':
        if (typeof value !== 'string') return false;
        break;
      case 'country':
        if (!isCountryCode(value)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 4;
}

/** CountrySchema, exactly: code and name. */
export function isPlainValidCountry(record: unknown): record is Country {
  if (!isPlainObject(record)) return false;
  let required = 0;
  for (const key in record) {
    const value = record[key];
    switch (key) {
      case 'code':
        if (!isCountryCode(value)) return false;
        required++;
        break;
      case 'name':
        if (!isNonEmptyString(value)) return false;
        required++;
        break;
      default:
        return false;
    }
  }
  return required === 2;
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
        if (!isStringArray(value)) return false;
        break;
      case 'countries':
        if (!isCountryCodeArray(value)) return false;
        break;
      case 'sources':
        if (!isSourceArray(value)) return false;
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
      default:
        return false;
    }
  }
  // An absent end stays -1; a present one was checked to be a date (0 or more).
  return required === 3 && (end === -1 || end >= start);
}

function isSourceArray(value: unknown): boolean {
  if (!isPlainArray(value) || value.length < 1) return false;
  for (let i = 0; i < value.length; i++) {
    if (!isPlainValidSource(value[i])) return false;
  }
  return true;
}

function isPlainValidSource(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  let required = 0;
  let start = -1;
  let end = -1;
  for (const key in value) {
    const field = value[key];
    switch (key) {
      case 'documentId':
        if (!isNonEmptyString(field)) return false;
        break;
      case 'start':
        if (!isOffset(field)) return false;
        start = field;
        break;
      case 'end':
        if (!isOffset(field)) return false;
        end = field;
        break;
      default:
        return false;
    }
    required++;
  }
  return required === 3 && end > start;
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

function isStringArray(value: unknown): boolean {
  if (!isPlainArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') return false;
  }
  return true;
}

function isCountryCodeArray(value: unknown): boolean {
  if (!isPlainArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    if (!isCountryCode(value[i])) return false;
  }
  return true;
}
