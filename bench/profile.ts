/**
 * `npx tsx bench/profile.ts [--events 10000] [--top 20]`: where the app spends its time with a
 * synthetic corpus, as Chromium's sampling profiler sees it, phase by phase (load to first drawn
 * events, selecting an event, a country filter on and off). Builds the app unminified (so that
 * functions keep their names) into bench/tmp/app-profile, then prints each phase's wall time and
 * the functions with the most self time. Made to choose what to optimise, not to report:
 * timings under the profiler, unminified, run slower than in `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { writeCorpus } from './gen';
import { launchChromium } from '../test/browser/chromium';
import { PROBE_SCRIPT } from './probe';
import { serveBuild } from './server';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    country: { type: 'string', default: 'Venezuela' },
    top: { type: 'string', default: '20' },
    inclusive: { type: 'boolean', default: false },
  },
});

function selfTimes(profile: Profile): Map<string, number> {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const file = frame?.url.split('/').at(-1) ?? '';
    const name =
      frame === undefined
        ? '?'
        : `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

/** Time under each function, its callees included (a recursive call counts once per sample). */
function inclusiveTimes(profile: Profile): Map<string, number> {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byNode.get(at)?.callFrame;
      if (frame === undefined || frame.functionName === '' || frame.functionName.startsWith('('))
        continue;
      const file = frame.url.split('/').at(-1) ?? '';
      const name = `${frame.functionName} ${file}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  return totals;
}

async function phase(
  cdp: CDPSession,
  page: Page,
  name: string,
  act: () => Promise<void>,
): Promise<void> {
  await cdp.send('Profiler.start');
  const started = await page.evaluate('performance.now()');
  await act();
  const ended = await page.evaluate('performance.now()');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const top = [...selfTimes(profile)].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top));
  console.log(`\n## ${name}: ${(Number(ended) - Number(started)).toFixed(0)} ms wall`);
  for (const [fn, ms] of top) console.log(`${ms.toFixed(0).padStart(7)} ms  ${fn}`);
  if (args.inclusive) {
    const under = [...inclusiveTimes(profile)].sort((a, b) => b[1] - a[1]);
    console.log(`  with callees:`);
    for (const [fn, ms] of under.slice(0, Number(args.top)))
      console.log(`${ms.toFixed(0).padStart(7)} ms  ${fn}`);
  }
}

const dist = resolve('bench/tmp/app-profile');
const built = spawnSync(
  'npx',
  ['vite', 'build', '--minify', 'false', '--outDir', dist, '--emptyOutDir'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (built.status !== 0) throw new Error('the app does not build');
const events = Number(args.events);
const corpus = resolve(`bench/tmp/profile-corpus-${events}.json`);
writeCorpus(events, 1, corpus);
const server = await serveBuild(dist);
server.useCorpus(corpus);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript({ content: PROBE_SCRIPT });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await phase(cdp, page, 'load to first drawn events, then settled', async () => {
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.evaluate('__bench.firstDrawn()');
    await page.evaluate('__bench.quiet(1000, 60000)');
  });
  const item = page.locator('.event-item').first();
  await phase(cdp, page, 'select an event', async () => {
    await item.click({ force: true, position: { x: 8, y: 12 } });
    await page.evaluate('__bench.quiet(500, 60000)');
  });
  const box = page.getByRole('checkbox', { name: new RegExp(`^${args.country} \\(\\d+\\)$`) });
  for (const state of ['on', 'off']) {
    await phase(cdp, page, `country filter ${state}`, async () => {
      await box.first().click();
      await page.evaluate('__bench.quiet(500, 120000)');
    });
  }
} finally {
  await browser.close();
  await server.close();
}
