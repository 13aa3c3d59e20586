/**
 * Costs a link or a file can choose, in Chromium on the production build: a search of a
 * quarter of a million letters, ids named like the properties every object has, a time window
 * at the edge of what a date can hold, and an event with tens of thousands of countries and an
 * actor whose name never breaks. Each leaves the page alive and usable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Timeline } from '../../src/domain/schema';
import { openWithTimeline } from '../fixtures/hostile/pageWatch';
import { crowdedTimeline } from '../fixtures/crowdedEvent';
import { smallTimeline } from '../fixtures/smallTimeline';
import { clickItem } from './explorerPage';
import { startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  'valueOf',
  '__proto__',
  'hasOwnProperty',
  'isPrototypeOf',
];

/** The small timeline with every event and actor id replaced by a name Object.prototype has. */
function prototypeNamedTimeline(): Timeline {
  const actorIds = new Map(
    smallTimeline.actors.map((actor, i) => [actor.id, PROTOTYPE_NAMES[i] ?? actor.id]),
  );
  return {
    ...smallTimeline,
    actors: smallTimeline.actors.map((actor) => ({ ...actor, id: actorIds.get(actor.id) ?? '' })),
    events: smallTimeline.events.map((event, i) => ({
      ...event,
      id: PROTOTYPE_NAMES[i] ?? event.id,
      actors: event.actors.map((id) => actorIds.get(id) ?? id),
    })),
  };
}

async function firstItemDrawn(page: Page): Promise<void> {
  await page.locator('.event-item').first().waitFor({ state: 'visible', timeout: 20_000 });
}

describe('ids named like the properties of every object', () => {
  it('draws each event and selects it from the timeline and the list, with no error boundary', async () => {
    const timeline = prototypeNamedTimeline();
    const { page, watch } = await openWithTimeline(app.browser, app.url, JSON.stringify(timeline));
    await firstItemDrawn(page);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => page.locator('.event-item').count()).toBe(timeline.events.length);
    const drawn = await page
      .locator('.event-item')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['eventId']));
    expect(drawn.sort()).toEqual(timeline.events.map((event) => event.id).sort());
    const panelTitle = page.locator('#event-details-title');
    for (const event of timeline.events) {
      await page.locator('.event-list').getByRole('link', { name: event.title }).click();
      await expect.poll(() => panelTitle.textContent()).toBe(event.title);
      await expect
        .poll(() =>
          page.locator('.event-item.is-selected').getAttribute('data-event-id', { timeout: 5_000 }),
        )
        .toBe(event.id);
    }
    // A click on the timeline itself, at the item's place (the layer lets it through).
    const cartels = timeline.events.find((event) => event.title === 'Cartels grow');
    await clickItem(page.locator(`.event-item[data-event-id="${cartels?.id ?? ''}"]`));
    await expect.poll(() => panelTitle.textContent()).toBe('Cartels grow');
    expect(await page.getByText(/Something went wrong/u).count()).toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('a deep link to a window at the edge of what a date can hold', () => {
  it.each([
    ['the first instant a date can hold', '-271821-04-20T00:00Z'],
    ['year 1', '0001-01-01T00:00Z'],
  ])('from %s: opens on the data, with a readable axis, and Fit all works', async (_why, from) => {
    const body = JSON.stringify(smallTimeline);
    const query = `?from=${from}&to=2026-01-10T00:00Z`;
    const { page, watch } = await openWithTimeline(app.browser, `${app.url}${query}`, body);
    await firstItemDrawn(page);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => page.locator('.event-item').count()).toBe(smallTimeline.events.length);
    const axis = (await page.locator('.vis-time-axis').allTextContents()).join(' ');
    expect(axis).toMatch(/20\d\d/u);
    expect(axis).not.toContain('Invalid date');
    // The window kept is near the data (2006 to 2026), not thousands of years before it.
    const kept = new URL(page.url()).searchParams.get('from');
    expect(kept === null || Number(kept.slice(0, 4)) >= 1980).toBe(true);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('a search link of a quarter of a million letters', () => {
  it('is cut to the first 200 characters and answers', async () => {
    const { page, watch } = await openWithTimeline(
      app.browser,
      app.url,
      JSON.stringify(smallTimeline),
    );
    await firstItemDrawn(page);
    // A URL this long is refused by the server before the page opens (431); moving through the
    // history to it reaches the app's reading of the URL, as a link opened in the app does.
    await page.evaluate((letters) => {
      window.history.pushState(null, '', `?q=${'a'.repeat(letters)}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, 250_000);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await expect.poll(async () => (await box.inputValue()).length).toBe(200);
    await expect.poll(() => page.getByText(/first 200 characters/u).count()).toBe(1);
    await expect.poll(() => page.getByText('Showing 0 of 6 events').count()).toBe(1);
    expect(await page.getByText(/Something went wrong/u).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBe(200);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('an event with 50,000 countries and an actor with a 2,000-letter name', () => {
  const timeline = crowdedTimeline();
  const selected = smallTimeline.events[0]?.id ?? '';

  it.each([1440, 375])(
    'shows a few chips and a count of the rest, and keeps the page %i px wide',
    async (width) => {
      const { page, watch } = await openWithTimeline(
        app.browser,
        `${app.url}?event=${selected}`,
        JSON.stringify(timeline),
      );
      await page.setViewportSize({ width, height: 900 });
      const title = smallTimeline.events[0]?.title ?? '';
      await page.getByRole('heading', { level: 2, name: title }).waitFor({ timeout: 20_000 });
      await expect.poll(() => page.getByText('and 49,980 more').count()).toBe(1);
      expect(await page.locator('.event-details .chip-button').count()).toBeLessThanOrEqual(40);
      const close = page.getByRole('button', { name: 'Close event details' });
      const box = await close.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
      const sizes = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        panel: document.querySelector('.event-details')?.getBoundingClientRect().right ?? Infinity,
        table: document.querySelector('.event-list__table')?.getBoundingClientRect().width ?? 0,
      }));
      expect(sizes.page).toBeLessThanOrEqual(width);
      expect(sizes.panel).toBeLessThanOrEqual(width);
      // The list scrolls sideways in its own box on a phone; the long name no longer makes it
      // 20,000 px wide.
      expect(sizes.table).toBeLessThanOrEqual(1.25 * width);
      expect(watch.pageErrors).toEqual([]);
      await page.close();
    },
  );
});
