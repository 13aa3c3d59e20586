/**
 * One benchmark run of one page in headless Chromium, timed from inside the page (probe.ts):
 * load it and wait for the first drawn events, read the heap once it settles, select an event,
 * zoom and pan, toggle a country filter on and off, and type a search. A step that outlasts its
 * cap is recorded as "> cap" and ends that page load, since the page is then busy and cannot be
 * asked anything else; the search then gets a fresh load, so that it never runs on a page left
 * filtered. A control the page does not have is recorded as missing. Limits: one country, one
 * query and one item per run; long tasks are counted over the steps that finished, plus one for
 * a step that hit its cap.
 */
import type { Browser, Page } from 'playwright-core';
import { PROBE_SCRIPT } from './probe';
import { METRICS, type MetricKey, type Sample } from './metrics';

export interface RunPlan {
  url: string;
  /** The English name of the country whose filter is toggled. */
  country: string;
  query: string;
  loadCapMs: number;
  actionCapMs: number;
  /** Metrics that already timed out in an earlier run: not measured again, same cap recorded. */
  censored: ReadonlyMap<MetricKey, number>;
}

export interface RunResult {
  samples: Partial<Record<MetricKey, Sample>>;
  pageErrors: string[];
  /** True when the page could not be closed, so the browser should be restarted. */
  stuck: boolean;
}

interface Point {
  x: number;
  y: number;
}

const QUIET_MS = 300;
const CLOSE_CAP_MS = 10_000;

class StepTimeout extends Error {
  constructor(readonly capMs: number) {
    super(`over ${capMs} ms`);
  }
}

interface LongTasks {
  over200: number;
  longest: number;
  supported: boolean;
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(ms)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function inPage<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

/**
 * A point of a drawn item that nothing covers, inside the viewport: near its start, or else
 * further along (an item that began before the visible stretch shows only its later part). The
 * app's items let pointer input through to the widget under them (which finds what a tap hits),
 * so for them "uncovered" means that the point reaches that widget.
 */
const CLICKABLE_ITEM = `(() => {
  const reaches = (hit, el) => {
    if (hit === null) return false;
    if (hit === el || el.contains(hit)) return true;
    const plot = el.closest('.timeline-rows');
    return plot !== null && getComputedStyle(el).pointerEvents === 'none' && plot.contains(hit);
  };
  for (const el of document.querySelectorAll('.event-item')) {
    const r = el.getBoundingClientRect();
    const y = r.top + r.height / 2;
    if (r.width < 4 || y < 0 || y > innerHeight) continue;
    const from = Math.max(r.left, 0), to = Math.min(r.right, innerWidth);
    const xs = [r.left + Math.min(r.width / 2, 20)];
    for (let i = 1; i < 8; i += 1) xs.push(from + ((to - from) * i) / 8);
    for (const x of xs) {
      if (x < 0 || x > innerWidth) continue;
      const hit = document.elementFromPoint(x, y);
      if (reaches(hit, el)) return { x, y };
    }
  }
  return null;
})()`;

const TIMELINE_CENTRE = `(() => {
  const el = document.querySelector('.vis-panel.vis-center') ?? document.querySelector('.vis-timeline');
  if (el === null) return null;
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 60) };
})()`;

export async function measureRun(browser: Browser, plan: RunPlan): Promise<RunResult> {
  const samples: Partial<Record<MetricKey, Sample>> = {};
  const pageErrors: string[] = [];
  // The latest long-task reading of each page load, and the longest cap a step hit.
  const longTasks = new Map<Page, LongTasks>();
  let hung = 0;
  let stuck = false;

  // Each step gives its metrics; the first one to time out ends the page's session.
  // An action step first waits for the page to go still, untimed: work left over from the
  // step before is that step's long task, not this step's latency.
  const step = async (
    keys: MetricKey[],
    capMs: number,
    body: () => Promise<void>,
    idleFirst?: Page,
  ) => {
    if (keys.some((key) => plan.censored.has(key))) {
      for (const key of keys) {
        const cap = plan.censored.get(key);
        if (cap !== undefined) samples[key] = { over: cap };
      }
      return;
    }
    if (idleFirst !== undefined) {
      try {
        await within(inPage(idleFirst, `__bench.quiet(${QUIET_MS}, ${capMs})`), capMs);
      } catch (error) {
        if (!(error instanceof StepTimeout)) throw error;
        for (const key of keys)
          samples[key] ??= { missing: 'page still busy from the step before' };
        throw error;
      }
    }
    try {
      await within(body(), capMs);
    } catch (error) {
      if (!(error instanceof StepTimeout)) throw error;
      for (const key of keys) samples[key] ??= { over: capMs };
      throw error;
    }
  };

  // One page load per run, and a second one only when a step left the page in a state (busy,
  // or filtered) that would change what the next step measures.
  const session = async (
    measureLoad: boolean,
    steps: (page: Page, readLongTasks: () => Promise<void>) => Promise<void>,
  ): Promise<boolean> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    let loaded = false;
    try {
      let firstDrawn = 0;
      await step(measureLoad ? ['firstDrawnMs'] : [], plan.loadCapMs, async () => {
        await page.goto(plan.url, { waitUntil: 'commit' });
        firstDrawn = await inPage<number>(page, '__bench.firstDrawn()');
        if (measureLoad) samples.firstDrawnMs = { value: firstDrawn };
      });
      loaded = true;
      const readLongTasks = async () => {
        const expression = `__bench.longTasksAfter(${firstDrawn})`;
        const seen = await within(inPage<LongTasks>(page, expression), plan.actionCapMs);
        if (seen.supported) longTasks.set(page, seen);
      };
      // The heap is read once the page has settled; a page still busy long after drawing is
      // itself the finding, so a heap that cannot be read then ends this load.
      await step(measureLoad ? ['heapMB'] : [], plan.actionCapMs * 2, async () => {
        await inPage(page, `__bench.quiet(1000, ${plan.actionCapMs})`);
        if (measureLoad) samples.heapMB = { value: await heapUsedMB(page) };
        await readLongTasks();
      }).catch((error: unknown) => {
        if (measureLoad) samples.heapMB = { missing: 'the page stayed busy after drawing' };
        throw error;
      });
      await steps(page, readLongTasks);
    } catch (error) {
      if (!(error instanceof StepTimeout)) throw error;
      // A step that hit its cap held the page for longer than the cap: one more long task.
      if (loaded) hung = Math.max(hung, error.capMs);
    }
    try {
      await within(context.close(), CLOSE_CAP_MS);
    } catch {
      stuck = true;
    }
    return loaded;
  };

  const filterKeys = ['filterOnMs', 'filterOffMs'] as const;
  const searchStep = (page: Page) =>
    step(
      ['searchMs'],
      plan.actionCapMs,
      async () => {
        const box = page
          .getByRole('searchbox')
          .or(page.getByLabel(/^search/i))
          .first();
        if ((await box.count()) === 0) {
          samples.searchMs = { missing: 'no search box' };
          return;
        }
        await inPage(page, '__bench.arm()');
        await box.fill(plan.query, { timeout: plan.actionCapMs });
        samples.searchMs = await settled(page, 'drawn');
      },
      page,
    );

  const loaded = await session(true, async (page, readLongTasks) => {
    await step(['selectMs'], plan.actionCapMs, () => selectAnEvent(page, samples), page);
    await readLongTasks();
    await step(
      ['frameMeanMs', 'frameP95Ms', 'frameMaxMs'],
      plan.actionCapMs * 2,
      async () => {
        const centre = await inPage<Point | null>(page, TIMELINE_CENTRE);
        const frames = centre === null ? null : await zoomAndPan(page, centre);
        samples.frameMeanMs = frames === null ? { missing: 'no timeline' } : { value: frames.mean };
        samples.frameP95Ms = frames === null ? { missing: 'no timeline' } : { value: frames.p95 };
        samples.frameMaxMs = frames === null ? { missing: 'no timeline' } : { value: frames.max };
      },
      page,
    );
    await readLongTasks();
    const checkbox = page
      .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(plan.country)} \\(\\d+\\)$`) })
      .first();
    const hasCountry = (await checkbox.count()) > 0;
    for (const key of filterKeys) {
      await step(
        [key],
        plan.actionCapMs,
        async () => {
          if (!hasCountry) {
            samples[key] = { missing: `no "${plan.country} (n)" checkbox` };
            return;
          }
          await inPage(page, '__bench.arm()');
          await checkbox.click({ timeout: plan.actionCapMs });
          samples[key] = await settled(page, 'drawn');
        },
        page,
      );
      await readLongTasks();
    }
    // A filter left on (its "off" already known to be too slow) would change what the search
    // finds: the search then gets a page of its own.
    if (hasCountry && plan.censored.has('filterOffMs') && !plan.censored.has('filterOnMs')) return;
    await searchStep(page);
    await readLongTasks();
  });
  if (loaded && samples.searchMs === undefined) {
    await session(false, async (page, readLongTasks) => {
      await searchStep(page);
      await readLongTasks();
    });
  }

  if (longTasks.size > 0 || hung > 0) {
    const readings = [...longTasks.values()];
    const over200 = readings.reduce((n, r) => n + r.over200, 0) + (hung > 0 ? 1 : 0);
    const longest = Math.max(0, ...readings.map((r) => r.longest));
    samples.longTasksOver200 = { value: over200 };
    samples.longestTaskMs = hung > longest ? { over: hung } : { value: longest };
  }
  for (const metric of METRICS) samples[metric.key] ??= { missing: 'not reached' };
  return { samples, pageErrors, stuck };
}

async function selectAnEvent(
  page: Page,
  samples: Partial<Record<MetricKey, Sample>>,
): Promise<void> {
  const point = await inPage<Point | null>(page, CLICKABLE_ITEM);
  if (point === null) {
    samples.selectMs = { missing: 'no uncovered drawn item' };
    return;
  }
  await inPage(page, '__bench.arm()');
  await page.mouse.click(point.x, point.y);
  samples.selectMs = await settled(page, 'panel');
}

async function settled(page: Page, kind: 'drawn' | 'panel'): Promise<Sample> {
  const result = await inPage<{ ms: number; changed: boolean }>(
    page,
    `__bench.settle(${JSON.stringify(kind)}, ${QUIET_MS})`,
  );
  return result.changed ? { value: result.ms } : { missing: 'the screen did not change' };
}

async function heapUsedMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return used / 1024 / 1024;
}

/**
 * Five Ctrl + wheel notches in, a drag left and back, five notches out, as a reader explores (the
 * app's plain wheel scrolls its rows; the naive page zooms on either).
 */
async function zoomAndPan(
  page: Page,
  centre: Point,
): Promise<{ mean: number; p95: number; max: number } | null> {
  await page.mouse.move(centre.x, centre.y);
  await inPage(page, '__bench.startFrames()');
  await page.keyboard.down('Control');
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(40);
  }
  await page.keyboard.up('Control');
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(centre.x - 30 * i, centre.y);
  for (let i = 9; i >= 0; i--) await page.mouse.move(centre.x - 30 * i, centre.y);
  await page.mouse.up();
  await page.keyboard.down('Control');
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel(0, 240);
    await page.waitForTimeout(40);
  }
  await page.keyboard.up('Control');
  await page.waitForTimeout(300);
  return inPage<{ mean: number; p95: number; max: number } | null>(page, '__bench.stopFrames()');
}
