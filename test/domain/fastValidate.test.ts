/**
 * The hand-written record checks against the zod schemas they stand in front of: a check accepts
 * a record exactly when the schema accepts it and returns it unchanged, so the loader can keep the
 * record itself, and takes the fast path for every valid record. Tables cover each constraint at
 * its boundary; the properties draw records, valid and invalid, from the schemas themselves (so a
 * field added to schema.ts is drawn at once), and mutate them one field at a time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  isPlainValidActor,
  isPlainValidCountry,
  isPlainValidDocument,
  isPlainValidEvent,
} from '../../src/domain/fastValidate';
import {
  ACTOR_KINDS,
  ActorSchema,
  CountrySchema,
  DocumentSchema,
  EventSchema,
} from '../../src/domain/schema';
import { minimalEvent } from '../fixtures/minimalEvent';
import { recordsOf, zodKeepsAsIs } from '../support/schemaRecords';

type Check = (record: unknown) => boolean;
type Fields = Record<string, unknown>;

/** What the fast path promises: when it says yes, zod says yes and returns the record as it is. */
function expectAgreesWithZod(check: Check, schema: z.ZodType, record: unknown): boolean {
  const fast = check(record);
  if (fast) {
    const parsed = schema.safeParse(record);
    expect(parsed.success, JSON.stringify(record)).toBe(true);
    expect(parsed.data).toStrictEqual(record);
  }
  return fast;
}

const event = minimalEvent;
const withEvent = (patch: Fields): Fields => ({ ...structuredClone(event), ...patch });
const withDate = (patch: Fields): Fields => withEvent({ date: { ...event.date, ...patch } });
const withSource = (patch: Fields): Fields =>
  withEvent({ sources: [{ ...event.sources[0], ...patch }] });
const without = (record: Fields, key: string): Fields => {
  const copy = structuredClone(record);
  delete copy[key];
  return copy;
};

describe('isPlainValidEvent', () => {
  it.each([
    ['a minimal event', event],
    ['a title of 100 characters', withEvent({ title: 'x'.repeat(100) })],
    ['a title of one character', withEvent({ title: 'x' })],
    ['29 February in a leap year', withDate({ start: '2024-02-29' })],
    ['29 February 2000', withDate({ start: '2000-02-29' })],
    ['a year', withDate({ start: '2026', granularity: 'year' })],
    ['a month', withDate({ start: '2026-01', granularity: 'month' })],
    ['an end on the start', withDate({ end: '2026-01-05', granularity: 'range' })],
    ['an end after the start', withDate({ end: '2026-02', granularity: 'range' })],
    ['a month end on a year start', withDate({ start: '2026', end: '2026-01' })],
    ['the words of the date', withDate({ text: 'on Monday', basis: 'relative' })],
    ['a source from 0 to 1', withSource({ start: 0, end: 1 })],
    ['several sources', withEvent({ sources: [...event.sources, event.sources[0]] })],
    ['actors and countries', withEvent({ actors: ['a', ''], countries: ['US', 'VE'] })],
  ])('accepts %s', (_why, record) => {
    expect(expectAgreesWithZod(isPlainValidEvent, EventSchema, record)).toBe(true);
  });

  it.each([
    ['a title of 101 characters', withEvent({ title: 'x'.repeat(101) })],
    ['an empty title', withEvent({ title: '' })],
    ['an empty id', withEvent({ id: '' })],
    ['a numeric id', withEvent({ id: 1 })],
    ['an unknown type', withEvent({ type: 'rumour' })],
    ['an unknown granularity', withDate({ granularity: 'week' })],
    ['an unknown basis', withDate({ basis: 'guessed' })],
    ['month 13', withDate({ start: '2026-13' })],
    ['month 00', withDate({ start: '2026-00-01' })],
    ['29 February in a common year', withDate({ start: '2025-02-29' })],
    ['29 February 1900', withDate({ start: '1900-02-29' })],
    ['31 April', withDate({ start: '2026-04-31' })],
    ['day 00', withDate({ start: '2026-01-00' })],
    ['a one-digit month', withDate({ start: '2026-1-05' })],
    ['a date with a time', withDate({ start: '2026-01-05T10:00' })],
    ['a date with a trailing newline', withDate({ start: '2026-01-05\n' })],
    ['an invalid end', withDate({ end: '2026-02-30' })],
    ['an end before the start', withDate({ end: '2026-01-04' })],
    ['a year end before a month start', withDate({ start: '2026-02', end: '2026' })],
    ['a numeric date text', withDate({ text: 5 })],
    ['a date text present but undefined', withDate({ text: undefined })],
    ['a missing granularity', withEvent({ date: without(event.date, 'granularity') })],
    ['a source ending where it starts', withSource({ start: 10, end: 10 })],
    ['a source ending before it starts', withSource({ start: 10, end: 9 })],
    ['a negative source start', withSource({ start: -1 })],
    ['a fractional source end', withSource({ end: 10.5 })],
    ['a source end past the safe integers', withSource({ end: Number.MAX_SAFE_INTEGER + 1 })],
    ['an infinite source end', withSource({ end: Infinity })],
    ['a source start as text', withSource({ start: '0' })],
    ['an empty document id', withSource({ documentId: '' })],
    ['no sources', withEvent({ sources: [] })],
    ['a lower-case country', withEvent({ countries: ['mx'] })],
    ['a three-letter country', withEvent({ countries: ['MEX'] })],
    ['a non-string actor', withEvent({ actors: [1] })],
    ['actors that are not an array', withEvent({ actors: 'trump' })],
    ['a hole in the actors', withEvent({ actors: [, 'a'] })], // eslint-disable-line no-sparse-arrays
    ['an unknown key', withEvent({ note: 'x' })],
    ['an unknown key in the date', withDate({ note: 'x' })],
    ['an unknown key in a source', withSource({ note: 'x' })],
    ['missing actors', without(event, 'actors')],
    ['missing sources', without(event, 'sources')],
    ['null', null],
    ['an array', [event]],
    ['a string', 'e1'],
    ['an object without a prototype', Object.assign(Object.create(null) as object, event)],
    ['an object with inherited fields', Object.create(event) as object],
  ])('refuses %s', (_why, record) => {
    expect(isPlainValidEvent(record)).toBe(false);
  });
});

const documentRecord = {
  id: 'doc',
  file: 'doc.txt',
  title: 'Headline',
  published: '2026-01-05',
  text: 'Some text.',
};
const withDocument = (patch: Fields): Fields => ({ ...documentRecord, ...patch });

describe('isPlainValidDocument', () => {
  it.each([
    ['a minimal document', documentRecord],
    ['all optional fields', withDocument({ byline: 'By A', outlet: 'B', url: 'https://x' })],
    ['an empty title and text', withDocument({ title: '', text: '' })],
    ['29 February in a leap year', withDocument({ published: '2024-02-29' })],
    ['no furniture lines', withDocument({ furniture: [] })],
    [
      'a furniture line and a byline',
      withDocument({
        furniture: [
          { start: 0, end: 4, kind: 'furniture' },
          { start: 5, end: 9, kind: 'byline' },
        ],
      }),
    ],
  ])('accepts %s', (_why, record) => {
    expect(expectAgreesWithZod(isPlainValidDocument, DocumentSchema, record)).toBe(true);
  });

  it.each([
    ['a month as the publication date', withDocument({ published: '2026-01' })],
    ['a year as the publication date', withDocument({ published: '2026' })],
    ['29 February in a common year', withDocument({ published: '2025-02-29' })],
    ['month 13', withDocument({ published: '2026-13-01' })],
    ['an empty id', withDocument({ id: '' })],
    ['an empty file', withDocument({ file: '' })],
    ['a numeric byline', withDocument({ byline: 1 })],
    ['a byline present but undefined', withDocument({ byline: undefined })],
    ['an unknown key', withDocument({ author: 'x' })],
    ['no text', without(documentRecord, 'text')],
    ['furniture that is not a list', withDocument({ furniture: { start: 0, end: 1 } })],
    [
      'furniture ending where it starts',
      withDocument({ furniture: [{ start: 3, end: 3, kind: 'byline' }] }),
    ],
    [
      'furniture of an unknown kind',
      withDocument({ furniture: [{ start: 0, end: 3, kind: 'ad' }] }),
    ],
    ['furniture with no kind', withDocument({ furniture: [{ start: 0, end: 3 }] })],
    [
      'furniture with an extra key',
      withDocument({ furniture: [{ start: 0, end: 3, kind: 'byline', x: 1 }] }),
    ],
  ])('refuses %s', (_why, record) => {
    expect(isPlainValidDocument(record)).toBe(false);
  });
});

const actor = { id: 'maduro', name: 'Nicolás Maduro', aliases: ['Maduro'], kind: 'person' };
const withActor = (patch: Fields): Fields => ({ ...actor, ...patch });

describe('isPlainValidActor', () => {
  it.each([
    ['a minimal actor', actor],
    ['no aliases', withActor({ aliases: [] })],
    ['a role and a country', withActor({ role: 'president', country: 'VE' })],
  ])('accepts %s', (_why, record) => {
    expect(expectAgreesWithZod(isPlainValidActor, ActorSchema, record)).toBe(true);
  });

  it.each([
    ['an unknown kind', withActor({ kind: 'alien' })],
    ['a lower-case country', withActor({ country: 've' })],
    ['a one-letter country', withActor({ country: 'V' })],
    ['an empty name', withActor({ name: '' })],
    ['a non-string alias', withActor({ aliases: [1] })],
    ['aliases that are not an array', withActor({ aliases: 'Maduro' })],
    ['a numeric role', withActor({ role: 1 })],
    ['an unknown key', withActor({ party: 'x' })],
    ['no aliases field', without(actor, 'aliases')],
  ])('refuses %s', (_why, record) => {
    expect(isPlainValidActor(record)).toBe(false);
  });
});

describe('isPlainValidCountry', () => {
  it('accepts a code and a name', () => {
    const country = { code: 'MX', name: 'Mexico' };
    expect(expectAgreesWithZod(isPlainValidCountry, CountrySchema, country)).toBe(true);
  });

  it.each([
    ['a lower-case code', { code: 'mx', name: 'Mexico' }],
    ['a three-letter code', { code: 'MEX', name: 'Mexico' }],
    ['a code with an accented letter', { code: 'ÄB', name: 'x' }],
    ['an empty name', { code: 'MX', name: '' }],
    ['an unknown key', { code: 'MX', name: 'Mexico', flag: 'x' }],
    ['no name', { code: 'MX' }],
  ])('refuses %s', (_why, record) => {
    expect(isPlainValidCountry(record)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: records drawn from the schemas themselves (test/support/schemaRecords.ts).

const CHECKS = [
  ['event', isPlainValidEvent, EventSchema],
  ['document', isPlainValidDocument, DocumentSchema],
  ['actor', isPlainValidActor, ActorSchema],
  ['country', isPlainValidCountry, CountrySchema],
] as const;

/** The check answers as zod does: yes exactly when zod accepts the record and returns it as it is. */
function agreement(check: Check, schema: z.ZodType): fc.IProperty<[unknown]> {
  return fc.property(recordsOf(schema), (record) => check(record) === zodKeepsAsIs(schema, record));
}

describe.each(CHECKS)(
  'the %s check, against records drawn from its schema',
  (_kind, check, schema) => {
    it('answers as zod does on every record, valid and invalid (property)', () => {
      fc.assert(agreement(check, schema), { numRuns: 2000 });
    });

    it('draws both kinds in good number, so that the property says something', () => {
      const records = fc.sample(recordsOf(schema), { numRuns: 3000, seed: 18 });
      const accepted = records.filter((record) => zodKeepsAsIs(schema, record)).length;
      // One in thirty of each at least: some hundred valid events, meeting every refinement of
      // every date they hold (an event has up to four).
      expect(accepted).toBeGreaterThan(100);
      expect(records.length - accepted).toBeGreaterThan(100);
    });
  },
);

describe('the property fails when the schema and its check part', () => {
  const fails = (check: Check, schema: z.ZodType): boolean =>
    fc.check(agreement(check, schema), { numRuns: 2000, seed: 18 }).failed;

  it('holds for the schemas as they are', () => {
    expect(fails(isPlainValidEvent, EventSchema)).toBe(false);
  });

  it('fails for a new optional field the check does not know', () => {
    const withSummary = EventSchema.extend({ summary: z.string().optional() });
    expect(fails(isPlainValidEvent, withSummary)).toBe(true);
    const withLanguage = DocumentSchema.extend({ language: z.string().optional() });
    expect(fails(isPlainValidDocument, withLanguage)).toBe(true);
  });

  it('fails for a new required field, a tightened limit and a new option', () => {
    expect(fails(isPlainValidActor, ActorSchema.extend({ since: z.string() }))).toBe(true);
    const shorter = EventSchema.extend({ title: z.string().min(1).max(80) });
    expect(fails(isPlainValidEvent, shorter)).toBe(true);
    const moreKinds = ActorSchema.extend({ kind: z.enum([...ACTOR_KINDS, 'place']) });
    expect(fails(isPlainValidActor, moreKinds)).toBe(true);
  });
});

/** Values near the edges of every constraint, and anything at all. */
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    '',
    'x'.repeat(100),
    'x'.repeat(101),
    'MX',
    'mx',
    'M',
    '2024-02-29',
    '2025-02-29',
    '2026-13',
    '2026',
    '2026-01',
    '0',
    0,
    -1,
    1,
    1.5,
    Number.MAX_SAFE_INTEGER + 1,
    NaN,
    Infinity,
    null,
    undefined,
    [],
    [''],
    {},
    'policy',
    'person',
    'range',
    'inferred',
  ),
  fc.anything(),
);

type Mutation =
  | { readonly kind: 'none' }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'set'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'extra'; readonly at: number; readonly key: string; readonly value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'none' }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: oddValue }),
  fc.record({
    kind: fc.constant('extra' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom('note', 'id', 'end', '0', '__proto__'), fc.string()),
    value: oddValue,
  }),
);

/** Every place in a record that a mutation can reach: each field of each nested object or array. */
function places(record: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof record !== 'object' || record === null) return [];
  const keys: (string | number)[] = Array.isArray(record)
    ? record.map((_item, i) => i)
    : Object.keys(record);
  return [
    path,
    ...keys.flatMap((key) => places((record as Fields)[key], [...path, key])),
    ...keys.map((key) => [...path, key]),
  ];
}

function mutate(valid: unknown, change: Mutation): unknown {
  const record = structuredClone(valid);
  if (change.kind === 'none') return record;
  const all = places(record);
  const path = all[change.at % all.length] ?? [];
  let parent: unknown = record;
  for (const key of path.slice(0, -1)) parent = (parent as Fields)[key];
  const last = path.at(-1);
  const target = last === undefined ? record : (parent as Fields)[last];
  if (change.kind === 'extra') {
    // A named key on an array cannot come out of JSON.parse, and the checks do not look for one.
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return record;
  }
  if (last === undefined) return change.kind === 'set' ? change.value : record;
  if (change.kind === 'remove') delete (parent as Fields)[last];
  else (parent as Fields)[last] = change.value;
  return record;
}

describe.each(CHECKS)(
  'the %s check, against mutated records (property)',
  (_kind, check, schema) => {
    it('accepts a mutated record only when zod accepts it and returns it unchanged', () => {
      fc.assert(
        fc.property(recordsOf(schema), mutation, (record, change) => {
          expectAgreesWithZod(check, schema, mutate(record, change));
        }),
        { numRuns: 1500 },
      );
    });
  },
);
