/**
 * Who each mention of a sentence stands for: named people are learned over all documents first
 * (learnActors), then each sentence's mentions are resolved in reading order, pronouns and
 * "who" through the discourse so far; headlines trust only names the body has introduced.
 */
import type { Mention } from '../actors/mention';
import type { ActorRecord, ActorRegistry } from '../actors/registry';
import type { SentenceReading } from '../analysis';
import type { Actorish } from './clauses';
import { genderOf, type Discourse } from './discourse';
import { isDerivedName } from '../nlp/names';

/**
 * Adds to `alone` the runs of capitalised words of one sentence that start a name on their own,
 * not after another capitalised word: "Ríos Vega" in "echoing Ríos Vega's stance".
 */
export function noteNamesUsedAlone(
  s: Pick<SentenceReading, 'heading' | 'words'>,
  alone: Set<string>,
): void {
  if (s.heading) return;
  const joinedToPrevious = (i: number): boolean => {
    const before = s.words[i - 1];
    const w = s.words[i];
    return (
      before?.capitalised === true &&
      !before.possessive &&
      w !== undefined &&
      w.start - before.end === 1
    );
  };
  s.words.forEach((w, i) => {
    if (!w.capitalised || joinedToPrevious(i)) return;
    const run = [w.text];
    for (let k = i + 1; k < s.words.length && s.words[k]?.capitalised && joinedToPrevious(k); k++) {
      run.push(s.words[k]?.text ?? '');
    }
    // Every prefix of a long run made memory grow with its square: one line of "U.S. " written
    // 80,000 times ran ingest out of memory. No name said alone is longer than this.
    const longest = Math.min(run.length, LONGEST_NAME_ALONE);
    for (let n = 1; n <= longest; n++) alone.add(run.slice(0, n).join(' '));
  });
}

/** Words in the longest name an article calls someone by on its own ("Ríos Vega"). */
const LONGEST_NAME_ALONE = 6;

function shortenedLater(tokens: readonly string[], alone: ReadonlySet<string>): boolean {
  for (let from = Math.max(1, tokens.length - LONGEST_NAME_ALONE); from < tokens.length; from++) {
    if (alone.has(tokens.slice(from).join(' '))) return true;
  }
  return false;
}

/**
 * Learns every named person of a document's sentences (run over all documents before
 * extracting); `alone` holds the names its sentences use alone (noteNamesUsedAlone).
 */
export function learnActors(
  documentId: string,
  sentences: readonly Pick<SentenceReading, 'heading' | 'mentions'>[],
  alone: ReadonlySet<string>,
  registry: ActorRegistry,
): void {
  for (const s of sentences) {
    if (s.heading) continue;
    for (const m of s.mentions) {
      if (m.kind !== 'person') continue;
      const tokens = m.name.split(/\s+/u);
      // Without a title, capitalised words are a person's name only if the article goes on to
      // call them by the surname alone ("Andrés Manuel Ríos Vega" ... "Ríos Vega");
      // "Wall Street" and "Real Madrid" are never shortened so.
      const untitled = !m.role && tokens.length > 1;
      if (untitled && !shortenedLater(tokens, alone)) continue;
      const learned = registry.learnPerson(m, documentId);
      if (learned) continue;
      // A shorter form of someone another article named is theirs only under the same name.
      const known = registry.findPerson(tokens);
      if (known?.aliases.has(m.name)) known.documents.add(documentId);
    }
  }
  // "The French president" tells which country an unplaced President serves.
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind === 'office' && m.role && m.country) {
        registry.findHolder(m.role, m.country, m.head === true, documentId);
      }
    }
  }
}

function resolveHeadingMention(
  m: Mention,
  registry: ActorRegistry,
): { m: Mention; r: ActorRecord }[] {
  // Headlines capitalise every word: only names already known from the body are trusted.
  if (m.kind === 'country' || m.kind === 'group') {
    const r = registry.resolve(m);
    return r ? [{ m, r }] : [];
  }
  if (m.kind !== 'person') return [];
  const out: { m: Mention; r: ActorRecord }[] = [];
  let at = m.start;
  for (const token of m.name.split(/\s+/u)) {
    const r = registry.findPerson([token]);
    const start = at + Math.max(0, m.name.indexOf(token));
    if (r) out.push({ m: { ...m, start, end: start + token.length, possessive: false }, r });
  }
  at = m.start;
  return out;
}

export interface Resolved {
  actors: Actorish[];
  records: ActorRecord[];
}

export function resolveSentence(
  s: SentenceReading,
  registry: ActorRegistry,
  discourse: Discourse,
  documentId?: string,
): Resolved {
  const actors: Actorish[] = [];
  const records: ActorRecord[] = [];
  const push = (
    start: number,
    end: number,
    r: ActorRecord | undefined,
    possessive: boolean,
  ): void => {
    actors.push({ start, end, key: r?.key, possessive });
    if (r) {
      if (!records.includes(r)) records.push(r);
      if (r.kind !== 'country') discourse.mention(r);
    }
  };
  for (const m of s.mentions) {
    if (s.heading) {
      for (const { m: hm, r } of resolveHeadingMention(m, registry))
        push(hm.start, hm.end, r, hm.possessive);
      continue;
    }
    if (m.kind === 'pronoun' && m.pronoun)
      push(m.start, m.end, discourse.resolve(m.pronoun), false);
    else if (m.kind === 'relative') {
      const before = [...actors].reverse().find((a) => a.key && a.end <= m.start);
      push(m.start, m.end, before?.key ? registry.byKey(before.key) : undefined, false);
    } else if (!isDerivedName(m.name)) {
      // "CDU", "NTSB": an acronym names an organisation, not a person.
      const acronym = m.kind === 'person' && !m.role && /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(m.name);
      const r = registry.resolve(acronym ? { ...m, kind: 'organization' } : m);
      // Another article's person is the same only under the same name: "Dalton" in a
      // football story is not the "Mira Dalton" of a business one.
      // A titled name ("President Ana Ruiz") is learned here, in this article.
      if (r && m.role && documentId !== undefined) r.documents.add(documentId);
      const foreign =
        r?.kind === 'person' &&
        documentId !== undefined &&
        !r.documents.has(documentId) &&
        !r.aliases.has(m.name);
      push(m.start, m.end, foreign ? undefined : r, m.possessive);
    }
  }
  learnGender(s, actors, registry);
  return { actors, records };
}

/** "Vidal defended her nation's budget": Vidal is "she". */
function learnGender(
  s: SentenceReading,
  actors: readonly Actorish[],
  registry: ActorRegistry,
): void {
  const people = actors.filter((a) => a.key && registry.byKey(a.key)?.kind === 'person');
  const first = people[0];
  if (!first?.key) return;
  const record = registry.byKey(first.key);
  if (!record || record.gender) return;
  const word = s.words.find((w) => w.start >= first.end && genderOf(w.text));
  if (!word) return;
  const between = people.some(
    (a) => a.key !== first.key && a.start > first.end && a.start < word.start,
  );
  const gender = genderOf(word.text);
  if (!between && gender) record.gender = gender;
}
