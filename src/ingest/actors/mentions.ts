/**
 * Who a sentence names: people (with the title, former-ness and country that come with the name),
 * organisations, collective actors ("Chinese authorities"), unnamed office holders ("Norway's prime
 * minister", "the French president"), countries and capitals acting as governments, and the pronouns
 * and relative "who" that stand for someone named before. Resolution to canonical actors is the
 * registry's job; this module only reads the sentence.
 * Limits: a name of two or more capitalised words with no title is offered as a person unless a
 * word of it is a known non-name word; the registry keeps it only if the article also calls it by
 * the surname alone, and a lone capitalised word is a person only once it is known.
 */
import type { PlaceMention } from '../geo/countries';
import { wordsOf, type Word } from '../text/words';
import {
  ACTING_FOR,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORGANISATION_WORDS,
  RUN_JOINERS,
  THING_WORDS,
} from './lexicon';
import { collectivesOfOrganisations, officesNamedAfter, readAfterPlace } from './around';
import type { Mention } from './mention';
import { prefixBefore, roleAfter, roleBefore, withPrefix } from './roles';
import { titleAt } from './titles';

const PRONOUNS = new Map<string, 'he' | 'she' | 'they'>([
  ['he', 'he'],
  ['He', 'he'],
  ['she', 'she'],
  ['She', 'she'],
  ['they', 'they'],
  ['They', 'they'],
]);

function isCapitalisedRunWord(w: Word): boolean {
  return w.capitalised || NAME_PARTICLES.has(w.text) || RUN_JOINERS.has(w.text);
}

/** Maximal runs of capitalised words joined by single spaces (particles allowed inside). */
function capitalisedRuns(text: string, words: readonly Word[], offset: number): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = (): void => {
    while (run.length > 0 && !run[run.length - 1]?.capitalised) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const w of words) {
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end - offset, w.start - offset) : '';
    const joined = prev !== undefined && !prev.possessive && /^\s$/u.test(gap);
    if (!isCapitalisedRunWord(w) || (run.length === 0 && !w.capitalised)) {
      close();
      continue;
    }
    if (run.length > 0 && !joined) close();
    run.push(w);
    if (w.possessive) close();
  }
  close();
  return runs;
}

/**
 * The place the word lies in. Places come in text order without overlaps (findPlaces reads them
 * left to right, each after the last), so only the last one starting at or before the word can
 * hold it; a scan from the first place for every word made a line listing "Mexico, " 50,000
 * times take seconds.
 */
function placeAt(places: readonly PlaceMention[], w: Word): PlaceMention | undefined {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((places[mid]?.start ?? w.start) <= w.start) lo = mid + 1;
    else hi = mid;
  }
  const place = places[lo - 1];
  return place !== undefined && w.end <= place.end ? place : undefined;
}

/**
 * The first word starting at `start` or later that ends at `end` or later. Words are in text
 * order, so a binary search finds where to begin: a scan from the first word for every place
 * made a line listing "U.S. " 40,000 times take a second.
 */
function wordEndingFrom(words: readonly Word[], start: number, end: number): Word | undefined {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.start ?? start) < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < words.length; i++) {
    const w = words[i];
    if (w !== undefined && w.end >= end) return w;
  }
  return undefined;
}

function lower(w: Word | undefined): string {
  const t = (w?.text ?? '').toLowerCase();
  return t.endsWith('.') ? t.slice(0, -1) : t;
}

function readRun(
  text: string,
  run: readonly Word[],
  places: readonly PlaceMention[],
  offset: number,
  out: Mention[],
): void {
  let k = 0;
  while (k < run.length && FUNCTION_WORDS.has(lower(run[k]))) k++;
  const rest = run.slice(k);
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (!first || !last) return;
  // "Lena Hart and French President Marc Duval" is two people; an organisation's
  // name may hold "and" ("Fisheries and Wildlife Service"), so only a run without one is split.
  const isOrganisation = rest.some((w) => ORGANISATION_WORDS.has(lower(w)));
  const split = rest.findIndex((w) => w.text === 'and' || w.text === 'or');
  if (!isOrganisation && split > 0) {
    readRun(text, rest.slice(0, split), places, offset, out);
    readRun(text, rest.slice(split + 1), places, offset, out);
    return;
  }
  const lastWord = lower(last);
  if (THING_WORDS.has(lastWord)) return;
  if (isOrganisation) {
    const end = last;
    if (!(rest.length === 1 && placeAt(places, first))) {
      const name = text.slice(first.start - offset, end.end - offset);
      // "Bank of Norway", "U.S. Fisheries and Wildlife Service": a country inside the name.
      const place = places.find((p) => p.code !== '' && p.start >= first.start && p.end <= end.end);
      out.push({
        start: first.start,
        end: end.end,
        kind: 'organization',
        name,
        possessive: end.possessive,
        ...(place?.code ? { country: place.code } : {}),
      });
    }
    return;
  }
  // Country or demonym, then title, then the name: "Spanish Foreign Minister José de la Vega".
  let i = 0;
  let country: string | undefined;
  const place = rest[0] ? placeAt(places, rest[0]) : undefined;
  if (place && place.kind !== 'region') {
    country = place.code || undefined;
    while (i < rest.length && rest[i] && (rest[i]?.end ?? 0) <= place.end) i++;
  }
  // "NBN Governor Ivo Sato": an institution's acronym before a title is not the name.
  if (
    rest[i] &&
    /^\p{Lu}{2,6}$/u.test(rest[i]?.text ?? '') &&
    titleAt(rest.slice(i + 1).map((w) => w.text))
  ) {
    i++;
  }
  // "Former President X" at a sentence start: the prefix is capitalised inside the run.
  let prefix = rest[i] ? prefixBefore(rest[i]?.text ?? '') : undefined;
  if (prefix) i++;
  else {
    const at = (rest[0]?.start ?? offset) - offset;
    prefix = prefixBefore(text.slice(Math.max(0, at - 16), at));
  }
  const titled = titleAt(rest.slice(i).map((w) => w.text));
  let role: string | undefined;
  let head: boolean | undefined;
  if (titled) {
    role = withPrefix(prefix, titled.title);
    head = titled.title.head;
    country ??= titled.title.country;
    i += titled.words;
  }
  // The name: words up to a joiner, skipping leading particles.
  const nameWords: Word[] = [];
  for (const w of rest.slice(i)) {
    if (RUN_JOINERS.has(w.text)) break;
    if (placeAt(places, w)) break;
    nameWords.push(w);
  }
  while (nameWords.length > 0 && !nameWords[nameWords.length - 1]?.capitalised) nameWords.pop();
  const nFirst = nameWords[0];
  const nLast = nameWords[nameWords.length - 1];
  if (!nFirst || !nLast) {
    if (titled && !place) return; // "President" alone: an office without country, left unread
    return;
  }
  const nameIsPlain = nameWords.every(
    (w) => !NOT_NAMES.has(lower(w)) || NAME_PARTICLES.has(w.text),
  );
  if (!nameIsPlain && !titled) return;
  // Roles written around the name: "prime minister Keir Starmer", "X, the Korean foreign minister,".
  const around = titled
    ? undefined
    : (roleBefore(text, offset, nFirst.start, places) ??
      roleAfter(text, offset, nLast.end, places));
  if (around) {
    role = around.role;
    head = around.head;
    country ??= around.country;
  }
  // "President Dan Cole of the United States": the country after the name.
  let end = nLast.end;
  const afterName = rest.slice(rest.indexOf(nLast) + 1);
  if (titled && afterName[0]?.text === 'of') {
    const next = afterName[1]?.text === 'the' ? afterName[2] : afterName[1];
    const of = next ? placeAt(places, next) : undefined;
    if (of?.code) {
      country ??= of.code;
      end = of.end;
    }
  }
  out.push({
    start: (titled || country ? first : nFirst).start,
    end,
    kind: 'person',
    name: text.slice(nFirst.start - offset, nLast.end - offset),
    possessive: nLast.possessive,
    ...(role ? { role } : {}),
    ...(head ? { head } : {}),
    ...(country ? { country } : {}),
  });
}

export type { Mention, MentionKind } from './mention';

export function findMentions(
  text: string,
  offset: number,
  places: readonly PlaceMention[],
  given?: readonly Word[],
): Mention[] {
  const words = given ?? wordsOf(text, offset);
  const out: Mention[] = [];
  for (const run of capitalisedRuns(text, words, offset)) readRun(text, run, places, offset, out);
  collectivesOfOrganisations(text, offset, out);
  for (const p of places) {
    readAfterPlace(text, p, offset, out);
    if (p.kind === 'country' || p.kind === 'capital') {
      const w = wordEndingFrom(words, p.start, p.end - 1);
      out.push({
        start: p.start,
        end: p.end,
        kind: 'country',
        name: p.text,
        country: p.code,
        possessive: w?.possessive ?? false,
      });
    }
  }
  officesNamedAfter(text, offset, out);
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    if (!w) continue;
    const pronoun = PRONOUNS.get(w.text);
    if (pronoun)
      out.push({
        start: w.start,
        end: w.end,
        kind: 'pronoun',
        name: w.text,
        pronoun,
        possessive: false,
      });
    if (
      w.text === 'who' &&
      /,\s*$/u.test(text.slice(Math.max(0, w.start - offset - 4), w.start - offset))
    ) {
      out.push({ start: w.start, end: w.end, kind: 'relative', name: 'who', possessive: false });
    }
    // "Cole's administration": the possessor acts through it.
    if (w.possessive && ACTING_FOR.has(lower(words[j + 1]))) {
      const owner = out.find((m) => m.end === w.end && m.kind === 'person');
      const next = words[j + 1];
      if (owner && next) out.push({ ...owner, end: next.end, possessive: false });
    }
  }
  // Inner mentions lose to the longer ones that contain them (the office contains the country).
  // Sorted by start, longest first, every longer container comes before the spans it holds, so
  // one sweep with the furthest end so far finds them (a search per mention was quadratic: a
  // line listing "Mexico, " 20,000 times took over a second).
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let furthest = -1;
  for (let i = 0; i < out.length;) {
    const first = out[i];
    if (first === undefined) break;
    let j = i;
    // Mentions of the very same span do not contain each other: judge them together.
    while (out[j]?.start === first.start && out[j]?.end === first.end) j++;
    if (furthest < first.end)
      for (let k = i; k < j; k++) {
        const m = out[k];
        if (m) kept.push(m);
      }
    furthest = Math.max(furthest, first.end);
    i = j;
  }
  return kept;
}
