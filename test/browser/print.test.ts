/**
 * The page on paper (the print medium emulated), in Chromium on the production build, at 1440
 * and 375 px: the selected event with its passages and the whole list, black on white, with no
 * controls, no timeline, nothing cut off by a fixed height or an inner scroll, nothing wider than
 * the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '../../src/domain/schema';
import { eventPanel, folded, openExplorer, passageOf, servedTimeline } from './explorerPage';
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

function eventWithSource(): TimelineEvent {
  const event = timeline.events.find((e) => e.sources.length > 0 && e.title.trim() !== '');
  if (event === undefined) throw new Error('no event with a source');
  return event;
}

describe.each([1440, 375])('printed at %i px', (width) => {
  it('shows the selected event with its passages and the whole list, and nothing else', async () => {
    const event = eventWithSource();
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url, {
      viewport: { width, height: 900 },
      query: `?event=${event.id}`,
    });
    await eventPanel(page).locator('mark').first().waitFor();
    await page.emulateMedia({ media: 'print' });

    // The event and its passages.
    const panel = eventPanel(page);
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('#event-details-title').textContent()).toBe(event.title);
    const source = event.sources[0];
    if (source === undefined) throw new Error('no source');
    expect(folded(await panel.locator('.source__paragraph mark').first().textContent())).toBe(
      folded(passageOf(timeline, source)),
    );

    // The whole list, not a page of it: every event a row.
    const rows = page.locator('.event-list__table tbody tr');
    await expect.poll(() => rows.count()).toBe(timeline.events.length);
    expect(await page.getByRole('navigation', { name: 'Pages of the list' }).count()).toBe(0);

    // No controls, no timeline, no filters. A button whose words are content (a column's name,
    // an actor of the event) stays, drawn as plain text: no border, no background.
    const visibleControls = await page
      .locator('button, input, select, [role="application"]')
      .evaluateAll((elements) =>
        elements
          .filter((e) => {
            if (e.getClientRects().length === 0) return false;
            const style = getComputedStyle(e);
            const framed =
              (style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0) ||
              style.backgroundColor !== 'rgba(0, 0, 0, 0)';
            return framed || e.tagName !== 'BUTTON';
          })
          .map((e) => `${e.tagName} ${e.textContent?.trim().slice(0, 30) ?? ''}`),
      );
    expect(visibleControls).toEqual([]);
    expect(await page.locator('section.timeline').isVisible()).toBe(false);

    // Nothing clipped: no box holds more than it shows, nothing wider than the page.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((e) => {
          if (e.getClientRects().length === 0) return false;
          const style = getComputedStyle(e);
          const scrolls = /(auto|scroll|hidden|clip)/.test(style.overflowY);
          return scrolls && e.scrollHeight > e.clientHeight + 2 && e.clientHeight > 0;
        })
        .map((e) => e.className),
    );
    expect(clipped).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );

    // Black on white.
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.documentElement).backgroundColor,
      title: getComputedStyle(document.querySelector('.event-list__link') ?? document.body).color,
    }));
    expect(colours).toEqual({
      text: 'rgb(0, 0, 0)',
      background: 'rgb(255, 255, 255)',
      title: 'rgb(0, 0, 0)',
    });
    expect(pageErrors).toEqual([]);
    await close();
  });
});
