/**
 * The explorer by keyboard and by link, in Chromium on the production build, at 1440 and 375 px:
 * skip links are the first tab stops and lead to the timeline's rows and to the list; Escape
 * closes the article reader, then the event panel, and focus returns to what opened each; the
 * first arrow key on the timeline picks the first event in view; list titles are links to each
 * event's own address, which a Ctrl-click opens in a new tab while a plain click selects in place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Timeline, TimelineEvent } from '../../src/domain/schema';
import { drawnIds, eventPanel, listRowOf, openExplorer, servedTimeline } from './explorerPage';
import { startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;
let timeline: Timeline;

beforeAll(async () => {
  app = await startAppInChromium();
  timeline = servedTimeline();
});

afterAll(async () => {
  await app?.close();
});

const WIDTHS = [1440, 375] as const;

/** What has focus, as a reader would name it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return 'nothing';
    return `${element.tagName.toLowerCase()}#${element.id} ${(element.textContent ?? '').trim().slice(0, 80)}`;
  });

const panelTitle = (page: Page) => eventPanel(page).locator('#event-details-title');

function eventWithSource(): TimelineEvent {
  const event = timeline.events.find((e) => e.sources.length > 0 && e.title.trim() !== '');
  if (event === undefined) throw new Error('no event with a source');
  return event;
}

describe.each(WIDTHS)('at %i px', (width) => {
  const open = (query = '') =>
    openExplorer(app.browser, app.url, { viewport: { width, height: 900 }, query });

  it('has skip links first in the tab order, shown when focused, to the timeline and the list', async () => {
    const { page, close } = await open();
    const toTimeline = page.getByRole('link', { name: 'Skip to the timeline' });
    expect(
      await toTimeline.boundingBox().then((box) => (box?.y ?? 0) + (box?.height ?? 0)),
    ).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a# Skip to the timeline');
    const box = await toTimeline.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^div#timeline-rows/);

    // A click on the page's heading starts the tab order from the top again.
    await page.getByRole('heading', { name: 'Newsline', level: 1 }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a# Skip to the list');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('h2#event-list-heading List of events');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^button# Date/);
    await close();
  });

  it('closes the reader, then the panel, with Escape, focus going back to what opened each', async () => {
    const event = eventWithSource();
    const { page, close } = await open();
    const row = await listRowOf(page, event.title);
    const link = row.getByRole('link', { name: event.title, exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panelTitle(page).textContent()).toBe(event.title);
    const show = eventPanel(page).getByRole('button', { name: 'Show in article' }).first();
    await show.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await focused(page)).toMatch(/^button# ×/);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button# Show in article');
    await page.keyboard.press('Escape');
    await panelTitle(page).waitFor({ state: 'detached' });
    expect(await focused(page)).toBe(`a# ${event.title}`);
    await close();
  });

  it('starts the arrow keys from the first event in view, not the earliest of all', async () => {
    const { page, close } = await open();
    const rows = page.locator('#timeline-rows');
    await rows.focus();
    const before = await drawnIds(page);
    const earliest = [...timeline.events].sort((a, b) =>
      a.date.start.localeCompare(b.date.start),
    )[0];
    // The seed timeline opens on its news, not on its earliest event.
    expect(before).not.toContain(earliest?.id);
    const key = (e: TimelineEvent): string => `${e.date.start}/${e.date.end ?? e.date.start}`;
    const inView = timeline.events
      .filter((e) => before.includes(e.id))
      .map(key)
      .sort();
    await page.keyboard.press('ArrowRight');
    await panelTitle(page).waitFor();
    const title = await panelTitle(page).textContent();
    const chosen = timeline.events.find((e) => e.title === title && before.includes(e.id));
    expect(chosen).toBeDefined();
    expect(chosen === undefined ? '' : key(chosen)).toBe(inView[0]);
    // The window stayed on what the reader saw.
    expect(await drawnIds(page)).toEqual(before);
    await close();
  });

  it("links list titles to the event's address: Ctrl-click opens a tab, a click selects in place", async () => {
    const event = eventWithSource();
    const { page, close } = await open();
    const row = await listRowOf(page, event.title);
    const link = row.getByRole('link', { name: event.title, exact: true });
    const href = await link.getAttribute('href');
    expect(href).toBe(`?event=${event.id}`);

    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    const opened = page.context().waitForEvent('page');
    await link.click({ modifiers: ['ControlOrMeta'] });
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).searchParams.get('event')).toBe(event.id);
    await expect.poll(() => panelTitle(tab).textContent(), { timeout: 20_000 }).toBe(event.title);
    await tab.close();
    // The page itself did not follow the link, nor select.
    expect(await panelTitle(page).count()).toBe(0);

    await link.click();
    await expect.poll(() => panelTitle(page).textContent()).toBe(event.title);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(event.id);
    await close();
  });
});
