/**
 * The one load path, in the production build in Chromium: every timeline file, the small seed
 * included, is fetched and read by the timeline's worker, never by the page; where the page has
 * no Worker, it fetches and reads the file itself and shows the same timeline, a cut-off file's
 * whole records and its notice included. (Larger files, read as they download with a first part
 * shown early: large-timeline.test.ts; broken files through the worker: broken-timeline.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutOffTimeline } from '../fixtures/broken/timelines';
import { folded, servedTimeline } from './explorerPage';
import { startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

/** Takes Worker away from the page before its code runs. */
const NO_WORKER = `delete globalThis.Worker;`;

interface Opened {
  readonly page: Page;
  /** The addresses of the workers the page started. */
  readonly workers: string[];
  readonly pageErrors: string[];
}

async function open(options: { withoutWorker?: boolean; body?: string } = {}): Promise<Opened> {
  const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
  const workers: string[] = [];
  const pageErrors: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (options.withoutWorker === true) await page.addInitScript({ content: NO_WORKER });
  const { body } = options;
  if (body !== undefined)
    await page.route('**/seeds/timeline.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  await page.goto(app.url);
  return { page, workers, pageErrors };
}

/** Whether the page's own thread fetched the timeline file (a worker's fetches are its own). */
function fetchedByPage(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.endsWith('/seeds/timeline.json')),
  );
}

async function summary(page: Page): Promise<string> {
  const text = page.locator('.filters__summary');
  await text.waitFor({ timeout: 20_000 });
  return folded(await text.textContent());
}

/** A word of the first event's title, typed in the search box, finds at least that event. */
async function expectSearchFindsFirstTitle(page: Page, events: number): Promise<void> {
  const title = servedTimeline().events[0]?.title ?? '';
  const word = title.split(/\s+/).find((w) => w.length > 5) ?? title;
  await page.getByRole('searchbox').fill(word);
  await expect.poll(() => summary(page)).toMatch(new RegExp(`^Showing [1-9]\\d* of ${events}`));
}

describe('the timeline file', () => {
  const events = servedTimeline().events.length;

  it('is fetched and read by the worker even when it is small, never by the page', async () => {
    const { page, workers, pageErrors } = await open();
    await page.locator('.event-item').first().waitFor({ timeout: 20_000 });
    expect(await summary(page)).toBe(`Showing ${events} of ${events} events`);
    expect(workers.some((url) => /parseTimeline\.worker/.test(url))).toBe(true);
    expect(await fetchedByPage(page)).toBe(false);
    // Searched by the worker too.
    await expectSearchFindsFirstTitle(page, events);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('is fetched and read by the page where there is no Worker, and shows the same timeline', async () => {
    const { page, workers, pageErrors } = await open({ withoutWorker: true });
    await page.locator('.event-item').first().waitFor({ timeout: 20_000 });
    expect(await summary(page)).toBe(`Showing ${events} of ${events} events`);
    expect(workers).toEqual([]);
    expect(await fetchedByPage(page)).toBe(true);
    await expectSearchFindsFirstTitle(page, events);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it.each([
    ['by the worker', false],
    ['by the page, with no Worker', true],
  ])('keeps the whole records of a cut-off file, read %s', async (_how, withoutWorker) => {
    const cut = cutOffTimeline();
    const { page, pageErrors } = await open({ withoutWorker, body: cut.body });
    await page.locator('.event-item').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => page.locator('.event-item').count()).toBe(cut.events);
    expect(await page.getByRole('note').textContent()).toBe(cut.notice);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
