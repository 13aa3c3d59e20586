/**
 * Worst-case articles for the ingest benchmark, made from the seed articles' own sentences:
 * a dense article (paragraphs of two to five sentences drawn at random, years shifted, so that
 * paragraphs do not repeat) and one line with no sentence punctuation (the same prose with every
 * full stop, question mark, exclamation mark, colon, semicolon and line break taken out).
 * Deterministic for a given size.
 */
import type { ArticleInput } from '../src/ingest';
import { createRandom } from './random';

export type WorstKind = 'dense' | 'line';

const HEAD = 'A Long Record\n\nPublished: March 3, 2025\n\n';

/** The sentences of the seeds' body paragraphs. */
function sentencePool(seeds: readonly ArticleInput[]): string[] {
  return seeds
    .flatMap((s) => s.text.split('\n'))
    .filter((line) => line.length > 80)
    .flatMap((line) => line.split(/(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu})/u))
    .filter((sentence) => sentence.length > 20);
}

export function worstCaseArticle(
  seeds: readonly ArticleInput[],
  kind: WorstKind,
  bytes: number,
): ArticleInput {
  const pool = sentencePool(seeds);
  const random = createRandom(bytes);
  const paragraphs: string[] = [];
  let size = HEAD.length;
  while (size < bytes) {
    const shift = random.int(0, 60);
    const paragraph = Array.from({ length: random.int(2, 5) }, () => random.pick(pool))
      .join(' ')
      .replace(/\b(19|20)(\d{2})\b/gu, (y) => String(Number(y) - shift));
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph, 'utf8') + 2;
  }
  let body = paragraphs.join('\n\n');
  if (kind === 'line') body = body.replace(/[.!?;:\n]+/gu, ' ').replace(/ {2,}/gu, ' ');
  return { file: `worst-${kind}.txt`, text: `${HEAD}${body}\n` };
}
