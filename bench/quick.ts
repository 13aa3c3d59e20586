/**
 * `npx tsx bench/quick.ts [--events 100000] [--runs 2] [--skip-build]`: the app alone (no
 * baseline), built into its own folder, measured as `npm run bench` measures it. Made for quick
 * before/after checks while optimising; `npm run bench` is the reference. QUICK_DIST names another
 * build folder (with --skip-build, a build of an earlier commit, for runs that alternate).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './gen';
import { launchChromium } from '../test/browser/chromium';
import { measureRun } from './measure';
import { serveBuild } from './server';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '2' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const dist = resolve(process.env.QUICK_DIST ?? 'bench/tmp/app-quick');
if (!args['skip-build']) {
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('the app does not build');
}
const events = Number(args.events);
const corpus = resolve(`bench/tmp/corpus-${events}-seed1.json`);
const timeline = writeCorpus(events, 1, corpus);
const byCount = new Map<string, number>();
for (const e of timeline.events)
  for (const c of e.countries) byCount.set(c, (byCount.get(c) ?? 0) + 1);
const code = [...byCount].sort((a, b) => b[1] - a[1])[2]?.[0];
const country = timeline.countries.find((c) => c.code === code)?.name ?? '';
const server = await serveBuild(dist);
server.useCorpus(corpus);
const browser = await launchChromium();
try {
  for (let run = 0; run < Number(args.runs); run++) {
    const outcome = await measureRun(browser, {
      url: server.url + (process.env['QUICK_QUERY'] ?? ''),
      country,
      query: events >= 100000 ? 'Carlos Zhang' : 'Giulia Laurent',
      loadCapMs: 60000,
      actionCapMs: 15000,
      censored: new Map(),
    });
    const brief = Object.entries(outcome.samples).map(([k, v]) => {
      const value = v !== undefined && 'value' in v ? v.value.toFixed(0) : JSON.stringify(v);
      return `${k}=${value}`;
    });
    console.log(`${events} run ${run + 1}: ${brief.join(' ')}`);
    if (outcome.pageErrors.length > 0) console.log('  errors:', outcome.pageErrors.slice(0, 3));
  }
} finally {
  await browser.close();
  await server.close();
}
