/**
 * Records drawn from a zod schema itself, for holding a hand-written check to it: the generator
 * reads the schema's JSON Schema (z.toJSONSchema) and draws, for each field it lists, values on
 * both sides of every constraint (lengths, patterns, enums, minimums, required and optional keys,
 * keys it does not list), and a value of the wrong type now and then. So a field added to the
 * schema is drawn as soon as it is added, and a tightened constraint is drawn past.
 *
 * What JSON Schema cannot say (zod's refinements: dates that exist, an end after a start) is
 * not known here; every plain string is drawn as a date-like string as often as not, and small
 * integers close together, so that records on both sides of those refinements come up too. Only
 * what JSON.parse makes is drawn: plain objects and arrays, strings, numbers, booleans, null.
 */
import fc from 'fast-check';
import { z } from 'zod';

/** The parts of a JSON Schema node that zod writes for the schemas of this project. */
interface Node {
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly items?: Node;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Node;
}

/** Keys the generator reads; a node with any other (anyOf, $ref …) is refused, not guessed at. */
const KNOWN = new Set([
  '$schema',
  'type',
  'const',
  'enum',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
]);

/** Records of `schema` (its output form), valid and invalid. */
export function recordsOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  return valueOf(z.toJSONSchema(schema) as Node, 'the record');
}

/** True when zod accepts `record` and returns it as it is: what a fast check must answer. */
export function zodKeepsAsIs(schema: z.ZodType, record: unknown): boolean {
  const parsed = schema.safeParse(record);
  return parsed.success && isDeepStrictEqualJson(parsed.data, record);
}

/** Deep equality of JSON-like values (plain objects, arrays, primitives; key order ignored). */
function isDeepStrictEqualJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const bRecord = b as Record<string, unknown>;
  const aRecord = a as Record<string, unknown>;
  return aKeys.every(
    (key) => Object.hasOwn(b, key) && isDeepStrictEqualJson(aRecord[key], bRecord[key]),
  );
}

/** A value of another JSON type than the field's. */
const wrongType: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(null, true, 0, -1, 'x', [], {});

function valueOf(node: Node, where: string): fc.Arbitrary<unknown> {
  const unknownKeys = Object.keys(node).filter((key) => !KNOWN.has(key));
  if (unknownKeys.length > 0) {
    throw new Error(`${where}: the JSON Schema has ${unknownKeys.join(', ')}, not drawn here`);
  }
  return fc.oneof(
    { arbitrary: nearValueOf(node, where), weight: 60 },
    { arbitrary: wrongType, weight: 1 },
  );
}

/** Values of the node's type, each constraint met most of the time and missed now and then. */
function nearValueOf(node: Node, where: string): fc.Arbitrary<unknown> {
  if (node.const !== undefined) return constant(node.const);
  if (node.enum !== undefined) return oneOf(node.enum);
  switch (node.type) {
    case 'string':
      return string(node);
    case 'integer':
    case 'number':
      return number(node);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return array(node, where);
    case 'object':
      return object(node, where);
    default:
      throw new Error(`${where}: a JSON Schema of type ${String(node.type)}, not drawn here`);
  }
}

function constant(value: unknown): fc.Arbitrary<unknown> {
  const near =
    typeof value === 'number' ? value + 1 : typeof value === 'string' ? `${value}x` : null;
  return fc.oneof(
    { arbitrary: fc.constant(value), weight: 40 },
    { arbitrary: fc.constant(near), weight: 1 },
  );
}

function oneOf(values: readonly unknown[]): fc.Arbitrary<unknown> {
  const near = values.map((v) => (typeof v === 'string' ? v.toUpperCase() : v));
  return fc.oneof(
    { arbitrary: fc.constantFrom(...values), weight: 40 },
    { arbitrary: fc.constantFrom<unknown>('', ...near), weight: 1 },
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * YYYY, YYYY-MM or YYYY-MM-DD with a month 00–13 and a day 00–32, in leap and common years: most
 * exist, some do not.
 */
const dateLike: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(
      fc.constantFrom(1900, 2000, 2024, 2025, 2026),
      fc.integer({ min: 0, max: 9999 }),
    ),
    month: fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 8 },
      fc.constantFrom(0, 13),
    ),
    day: fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 31 }), weight: 8 },
      fc.constantFrom(0, 32),
    ),
    length: fc.constantFrom(4, 7, 10),
  })
  .map(({ year, month, day, length }) =>
    `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`.slice(0, length),
  );

function string(node: Node): fc.Arbitrary<unknown> {
  const min = node.minLength ?? 0;
  const max = node.maxLength;
  const near: fc.Arbitrary<string>[] = [];
  if (min > 0) near.push(fc.constant('x'.repeat(min)), fc.constant('x'.repeat(min - 1)));
  if (max !== undefined) near.push(fc.constant('x'.repeat(max)), fc.constant('x'.repeat(max + 1)));
  if (node.pattern !== undefined) {
    const matching = fc.stringMatching(new RegExp(node.pattern));
    near.push(
      matching.map((s) => s.toLowerCase()),
      matching.map((s) => `${s}x`),
      fc.string({ maxLength: 3 }),
    );
    return fc.oneof(
      { arbitrary: matching, weight: 40 },
      { arbitrary: fc.oneof(...near), weight: 1 },
    );
  }
  const plain = fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max ?? 12, 12)) });
  return fc.oneof(
    { arbitrary: dateLike, weight: 30 },
    { arbitrary: plain, weight: 6 },
    ...(near.length > 0 ? [{ arbitrary: fc.oneof(...near), weight: 1 }] : []),
  );
}

function number(node: Node): fc.Arbitrary<unknown> {
  const min = node.minimum ?? -10;
  const near: unknown[] = [min - 1, min + 0.5];
  if (node.maximum !== undefined) near.push(node.maximum, node.maximum + 1);
  return fc.oneof(
    // Unbiased, so that two of them (a passage's start and end) are seldom equal.
    { arbitrary: fc.noBias(fc.integer({ min, max: min + 1000 })), weight: 40 },
    { arbitrary: fc.constantFrom(...near), weight: 1 },
  );
}

function array(node: Node, where: string): fc.Arbitrary<unknown> {
  if (node.items === undefined) throw new Error(`${where}: an array without items, not drawn here`);
  const item = valueOf(node.items, `${where}[]`);
  const min = node.minItems ?? 0;
  const max = node.maxItems ?? min + 2;
  const arbitraries = [
    { arbitrary: fc.array(item, { minLength: min, maxLength: max }), weight: 40 },
  ];
  if (min > 0) arbitraries.push({ arbitrary: fc.array(item, { maxLength: min - 1 }), weight: 1 });
  return fc.oneof(...arbitraries);
}

type Entry = readonly [string, unknown] | null;

function object(node: Node, where: string): fc.Arbitrary<unknown> {
  const required = new Set(node.required ?? []);
  const entries = Object.entries(node.properties ?? {}).map(([key, child]) => {
    const present = valueOf(child, `${where}.${key}`).map((value): Entry => [key, value]);
    return fc.oneof(
      { arbitrary: present, weight: required.has(key) ? 60 : 1 },
      { arbitrary: fc.constant<Entry>(null), weight: 1 },
    );
  });
  // A key the schema does not list (zod drops it from what it returns), now and then.
  const extra = fc.oneof(
    { arbitrary: fc.constant(null), weight: 30 },
    {
      arbitrary: fc.tuple(
        fc.constantFrom('note', 'id', '0', 'constructor', '__proto__'),
        fc.string({ maxLength: 3 }),
      ),
      weight: 1,
    },
  );
  return fc.tuple(fc.tuple(...entries), extra).map(([fields, added]) => {
    const record: Record<string, unknown> = {};
    for (const entry of [...fields, added]) {
      if (entry === null) continue;
      // defineProperty, as JSON.parse does: a key such as "__proto__" becomes a field.
      Object.defineProperty(record, entry[0], {
        value: entry[1],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return record;
  });
}
