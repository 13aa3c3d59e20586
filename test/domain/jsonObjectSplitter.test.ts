/**
 * The streaming splitter against JSON.parse: whatever the text and wherever it is cut into
 * chunks, the members and elements it hands on put back together give what JSON.parse gives,
 * and any text it follows to the end whose pieces parse is text JSON.parse accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonObjectSplitter } from '../../src/domain/jsonObjectSplitter';

const SPLITS = new Set(['events', 'documents']);

interface Outcome {
  ok: boolean;
  problem: string | undefined;
  /** The object put back together from the pieces (undefined when a piece does not parse). */
  value: Record<string, unknown> | undefined;
  /** Sizes of the runs of elements handed on, per split member. */
  runs: Record<string, number[]>;
}

function split(text: string, cuts: readonly number[]): Outcome {
  const value: Record<string, unknown> = {};
  const runs: Record<string, number[]> = {};
  let parses = true;
  const splitter = new JsonObjectSplitter(SPLITS, {
    member(key, json) {
      try {
        value[key] = JSON.parse(json);
      } catch {
        parses = false;
      }
    },
    arrayStart(key) {
      value[key] = [];
      runs[key] = [];
    },
    elements(key, json, count) {
      runs[key]?.push(count);
      try {
        const elements = JSON.parse(`[${json}]`) as unknown[];
        expect(elements).toHaveLength(count);
        (value[key] as unknown[]).push(...elements);
      } catch {
        parses = false;
      }
    },
    arrayEnd() {},
  });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    splitter.feed(text.slice(from, cut));
    from = cut;
  }
  splitter.feed(text.slice(from));
  const ok = splitter.end();
  return { ok, problem: splitter.problem, value: parses ? value : undefined, runs };
}

/** Strings with what trips a scanner: quotes, backslash runs, brackets, commas, non-Latin text. */
const trickyString = fc
  .array(
    fc.constantFrom('"', '\\', '\\\\', '{', '}', '[', ']', ',', ':', ' ', 'a', 'é', '😀', '\n'),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

const leaf = fc.oneof(
  trickyString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const { value: jsonValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(trickyString, tie('value'), { maxKeys: 4 }),
  ),
}));

const timelineLike = fc.record(
  {
    schemaVersion: fc.integer(),
    documents: fc.array(jsonValue, { maxLength: 6 }),
    events: fc.oneof(fc.array(jsonValue, { maxLength: 12 }), leaf),
    [`other"key`]: jsonValue,
  },
  { requiredKeys: [] },
);

/** The text in one of the layouts JSON.stringify writes. */
const textOf = (value: unknown, indent: number): string =>
  JSON.stringify(value, null, indent === 0 ? undefined : indent);

const cutsIn = (text: string) =>
  fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 8 });

describe('JsonObjectSplitter', () => {
  it('gives back what JSON.parse gives, however the text is cut', () => {
    fc.assert(
      fc.property(
        timelineLike,
        fc.constantFrom(0, 1, 2),
        fc.integer({ min: 0, max: 1_000_000 }),
        (object, indent, seed) => {
          const text = textOf(object, indent);
          const cuts = fc.sample(cutsIn(text), { seed, numRuns: 1 })[0] ?? [];
          const outcome = split(text, cuts);
          expect(outcome.problem).toBeUndefined();
          expect(outcome.ok).toBe(true);
          expect(outcome.value).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never follows to the end, with every piece parsing, a text JSON.parse refuses', () => {
    const damage = fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', ' ', '1', 'x', '');
    fc.assert(
      fc.property(
        timelineLike,
        fc.nat(),
        damage,
        fc.boolean(),
        fc.integer({ min: 0, max: 1_000_000 }),
        (object, at, inserted, replace, seed) => {
          const valid = textOf(object, 0);
          const position = at % (valid.length + 1);
          const text =
            valid.slice(0, position) + inserted + valid.slice(replace ? position + 1 : position);
          const cuts = fc.sample(cutsIn(text), { seed, numRuns: 1 })[0] ?? [];
          const outcome = split(text, cuts);
          if (!outcome.ok || outcome.value === undefined) return;
          expect(outcome.value).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('hands the elements of a split array on as they arrive, not all at the end', () => {
    const events = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: 'a "b" \\ c' }));
    const text = JSON.stringify({ events });
    const cuts = Array.from({ length: 9 }, (_, i) => Math.round(((i + 1) * text.length) / 10));
    const outcome = split(text, cuts);
    expect(outcome.ok).toBe(true);
    expect(outcome.runs['events']?.length).toBeGreaterThan(5);
    expect(outcome.value).toEqual({ events });
  });

  it('reads an array not named in splits as one member', () => {
    const outcome = split('{"actors":[1,2],"events":[3]}', [3, 12]);
    expect(outcome.runs).toEqual({ events: [1] });
    expect(outcome.value).toEqual({ actors: [1, 2], events: [3] });
  });

  it.each([
    ['a JSON array', '[1,2]', 'the text is not a JSON object'],
    ['a repeated member', '{"events":[],"events":[]}', '"events" appears twice'],
    ['a missing colon', '{"events" []}', 'expected ":"'],
    ['a comma before the end of an array', '{"events":[1,]}', 'a comma before "]"'],
    ['two elements without a comma', '{"events":[1 2]}', 'expected "," or "]"'],
    ['text after the object', '{"a":1} x', 'text after the end of the object'],
    ['a cut-off file', '{"events":[{"id":"e1"},{"id":"e', 'the text ends before the object does'],
    ['a member without a value', '{"a":}', 'expected a value'],
  ])('stops at %s and says why', (_, text, reason) => {
    const outcome = split(text, [5]);
    expect(outcome.ok).toBe(false);
    expect(outcome.problem).toContain(reason);
  });
});
