/**
 * Mentions read around places and organisations rather than from a capitalised run:
 * "Norway's prime minister", "the French president", "Chinese authorities", "European Union leaders",
 * and an office named in apposition ("Poland's prime minister, Donald Tusk, said").
 */
import { countryName, demonymOf, type PlaceMention } from '../geo/countries';
import { COLLECTIVE_NOUNS } from './lexicon';
import type { Mention } from './mention';
import { titleAt } from './titles';

const PHRASE_AFTER_NOUN = new Set(
  'have has had were was are is will would could can should may might must said say says and in on of to who that also did do does not'.split(
    ' ',
  ),
);

function placeName(place: PlaceMention): string {
  const name = countryName(place.code) ?? place.text;
  return /^United\s/u.test(name) ? `the ${name}` : name;
}

/** "Norway's prime minister", "the French president", "Chinese authorities", "the Chilean leader". */
export function readAfterPlace(
  text: string,
  place: PlaceMention,
  offset: number,
  out: Mention[],
): void {
  if (place.kind === 'region' || place.code === '') return;
  const after = text.slice(place.end - offset, place.end - offset + 60);
  const m = /^(?:['’]s)?\s+((?:[a-z][a-z.-]*)(?:\s+[a-z][a-z.-]*){0,3})/u.exec(after);
  if (!m?.[1]) return;
  const words = m[1].split(/\s+/u);
  const titled = titleAt(words);
  const lead = m[0].length - m[1].length;
  const taken = titled ? words.slice(0, titled.words).join(' ') : '';
  const nextCap = /^\s+\p{Lu}/u.test(after.slice(lead + taken.length));
  if (titled && !nextCap) {
    out.push({
      start: place.start,
      end: place.end + lead + taken.length,
      kind: 'office',
      name: `${titled.title.role} of ${placeName(place)}`,
      role: titled.title.role,
      ...(titled.title.head ? { head: true } : {}),
      country: place.code,
      possessive: false,
    });
    return;
  }
  const noun = words[0] ?? '';
  // "Chilean troops could", "Chinese authorities responded", but not "French military aid".
  const next = words[1];
  const nounEndsPhrase =
    next === undefined || /(?:ed|ing)$/u.test(next) || PHRASE_AFTER_NOUN.has(next);
  if (COLLECTIVE_NOUNS.has(noun) && nounEndsPhrase) {
    const demonym = demonymOf(place.code) ?? place.text;
    out.push({
      start: place.start,
      end: place.end + lead + noun.length,
      kind: 'group',
      name: `${demonym} ${noun}`,
      country: place.code,
      possessive: false,
    });
  }
}

/** "European Union leaders", "NATO officials": the people of an organisation, as a group. */
export function collectivesOfOrganisations(text: string, offset: number, out: Mention[]): void {
  for (const m of [...out]) {
    if (m.kind !== 'organization' || m.possessive) continue;
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.end - offset, m.end - offset + 24));
    const noun = next?.[1];
    if (!next || !noun || !COLLECTIVE_NOUNS.has(noun)) continue;
    out.push({
      start: m.start,
      end: m.end + next[0].length,
      kind: 'group',
      name: `${m.name} ${noun}`,
      ...(m.country ? { country: m.country } : {}),
      possessive: false,
    });
  }
}

/** "Poland's prime minister, Donald Tusk, said": the office names the person after it. */
export function officesNamedAfter(text: string, offset: number, out: Mention[]): void {
  for (const office of out.filter((m) => m.kind === 'office')) {
    const gap = /^,\s+/u.exec(text.slice(office.end - offset, office.end - offset + 4));
    if (!gap) continue;
    const person = out.find((m) => m.kind === 'person' && m.start === office.end + gap[0].length);
    if (!person) continue;
    if (!/^\s*(?:,|$)/u.test(text.slice(person.end - offset, person.end - offset + 3))) continue;
    if (office.role) person.role = office.role;
    if (office.country) person.country ??= office.country;
    if (office.head) person.head = true;
    // The office mention now stands for the named person, not for an unnamed holder.
    office.kind = 'person';
    office.name = person.name;
    if (office.role) office.role = person.role ?? office.role;
  }
}
