/**
 * `npm run bench:oversize [-- --events 330000 --seed 1 --skip-build --dist DIR]`: what the app
 * does with a timeline larger than a tab can hold. Writes a seeded corpus of that many events
 * (330,000: about 200 MB), serves the production build with it, opens it in headless Chromium
 * and waits, up to 120 s, for either the refusal (a role="alert" message) or the first drawn
 * events and then the whole timeline (no "while the rest loads" note). Prints one Markdown row:
 * the file's size, what happened, when, the message, and the long tasks on the page's thread
 * from navigation on (count over 50 ms and 200 ms, and the longest), and writes it with its
 * figures to bench/results-oversize.json. `--dist` measures another build (another version).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './gen';
import { launchChromium } from '../test/browser/chromium';
import { serveBuild } from './server';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = resolve(ROOT, 'bench/tmp');

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '330000' },
    seed: { type: 'string', default: '1' },
    dist: { type: 'string', default: resolve(TMP, 'app-dist') },
    'skip-build': { type: 'boolean', default: false },
  },
});
const events = Number(args.events);
const dist = resolve(args.dist);
const CAP_MS = 120_000;

/** Long tasks from navigation on, collected in the page. */
const LONG_TASKS = String.raw`
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

interface Outcome {
  readonly sizeMB: number;
  readonly outcome: 'refused' | 'loaded' | 'neither';
  readonly atMs: number;
  readonly firstDrawnMs: number | null;
  readonly message: string;
  readonly longTasksOver50: number;
  readonly longTasksOver200: number;
  readonly longestTaskMs: number;
}

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  if (!args['skip-build'] && args.dist === resolve(TMP, 'app-dist')) {
    const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (built.status !== 0) throw new Error('the app does not build');
  }
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`no build in ${dist}`);
  const file = resolve(TMP, `corpus-${events}-seed${args.seed}.json`);
  if (!existsSync(file)) writeCorpus(events, Number(args.seed), file);
  const sizeMB = statSync(file).size / 1_000_000;
  process.stderr.write(`[oversize] ${events} events, ${sizeMB.toFixed(1)} MB: ${file}\n`);

  const server = await serveBuild(dist);
  server.useCorpus(file);
  const browser = await launchChromium();
  let result: Outcome;
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(LONG_TASKS);
    await page.goto(server.url);
    const alert = page.getByRole('alert');
    const whole = page.locator('.event-item').first();
    const first = await Promise.race([
      alert.waitFor({ timeout: CAP_MS }).then(() => 'refused' as const),
      whole.waitFor({ timeout: CAP_MS }).then(() => 'drawn' as const),
    ]).catch(() => 'neither' as const);
    const now = (): Promise<number> => page.evaluate(() => performance.now());
    let firstDrawnMs: number | null = null;
    let outcome: Outcome['outcome'] = first === 'drawn' ? 'loaded' : first;
    if (first === 'drawn') {
      firstDrawnMs = await now();
      // Loaded once no part is shown any more: the whole timeline replaced it, or it failed.
      await page
        .getByText(/while the rest of the timeline loads/u)
        .waitFor({ state: 'detached', timeout: CAP_MS })
        .catch(() => (outcome = 'neither'));
      if ((await alert.count()) > 0) outcome = 'refused';
    }
    const atMs = await now();
    // A second's quiet, for the last tasks of the load to be counted.
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(
      () => (window as unknown as { __longTasks: number[] }).__longTasks,
    );
    result = {
      sizeMB,
      outcome,
      atMs,
      firstDrawnMs,
      message: outcome === 'refused' ? ((await alert.locator('p').textContent()) ?? '') : '',
      longTasksOver50: tasks.length,
      longTasksOver200: tasks.filter((d) => d > 200).length,
      longestTaskMs: Math.max(0, ...tasks),
    };
  } finally {
    await browser.close();
    await server.close();
  }
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const what =
    result.outcome === 'refused'
      ? `refused after ${seconds(result.atMs)}: "${result.message}"`
      : result.outcome === 'loaded'
        ? `loaded: first events drawn ${seconds(result.firstDrawnMs ?? 0)}, whole ${seconds(result.atMs)}`
        : `neither loaded nor refused within ${seconds(CAP_MS)}`;
  const row =
    `| ${events.toLocaleString('en')} events, ${result.sizeMB.toFixed(1)} MB | ${what} | ` +
    `${result.longTasksOver50} | ${result.longTasksOver200} | ${Math.round(result.longestTaskMs)} ms |`;
  const table = [
    '| Timeline file | What the page did | Long tasks > 50 ms | > 200 ms | Longest task |',
    '| --- | --- | ---: | ---: | ---: |',
    row,
  ].join('\n');
  writeFileSync(
    resolve(ROOT, 'bench/results-oversize.json'),
    `${JSON.stringify({ generatedAt: new Date().toISOString(), events, dist: relative(ROOT, dist), ...result, table }, null, 2)}\n`,
  );
  console.log(table);
}

await main();
