/**
 * dist/ deployed under a sub-path (/newsline/, as GitHub Pages serves a project), by a static
 * server that knows nothing of the build and answers 404 outside that path: the page draws its
 * events, its flags show, and no request it makes fails, at 1440 and at 375 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/domain/schema';
import { eventPanel, servedTimeline } from './explorerPage';
import { startAppInChromium, type AppInChromium } from './server';

const PREFIX = '/newsline/';
let app: AppInChromium;
let timeline: Timeline;

beforeAll(async () => {
  app = await startAppInChromium({ prefix: PREFIX });
  timeline = servedTimeline();
});

afterAll(async () => {
  await app?.close();
});

describe('served under a sub-path', () => {
  it('is served only under the prefix (a request at the root fails)', async () => {
    expect(new URL(app.url).pathname).toBe(PREFIX);
    const root = new URL('/index.html', app.url).href;
    expect((await fetch(root)).status).toBe(404);
    expect((await fetch(new URL('index.html', app.url).href)).status).toBe(200);
  });

  it.each([1440, 375])('draws the events, with no failed request, at %i px', async (width) => {
    const event = timeline.events.find((e) => e.sources.length > 0);
    if (event === undefined) throw new Error('no event with a source');
    const failed: string[] = [];
    const asked: string[] = [];
    // Watched from the page's first request: the context is made here, not by openExplorer.
    const context = await app.browser.newContext({ viewport: { width, height: 900 } });
    context.on('requestfailed', (request) =>
      failed.push(`${request.url()} failed: ${request.failure()?.errorText ?? ''}`),
    );
    context.on('response', (response) => {
      asked.push(response.url());
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${app.url}?event=${event.id}`);
    await page.locator('.event-item').first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.locator('.event-item').count()).toBeGreaterThan(0);
    await expect
      .poll(() => eventPanel(page).locator('#event-details-title').textContent())
      .toBe(event.title);
    // The flags of the country filter, each its own file of the build.
    if (width < 1200) await page.getByRole('button', { name: 'Filters' }).click();
    const flag = page.locator('img.facet__flag').first();
    await flag.waitFor({ state: 'visible' });
    await expect
      .poll(() => flag.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    // What the page asked for: the page, its scripts and worker, the seed timeline, a flag.
    const paths = asked.map((url) => new URL(url).pathname);
    expect(paths.some((p) => p === `${PREFIX}seeds/timeline.json`)).toBe(true);
    expect(paths.some((p) => /^\/newsline\/assets\/parseTimeline\.worker-.*\.js$/.test(p))).toBe(
      true,
    );
    expect(paths.some((p) => /^\/newsline\/assets\/.*\.svg$/.test(p))).toBe(true);
    expect(paths.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
    expect(failed).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
