/**
 * `npm run bench:import`: importing a 1 MB article in the browser, as a reader does (choose the
 * file, check what was found, import, see its events on the timeline), in headless Chromium on the
 * production build with the seed timeline loaded. The article is bench/worstCase.ts's dense one:
 * paragraphs of the seeds' sentences drawn at random, years shifted, none repeated. Measures, from inside the page, the main
 * thread's long tasks (PerformanceObserver 'longtask') from the moment the file is chosen until its
 * events are in the list: the longest, and how many took over 200 ms; and the time the whole
 * import took. Baseline in the same run: the same import where the browser has no Worker (the
 * extraction then runs on the page). Runs alternate between the two; medians of RUNS runs each.
 *
 *   npm run bench:import            # builds into bench/tmp/import-dist, 5 runs each
 *   BENCH_RUNS=3 npm run bench:import -- --skip-build
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../test/browser/chromium';
import { seedArticles } from './ingestCorpus';
import { worstCaseArticle } from './worstCase';
import { serveBuild } from './server';

const root = resolve(import.meta.dirname, '..');
const OUT = resolve(root, 'bench/tmp/import-dist');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const ARTICLE_BYTES = 1_000_000;
const LONG = 200;

/** One dense article of ARTICLE_BYTES made of the seeds' sentences (bench/worstCase.ts). */
function megabyteArticle(): string {
  return worstCaseArticle(
    seedArticles(resolve(root, 'public/seeds/articles')),
    'dense',
    ARTICLE_BYTES,
  ).text;
}

interface Run {
  longest: number;
  over: number;
  seconds: number;
  events: number;
}

const WATCH_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function importOnce(
  browser: Browser,
  url: string,
  article: string,
  withWorker: boolean,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  if (!withWorker) await page.addInitScript('delete globalThis.Worker;');
  await page.addInitScript(WATCH_LONG_TASKS);
  await page.goto(url);
  await page.locator('.event-item').first().waitFor({ timeout: 60_000 });
  // Let the page settle after its load, so that the load's own tasks are not counted.
  await page.waitForTimeout(1_500);
  await page.getByRole('button', { name: 'Add articles' }).click();
  const start = await page.evaluate(() => performance.now());
  // A file on disk, as a reader chooses one: a buffer would be built inside the page by the
  // driver's own script, a long task that is not the app's.
  await page.getByLabel('Article files').setInputFiles(article);
  const dialog = page.getByRole('dialog', { name: 'Add your own articles' });
  await dialog.getByRole('button', { name: 'Import the article' }).click({ timeout: 120_000 });
  await dialog
    .getByRole('status')
    .filter({ hasText: /^Added 1 article/u })
    .waitFor({ timeout: 300_000 });
  await dialog.getByRole('button', { name: 'Show the timeline' }).click();
  await page.locator('.mine-badge').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  const result = await page.evaluate((from) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
      .__longTasks;
    const mine = tasks.filter((t) => t.start >= from);
    return {
      longest: Math.max(0, ...mine.map((t) => t.duration)),
      over: mine.filter((t) => t.duration > 200).length,
      seconds: (performance.now() - from) / 1000,
    };
  }, start);
  const events = await page.evaluate(() => {
    const text = document.querySelector('.event-list__pager span')?.textContent ?? '';
    return Number(/of ([\d,]+)/u.exec(text)?.[1]?.replace(/,/gu, '') ?? 0);
  });
  await context.close();
  return { ...result, events };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-build') || !existsSync(resolve(OUT, 'index.html'))) {
    await build({ root, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  }
  const text = megabyteArticle();
  const article = resolve(root, 'bench/tmp/long-record.txt');
  mkdirSync(resolve(root, 'bench/tmp'), { recursive: true });
  writeFileSync(article, text);
  const server = await serveBuild(OUT);
  server.useCorpus(resolve(root, 'public/seeds/timeline.json'));
  const browser = await launchChromium();
  const runs: Record<'worker' | 'page', Run[]> = { worker: [], page: [] };
  try {
    for (let k = 0; k < RUNS; k += 1) {
      for (const variant of ['worker', 'page'] as const) {
        const run = await importOnce(browser, server.url, article, variant === 'worker');
        runs[variant].push(run);
        console.log(
          `run ${k + 1} ${variant}: longest task ${run.longest.toFixed(0)} ms, ${run.over} over ${LONG} ms, ${run.seconds.toFixed(1)} s, ${run.events} events listed`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `\nImport of a ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB article, medians of ${RUNS} runs:`,
  );
  console.log('| | longest main-thread task | tasks over 200 ms | whole import |');
  console.log('|---|---|---|---|');
  for (const variant of ['worker', 'page'] as const) {
    const r = runs[variant];
    console.log(
      `| ${variant === 'worker' ? 'app (extraction in a worker)' : 'baseline: no Worker (on the page)'} | ${median(r.map((x) => x.longest)).toFixed(0)} ms | ${median(r.map((x) => x.over))} | ${median(r.map((x) => x.seconds)).toFixed(1)} s |`,
    );
  }
}

await main();
