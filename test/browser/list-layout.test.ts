/**
 * The list laid out for its screen, in Chromium: on a phone (375 px) each event is a card whose
 * title runs across the list and whose cells all stay on the screen; at 1440 px the table fits its
 * box without scrolling sideways. Read with and without the extra columns of the List view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

/** The page at a viewport, once the list has rows (the List view draws no timeline). */
async function open(query: string, width: number, height: number) {
  const context = await app.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${app.url}${query}`);
  await page.locator('.event-list tbody tr').first().waitFor({ timeout: 20_000 });
  return { page, close: () => context.close() };
}

describe.each(['', '?view=list'])('the list (%s)', (query) => {
  it('at 375 px shows every cell of a row on the screen, the title across the card', async () => {
    const { page, close } = await open(query, 375, 800);
    try {
      const rows = page.locator('.event-list tbody tr');
      const boxes = await rows.evaluateAll((trs) =>
        trs.slice(0, 10).map((tr) => {
          const cells = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
          const list = tr.closest('.event-list__scroll')?.getBoundingClientRect();
          return {
            right: Math.max(...cells.map((c) => c.right)),
            title: cells[1]?.width ?? 0,
            list: list?.width ?? 0,
          };
        }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.right).toBeLessThanOrEqual(375);
        expect(box.title).toBeGreaterThan(box.list * 0.85);
      }
    } finally {
      await close();
    }
  });

  it('at 1440 px fits its box without scrolling sideways', async () => {
    const { page, close } = await open(query, 1440, 900);
    try {
      const scroller = page.locator('.event-list__scroll');
      const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await close();
    }
  });
});
