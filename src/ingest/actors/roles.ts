/**
 * Roles written around a name rather than inside its capitalised run: a lower-case title before
 * it ("prime minister Keir Starmer", "Russian opposition leader X"), a role prefix ("former"),
 * and a title in apposition after it ("Lena Park, the South Korean foreign minister, said").
 */
import type { PlaceMention } from '../geo/countries';
import { ROLE_PREFIXES, titleAt, type OfficeTitle } from './titles';

export interface RoleReading {
  role: string;
  head: boolean;
  country?: string;
  /** Absolute offset where the role's words start (before the name) or end (after it). */
  edge: number;
}

/** "Former President": the prefix word, capitalised, before the role. */
export function withPrefix(prefix: string | undefined, title: OfficeTitle): string {
  if (!prefix) return title.role;
  const word = prefix.replace(/-$/u, '');
  return `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()} ${title.role}`;
}

/** The role prefix ("former", "acting") that ends the text, if any. */
export function prefixBefore(before: string): string | undefined {
  const m = /([\p{L}-]+)\s*$/u.exec(before);
  const word = m?.[1]?.toLowerCase().replace(/-$/u, '');
  return word === undefined ? undefined : PREFIX_OF_WORD.get(word);
}

/** Each role prefix by its word without a trailing hyphen ("vice-" by "vice"), the first kept. */
const PREFIX_OF_WORD = new Map<string, string>();
for (const p of ROLE_PREFIXES) {
  const word = p.replace(/-$/u, '');
  if (!PREFIX_OF_WORD.has(word)) PREFIX_OF_WORD.set(word, p);
}

function placeEndingAt(places: readonly PlaceMention[], end: number): PlaceMention | undefined {
  return places.find((p) => p.end === end && p.code !== '');
}

/** A lower-case title right before a name: "prime minister Keir Starmer". */
export function roleBefore(
  text: string,
  offset: number,
  nameStart: number,
  places: readonly PlaceMention[],
): RoleReading | undefined {
  const before = text.slice(Math.max(0, nameStart - offset - 48), nameStart - offset);
  // The first word may be capitalised at a sentence start ("Opposition leader X").
  // "His environment minister, Marina Silva, said": the title may stand before a comma.
  const m = /((?:\p{L}[\p{Ll}.-]*\s+){0,2}\p{L}[\p{Ll}.-]*),?\s+$/u.exec(before);
  if (!m?.[1]) return undefined;
  const words = m[1].trim().split(/\s+/u);
  for (let n = words.length; n > 0; n--) {
    const tail = words.slice(words.length - n);
    const titled = titleAt(tail);
    if (!titled || titled.words !== n) continue;
    const titleText = tail.join(' ');
    const titleStart = nameStart - (before.length - before.lastIndexOf(titleText));
    const lead = text.slice(Math.max(0, titleStart - offset - 40), titleStart - offset);
    const place = placeEndingAt(places, titleStart - (lead.length - lead.trimEnd().length));
    const prefix = prefixBefore(lead);
    const country = place?.code ?? titled.title.country;
    return {
      role: withPrefix(prefix, titled.title),
      head: titled.title.head === true,
      ...(country ? { country } : {}),
      edge: place?.start ?? titleStart,
    };
  }
  return undefined;
}

/** ", the South Korean foreign minister," or ", Peru's president," after a name. */
export function roleAfter(
  text: string,
  offset: number,
  nameEnd: number,
  places: readonly PlaceMention[],
): RoleReading | undefined {
  const after = text.slice(nameEnd - offset, nameEnd - offset + 80);
  const m = /^,\s+(?:the|a|an)?\s*([^,;:"“”()]{2,60}?)\s*(?:,|$)/u.exec(after);
  const phrase = m?.[1];
  if (!m || !phrase) return undefined;
  const phraseStart = nameEnd + m[0].indexOf(phrase);
  let rest = phrase;
  let country: string | undefined;
  const place = places.find((p) => p.start === phraseStart && p.code !== '');
  if (place) {
    country = place.code;
    rest = phrase.slice(place.end - place.start).replace(/^['’]s/u, '');
  }
  const words = rest.trim().split(/\s+/u);
  let prefix: string | undefined;
  if (words[0] && prefixBefore(words[0])) prefix = words.shift();
  const titled = titleAt(words);
  if (!titled) return undefined;
  // "of Mexico" after the title also places the role.
  const tail = words.slice(titled.words).join(' ');
  if (tail.length > 0) {
    const of = /^of\s+/u.exec(tail);
    const placeOf = of ? places.find((p) => p.start > phraseStart && p.code !== '') : undefined;
    if (!placeOf) return undefined;
    country ??= placeOf.code;
  }
  const code = country ?? titled.title.country;
  return {
    role: withPrefix(prefix, titled.title),
    head: titled.title.head === true,
    ...(code ? { country: code } : {}),
    edge: phraseStart + phrase.length,
  };
}
