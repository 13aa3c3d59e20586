/**
 * The timeline's rows in real Chromium, on the production build and the seed timeline, at a
 * size where its rows are taller than its pane: the plain wheel scrolls the rows and leaves the
 * time window alone, with the axis staying where it is; Ctrl + wheel zooms in around the pointer
 * (the time under it stays under it); a drag pans by as much time as it moved; a tap still
 * selects. The window each gesture leaves goes to the address bar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventPanel, openExplorer } from './explorerPage';
import { startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

interface Shown {
  start: number;
  end: number;
  scrollTop: number;
  axisTop: number;
  itemsLeft: number;
  itemsWidth: number;
}

async function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const items = document.querySelector<HTMLElement>('.timeline-items');
    const rows = document.querySelector<HTMLElement>('.timeline-rows');
    const axis = document.querySelector<HTMLElement>('.timeline-axis .vis-time-axis');
    if (items === null || rows === null || axis === null) throw new Error('no timeline');
    const box = items.getBoundingClientRect();
    return {
      start: Number(items.dataset['windowStart']),
      end: Number(items.dataset['windowEnd']),
      scrollTop: rows.scrollTop,
      axisTop: axis.getBoundingClientRect().top,
      itemsLeft: box.left,
      itemsWidth: box.width,
    };
  });
}

/** Waits for the rows to be drawn for a window other than `before`'s. */
async function movedFrom(page: Page, before: Shown): Promise<Shown> {
  await expect
    .poll(async () => {
      const now = await shown(page);
      return now.start !== before.start || now.end !== before.end;
    })
    .toBe(true);
  return shown(page);
}

describe('the rows of the timeline', () => {
  it('scroll with the wheel under a fixed axis, zoom with Ctrl + wheel, pan with a drag', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url, {
      viewport: { width: 1440, height: 700 },
    });
    try {
      const rows = page.locator('.timeline-rows');
      const pane = await rows.boundingBox();
      if (pane === null) throw new Error('no rows pane');
      const canScroll = await rows.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
      expect(canScroll).toBe(true);
      const first = await shown(page);
      const x = first.itemsLeft + first.itemsWidth * 0.4;
      const y = pane.y + Math.min(pane.height / 2, 200);

      // The plain wheel: the rows scroll, the axis and the window stay.
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, 300);
      await expect.poll(async () => (await shown(page)).scrollTop).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      const scrolled = await shown(page);
      expect([scrolled.start, scrolled.end]).toEqual([first.start, first.end]);
      expect(scrolled.axisTop).toBeCloseTo(first.axisTop, 0);

      // Ctrl + wheel: a narrower window, the time under the pointer where it was.
      const fraction = (x - first.itemsLeft) / first.itemsWidth;
      const under = first.start + fraction * (first.end - first.start);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      const zoomed = await movedFrom(page, scrolled);
      const span = zoomed.end - zoomed.start;
      expect(span).toBeLessThan((first.end - first.start) * 0.9);
      const underNow = zoomed.start + fraction * span;
      expect(Math.abs(underNow - under)).toBeLessThan((first.end - first.start) * 0.01);

      // A drag: the window moves by the time the pointer travelled, the other way.
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(x - 20 * i, y);
      await page.mouse.up();
      const panned = await movedFrom(page, zoomed);
      const expected = (200 / zoomed.itemsWidth) * span;
      expect(panned.end - panned.start).toBeCloseTo(span, -3);
      expect(Math.abs(panned.start - zoomed.start - expected)).toBeLessThan(expected * 0.05);

      // The window the reader left is in the address, once it settles.
      await expect
        .poll(() => new URL(page.url()).searchParams.get('from'))
        .toBe(
          new Date(Math.round(panned.start / 60_000) * 60_000).toISOString().slice(0, 16) + 'Z',
        );
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('selects the event a tap lands on, after a drag has ended', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url);
    try {
      const pane = await page.locator('.timeline-rows').boundingBox();
      if (pane === null) throw new Error('no rows pane');
      const y = pane.y + 40;
      await page.mouse.move(pane.x + pane.width / 2, y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) await page.mouse.move(pane.x + pane.width / 2 - 10 * i, y);
      await page.mouse.up();
      await page.waitForTimeout(300);
      // A point whose dot lies inside the pane's view, once the rows are drawn after the drag.
      const dot = await page.evaluate(() => {
        const view = document.querySelector('.timeline-rows')?.getBoundingClientRect();
        if (view === undefined) return null;
        for (const el of document.querySelectorAll<HTMLElement>('.timeline-item--point')) {
          const box = el.querySelector('.timeline-item__dot')?.getBoundingClientRect();
          if (box === undefined) continue;
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          if (x > view.left + 2 && x < view.right - 20 && y > view.top + 2 && y < view.bottom - 2)
            return { x, y, id: el.dataset['eventId'] ?? '' };
        }
        return null;
      });
      if (dot === null) throw new Error('no point in view');
      await page.mouse.click(dot.x, dot.y);
      await expect
        .poll(() => page.locator(`.timeline-item.is-selected[data-event-id="${dot.id}"]`).count())
        .toBe(1);
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(dot.id);
      expect(await eventPanel(page).textContent()).not.toBe('');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
