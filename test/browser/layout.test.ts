/**
 * The explorer on a laptop (1440 px) and on a phone (375 px), in Chromium on the production build:
 * what is laid out where, that nothing spills sideways, that the filters drawer and the event sheet
 * work on the phone, and the two screenshots the README shows (made here, with an event selected
 * so that the panel shows its marked passage).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Timeline, TimelineEvent } from '../../src/domain/schema';
import {
  drawnIds,
  eventPanel,
  expectDrawn,
  facetOption,
  idsOf,
  openExplorer,
  selectDrawnEvent,
  servedTimeline,
} from './explorerPage';
import { ROOT, startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;
let timeline: Timeline;
const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');

beforeAll(async () => {
  app = await startAppInChromium();
  timeline = servedTimeline();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await app?.close();
});

/**
 * The event the screenshots show: an event of a single day about Maduro, told by one article (a
 * phone sheet then holds its one passage in the first screen), else any such event.
 */
function featuredEvent(): TimelineEvent {
  const maduro = new Set(timeline.actors.filter((a) => /Maduro/.test(a.name)).map((a) => a.id));
  const days = timeline.events.filter(
    (e) =>
      (/Maduro/.test(e.title) || e.actors.some((id) => maduro.has(id))) &&
      e.date.granularity === 'day',
  );
  const event = days.find((e) => e.sources.length === 1) ?? days[0] ?? timeline.events[0];
  if (event === undefined) throw new Error('no events');
  return event;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (found === null) throw new Error('not laid out');
  return found;
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('at 1440 px', () => {
  it('filters, timeline beside the list, and the chosen event over the list in its column', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url);
    const filters = page.getByRole('group', { name: 'Countries', exact: true });
    const timelineView = page.locator('section.timeline');
    const list = page.locator('section.event-list');
    expect(await page.getByRole('button', { name: 'Filters', exact: true }).isVisible()).toBe(
      false,
    );
    const [f, t, l] = [await box(filters), await box(timelineView), await box(list)];
    expect(f.x + f.width).toBeLessThanOrEqual(t.x);
    // Side by side: the list starts right of the timeline, and their tops are level.
    expect(l.x).toBeGreaterThanOrEqual(t.x + t.width - 1);
    expect(Math.abs(l.y - t.y)).toBeLessThan(40);

    // Chosen in the list: the timeline marks the same event as selected.
    const event = featuredEvent();
    await list.getByRole('link', { name: event.title, exact: true }).click();
    await expect
      .poll(() => eventPanel(page).locator('#event-details-title').textContent())
      .toBe(event.title);
    await expect
      .poll(() => page.locator('.event-item.is-selected').getAttribute('data-event-id'))
      .toBe(event.id);
    // The panel opens at the top of the list's column, the list under it in reach for the next
    // event; neither the timeline nor the list is narrowed or moved sideways.
    const p = await box(eventPanel(page));
    const listNow = await box(list);
    expect(Math.abs(p.x - l.x)).toBeLessThan(2);
    expect(Math.abs(p.width - l.width)).toBeLessThan(2);
    expect(listNow.y).toBeGreaterThanOrEqual(p.y + p.height);
    expect(listNow.height).toBeGreaterThan(150);
    expect(await list.locator('tr[aria-current="true"]').isVisible()).toBe(true);
    const tNow = await box(timelineView);
    expect([tNow.x, tNow.width, listNow.x, listNow.width]).toEqual([t.x, t.width, l.x, l.width]);
    expect(await eventPanel(page).locator('mark').first().isVisible()).toBe(true);
    // The list row of the selection is marked as current.
    expect(await list.locator('tr[aria-current="true"]').textContent()).toContain(event.title);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'explorer-1440.png') });

    // The switch shows one view alone.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect.poll(() => timelineView.count()).toBe(0);
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect.poll(() => list.count()).toBe(0);
    expect(await timelineView.isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('keeps the rows where they are when a filter or a search changes the count', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url);
    const count = page.locator('.timeline__count');
    const rows = page.locator('.timeline__canvas');
    const before = { count: await box(count), rows: await box(rows) };
    expect(await count.textContent()).toBe(`${timeline.events.length} events`);
    await facetOption(page, 'Countries', 'Venezuela').check();
    await expect.poll(() => count.textContent()).toMatch(/^\d+ of \d+ events$/);
    // The count keeps the room of its longest form: the toolbar does not wrap again, so the rows
    // keep their top and height (a change there draws the axis again).
    expect((await box(count)).width).toBe(before.count.width);
    expect(await box(rows)).toEqual(before.rows);
    const filtered = await count.textContent();
    await page.getByRole('searchbox').fill('Sheinbaum');
    await expect.poll(() => count.textContent()).not.toBe(filtered);
    expect((await box(count)).width).toBe(before.count.width);
    expect(await box(rows)).toEqual(before.rows);
    expect(pageErrors).toEqual([]);
    await close();
  });
});

describe('at 375 px', () => {
  it('fits the width, keeps the filters in a drawer and shows the event as a sheet', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url, {
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const canvas = await box(page.getByRole('application'));
    expect(canvas.x).toBeGreaterThanOrEqual(0);
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(375);
    // Events are drawn inside the visible width.
    const labels = await page
      .locator('.timeline-item--point .timeline-item__dot')
      .evaluateAll((dots) => dots.map((d) => d.getBoundingClientRect().left));
    expect(labels.filter((x) => x >= 0 && x < 375).length).toBeGreaterThan(0);

    const countries = page.getByRole('group', { name: 'Countries', exact: true });
    expect(await countries.isVisible()).toBe(false);
    const opener = page.getByRole('button', { name: 'Filters', exact: true });
    await opener.click();
    expect(await opener.getAttribute('aria-expanded')).toBe('true');
    const country = timeline.countries
      .map((c) => ({ ...c, events: timeline.events.filter((e) => e.countries.includes(c.code)) }))
      .filter((c) => c.events.length > 0 && c.events.length < timeline.events.length)[0];
    if (country === undefined) throw new Error('no country to filter by');
    await facetOption(page, 'Countries', country.name).check();
    await page.getByRole('button', { name: 'Close filters' }).click();
    await expect.poll(() => countries.isVisible()).toBe(false);
    await expectDrawn(page, idsOf(country.events));
    await opener.click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'Close filters' }).click();
    await expectDrawn(page, idsOf(timeline.events));

    const event = featuredEvent();
    await selectDrawnEvent(page, event);
    const sheet = await box(eventPanel(page));
    expect(sheet.x).toBeGreaterThanOrEqual(0);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(375);
    // The passage begins on the first screen (its first lines; a long one runs on below).
    const mark = await box(eventPanel(page).locator('mark').first());
    expect(mark.y + Math.min(mark.height, 48)).toBeLessThanOrEqual(800);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await drawnIds(page)).toContain(event.id);
    // The page as it opens: header and timeline, with the event's sheet over the lower part.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'explorer-375.png') });
    expect(pageErrors).toEqual([]);
    await close();
  });
});

describe.each([
  [1440, 900],
  [375, 800],
])('pictures for the README at %i px', (width, height) => {
  it('the reading view with its passage in sight, and the dark theme', async () => {
    const event = featuredEvent();
    const query = `?event=${event.id}`;
    const light = await openExplorer(app.browser, app.url, { viewport: { width, height }, query });
    await eventPanel(light.page).getByRole('button', { name: 'Show in article' }).first().click();
    const current = light.page.getByRole('dialog').locator('.reader__mark--current').first();
    await expect
      .poll(() =>
        current.evaluate((mark) => {
          const { top, bottom } = mark.getBoundingClientRect();
          return top >= 0 && bottom > top && top < window.innerHeight;
        }),
      )
      .toBe(true);
    await light.page.screenshot({ path: resolve(SCREENSHOTS, `reading-${width}.png`) });
    expect(light.pageErrors).toEqual([]);
    await light.close();

    const dark = await openExplorer(app.browser, app.url, {
      viewport: { width, height },
      colorScheme: 'dark',
      query,
    });
    await expect
      .poll(() => eventPanel(dark.page).locator('#event-details-title').textContent())
      .toBe(event.title);
    // A dark page: its background is darker than mid-grey.
    const [r = 255, g = 255, b = 255] = await dark.page.evaluate(() =>
      (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number),
    );
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(128);
    if (width >= 1200) {
      // The list under the panel keeps the chosen event's row in sight, though the panel grew
      // when its passages arrived.
      await expect
        .poll(() =>
          dark.page.locator('.event-list tr[aria-current="true"]').evaluate((row) => {
            const box = row.closest('.event-list__scroll')?.getBoundingClientRect();
            const { top, bottom } = row.getBoundingClientRect();
            return box !== undefined && top >= box.top && bottom <= box.bottom;
          }),
        )
        .toBe(true);
    }
    await dark.page.waitForTimeout(300); // flags load a moment after the filters
    await dark.page.screenshot({ path: resolve(SCREENSHOTS, `dark-${width}.png`) });
    expect(dark.pageErrors).toEqual([]);
    await dark.close();
  });
});
