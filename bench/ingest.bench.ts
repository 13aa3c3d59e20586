/**
 * `npm run bench:ingest`: ingest throughput in MB/s (10^6 bytes of UTF-8 article text per
 * second) over at least 5 MB made of the seed articles repeated with shifted years. Prints the
 * median of several runs on one core (the main thread), then with the corpus split between two
 * worker threads (each ingests its half: reading articles is per-article work; merging then
 * happens within each half; the texts are handed to the workers once, before timing). One
 * warm-up run is not counted. Then the worst cases, each in a process of its own so that its
 * peak memory is its own, run the way `npm run ingest` runs (scripts/run.mjs): one dense article
 * of 5, 10 and 20 MB and one line of 5 MB with no sentence punctuation (`bench/worstCase.ts`),
 * each the median of BENCH_WORST_RUNS runs (3; the highest peak), with seconds per MB at 20 MB
 * against 5 MB (1.00 is linear) and the seconds each added MB costs from 10 to 20 MB against
 * 5 to 10 MB (which leaves out what every run pays once). BENCH_WORST=0 leaves them out.
 */
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';
import { ingestArticles, type ArticleInput } from '../src/ingest';
import { bytesOf, ingestCorpus, seedArticles } from './ingestCorpus';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const MIN_BYTES = Number(process.env['BENCH_BYTES'] ?? 5_000_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
/** Runs of each worst case (a process each); BENCH_WORST_RUNS, 3 unless given. */
const WORST_RUNS = Math.max(1, Number(process.env['BENCH_WORST_RUNS'] ?? 3));

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** A worker that runs the TypeScript worker module through tsx's loader. */
function startWorker(): Worker {
  const url = pathToFileURL(join(here, 'ingestWorker.ts')).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(boot, { eval: true });
}

function ask(
  worker: Worker,
  message: { type: 'load'; inputs: ArticleInput[] } | { type: 'run' },
): Promise<number> {
  return new Promise((done, fail) => {
    worker.once('message', (n: number) => done(n));
    worker.once('error', fail);
    worker.postMessage(message);
  });
}

async function main(): Promise<void> {
  const corpus = ingestCorpus(seedArticles(join(root, 'public', 'seeds', 'articles')), MIN_BYTES);
  const mb = bytesOf(corpus) / 1e6;
  console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(2)} MB; ${RUNS} runs, median`);

  ingestArticles(corpus); // warm-up: the JIT compiles the pipeline's hot paths
  const single: number[] = [];
  const perCpu: number[] = [];
  let events = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    events = ingestArticles(corpus).timeline.events.length;
    const cpu = process.cpuUsage(c0);
    single.push(mb / ((performance.now() - t0) / 1000));
    // Per second of this process's CPU time: what a machine busy with other work cannot hide.
    perCpu.push(mb / ((cpu.user + cpu.system) / 1e6));
  }
  console.log(
    `1 core:    ${median(single).toFixed(2)} MB/s (${median(perCpu).toFixed(2)} MB per CPU-second; ${events} events)`,
  );

  const workers = [startWorker(), startWorker()];
  const half = Math.ceil(corpus.length / 2);
  const parts = [corpus.slice(0, half), corpus.slice(half)];
  await Promise.all(workers.map((w, i) => ask(w, { type: 'load', inputs: parts[i] ?? [] })));
  await Promise.all(workers.map((w) => ask(w, { type: 'run' }))); // warm-up
  const dual: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await Promise.all(workers.map((w) => ask(w, { type: 'run' })));
    dual.push(mb / ((performance.now() - t0) / 1000));
  }
  await Promise.all(workers.map((w) => w.terminate()));
  console.log(
    `2 workers: ${median(dual).toFixed(2)} MB/s (${availableParallelism()} cores available)`,
  );
  if (process.env['BENCH_WORST'] !== '0') worstCases();
}

interface WorstCase {
  kind: string;
  bytes: number;
  seconds: number;
  peakMB: number;
  events: number;
  ok: boolean;
  warnings: string[];
}

function worstCase(kind: 'dense' | 'line', bytes: number): WorstCase {
  const out = execFileSync(
    process.execPath,
    // Run as `npm run ingest` runs the CLI (scripts/run.mjs: bundled, with V8's heap kept near
    // what is alive), so that its time and peak memory are those a user of the CLI sees.
    [join(root, 'scripts', 'run.mjs'), join(here, 'worstCaseChild.ts'), kind, String(bytes)],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as WorstCase;
}

function worstCases(): void {
  const cases = [
    ['dense', 5],
    ['dense', 10],
    ['dense', 20],
    ['line', 5],
  ] as const;
  console.log(
    `worst case (one article, a process of its own; median of ${WORST_RUNS} runs, the cases taken in turn):`,
  );
  // Round after round of all the cases, so that a slow stretch of the machine falls on every
  // size alike rather than on one of them.
  const runs: WorstCase[][] = cases.map(() => []);
  for (let run = 0; run < WORST_RUNS; run++) {
    cases.forEach(([kind, mb], k) => runs[k]?.push(worstCase(kind, mb * 1_000_000)));
  }
  const medians = runs.map((rs) => median(rs.map((r) => r.seconds)));
  cases.forEach(([kind], k) => {
    const rs = runs[k] ?? [];
    const first = rs[0];
    if (first === undefined) return;
    const what = kind === 'dense' ? 'dense article' : 'line without punctuation';
    const each = rs.map((r) => r.seconds.toFixed(1)).join(', ');
    const peak = Math.max(...rs.map((r) => r.peakMB));
    const failed = rs.some((r) => !r.ok);
    console.log(
      `  ${what}, ${(first.bytes / 1e6).toFixed(1)} MB: ${(medians[k] ?? NaN).toFixed(1)} s (${each}), ` +
        `peak ${Math.round(peak)} MB (${rs.map((r) => Math.round(r.peakMB)).join(', ')}), ` +
        `${first.events} events${failed ? ', FAILED' : ''}`,
    );
  });
  const perMb = (k: number): number => (medians[k] ?? NaN) / ((runs[k]?.[0]?.bytes ?? NaN) / 1e6);
  console.log(`  seconds per MB, 20 MB against 5 MB: ${(perMb(2) / perMb(0)).toFixed(2)}`);
  // Each added MB, without what every run pays once (starting the part-of-speech model, the
  // code's first runs before the engine has optimised it).
  const added = (from: number, to: number): number =>
    ((medians[to] ?? NaN) - (medians[from] ?? NaN)) /
    (((runs[to]?.[0]?.bytes ?? NaN) - (runs[from]?.[0]?.bytes ?? NaN)) / 1e6);
  console.log(
    `  seconds per added MB, 10 to 20 MB against 5 to 10 MB: ${(added(1, 2) / added(0, 1)).toFixed(2)}` +
      ` (${added(1, 2).toFixed(2)} against ${added(0, 1).toFixed(2)})`,
  );
}

await main();
