/**
 * What the part-of-speech tags say of a sentence's shape: whether it has a finite verb (a
 * sentence that reports something, as opposed to a caption, a credit or a list item), and where
 * its main verb is. Finite means a tensed verb or an auxiliary: "said", "has been", "will meet",
 * not "to meet", "killing" or "the man killed" on their own.
 */
import type { Token } from './tagger';

/** An -ing form with no auxiliary before it is a participle or a gerund, not a tensed verb. */
const ING = /ing$/u;

function isInfinitive(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.lemma === 'to' && before.pos === 'PART';
}

/** Index of the first finite verb or auxiliary of the tokens, or -1. */
export function firstFiniteVerb(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    if (t.pos === 'AUX' && !isInfinitive(tokens, i)) return i;
    if (t.pos !== 'VERB' || isInfinitive(tokens, i)) continue;
    if (ING.test(t.text.toLowerCase())) continue;
    return i;
  }
  return -1;
}

export const hasFiniteVerb = (tokens: readonly Token[]): boolean => firstFiniteVerb(tokens) >= 0;
