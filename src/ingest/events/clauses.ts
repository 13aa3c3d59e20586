/**
 * Who did what in a sentence: pairs of an actor and a reporting or action verb, found from the
 * verb outwards. The actor is the mention just before the verb (with only auxiliaries, adverbs
 * or one comma-enclosed apposition between: "Cole, who ..., has promised"), the agent of a
 * passive ("was described by Cole"), or the speaker after a quote ('..." said Doe').
 * Limits: no parse tree; a subject separated from its verb by anything else is not found, which
 * is the safe side (no event rather than a wrong one).
 */
import type { Word } from '../text/words';
import type { VerbReading } from './verbs';

export interface Actorish {
  start: number;
  end: number;
  /** The resolved actor; undefined when the mention could not be resolved. */
  key: string | undefined;
  possessive: boolean;
}

/** A mention right after a preposition is a complement ("in Mexico"), not a subject. */
const AFTER_PREPOSITION =
  /\b(?:in|of|from|to|with|at|on|for|against|into|toward|towards|about|over|under|between|among|including|like|across|within|through|throughout|amid|beyond|than|per)\s+(?:the\s+)?$/iu;

export interface Clause {
  verb: VerbReading;
  verbStart: number;
  verbEnd: number;
  subject: Actorish;
  passive: boolean;
  /** Where the words after the verb (its object) begin. */
  objectStart: number;
  /** "have not confirmed": the verb is denied. */
  negated: boolean;
  /** Others who act together with the subject ("Norway and Germany resumed"). */
  partners?: Actorish[];
  /** For a passive, the first mention before the verb: what was acted upon. */
  patient?: Actorish;
}

const AUX_OR_ADVERB =
  /^(?:has|have|had|was|were|is|are|been|being|will|would|could|can|should|may|might|must|did|does|do|not|never|also|then|later|again|still|already|just|even|once|now|too|further|first|\p{Ll}+ly)$/u;

/** The text between a subject and its verb may hold only these. */
function gapAllows(gap: string): boolean {
  let rest = gap;
  const apposition = /^\s*,[^,;:"“”()]{1,160},/u.exec(rest);
  if (apposition) rest = rest.slice(apposition[0].length);
  const words = rest
    .trim()
    .split(/\s+/u)
    .filter((x) => x.length > 0);
  return words.every((x) => AUX_OR_ADVERB.test(x));
}

/** The mentions joined to the subject by "and" or commas just before it. */
function partnersOf(
  subject: Actorish,
  actors: readonly Actorish[],
  sentence: string,
  offset: number,
): Actorish[] {
  const partners: Actorish[] = [];
  let head = subject;
  for (;;) {
    const prev = [...actors].reverse().find((a) => a.key && a.end <= head.start);
    if (!prev || prev.possessive) break;
    const between = sentence.slice(prev.end - offset, head.start - offset);
    if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)$/u.test(between)) break;
    partners.push(prev);
    head = prev;
  }
  return partners;
}

export function findClauses(
  sentence: string,
  offset: number,
  words: readonly Word[],
  verbs: readonly (VerbReading | undefined)[],
  actors: readonly Actorish[],
): Clause[] {
  const clauses: Clause[] = [];
  const at = (i: number): string => sentence.slice(i - offset);
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    if (!w) continue;
    const verb = verbs[j];
    if (!verb || verb.participle) continue;
    const after = at(w.end);
    // Passive with its agent: "was described by Cole as ...".
    const by = /^\s+by\s+/u.exec(after);
    if (by) {
      const agent = actors.find((a) => a.key && a.start === w.end + by[0].length);
      if (
        agent &&
        /\b(?:was|were|been|is|are|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(
          sentence.slice(Math.max(0, w.start - offset - 40), w.start - offset),
        )
      ) {
        const patient = actors.find((a) => a.key && a.end <= w.start);
        clauses.push({
          verb,
          verbStart: w.start,
          verbEnd: w.end,
          subject: agent,
          passive: true,
          objectStart: agent.end,
          negated: false,
          ...(patient ? { patient } : {}),
        });
        continue;
      }
    }
    // Speaker after a quote: '..." said Doe'.
    // Only the last characters matter; testing the whole prefix would be quadratic.
    const before = sentence.slice(Math.max(0, w.start - offset - 8), w.start - offset);
    if (/["”’],?\s*$|,["”’]\s*$/u.test(before)) {
      const lead = /^\s+/u.exec(after);
      const speaker = actors.find((a) => a.key && a.start === w.end + (lead?.[0].length ?? 0));
      if (speaker) {
        clauses.push({
          verb,
          verbStart: w.start,
          verbEnd: w.end,
          subject: speaker,
          passive: false,
          objectStart: speaker.end,
          negated: false,
        });
        continue;
      }
    }
    let best: Actorish | undefined;
    for (const a of actors) {
      // An apposition is at most 160 characters: a farther mention cannot be the subject.
      if (!a.key || a.possessive || a.end > w.start || w.start - a.end > 200) continue;
      const gap = sentence.slice(a.end - offset, w.start - offset);
      // "His environment minister, Marina Costa, said": the name is in apposition.
      const apposed =
        /^,\s+$/u.test(gap) &&
        /,\s+$/u.test(sentence.slice(Math.max(0, a.start - offset - 3), a.start - offset));
      if (!apposed && !gapAllows(gap)) continue;
      if (
        AFTER_PREPOSITION.test(sentence.slice(Math.max(0, a.start - offset - 16), a.start - offset))
      )
        continue;
      if (!best || a.end > best.end) best = a;
    }
    if (best) {
      const gap = sentence.slice(best.end - offset, w.start - offset).replace(/^\s*,[^,]*,/u, '');
      clauses.push({
        verb,
        verbStart: w.start,
        verbEnd: w.end,
        subject: best,
        passive: false,
        objectStart: w.end,
        negated: /\b(?:not|never)\b/u.test(gap),
        partners: partnersOf(best, actors, sentence, offset),
      });
    }
  }
  return clauses;
}
