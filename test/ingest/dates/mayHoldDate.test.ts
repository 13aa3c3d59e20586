// The quick pre-test that keeps sentences without any date word away from chrono: it must let
// through every text in which the extended chrono would find a date.
import { describe, expect, it } from 'vitest';
import { mayHoldDate } from '../../../src/ingest/dates/mayHoldDate';
import { newsChrono } from '../../../src/ingest/dates/newsChrono';
import { readDate, toDateMention } from '../../../src/ingest/dates/toDateMention';

/** Words chrono and the added parsers know, and filler, to build word soups from. */
// prettier-ignore
const VOCABULARY = [
  'a', 'an', 'the', 'one', 'two', 'few', 'several', 'couple', 'of', 'half', 'in', 'within',
  'for', 'ago', 'later', 'after', 'before', 'earlier', 'from', 'now', 'this', 'last', 'past',
  'next', 'mo', 'mos', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins', 'sec', 'qtr', 'quarter',
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'tonight', 'today',
  'yesterday', 'tomorrow', 'tmr', 'tmrw', 'overmorrow', 'morning', 'afternoon', 'evening',
  'night', 'midnight', 'midday', 'noon', 'end', 'weekend', 'weekday', '+', '-', 'henceforth',
  'forward', 'out', 'about', 'around', 'since', 'until', 'by', 'between', 'and', 'to', 'that',
  'same', 'following', 'previous', 'hours', 'moments', 'minutes', 'Christmas', 'Eve', 'New',
  "Year's", 'spring', 'summer', 'fall', 'winter', 'autumn', 'first', 'century', 'mid', 'early',
  'late', 'May', 'March', 'Jan', 'Sun', 'Mon.', 'Wed', 'council', 'said', 'vote', 'talks',
  'Sept.', 'Thurs', 'Tues.', 'Thu', 'Fri', 'Saturday', 'December', 'Aug.', 'secs', 'seconds',
  'Monday', "Friday's", 'Decembers', 'Marches', 'Mondays', 'security', 'minister', 'decided',
  'market', 'friend', 'sunny', 'wedding', 'octopus', 'novel', 'augment',
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const published = { year: 2026, month: 1, day: 5 };
const instant = new Date(2026, 0, 5, 12);

function datesWithoutGate(text: string): string[] {
  return newsChrono
    .parse(text, { instant })
    .map((r) => toDateMention(text, readDate(r), { published, anchor: null }))
    .flatMap((m) => (m === null ? [] : [m.text]));
}

describe('mayHoldDate', () => {
  it.each([
    ['a sentence with no date word', 'The committee approved the plan and adjourned.', false],
    ['a month abbreviation', 'Talks resumed Jan. 4 in Doha.', true],
    ['a digit', 'It rose 5 points.', true],
    ['a part of day', 'Officials met this morning.', true],
    ['a season', 'Crops failed last summer.', true],
    ['a weekday abbreviation', 'The vote is set for Thurs.', true],
    [
      'words that only begin like a month, weekday or unit',
      'The security minister decided, with a friend at the market, to give money.',
      false,
    ],
    // chrono alone reads "the money forward" as a month from now (its unit "mo" runs into the
    // word); the gate keeps such a sentence away from it.
    ['a word that only begins like a unit', 'She moved the money forward.', false],
  ])('%s', (_name, text, expected) => {
    expect(mayHoldDate(text)).toBe(expected);
  });

  it('lets through every generated word soup in which chrono finds a date (20,000 soups)', () => {
    const missed: string[] = [];
    for (let seed = 1; seed <= 20_000; seed++) {
      const next = random(seed);
      const words = Array.from(
        { length: 1 + Math.floor(next() * 6) },
        () => VOCABULARY[Math.floor(next() * VOCABULARY.length)] ?? '',
      );
      const text = words.join(' ');
      if (!mayHoldDate(text) && datesWithoutGate(text).length > 0) missed.push(text);
    }
    expect(missed).toEqual([]);
  });
});
