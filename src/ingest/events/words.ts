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
 * What each word a text holds counts for in merging: its stem, or null for a word that does
 * not count. Each distinct word is read once per run (stemming every word of every report was
 * a tenth of the extraction's time); the table is emptied when it grows past a bound, so an
 * article of endless distinct words costs no more memory than this.
 */
const STEMS = new Map<string, string | null>();
const MOST_STEMS = 100_000;

function stemOf(word: string): string | null {
  let stem = STEMS.get(word);
  if (stem !== undefined) return stem;
  const w = word.endsWith('s') && /['’]s$/u.test(word) ? word.slice(0, -2) : word;
  // Our verbs are compared by meaning (senses), not again as words.
  stem = w.length > 3 && !STOP.has(w) && readVerb(w, '') === undefined ? stemmer(w) : null;
  if (STEMS.size >= MOST_STEMS) STEMS.clear();
  STEMS.set(word, stem);
  return stem;
}

export function contentWords(text: string): string[] {
  const kept = new Set<string>();
  for (const word of text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []) {
    const stem = stemOf(word);
    if (stem !== null) kept.add(stem);
  }
  return [...kept];
}
