/**
 * `npx tsx bench/extend.bench.ts`: what adding one reader article to a loaded timeline costs,
 * by the size of the timeline's text. The timeline is the seed articles repeated with shifted
 * years (bench/ingestCorpus.ts); the reader's article is a seed article with a line of its own,
 * so that its reports join the timeline's events. For each size, the median of several runs of:
 * ingesting the timeline's articles and the reader's in one run (the baseline: what re-reading
 * costs at least), extendTimeline (the timeline re-read and compared), and extendTimeline with
 * compareLimit 0 (the reader's article read alone). Sizes in millions of UTF-16 units, the unit
 * of compareLimit: BENCH_SIZES=0.5,1,2,4 unless given.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extendTimeline, ingestArticles, type ArticleInput } from '../src/ingest';
import { ingestCorpus, seedArticles } from './ingestCorpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const SIZES = (process.env['BENCH_SIZES'] ?? '0.5,1,2,4').split(',').map(Number);

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** The median seconds of `run` over RUNS runs, after one that is not counted. */
function seconds(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push((performance.now() - t0) / 1000);
  }
  return median(times);
}

const seeds = seedArticles(join(root, 'public', 'seeds', 'articles'));
const first = seeds[0];
if (!first) throw new Error('no seed articles');
const reader: ArticleInput = {
  file: 'reader-article.txt',
  text: `${first.text}\nThis copy was saved by a reader.\n`,
};

console.log(`${RUNS} runs, median seconds; one reader article of ${reader.text.length} units`);
for (const size of SIZES) {
  // ingestCorpus counts UTF-8 bytes; the seeds are nearly all ASCII, so bytes and units agree.
  const corpus = ingestCorpus(seeds, size * 1e6);
  const units = corpus.reduce((n, a) => n + a.text.length, 0);
  const base = ingestArticles(corpus).timeline;
  const oneRun = seconds(() => ingestArticles([...corpus, reader]));
  let joins = 0;
  const compared = seconds(() => {
    joins = extendTimeline(base, [reader], { compareLimit: Infinity }).addition.joins.length;
  });
  const alone = seconds(() => extendTimeline(base, [reader], { compareLimit: 0 }));
  console.log(
    `${(units / 1e6).toFixed(2)} M units, ${base.events.length} events: ` +
      `one ingest ${oneRun.toFixed(2)} s, extend ${compared.toFixed(2)} s (${joins} joins), ` +
      `not compared ${alone.toFixed(3)} s`,
  );
}
