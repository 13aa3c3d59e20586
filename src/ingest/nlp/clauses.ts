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
    // "through shared supply chains", "the detained leader": a participle used as an adjective.
    const previous = tokens[i - 1];
    const before = previous?.pos;
    if (before === 'ADP' || before === 'DET' || before === 'ADJ') continue;
    // "the vehicle's tilt": a noun after a possessive.
    if (before === 'PART' && /^['’]s$/u.test(previous?.text ?? '')) continue;
    // "Oslo-based", "state-owned": the second half of a compound adjective.
    if (previous?.text === '-' && previous.end === t.start) continue;
    return i;
  }
  return -1;
}

export const hasFiniteVerb = (tokens: readonly Token[]): boolean => firstFiniteVerb(tokens) >= 0;

const ANAPHOR = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'him', 'them']);

/**
 * The sentence speaks of someone already named: a pronoun outside quotes ("he said", "its
 * statement"), a definite description as subject ("The prosecutor said", "the company
 * announced"), or a quote with no speaker of its own.
 */
export function refersBack(tokens: readonly Token[]): boolean {
  const verb = firstFiniteVerb(tokens);
  let inside = false;
  let outside = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    if (/^[“”"]$/u.test(t.text)) {
      inside = t.text === '“' ? true : t.text === '”' ? false : !inside;
      continue;
    }
    if (inside) continue;
    outside++;
    if (t.pos === 'PRON' && ANAPHOR.has(t.lemma)) return true;
    const next = tokens[i + 1];
    if (/^(?:the|this|that)$/iu.test(t.text) && next?.pos === 'NOUN' && i < verb) return true;
  }
  return outside <= 2;
}
