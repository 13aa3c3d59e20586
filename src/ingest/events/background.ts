/**
 * Sentences that describe how things are rather than report something that happened: "Relations
 * have long been strained", "The treaty is one of the most important", "Final declarations are
 * typically issued at the end", "The latest flare-up coincides with broader dynamics". They are
 * not events. A sentence is background when it names no date and either
 * - its tensed verb is in the present simple and does not report speech ("says", "tells",
 *   "warns" are statements made now), or
 * - it speaks of a lasting or habitual state ("have long been", "typically", "usually").
 * Limits: a lede written in the present ("Rivers rise across the north") with no date is read as
 * background; most ledes name a day.
 */
import type { Token } from '../nlp/tagger';
import { firstFiniteVerb, outsideQuotes } from '../nlp/clauses';
import type { Tense } from './storyTime';

/** Verbs that report what someone says: a statement, not a description or an action. */
const REPORTING = new Set([
  'say',
  'tell',
  'announce',
  'warn',
  'claim',
  'insist',
  'argue',
  'report',
  'confirm',
  'deny',
  'state',
  'add',
  'write',
  'urge',
  'call',
  'demand',
  'accuse',
  'estimate',
  'expect',
  'predict',
  'plan',
  'promise',
  'vow',
  'threaten',
  'reject',
  'agree',
  'allege',
  'admit',
  'acknowledge',
  'ask',
  'criticize',
  'criticise',
  'condemn',
  'praise',
  'welcome',
  'defend',
  'respond',
  'reply',
  'comment',
  'describe',
  'explain',
  'stress',
  'emphasize',
  'emphasise',
  'note',
  'question',
  'dismiss',
  'hail',
  'blame',
  'slam',
  'reiterate',
  'declare',
]);

const LASTING =
  /\b(?:ha(?:ve|s|d)\s+long|long\s+been|typically|usually|traditionally|tend\s+to)\b/iu;
/** "remains suspended", "are still pending", "is now": the state of things as the news finds them. */
const CURRENT = /\b(?:still|now|remains?|currently|yet|so far|no longer)\b/iu;
const LEADING =
  /^\s*(?:as|while|when|if|although|though|because|since|after|before|once)\b[^,]{0,120},\s*/iu;
const MODAL = /^(?:may|might|could|would|should|must|can|seems?|appears?)$/iu;

export function isBackground(
  tokens: readonly Token[],
  text: string,
  tense: Tense,
  dated: boolean,
): boolean {
  if (dated) return false;
  if (LASTING.test(text)) return true;
  if (tense !== 'present' || CURRENT.test(text)) return false;
  // "As talks continue, analysts anticipate ...": the main clause follows a leading one.
  const lead = LEADING.exec(text);
  const main = lead
    ? tokens.filter((t) => t.start >= (tokens[0]?.start ?? 0) + lead[0].length)
    : tokens;
  const at = firstFiniteVerb(main);
  const verb = main[at];
  // "Fighting continues in the north": the state of things as the news finds it.
  if (verb !== undefined && (verb.lemma === 'continue' || verb.lemma === 'remain')) return false;
  if (verb === undefined || MODAL.test(verb.text)) return false;
  // "is going private", "are fleeing": a change under way.
  const next = main[at + 1];
  if (verb.pos === 'AUX' && next !== undefined && /ing$/u.test(next.text)) return false;
  // Present perfect ("has resigned", "have been arrested") reports a change: an event.
  if (verb.pos === 'AUX' && /^(?:has|have|'ve|’ve)$/iu.test(verb.text)) return false;
  // Someone saying it makes it a statement, whatever the tense of what they said.
  return !reportsSpeech(tokens);
}

/** The sentence reports what someone said (outside any quote): "said", "told reporters". */
export function reportsSpeech(tokens: readonly Token[]): boolean {
  return outsideQuotes(tokens).some((t) => t.pos === 'VERB' && REPORTING.has(t.lemma));
}
