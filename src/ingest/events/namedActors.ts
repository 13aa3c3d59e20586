/**
 * The actors a sentence names that the mention readers did not resolve: each proper-noun run
 * (see nlp/names) stands for the article's full name that holds it, and becomes a person (two to
 * four capitalised words with no word of an institution) or an organisation, in the shared
 * registry. A run already read as a mention, a place, a credit in brackets ("(Wire)") or part of
 * a dateline is left alone.
 * Limits: a place that is not a country ("Tarn Prefecture", "Alder County") becomes an
 * organisation, as the news often makes it one ("Alder County said").
 */
import type { ActorRecord, ActorRegistry } from '../actors/registry';
import type { SentenceReading } from '../analysis';
import type { NameRun, NameTable } from '../nlp/names';
import { looksLikePerson, nameRuns } from '../nlp/names';
import { firstFiniteVerb } from '../nlp/clauses';
import { countryOf } from '../geo/countries';
import { cityCountries } from '../geo/cities';
import { OFFICE_TITLES, ROLE_PREFIXES, titleAt, type OfficeTitle } from '../actors/titles';
import type { Actorish } from './clauses';
import { creditLength } from '../text/dateline';
import { overlapIn } from '../text/span';

/** The record a full name stands for, made when it is new. */
export function actorOfName(
  name: string,
  registry: ActorRegistry,
  documentId: string,
  person: boolean,
): ActorRecord | undefined {
  const words = name.split(/\s+/u);
  const known = registry.findPerson(words);
  // Another article's person is the same only under the same full name: "Dalton" in a
  // football story is not the "Mira Dalton" of a business one.
  if (known && (known.documents.has(documentId) || known.aliases.has(name))) {
    // "Ana Ruiz" known, "Ana Ruiz Salas" read now: the longer form is the same person.
    if (words.length > known.name.split(/\s+/u).length) known.aliases.add(name);
    known.documents.add(documentId);
    return known;
  }
  const mention = { start: 0, end: 0, name, possessive: false } as const;
  const record = person
    ? registry.learnPerson({ ...mention, kind: 'person' }, documentId)
    : registry.resolve({ ...mention, kind: 'organization' });
  record?.documents.add(documentId);
  return record;
}

/** What follows a person's name: a report of speech, or an apposition that describes them. */
const PERSON_CUE =
  /^(?:['’]s)?(?:\s+(?:said|says|told|tells|added|wrote)\b|,\s+(?:who|the|a|an|whose|aged|\d+)\b|\s*\(\d+\))/u;

const inBrackets = (s: SentenceReading, r: NameRun): boolean =>
  s.text[r.start - s.start - 1] === '(' && s.text[r.end - s.start] === ')';

/**
 * The sentence's name runs without what stands before a name inside them: "Former Bangladesh
 * Prime Minister Ama Osei" is "Ama Osei" (a role prefix, a place, a title).
 */
const runsOf = new WeakMap<SentenceReading, NameRun[]>();

export function actorRuns(s: SentenceReading): NameRun[] {
  // Read once per sentence: the learning passes and the extraction all ask for them.
  const known = runsOf.get(s);
  if (known) return known;
  const out: NameRun[] = [];
  runsOf.set(s, out);
  for (const run of nameRuns(s.tokens)) {
    let words = run.words;
    let start = run.start;
    const drop = (n: number): void => {
      const cut = words.slice(0, n).join(' ').length + 1;
      words = words.slice(n);
      start += cut;
    };
    for (;;) {
      const first = words[0]?.toLowerCase() ?? '';
      if (words.length < 2) break;
      if (ROLE_PREFIXES.includes(first)) {
        drop(1);
        continue;
      }
      const at = overlapIn(s.places, start, start + 1);
      const place = at?.start === start && at.kind !== 'city' ? at : undefined;
      if (place && place.end < run.end) {
        drop(place.text.split(/\s+/u).length);
        continue;
      }
      const title = titleAt(words);
      if (title && title.words < words.length) {
        drop(title.words);
        continue;
      }
      break;
    }
    if (words.length > 0) out.push({ start, end: run.end, words });
  }
  return out;
}

/**
 * The people an article names with an office, current ones only: found once per article (a
 * search of the whole registry for every "the minister" grew with the square of a large run).
 */
export function officeHoldersOf(registry: ActorRegistry, documentId: string): ActorRecord[] {
  return registry
    .all()
    .filter(
      (r) =>
        r.kind === 'person' &&
        r.documents.has(documentId) &&
        r.role !== undefined &&
        !/^(?:Former|Ex-|Outgoing)\b/iu.test(r.role),
    );
}

/** The one person of this article who holds a title ("the Prime Minister" for the premier named). */
function holderOf(title: OfficeTitle, holders: readonly ActorRecord[]): ActorRecord | undefined {
  const role = title.role.toLowerCase();
  const found = holders.filter((r) => r.role?.toLowerCase().endsWith(role) === true);
  return found.length === 1 ? found[0] : undefined;
}

const TITLE_FORMS = [...new Set(OFFICE_TITLES.flatMap((t) => t.forms))]
  .filter((f) => /^[a-z -]+$/u.test(f))
  .sort((a, b) => b.length - a.length);
/** "the head of state", "the prosecutor's office", "the minister": an office, told in lower case. */
const DESCRIPTION = new RegExp(
  String.raw`the\s+(?:[a-z-]+\s+){0,2}?(head of (?:state|government)|${TITLE_FORMS.join('|')})`,
  'gu',
);

/** "The company said", "the bank raised": an organisation the subject describes by its kind. */
const KIND_OF_BODY =
  /^(?:the|this)\s+(?:[\p{L}-]+\s+){0,2}?(company|firm|group|chain|retailer|carrier|airline|lender|bank|automaker|carmaker|manufacturer|insurer|broadcaster|club|team|party|agency|ministry|tribunal|court|league|union|organi[sz]ation|exchange|regulator|operator|utility|startup|conglomerate)\b/iu;
/** Kinds that any organisation of the story may be called ("the company"). */
const ANY_BODY = /^(?:company|firm|group|conglomerate|startup)$/iu;

/**
 * The organisation a sentence's subject describes by its kind ("The Oslo-based company
 * appointed"): the one the article names most often whose name holds that kind ("the bank" for
 * "Bank of Northland"), or, for "the company" and the like, the one it names most often.
 */
export function describedBody(
  s: SentenceReading,
  table: NameTable,
  registry: ActorRegistry,
  documentId: string,
): ActorRecord | undefined {
  const verb = s.tokens[firstFiniteVerb(s.tokens)];
  if (verb === undefined) return undefined;
  const subject = s.text.slice(0, verb.start - s.start).replace(/^.*,\s+/su, '');
  const kind = KIND_OF_BODY.exec(subject)?.[1]?.toLowerCase();
  if (kind === undefined) return undefined;
  const holds = (name: string): boolean => name.toLowerCase().split(/\s+/u).includes(kind);
  const isPlace = (name: string): boolean =>
    countryOf(name) !== undefined || cityCountries(name).length > 0;
  const body = (name: string): boolean =>
    !isPlace(name) && (holds(name) || !looksLikePerson(name.split(/\s+/u)));
  const name =
    table.mostNamed((n) => body(n) && holds(n), `${kind} holding the kind`) ??
    (ANY_BODY.test(kind) ? table.mostNamed(body, `${kind} of any body`) : undefined);
  return name ? actorOfName(name, registry, documentId, false) : undefined;
}

/**
 * Plural nouns that name people by what they do or are: "protesters", "officials",
 * "residents", "opposition parties". Read from the word's shape (agent and membership endings),
 * not from a list of groups.
 */
const PEOPLE_NOUN =
  /(?:ers|ors|ists|ians|ees|men|women|people|officials|police|troops|forces|parties|leaders|members|voters|rebels|militants|authorities|guerrillas|families|children|students|residents|parents|patients|migrants|immigrants|participants|inhabitants|applicants|lawmakers|MPs|judges|staff)$/u;

/**
 * The group a sentence's subject names when it names no one ("Opposition parties had
 * announced", "Hundreds of residents fled"): its plural noun with the words that qualify it.
 */
export function subjectGroup(s: SentenceReading, registry: ActorRegistry): ActorRecord | undefined {
  const verb = firstFiniteVerb(s.tokens);
  if (verb < 0) return undefined;
  let segmentHasPreposition = false;
  for (let i = 0; i < verb; i++) {
    const t = s.tokens[i];
    if (t === undefined) continue;
    if (t.pos === 'PUNCT') {
      segmentHasPreposition = false;
      continue;
    }
    if (t.pos === 'ADP' && t.lemma !== 'of') segmentHasPreposition = true;
    // The model may read a capitalised opener as a proper noun ("Protesters blocked").
    const noun = t.pos === 'NOUN' || (t.pos === 'PROPN' && i === 0);
    if (segmentHasPreposition || !noun || !PEOPLE_NOUN.test(t.text.toLowerCase())) continue;
    if (!/(?:s|people|police|staff|men|women|children)$/u.test(t.text.toLowerCase())) continue;
    const words = [t.text];
    for (let k = i - 1; k >= 0 && words.length < 3; k--) {
      const q = s.tokens[k];
      if (q === undefined || (q.pos !== 'ADJ' && q.pos !== 'NOUN') || /^\p{Lu}/u.test(q.text))
        break;
      words.unshift(q.text);
    }
    const name = words.join(' ').toLowerCase();
    return registry.resolve({ start: 0, end: 0, name, possessive: false, kind: 'group' });
  }
  return undefined;
}

/** The people of this article a sentence describes by their office rather than by name. */
export function describedActors(
  s: SentenceReading,
  holders: readonly ActorRecord[],
): ActorRecord[] {
  const out: ActorRecord[] = [];
  for (const m of s.text.matchAll(DESCRIPTION)) {
    const words = m[1] ?? '';
    let record: ActorRecord | undefined;
    if (words.startsWith('head of')) {
      // A head of state reigns or presides; a head of government leads a cabinet.
      const role = words.endsWith('state')
        ? /president|king|queen|emir|monarch/iu
        : /prime minister|chancellor|premier/iu;
      const heads = holders.filter((r) => role.test(r.role ?? ''));
      record = heads.length === 1 ? heads[0] : undefined;
    } else {
      const title = titleAt(words.split(' '));
      record = title ? holderOf(title.title, holders) : undefined;
    }
    if (record && !out.includes(record)) out.push(record);
  }
  return out;
}

/**
 * "Ilya Brant joined the firm in 2010. He later left.": the subject named in a sentence that the
 * next one continues with he or she is a person.
 */
export function learnPeople(sentences: readonly SentenceReading[], table: NameTable): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i];
    const next = sentences[i + 1];
    if (!s || !next || s.heading || next.heading) continue;
    const opener = next.tokens.find((t) => /\p{L}/u.test(t.text));
    if (opener?.pos !== 'PRON' || !/^(?:he|she)$/iu.test(opener.text)) continue;
    const verb = s.tokens[firstFiniteVerb(s.tokens)]?.start ?? s.end;
    const subject = actorRuns(s).find((r) => r.end <= verb);
    if (subject) table.markPerson(table.fullName(subject));
  }
}

/** "Laure Ruiz, the prosecutor, said": a name and the office an apposition gives it. */
const APPOSITION = /^,\s+(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s*,/u;

/**
 * Learns the people an article describes by an apposition ("Ana Ruiz, the prosecutor,") before
 * its events are read, so that "the prosecutor" earlier or later in the article is them.
 */
export function learnAppositions(
  s: SentenceReading,
  table: NameTable,
  registry: ActorRegistry,
  documentId: string,
): void {
  for (const run of actorRuns(s)) {
    const m = APPOSITION.exec(s.text.slice(run.end - s.start));
    if (!m?.[1]) continue;
    const words = m[1].split(/\s+/u);
    // The title is the last words of the description ("the Paris prosecutor").
    let title: ReturnType<typeof titleAt>;
    for (let i = 0; i < words.length && !title; i++) {
      const t = titleAt(words.slice(i));
      if (t && i + t.words === words.length) title = t;
    }
    const full = table.fullName(run);
    if (!title || !looksLikePerson(full.split(/\s+/u))) continue;
    const record = actorOfName(full, registry, documentId, true);
    if (record && !record.role) record.role = title.title.role;
  }
}

/** The records of the names a sentence holds beyond its resolved mentions. */
export function namedActors(
  s: SentenceReading,
  table: NameTable,
  registry: ActorRegistry,
  resolved: readonly Actorish[],
  documentId: string,
  holders: readonly ActorRecord[],
): ActorRecord[] {
  const creditEnd = s.index === 0 ? s.start + creditLength(s.text) : s.start;
  const out: ActorRecord[] = [];
  for (const run of actorRuns(s)) {
    // A known place is a name even where it opens the sentence ("Texas sued the agency").
    const named = overlapIn(s.places, run.start, run.end) !== undefined;
    if (
      run.start < creditEnd ||
      inBrackets(s, run) ||
      !(named || table.isName(run, s.text, s.start))
    )
      continue;
    // "the Oslo-based chain": the city qualifies the chain, it does not act.
    if (/^-\p{Ll}/u.test(s.text.slice(run.end - s.start))) continue;
    // "12:31 p.m. ET": a time zone.
    if (/(?:[ap]\.m\.|\d)\s*$/iu.test(s.text.slice(0, run.start - s.start))) continue;
    // "the Ruiz administration", "the Osei government": the government a name leads acts.
    const led = /^\s+(administration|government|cabinet)\b/u.exec(s.text.slice(run.end - s.start));
    if (led?.[1]) {
      const body = actorOfName(`${run.words.join(' ')} ${led[1]}`, registry, documentId, false);
      if (body && !out.includes(body)) out.push(body);
    }
    // A place is not an actor, but a name that holds one is ("Oslo Stock Exchange"). A
    // city, a state or a seat of government may act ("Leeds signed", "Ontario's
    // request", "the Kremlin said"), though not where it is only where ("in Texas").
    const around = overlapIn(s.places, run.start, run.end);
    const place = around && around.start <= run.start && run.end <= around.end ? around : undefined;
    if (place) {
      const acts =
        place.kind === 'city' || place.kind === 'subdivision' || place.kind === 'capital';
      const where =
        /\b(?:in|at|from|to|into|near|across|of|around|outside|inside|throughout|through|toward|towards|via)\s+(?:the\s+)?$/iu.test(
          s.text.slice(Math.max(0, run.start - s.start - 14), run.start - s.start),
        );
      if (!acts || where) continue;
    }
    const overlapping = overlapIn(resolved, run.start, run.end);
    // A state or a seat read as its country ("Ontario" as Canada) acts as itself.
    const actingPlace = place !== undefined && place.kind !== 'country';
    if (overlapping?.key && !(actingPlace && registry.byKey(overlapping.key)?.kind === 'country')) {
      // "Lucía Ferrán" known, "Lucía Ferrán Ocampo" written here: the longer form is an alias.
      const known = registry.byKey(overlapping.key);
      const full = table.fullName(run);
      if (known?.kind === 'person' && full.length > known.name.length && full.includes(known.name))
        known.aliases.add(full);
      // "CDU" read as an organisation, "Civic Democratic Union (CDU)" written earlier.
      if (
        known?.kind === 'organization' &&
        known.name === run.words.join(' ') &&
        full !== known.name
      )
        known.aliases.add(full);
      continue;
    }
    // "the Prime Minister" on its own is the premier the article names, if it names one.
    const title = titleAt(run.words);
    if (title && title.words === run.words.length) {
      const holder = holderOf(title.title, holders);
      if (holder && !out.includes(holder)) out.push(holder);
      continue;
    }
    const full = table.fullName(run);
    const words = full.split(/\s+/u);
    // Two capitalised words are a person's name when the article also calls them by a part of
    // it, or when they speak or are described ("Ana Ruiz said", "Ana Ruiz, the mayor"); "Real
    // Madrid" and "Wall Street" are neither.
    const person =
      looksLikePerson(words) &&
      (table.shortened(words) ||
        table.isMarkedPerson(full) ||
        PERSON_CUE.test(s.text.slice(run.end - s.start, run.end - s.start + 24)));
    const record = actorOfName(full, registry, documentId, person);
    if (record && record.kind !== 'country' && !out.includes(record)) out.push(record);
  }
  return out;
}
