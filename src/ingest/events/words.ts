/**
 * The content words of a passage (lower case, no function words, no short words), which the
 * merge step compares to tell whether two reports tell the same event.
 */
import { stemmer } from 'stemmer';
import { readVerb } from './verbs';

const STOP = new Set(
  (
    'the and for with that this from have has had was were are is been being will would could ' +
    'should their there they them then than into onto over under about after before while which ' +
    'who whom whose what when where also said says saying its his her hers our your not but any ' +
    'all some such very more most other only just even both each many much said told added'
  ).split(' '),
);

/**
 * Words the news uses for the same thing, folded to one ("troops" and "forces" are "military").
 * Inflections ("cartel" and "cartels") are left to the Porter stemmer below.
 */
const SAME_THING: Readonly<Record<string, string>> = {
  forces: 'military',
  troops: 'military',
  army: 'military',
  soldiers: 'military',
  armed: 'military',
  invasion: 'intervention',
  interference: 'intervention',
  interventionism: 'intervention',
  incursion: 'intervention',
  narcotics: 'drugs',
};

export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const kept = words
    .map((w) => (w.endsWith('s') && /['’]s$/u.test(w) ? w.slice(0, -2) : w))
    // Our verbs are compared by meaning (senses), not again as words.
    .filter((w) => w.length > 3 && !STOP.has(w) && readVerb(w, '') === undefined)
    .map((w) => stemmer(SAME_THING[w] ?? w));
  return [...new Set(kept)];
}
