import { describe, expect, it } from 'vitest';
import { searchHitRanges, splitByRanges } from '../../src/domain/highlight';

/** The marked words, as a reader sees them. */
const marked = (text: string, query: string): string[] =>
  searchHitRanges(text, query).map((range) => text.slice(range.start, range.end));

describe('searchHitRanges', () => {
  it.each<[string, string, string, string[]]>([
    ['a whole word, any case', 'The Harbour Board met on Tuesday.', 'harbour', ['Harbour']],
    [
      'a prefix marks its whole word',
      'Talks on sovereignty resumed.',
      'sovereign',
      ['sovereignty'],
    ],
    [
      'every word of the query',
      'The mayor opened the new bridge.',
      'bridge mayor',
      ['mayor', 'bridge'],
    ],
    [
      'each place a word occurs',
      'Rain, then more rain, then rain again.',
      'rain',
      ['Rain', 'rain', 'rain'],
    ],
    [
      'a typo in a long word is forgiven',
      'The referendum was postponed.',
      'referendun',
      ['referendum'],
    ],
    ['a short word must be exact', 'The port and the fort reopened.', 'fort', ['fort']],
    [
      'punctuation parts words as the search does',
      'The ceasefire—fragile—held.',
      'fragile',
      ['fragile'],
    ],
    ['a word inside another is not a hit', 'The workers unionised.', 'ion', []],
    ['a blank query marks nothing', 'The workers unionised.', '   ', []],
    ['no word found, nothing marked', 'The workers unionised.', 'harvest', []],
    ['letters beyond ASCII', 'El Ministerio de Economía habló.', 'economia', ['Economía']],
  ])('%s', (_why, text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('gives exact UTF-16 offsets after characters outside the BMP', () => {
    const text = '😀 Flooding closed the 🚧 road.';
    const ranges = searchHitRanges(text, 'road');
    expect(ranges).toEqual([{ start: text.indexOf('road'), end: text.indexOf('road') + 4 }]);
  });

  it('marks in a long query only what its first 200 characters search for', () => {
    const query = `${'x'.repeat(199)} harbour`;
    expect(marked('The harbour reopened.', query)).toEqual([]);
  });
});

describe('splitByRanges', () => {
  it('cuts a text into marked and plain parts, in order, losing nothing', () => {
    const text = 'The mayor opened the bridge.';
    const parts = splitByRanges(text, searchHitRanges(text, 'mayor bridge'));
    expect(parts.map((p) => [p.text, p.hit])).toEqual([
      ['The ', false],
      ['mayor', true],
      [' opened the ', false],
      ['bridge', true],
      ['.', false],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('skips ranges that overlap or fall outside the text', () => {
    const parts = splitByRanges('abcdef', [
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 5, end: 99 },
    ]);
    expect(parts.map((p) => [p.text, p.hit])).toEqual([
      ['a', false],
      ['bc', true],
      ['def', false],
    ]);
  });
});
