/**
 * The country a story is about, and names two countries share. An event whose sentence names no
 * place happens where the story does ("The minister resigned on Monday" in a story from Nepal):
 * the country the article names most often (at least twice, or the only one it names). "Congo"
 * is the Democratic Republic of the Congo in an article that also calls it so ("DRC",
 * "Congolese") and the Republic of the Congo in one that names that country by its full name.
 * A city that several countries have is the one in a country the article names.
 * Limits: a story that names several countries equally often has no country of its own.
 */
import type { SentenceReading } from '../analysis';
import { cityCountries } from '../geo/cities';

/** Short names that two countries share, and the codes they may stand for. */
const SHARED: Readonly<Record<string, readonly string[]>> = { Congo: ['CD', 'CG'] };

/** Each shared short name's country in this article, where its other forms decide it. */
export function sharedNamesIn(sentences: readonly SentenceReading[]): Map<string, string> {
  const decided = new Map<string, string>();
  // A city name several countries have ("Córdoba") is the one in a country the article names.
  const named = new Set<string>();
  const isTown = (kind: string): boolean => kind === 'city' || kind === 'capital';
  for (const s of sentences) for (const p of s.places) if (!isTown(p.kind)) named.add(p.code);
  for (const s of sentences)
    for (const p of s.places) {
      // A capital keeps its country where the article names it ("Santiago" and Chile).
      if (!isTown(p.kind) || decided.has(p.text) || named.has(p.code)) continue;
      const here = cityCountries(p.text).find((c) => named.has(c));
      if (here) decided.set(p.text, here);
    }
  for (const [name, codes] of Object.entries(SHARED)) {
    const told = new Set<string>();
    for (const s of sentences)
      for (const p of s.places) if (p.text !== name && codes.includes(p.code)) told.add(p.code);
    const only = told.size === 1 ? [...told][0] : undefined;
    if (only) decided.set(name, only);
  }
  return decided;
}

/** The code a place stands for in this article. */
export function placeCode(
  p: { text: string; code: string },
  shared: ReadonlyMap<string, string>,
): string {
  return shared.get(p.text.replace(/['’]s$/u, '')) ?? p.code;
}

export function storyCountry(
  sentences: readonly SentenceReading[],
  shared: ReadonlyMap<string, string>,
): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const p of s.places) {
      const code = placeCode(p, shared);
      if (code !== '') counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  let best: string | undefined;
  let bestCount = 0;
  let tie = false;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
      tie = false;
    } else if (n === bestCount) tie = true;
  }
  if (best === undefined || tie) return undefined;
  return bestCount >= 2 || counts.size === 1 ? best : undefined;
}
