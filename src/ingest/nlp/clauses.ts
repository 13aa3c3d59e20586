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

/**
 * Whether a quotation is open after a quotation mark, given whether one was open before it:
 * curly marks open and close; a straight mark toggles. The one rule for tokens and for text.
 */
export function quoteOpenAfter(mark: string, open: boolean): boolean {
  return mark === '“' ? true : mark === '”' ? false : mark === '"' ? !open : open;
}

/** Whether the offset of the text lies inside a quotation. */
export function quotedAt(text: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at && i < text.length; i++) open = quoteOpenAfter(text.charAt(i), open);
  return open;
}

/** The tokens outside quotations, quotation marks left out. */
export function outsideQuotes(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let open = false;
  for (const t of tokens) {
    const mark = t.text;
    if (mark === '“' || mark === '”' || mark === '"') open = quoteOpenAfter(mark, open);
    else if (!open) out.push(t);
  }
  return out;
}

/**
 * Index of the first finite verb or auxiliary of the tokens, or -1. Found again at each call: the
 * search stops at the first verb, and remembering it per token list (a WeakMap) cost more, in
 * lookups and in the garbage collector's work on the map, than finding it.
 */
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
  const verbAt = tokens[firstFiniteVerb(tokens)]?.start ?? Infinity;
  const outside = outsideQuotes(tokens);
  for (let i = 0; i < outside.length; i++) {
    const t = outside[i];
    if (t === undefined) continue;
    if (t.pos === 'PRON' && ANAPHOR.has(t.lemma)) return true;
    const next = outside[i + 1];
    if (/^(?:the|this|that)$/iu.test(t.text) && next?.pos === 'NOUN' && t.start < verbAt)
      return true;
  }
  return outside.length <= 2;
}
