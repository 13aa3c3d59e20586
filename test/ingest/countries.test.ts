import { describe, expect, it } from 'vitest';
import { countryName, demonymOf, findPlaces } from '../../src/ingest/geo/countries';

const read = (text: string) => findPlaces(text).map((p) => `${p.text}:${p.code || '-'}:${p.kind}`);

describe('countries in text', () => {
  const rows: [string, string, string[]][] = [
    ['a country name', 'Talks in Mexico resumed.', ['Mexico:MX:country']],
    ['a capital used for a government', 'Havana answered.', ['Havana:CU:capital']],
    [
      'a capital made of two words wins over the country',
      'Mexico City answered.',
      ['Mexico City:MX:capital'],
    ],
    [
      'Washington without D.C.',
      'Washington warned Beijing.',
      ['Washington:US:capital', 'Beijing:CN:capital'],
    ],
    [
      'a dotted short form joined by a hyphen',
      'U.S.-Mexico ties',
      ['U.S.:US:country', 'Mexico:MX:country'],
    ],
    ['US in capitals', 'US forces left.', ['US:US:country']],
    [
      'the US demonym of a sovereign state, not of a territory',
      'American troops',
      ['American:US:demonym'],
    ],
    ['a plural demonym', 'Venezuelans voted.', ['Venezuelans:VE:demonym']],
    ['a territory keeps its own code', 'Greenland rejected it.', ['Greenland:GL:country']],
    ['a region is not a country', 'Latin American leaders met.', ['Latin American:-:region']],
    [
      'an everyday name missing from the data',
      'Britain and Russia disagreed.',
      ['Britain:GB:country', 'Russia:RU:country'],
    ],
    ['a possessive country', "Greenland's prime minister", ['Greenland:GL:country']],
    ['a capital that is part of a name is not a place', 'George Washington slept here.', []],
    ['a two-word demonym', 'South Korean officials said so.', ['South Korean:KR:demonym']],
    [
      'words inside other words are not places',
      'Omani, Chadian and Peruvian',
      ['Omani:OM:demonym', 'Chadian:TD:demonym', 'Peruvian:PE:demonym'],
    ],
    ['lower-case words are never places', 'the china cabinet in turkey season', []],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = 'Leaders from Panama and Grenada met.';
    for (const p of findPlaces(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('names countries and their demonyms', () => {
    expect([countryName('GL'), countryName('US'), demonymOf('MX'), demonymOf('IR')]).toEqual([
      'Greenland',
      'United States',
      'Mexican',
      'Iranian',
    ]);
  });
});
