/**
 * The ingest benchmark's corpus: the seed articles repeated, each copy under its own file name
 * and with its years shifted back, so that copies date their events differently and do not all
 * merge into the same events. Deterministic.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/ingest';

export function seedArticles(dir: string): ArticleInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Copies of the seeds until the corpus holds at least minBytes of UTF-8 text. */
export function ingestCorpus(seeds: readonly ArticleInput[], minBytes: number): ArticleInput[] {
  const out: ArticleInput[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    const shift = copy % 40;
    for (const seed of seeds) {
      const text = seed.text.replace(/\b(19|20)(\d{2})\b/gu, (y) => String(Number(y) - shift));
      out.push({ file: `copy${String(copy).padStart(4, '0')}-${seed.file}`, text });
      bytes += Buffer.byteLength(text, 'utf8');
    }
  }
  return out;
}

export function bytesOf(inputs: readonly ArticleInput[]): number {
  return inputs.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
}
