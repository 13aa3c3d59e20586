/**
 * Cities that tell a story's country ("Tampere", "Porto Alegre", "Kraków"), read from the
 * city-timezones data package (GeoNames-derived, cities with their ISO country code and
 * population). Only cities of at least 50,000 people, and only where the part-of-speech model
 * reads the word as a proper noun that does not touch another capitalised word ("Andrew
 * Jackson" is a person). A name several cities share stands for each of their countries, most
 * populous first; the article's other places choose among them (see events/storyCountry).
 */
import cityMap from 'city-timezones/data/cityMap.json';
import type { Token } from '../nlp/tagger';
import type { PlaceMention } from './countries';
import { overlapIn } from '../text/span';

interface CityRecord {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
}

const SMALLEST = 50_000;
const byName = new Map<string, { code: string; pop: number }[]>();
for (const c of cityMap as readonly CityRecord[]) {
  if (c.pop < SMALLEST || !/^[A-Z]{2}$/u.test(c.iso2)) continue;
  for (const name of new Set([c.city, c.city_ascii])) {
    const list = byName.get(name) ?? [];
    if (!list.some((x) => x.code === c.iso2)) list.push({ code: c.iso2, pop: c.pop });
    byName.set(name, list);
  }
}
for (const list of byName.values()) list.sort((a, b) => b.pop - a.pop);
const LONGEST = 3;

/** The countries a city name may stand for, most populous first (empty when none). */
export function cityCountries(name: string): string[] {
  return (byName.get(name) ?? []).map((x) => x.code);
}

/** Cities among a sentence's tokens that no other place (sorted by start) already covers. */
export function findCities(
  tokens: readonly Token[],
  text: string,
  offset: number,
  taken: readonly PlaceMention[],
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (first === undefined || first.pos !== 'PROPN') continue;
    // The longest run of proper nouns from here (at most LONGEST), tried longest first.
    let longest = 1;
    while (longest < LONGEST && tokens[i + longest]?.pos === 'PROPN') longest++;
    for (let n = longest; n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (last === undefined) continue;
      const name = text.slice(first.start - offset, last.end - offset);
      const code = byName.get(name)?.[0]?.code;
      if (code === undefined) continue;
      const before = tokens[i - 1];
      const after = tokens[i + n];
      const touches = (t: Token | undefined, gap: number): boolean =>
        t !== undefined && gap <= 1 && /^\p{Lu}/u.test(t.text) && t.pos === 'PROPN';
      if (touches(before, first.start - (before?.end ?? 0))) continue;
      if (touches(after, (after?.start ?? 0) - last.end)) continue;
      if (overlapIn(taken, first.start, last.end)) continue;
      out.push({ start: first.start, end: last.end, text: name, code, kind: 'city' });
      i += n - 1;
      break;
    }
  }
  return out;
}
