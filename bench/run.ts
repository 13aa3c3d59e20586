/**
 * `npm run bench [-- --sizes seeds,1000,10000,100000 --runs 5 --seed 1 --skip-build]`: builds the app
 * and the naive baseline, generates a corpus per size (`seeds`: the seed timeline,
 * public/seeds/timeline.json, as it is), serves each build on 127.0.0.1 and drives
 * headless Chromium over both, alternating runs so that a busy moment of the machine hurts both
 * alike. Prints the medians as a Markdown table and writes them, with every run's samples, to
 * bench/results.json. Caps every step so that the slow baseline reads "> cap" instead of
 * hanging, and stops starting runs once its time budget is spent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { writeCorpus } from './gen';
import { launchChromium } from '../test/browser/chromium';
import type { Timeline } from '../src/domain/schema';
import { initialJavaScript } from './bundleSize';
import { measureRun, type RunPlan } from './measure';
import { METRICS, summarise, type MetricKey, type Sample, type Summary } from './metrics';
import { markdownTable, type SizeResult, type Variant } from './report';
import { serveBuild, type BenchServer } from './server';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = resolve(ROOT, 'bench/tmp');
const APP_DIST = resolve(TMP, 'app-dist');
const BASELINE_DIST = resolve(TMP, 'baseline-dist');
const VARIANTS: readonly Variant[] = ['app', 'baseline'];

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'load-cap': { type: 'string', default: '60' },
    'action-cap': { type: 'string', default: '15' },
    budget: { type: 'string', default: '25' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const SEEDS_FILE = resolve(ROOT, 'public/seeds/timeline.json');
/** A size is a number of events to generate, or `seeds` for the seed timeline itself. */
const sizes = args.sizes.split(',').map((size) => (size === 'seeds' ? 'seeds' : Number(size)));
const runs = Number(args.runs);
const seed = Number(args.seed);
const loadCapMs = Number(args['load-cap']) * 1000;
const actionCapMs = Number(args['action-cap']) * 1000;
const deadline = Date.now() + Number(args.budget) * 60_000;

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Runs a command with all its output on stderr, so that stdout carries only the table. */
function runToStderr(command: string, commandArgs: string[]): boolean {
  const result = spawnSync(command, commandArgs, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stderr.write(result.stdout);
  return result.status === 0;
}

function buildApp(): boolean {
  const out = ['--outDir', APP_DIST, '--emptyOutDir'];
  if (runToStderr('npm', ['run', 'build', '--', ...out])) return true;
  // The type-check guards commits, not this measurement: a tree that does not type-check yet
  // still has a production bundle worth timing, so it is built without it and said so.
  log('npm run build failed (see above); building with vite alone, without the type-check');
  if (runToStderr('npx', ['vite', 'build', ...out])) return true;
  log('the app does not build: measuring the baseline alone');
  return false;
}

/** A country near the top of the facet list, and a person's name, both present in the corpus. */
function choosePlanInputs(timeline: Timeline): { country: string; query: string } {
  const countryCounts = new Map<string, number>();
  const actorCounts = new Map<string, number>();
  for (const event of timeline.events) {
    for (const code of event.countries) countryCounts.set(code, (countryCounts.get(code) ?? 0) + 1);
    const first = event.actors[0];
    if (first !== undefined) actorCounts.set(first, (actorCounts.get(first) ?? 0) + 1);
  }
  const byCount = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const code = byCount(countryCounts)[2] ?? byCount(countryCounts)[0];
  const people = new Set(timeline.actors.filter((a) => a.kind === 'person').map((a) => a.id));
  const person = byCount(actorCounts).filter((id) => people.has(id))[5];
  return {
    country: timeline.countries.find((c) => c.code === code)?.name ?? '',
    query: timeline.actors.find((a) => a.id === person)?.name ?? 'minister',
  };
}

async function measureSize(
  size: number | 'seeds',
  servers: Record<Variant, BenchServer>,
  browserRef: { current: Browser },
  measured: ReadonlySet<Variant>,
): Promise<{ result: SizeResult; samples: Record<Variant, Record<MetricKey, Sample[]>> }> {
  const file = size === 'seeds' ? SEEDS_FILE : resolve(TMP, `corpus-${size}-seed${seed}.json`);
  const timeline =
    size === 'seeds'
      ? (JSON.parse(readFileSync(file, 'utf8')) as Timeline)
      : writeCorpus(size, seed, file);
  const events = timeline.events.length;
  const inputs = choosePlanInputs(timeline);
  log(`${events} events: corpus ${file}; filter "${inputs.country}", search "${inputs.query}"`);
  const samples = {} as Record<Variant, Record<MetricKey, Sample[]>>;
  const censored = {} as Record<Variant, Map<MetricKey, number>>;
  for (const variant of VARIANTS) {
    servers[variant].useCorpus(file);
    samples[variant] = Object.fromEntries(METRICS.map((m) => [m.key, []])) as unknown as Record<
      MetricKey,
      Sample[]
    >;
    censored[variant] = new Map();
  }
  for (let run = 1; run <= runs; run++) {
    if (Date.now() > deadline) {
      log(`time budget spent: stopping at ${run - 1} runs for ${events} events`);
      break;
    }
    for (const variant of VARIANTS) {
      if (!measured.has(variant)) {
        for (const metric of METRICS) samples[variant][metric.key].push({ missing: 'no build' });
        continue;
      }
      const cut = censored[variant];
      if (cut.has('firstDrawnMs')) {
        samples[variant].firstDrawnMs.push({ over: cut.get('firstDrawnMs') ?? loadCapMs });
        continue;
      }
      const plan: RunPlan = {
        url: servers[variant].url,
        ...inputs,
        loadCapMs,
        actionCapMs,
        censored: cut,
      };
      const started = Date.now();
      const outcome = await measureRun(browserRef.current, plan);
      for (const metric of METRICS) {
        const sample = outcome.samples[metric.key];
        if (sample === undefined) continue;
        samples[variant][metric.key].push(sample);
        if ('over' in sample) cut.set(metric.key, sample.over);
      }
      const brief = METRICS.map((m) => `${m.key}=${JSON.stringify(outcome.samples[m.key])}`);
      log(
        `${events} ${variant} run ${run} (${((Date.now() - started) / 1000).toFixed(0)} s): ${brief.join(' ')}`,
      );
      if (outcome.pageErrors.length > 0)
        log(`  page errors: ${outcome.pageErrors.slice(0, 3).join(' | ')}`);
      if (outcome.stuck) log('  the page would not close: restarting Chromium');
      // Each run gets a Chromium of its own: a closed page's renderer (the naive page's holds
      // hundreds of megabytes) otherwise winds down while the next run is being timed.
      await browserRef.current.close().catch(() => undefined);
      browserRef.current = await launchChromium();
    }
  }
  const summaries = {} as Record<Variant, Record<MetricKey, Summary>>;
  for (const variant of VARIANTS) {
    summaries[variant] = Object.fromEntries(
      METRICS.map((m) => [m.key, summarise(samples[variant][m.key])]),
    ) as Record<MetricKey, Summary>;
  }
  return { result: { events, summaries }, samples };
}

async function main(): Promise<void> {
  const started = Date.now();
  mkdirSync(TMP, { recursive: true });
  if (!args['skip-build']) {
    buildApp();
    await build({ configFile: resolve(ROOT, 'bench/baseline/vite.config.ts'), logLevel: 'error' });
  }
  const appBuilt = existsSync(resolve(APP_DIST, 'index.html'));
  const measured = new Set<Variant>(appBuilt ? VARIANTS : ['baseline']);
  const bundle = {
    app: appBuilt ? initialJavaScript(APP_DIST).gzipBytes : Number.NaN,
    baseline: initialJavaScript(BASELINE_DIST).gzipBytes,
  };
  const servers: Record<Variant, BenchServer> = {
    app: await serveBuild(APP_DIST),
    baseline: await serveBuild(BASELINE_DIST),
  };
  const browserRef = { current: await launchChromium() };
  const results: SizeResult[] = [];
  const allSamples: Record<number, unknown> = {};
  try {
    for (const size of sizes) {
      const { result, samples } = await measureSize(size, servers, browserRef, measured);
      results.push(result);
      allSamples[result.events] = samples;
    }
  } finally {
    await browserRef.current.close().catch(() => undefined);
    await servers.app.close();
    await servers.baseline.close();
  }
  const table = markdownTable(results, bundle);
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  const report = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      node: process.version,
      chromium: chromium.stdout.trim(),
    },
    settings: { sizes, runs, seed, loadCapMs, actionCapMs },
    bundleGzipBytes: bundle,
    results: results.map((r) => ({ ...r, samples: allSamples[r.events] })),
    table,
  };
  writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(table);
  console.log(
    `\n${runs} runs per size, seed ${seed}; ratio = app / naive baseline (below 1: the app wins). ` +
      `Took ${((Date.now() - started) / 60_000).toFixed(1)} min; details in bench/results.json.`,
  );
}

await main();
