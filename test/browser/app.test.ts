/**
 * The whole app in real Chromium against the production build and the seed timeline: events are
 * drawn, an event opens its passage, and the country filter changes what is drawn.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickItem, expectDrawn, idsOf, servedTimeline } from './explorerPage';
import { startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;
const pageErrors: string[] = [];

async function openApp(): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(app.url);
  await page.locator('.event-item').first().waitFor({ state: 'visible', timeout: 20_000 });
  return page;
}

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

describe('the seed timeline in Chromium', () => {
  it('draws the events of the seed articles', async () => {
    const page = await openApp();
    expect(await page.locator('.event-item').count()).toBeGreaterThan(5);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('opens an event and shows its passage marked in the article paragraph', async () => {
    const page = await openApp();
    const item = page.locator('.timeline-item', { hasText: /Sheinbaum/ }).first();
    await clickItem(item);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await panel.waitFor();
    const mark = panel.locator('mark').first();
    await expect.poll(() => mark.textContent()).toMatch(/\w{4,}/);
    expect(await panel.getByRole('button', { name: /show in article/i }).count()).toBeGreaterThan(
      0,
    );
    await page.close();
  });

  it('filters the timeline by country', async () => {
    const page = await openApp();
    // Every event in view, so that what is drawn depends on the filter alone, not on which items
    // the opening window happens to touch.
    const all = idsOf(servedTimeline().events);
    const before = all.length;
    await expectDrawn(page, all);
    const greenland = page.getByRole('checkbox', { name: /^Greenland \(\d+\)$/ });
    const label =
      (await greenland.getAttribute('aria-label')) ??
      (await page.locator('label', { has: greenland }).textContent()) ??
      '';
    const expected = Number(/\((\d+)\)/.exec(label)?.[1]);
    await greenland.check();
    await expect.poll(() => page.locator('.event-item').count()).toBeLessThan(before);
    // Every drawn item is one of the Greenland events: as many as the option promised, at most.
    expect(await page.locator('.event-item').count()).toBeLessThanOrEqual(expected);
    await greenland.uncheck();
    await expectDrawn(page, all);
    await page.close();
  });
});
