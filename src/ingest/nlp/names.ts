/**
 * Names in any naming order, read from part-of-speech tags rather than from lists: a run of
 * proper nouns ("Kim Min-jun", "Bank of Northland", "Ana Ruiz Salas", "NTSB") is a name, with
 * "of", "de", "al", "van", "&" and the like inside it ("Paz and Quiroga" are two names). Each article keeps a table of its names,
 * so that a shorter mention ("Ruiz", "Ana Ruiz", "the NTSB") stands for the longest name of the
 * article that holds it, and an acronym given in brackets after a name ("Grid Operators Union
 * (GOU)") or made of its initials stands for that name.
 * Limits: a capitalised common word that opens a sentence ("Officials said") is tagged a proper
 * noun by the model; such a word counts as a name only if the article also capitalises it away
 * from the start of a sentence. Months, weekdays and places are not names of actors.
 */
import type { Token } from './tagger';
import { countryOf } from '../geo/countries';

export interface NameRun {
  start: number;
  end: number;
  /** The words of the name, as written (a trailing possessive 's left out). */
  words: string[];
}

/** Small words that may join the words of one name. */
const JOINERS = new Set([
  'of',
  'de',
  'del',
  'der',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'van',
  'von',
  'da',
  'do',
  'dos',
  'di',
  'du',
  '&',
  'for',
  'the',
]);

const CALENDAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$/iu;

/** "Oslo-based", "state-backed", "Spanish-speaking": an adjective made from a name. */
const DERIVED =
  /-\p{Ll}+(?:ed|ing)$|-(?:based|born|run|made|style|era|like|wide|bound|owned|led|held)$/u;
export const isDerivedName = (name: string): boolean => DERIVED.test(name);

const isNameWord = (t: Token): boolean =>
  (t.pos === 'PROPN' || (t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text))) &&
  /^\p{Lu}/u.test(t.text) &&
  !CALENDAR.test(t.text) &&
  !DERIVED.test(t.text);

const LONGEST_NAME = 8;

/** Proper-noun runs of a sentence's tokens, in order. */
export function nameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first === undefined || !isNameWord(first)) {
      i++;
      continue;
    }
    const words = [first.text];
    let end = first.end;
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (t === undefined) break;
      const adjacent = t.start - end <= 1;
      if (!adjacent) break;
      // Inside a name, any capitalised word belongs to it ("Civic Democratic Union", where the
      // model reads "Democratic" as an adjective).
      if (
        isNameWord(t) ||
        (/^\p{Lu}/u.test(t.text) &&
          !CALENDAR.test(t.text) &&
          !DERIVED.test(t.text) &&
          t.pos !== 'PRON' &&
          t.pos !== 'DET' &&
          t.pos !== 'ADP')
      ) {
        words.push(t.text);
        end = t.end;
        j++;
        continue;
      }
      // "Min-jun", "Okonkwo-Reyes": a hyphen joins two name words without spaces.
      const after = tokens[j + 1];
      if (
        t.text === '-' &&
        t.start === end &&
        after &&
        after.start === t.end &&
        /^\p{L}/u.test(after.text) &&
        !DERIVED.test(`-${after.text}`)
      ) {
        words[words.length - 1] = `${words[words.length - 1] ?? ''}-${after.text}`;
        end = after.end;
        j += 2;
        continue;
      }
      // "Group of 20", "Class of 2024": a number may close a name after "of".
      if (
        t.text === 'of' &&
        after?.pos === 'NUM' &&
        /^\d+$/u.test(after.text) &&
        after.start === t.end + 1
      ) {
        words.push(t.text, after.text);
        end = after.end;
        j += 2;
        break;
      }
      // "Office for Mines and Energy": "and" joins inside the name of an institution,
      // while "Paz and Quiroga" are two people.
      const joins =
        JOINERS.has(t.text.toLowerCase()) ||
        (t.text === 'and' &&
          words.some((w) => INSTITUTION.test(w)) &&
          words.some((w) => w === 'for' || w === 'of'));
      if (joins && t.text !== 'The' && after && isNameWord(after)) {
        words.push(t.text, after.text);
        end = after.end;
        j += 2;
        continue;
      }
      break;
    }
    // "CUP HOLDERS Dalton Rovers": a kicker in capitals before a name is not part of it.
    let lead = 0;
    while (lead < words.length - 1 && /^\p{Lu}{2,}$/u.test(words[lead] ?? '')) lead++;
    if (lead >= 2 && !/^\p{Lu}{2,}$/u.test(words[lead] ?? '')) {
      const kept = words.slice(lead);
      runs.push({ start: end - kept.join(' ').length, end, words: kept });
    } else runs.push({ start: first.start, end, words });
    i = j;
  }
  // No name runs to more than eight words: a longer run is a list or a line in capitals.
  return runs.filter((r) => r.words.length > 0 && r.words.length <= LONGEST_NAME);
}

/** The word at `at` opens a sentence, a quote or a clause after a colon or a dash. */
function opensClause(text: string, at: number): boolean {
  return /(?:^|[“"‘'(:—–-])\s*$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** Words that name an institution, a place or a thing rather than a person. */
const INSTITUTION =
  /^(?:Bank|League|Party|Forces?|Army|Navy|Court|Tribunal|Council|Assembly|Commission|Committee|Ministry|Department|Agency|Office|Police|Union|Association|Organi[sz]ation|Institute|University|College|Group|Company|Corporation|Corp|Inc|Ltd|LLC|Exchange|Fund|Services?|Authority|Board|Parliament|House|Senate|Congress|Government|Administration|Federation|Foundation|Club|Network|News|Times|Post|Press|Airlines?|Systems|Technologies|Energy|Holdings|Partners|Capital|Media|Movement|Front|Alliance|Coalition|Cent(?:er|re)|Hospital|School|Church|Palace|Camp|County|City|State|States|Province|Prefecture|Region|District|River|Street|Square|Island|Islands|Republic|Kingdom|Treaty|Accord|Act|Cup|Games|Championship|Summit|Conference|Bureau|Division|Brigade|Battalion|Guard|Times|Daily|Journal|Review|Television|Radio|Broadcasting|Market|Markets|Stock|Index|Project|Program|Programme|Mission|Station|Airport|Port|Railway|Railways|Motors|Pharmaceuticals|Industries|International|Global|Worldwide|Society|Institution|Trust|Reserve|Treasury|Cabinet|Secretariat|Directorate|Command|Ministry|Squad|Team|Church|Mosque|Temple|Shipping|Mining|Foods|Steel|Oil|Gas|Power|Airways|Logistics|Pharma|Insurance|Telecom|Electric|Chemicals|Ventures|Labs|Studios|Software|Solutions|Bancorp|Brewery|Rovers|United|Athletic|Wanderers)$/u;

const PERSON_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?\.?$|^\p{Lu}\.$/u;

export function looksLikePerson(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  // "Acme Honduras" names a body in a country, not a person.
  return words.every(
    (w) => PERSON_WORD.test(w) && !INSTITUTION.test(w) && countryOf(w) === undefined,
  );
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]{1,7}$/u;
const initialsOf = (words: readonly string[]): string =>
  words
    .filter((w) => !JOINERS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();

/** The names an article uses, and the full name each mention stands for. */
export class NameTable {
  /** Each name of two or more words, once, by its text. */
  private readonly full = new Map<string, string[]>();
  /** The names of two or more words that hold a word, and those whose initials spell one. */
  private readonly byWord = new Map<string, string[][]>();
  private readonly byInitials = new Map<string, string[][]>();
  /**
   * What is asked again and again while the article is read (every mention's full name, the
   * names counted under them, the body each kind of description stands for), kept until the
   * table learns more: asked afresh, each scanned every name, so that an article of ten thousand
   * sentences took minutes.
   */
  private readonly fullNames = new Map<string, string>();
  private counts: Map<string, number> | undefined;
  private readonly chosen = new Map<string, string | undefined>();
  private readonly acronyms = new Map<string, string>();
  /** Words the article capitalises away from the start of a sentence. */
  private readonly capitalisedInside = new Set<string>();
  /** Every name as the article writes it, with how often it does. */
  private readonly written = new Map<string, number>();

  /** Learns the names of one sentence (all sentences first, then resolve). */
  learn(runs: readonly NameRun[], text: string, offset: number): void {
    this.fullNames.clear();
    this.counts = undefined;
    this.chosen.clear();
    for (const r of runs) {
      const opening = opensClause(text, r.start - offset);
      for (const w of opening ? r.words.slice(1) : r.words) this.capitalisedInside.add(w);
      const name = r.words.join(' ');
      if (r.words.length > 1 && !this.full.has(name)) {
        this.full.set(name, r.words);
        for (const w of new Set(r.words)) push(this.byWord, w, r.words);
        push(this.byInitials, initialsOf(r.words), r.words);
      }
      this.written.set(name, (this.written.get(name) ?? 0) + 1);
      // "Grid Operators Union (GOU)": the acronym in brackets right after a name.
      const after = text.slice(r.end - offset, r.end - offset + 14);
      const bracket = /^['’]?s?\s*\((\p{Lu}[\p{Lu}\d&.-]{1,7})\)/u.exec(after);
      if (bracket?.[1] && r.words.length > 1) this.acronyms.set(bracket[1], r.words.join(' '));
    }
  }

  /**
   * Whether a run is a name: a single capitalised word that opens a sentence or a quote must be
   * capitalised elsewhere in the article too.
   */
  isName(run: NameRun, text: string, offset: number): boolean {
    if (run.words.length > 1 || !opensClause(text, run.start - offset)) return true;
    const word = run.words[0] ?? '';
    return ACRONYM.test(word) || this.capitalisedInside.has(word);
  }

  private readonly people = new Set<string>();

  /** The article speaks of the name as of a person ("Ilya Brant joined. He later left."). */
  markPerson(fullName: string): void {
    this.people.add(fullName);
  }

  isMarkedPerson(fullName: string): boolean {
    return this.people.has(fullName);
  }

  /** The article also calls the name by a part of it ("Ruiz" for "Ana Ruiz"), as it does people. */
  shortened(words: readonly string[]): boolean {
    for (let n = 1; n < words.length; n++)
      for (let i = 0; i + n <= words.length; i++)
        if (this.written.has(words.slice(i, i + n).join(' '))) return true;
    return false;
  }

  /**
   * The name the article uses most often among those `accept` allows, counting each mention
   * under its full name; undefined when two are used equally often.
   */
  mostNamed(accept: (fullName: string) => boolean, key?: string): string | undefined {
    if (key !== undefined && this.chosen.has(key)) return this.chosen.get(key);
    let best: string | undefined;
    let most = 0;
    let tie = false;
    for (const [name, n] of this.countsByFullName()) {
      if (!accept(name)) continue;
      if (n > most) [best, most, tie] = [name, n, false];
      else if (n === most) tie = true;
    }
    const chosen = tie ? undefined : best;
    if (key !== undefined) this.chosen.set(key, chosen);
    return chosen;
  }

  /** How often the article names each full name, counting every form of it. */
  private countsByFullName(): Map<string, number> {
    if (this.counts) return this.counts;
    const counts = new Map<string, number>();
    for (const [name, n] of this.written) {
      const full = this.fullName({ start: 0, end: 0, words: name.split(' ') });
      counts.set(full, (counts.get(full) ?? 0) + n);
    }
    this.counts = counts;
    return counts;
  }

  /** The article's full name for a mention: the longest name that holds its words, if one. */
  fullName(run: NameRun): string {
    const name = run.words.join(' ');
    let full = this.fullNames.get(name);
    if (full === undefined) {
      full = this.readFullName(run.words, name);
      this.fullNames.set(name, full);
    }
    return full;
  }

  private readFullName(words: readonly string[], name: string): string {
    const expanded = this.acronyms.get(name);
    if (expanded) return expanded;
    if (words.length === 1 && ACRONYM.test(name)) {
      const spelled = this.byInitials.get(name.replace(/[.&-]/gu, '')) ?? [];
      return spelled.length === 1 ? (spelled[0]?.join(' ') ?? name) : name;
    }
    let best: string[] | undefined;
    let tie = false;
    for (const f of this.byWord.get(words[0] ?? '') ?? []) {
      if (f.length <= words.length || !containsRun(f, words)) continue;
      // "Ruiz" is "Ana Ruiz"; "Acme" is not "Acme Honduras", a body whose name only starts so.
      if (!looksLikePerson(f) && f[f.length - 1] !== words[words.length - 1]) continue;
      if (!best || f.length > best.length) {
        best = f;
        tie = false;
      } else if (f.length === best.length && f.join(' ') !== best.join(' ')) tie = true;
    }
    return best && !tie ? best.join(' ') : name;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}
