/**
 * Countries named in text: names, official and alternative spellings, demonyms (singular and
 * plural) and capitals (used by the news for governments: "Washington warned"), read from the
 * world-countries data package, plus a short list of everyday forms it lacks. Territories keep
 * their own codes (Greenland is GL). Regions are matched first and carry no country.
 * Each capitalised word of a text is looked up by the forms it can open.
 * Limits: a capital that is also a person's name is skipped only when it touches another
 * capitalised word ("George Washington").
 */
import worldCountries from 'world-countries';
import {
  CAPITAL_SHORT_FORMS,
  EXTRA_COUNTRY_NAMES,
  EXTRA_DEMONYMS,
  GOVERNMENT_SEATS,
} from './extraNames';
import { REGION_NAMES } from './regions';
import { SUBDIVISIONS } from './subdivisions';

export type PlaceKind = 'country' | 'demonym' | 'capital' | 'region' | 'subdivision' | 'city';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  /** ISO 3166-1 alpha-2; empty for a region. */
  code: string;
  kind: PlaceKind;
}

interface Entry {
  code: string;
  kind: PlaceKind;
}

const lexicon = new Map<string, Entry>();
const names = new Map<string, string>();
const demonyms = new Map<string, string>();

function add(form: string, entry: Entry): void {
  const key = form.trim();
  if (key.length < 2 || lexicon.has(key)) return;
  lexicon.set(key, entry);
}

function pluralOf(demonym: string): string | undefined {
  return /(?:ese|ish|ch|sh|ss|i|s)$/u.test(demonym) ? undefined : `${demonym}s`;
}

for (const region of REGION_NAMES) add(region, { code: '', kind: 'region' });
for (const [code, forms] of Object.entries(SUBDIVISIONS)) {
  for (const form of forms) add(form, { code, kind: 'subdivision' });
}
for (const [code, forms] of Object.entries(EXTRA_COUNTRY_NAMES)) {
  for (const form of forms) add(form, { code, kind: 'country' });
}
for (const [code, forms] of Object.entries(EXTRA_DEMONYMS)) {
  for (const form of forms) add(form, { code, kind: 'demonym' });
}
for (const [code, forms] of Object.entries(GOVERNMENT_SEATS)) {
  for (const form of forms) add(form, { code, kind: 'capital' });
}
for (const [code, forms] of Object.entries(CAPITAL_SHORT_FORMS)) {
  for (const form of forms) add(form, { code, kind: 'capital' });
}
// Sovereign states first: "American" is the demonym of several US territories too.
const byStatus = [...worldCountries].sort((a, b) => Number(b.independent) - Number(a.independent));
for (const c of byStatus) {
  const code = c.cca2;
  names.set(code, c.name.common);
  add(c.name.common, { code, kind: 'country' });
  add(c.name.official, { code, kind: 'country' });
  for (const alt of c.altSpellings) {
    // Two-letter codes ("IN", "IT") are ordinary words in capitals; keep only real names.
    if (alt.length > 3 && /\p{Ll}/u.test(alt)) add(alt, { code, kind: 'country' });
  }
  const eng = c.demonyms['eng'];
  if (eng) {
    for (const d of new Set([eng.m, eng.f])) {
      if (!d) continue;
      demonyms.set(code, demonyms.get(code) ?? d);
      add(d, { code, kind: 'demonym' });
      const plural = pluralOf(d);
      if (plural) add(plural, { code, kind: 'demonym' });
    }
  }
  for (const capital of c.capital) add(capital, { code, kind: 'capital' });
}

/**
 * The forms by the capitalised word they open with ("Hong" → "Hong Kong"), longest first: each
 * capitalised word of a text is looked up once (one pattern of every form was slower).
 */
const FIRST_WORD = /^\p{L}+/u;
const formsByFirstWord = new Map<string, string[]>();
for (const form of [...lexicon.keys()].sort((a, b) => b.length - a.length)) {
  const first = FIRST_WORD.exec(form)?.[0];
  if (first === undefined || !/^\p{Lu}/u.test(first)) continue;
  const list = formsByFirstWord.get(first);
  if (list) list.push(form);
  else formsByFirstWord.set(first, [form]);
}
/** A capitalised word where no letter or digit comes before it. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}\p{L}*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The longest form that starts at `start` and ends where no letter or digit follows. */
function formAt(text: string, start: number, word: string): string | undefined {
  return formsByFirstWord.get(word)?.find((form) => {
    if (!text.startsWith(form, start)) return false;
    const next = text.codePointAt(start + form.length);
    return next === undefined || !LETTER_OR_DIGIT.test(String.fromCodePoint(next));
  });
}

/** Sentence openers and articles do not make a capital part of a name ("The Kremlin said"). */
const OPENER =
  /(?:^|\s)(?:The|A|An|In|On|At|From|To|And|But|For|By|With|After|Before|Meanwhile)\s$/u;

function touchesCapitalisedWord(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const nameBefore = /\p{Lu}\p{L}*\s$/u.test(before) && !OPENER.test(before);
  return nameBefore || /^\s\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
}

/** Places in text; offsets are those of the text plus offset (0 by default). */
export function findPlaces(text: string, offset = 0): PlaceMention[] {
  const out: PlaceMention[] = [];
  const words = new RegExp(CAPITALISED_WORD);
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const start = m.index;
    const form = formAt(text, start, m[0]);
    const entry = form === undefined ? undefined : lexicon.get(form);
    if (form === undefined || entry === undefined) continue;
    const end = start + form.length;
    words.lastIndex = end;
    if (entry.kind === 'capital' && touchesCapitalisedWord(text, start, end)) continue;
    out.push({
      start: start + offset,
      end: end + offset,
      text: form,
      code: entry.code,
      kind: entry.kind,
    });
  }
  return out;
}

/** The country's common English name ("United States", "Greenland"). */
export function countryName(code: string): string | undefined {
  return names.get(code);
}

/** The country's English demonym ("Mexican", "American"). */
export function demonymOf(code: string): string | undefined {
  return demonyms.get(code);
}

/** A country from a word the text used for it, whatever the form. */
export function countryOf(word: string): string | undefined {
  const entry = lexicon.get(word.trim());
  return entry && entry.code !== '' ? entry.code : undefined;
}
