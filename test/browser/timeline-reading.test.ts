/**
 * The timeline as a reader reads it, at 1440 px and at 375 px, on the production build and the
 * seeds (53 events: 40 on 4–5 January 2026, the rest from 1983 to 2025): it has most of the
 * width (the panels fold away, the event panel lies over the list), a phone's first screen is
 * mostly timeline; titles show whole or end in an ellipsis, never one cut letter, and show whole
 * on hover and on keyboard selection; day, week, month and year windows; Fit frames the news
 * and names the far events at the edge, whose marker moves there; the list opens where the
 * timeline does; items are coloured by type, and the legend names the types. Expected figures
 * come from plain counting of the served file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Timeline } from '../../src/domain/schema';
import { eventPanel, openExplorer, servedTimeline } from './explorerPage';
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

const DAY = 24 * 60 * 60 * 1000;
const SIZES = [
  { name: '1440 px', viewport: { width: 1440, height: 900 } },
  { name: '375 px', viewport: { width: 375, height: 812 } },
] as const;

async function shownWindow(page: Page): Promise<{ start: number; end: number }> {
  return page.evaluate(() => {
    const items = document.querySelector<HTMLElement>('.timeline-items');
    return {
      start: Number(items?.dataset['windowStart']),
      end: Number(items?.dataset['windowEnd']),
    };
  });
}

async function windowAfter(page: Page, press: () => Promise<void>) {
  const before = await shownWindow(page);
  await press();
  await expect
    .poll(async () => {
      const now = await shownWindow(page);
      return now.start !== before.start || now.end !== before.end;
    })
    .toBe(true);
  // Settled: the rows are drawn for the window the press asked for.
  await page.waitForTimeout(150);
  return shownWindow(page);
}

/** The last day an event's date covers, as YYYY-MM-DD (a month or year reaches its end). */
function lastDay(date: Timeline['events'][number]['date']): string {
  const last = date.end ?? date.start;
  return last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last;
}

describe.each(SIZES)('at $name', ({ name, viewport }) => {
  const wide = viewport.width > 900;

  it('gives the timeline the width (phone: the first screen is mostly timeline)', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url, { viewport });
    const section = page.locator('section.timeline');
    const rows = page.locator('.timeline-rows');
    // Nothing selected: no event panel takes room.
    expect(await eventPanel(page).isVisible()).toBe(false);
    const first = await section.boundingBox();
    if (first === null) throw new Error('no timeline');
    if (wide) {
      expect(first.width).toBeGreaterThan(0.55 * viewport.width);
      // Folded filters give the timeline more still.
      await page.getByRole('button', { name: 'Close filters' }).click();
      await expect
        .poll(async () => (await section.boundingBox())?.width ?? 0)
        .toBeGreaterThan(0.7 * viewport.width);
      const folded = (await section.boundingBox())?.width ?? 0;
      expect(folded).toBeGreaterThan(first.width);
      // A selected event opens in the list's column: the timeline keeps all its width.
      await page
        .locator('.event-list')
        .getByRole('link')
        .filter({ hasText: /Sheinbaum/ })
        .first()
        .click();
      await expect.poll(() => eventPanel(page).isVisible()).toBe(true);
      const panel = await eventPanel(page).boundingBox();
      const list = await page.locator('.event-list').boundingBox();
      expect(Math.abs((panel?.x ?? 0) - (list?.x ?? Infinity))).toBeLessThan(2);
      expect((await section.boundingBox())?.width).toBe(folded);
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
      await expect
        .poll(() => page.getByRole('group', { name: 'Countries', exact: true }).isVisible())
        .toBe(true);
    } else {
      // The rows begin in the upper half of the first screen, and events are drawn there.
      const pane = await rows.boundingBox();
      expect(pane?.y ?? Infinity).toBeLessThan(viewport.height * 0.45);
      const onScreen = await page
        .locator('.event-item')
        .evaluateAll(
          (items, height) =>
            items.filter((item) => item.getBoundingClientRect().bottom <= height).length,
          viewport.height,
        );
      expect(onScreen).toBeGreaterThanOrEqual(10);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
    }
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('shows titles whole or with an ellipsis, never a cut letter, and whole on hover and focus', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url, { viewport });
    // At the far zoom of the whole span, boxes are a few pixels wide.
    for (const press of ['Fit', 'Fit all']) {
      await windowAfter(page, () => page.getByRole('button', { name: press, exact: true }).click());
      const titles = await page.locator('.event-item').evaluateAll((items) =>
        items.map((item) => {
          const title = item.querySelector<HTMLElement>('.timeline-item__title');
          const bare = item.classList.contains('is-bare');
          return {
            text: title?.textContent ?? '',
            tooltip: item.getAttribute('title') ?? '',
            shown: bare ? 0 : (title?.clientWidth ?? 0),
            cut: title === null ? false : title.scrollWidth > title.clientWidth,
            ellipsis: title === null ? '' : getComputedStyle(title).textOverflow,
            hidden: title === null ? true : getComputedStyle(title).visibility === 'hidden',
            bare,
          };
        }),
      );
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) {
        expect(title.tooltip.startsWith(title.text), `${name}: tooltip of ${title.text}`).toBe(
          true,
        );
        if (title.bare) expect(title.hidden).toBe(true);
        else {
          // Room for three letters and an ellipsis at least; a cut title ends in one.
          expect(title.shown, `${press}: ${title.text}`).toBeGreaterThanOrEqual(24);
          if (title.cut) expect(title.ellipsis).toBe('ellipsis');
        }
      }
      if (press === 'Fit all') expect(titles.some((title) => title.bare)).toBe(true);
    }
    // Hover: the pane's tooltip is the whole title and date, and the box grows to it.
    await windowAfter(page, () => page.getByRole('button', { name: 'Fit', exact: true }).click());
    // An item in sight in the rows pane (the first in the page's order may be scrolled away).
    const id = await page.evaluate(() => {
      const pane = document.querySelector('.timeline-rows')?.getBoundingClientRect();
      const items = [...document.querySelectorAll<HTMLElement>('.event-item:not(.is-bare)')];
      const inSight = items.find((el) => {
        const r = el.getBoundingClientRect();
        return (
          pane !== undefined && r.top >= pane.top && r.bottom <= pane.bottom && r.left >= pane.left
        );
      });
      return inSight?.dataset['eventId'] ?? '';
    });
    const item = page.locator(`.event-item[data-event-id="${id}"]`);
    const text = (await item.locator('.timeline-item__title').textContent()) ?? '';
    const box = await item.boundingBox();
    if (box === null) throw new Error('no item');
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.move(box.x + 8, box.y + box.height / 2);
    await expect.poll(() => page.locator('.timeline-rows').getAttribute('title')).toContain(text);
    await expect
      .poll(() =>
        item.evaluate(
          (el) => el.scrollWidth <= el.clientWidth + 1 && el.classList.contains('is-hovered'),
        ),
      )
      .toBe(true);
    await page.mouse.move(0, 0);
    // Keyboard: the selected item shows its whole title while the timeline has focus.
    await page.locator('.timeline-rows').focus();
    await page.keyboard.press('ArrowRight');
    const selected = page.locator('.event-item.is-selected');
    await selected.waitFor();
    const whole = await selected.evaluate((el) => {
      const title = el.querySelector<HTMLElement>('.timeline-item__title');
      return (
        title !== null &&
        title.scrollWidth <= title.clientWidth + 1 &&
        getComputedStyle(title).visibility !== 'hidden'
      );
    });
    expect(whole).toBe(true);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('steps to a day, a week, a month and a year around the centre', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url, { viewport });
    const steps = page.getByRole('group', { name: 'Show a stretch of' });
    for (const [step, days] of [
      ['Year', 365.25],
      ['Month', 30.5],
      ['Week', 7],
      ['Day', 1],
    ] as const) {
      const before = await shownWindow(page);
      const after = await windowAfter(page, () =>
        steps.getByRole('button', { name: step }).click(),
      );
      expect((after.end - after.start) / DAY, step).toBeCloseTo(days, 1);
      // Around the same centre (to a minute: the window is kept in whole minutes).
      expect(
        Math.abs((after.start + after.end) / 2 - (before.start + before.end) / 2),
      ).toBeLessThan(2 * 60 * 1000);
    }
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('fits the news, not 43 years, names the far events at the edge, and goes to them', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url, { viewport });
    await windowAfter(page, () =>
      page.getByRole('button', { name: 'Fit all', exact: true }).click(),
    );
    const fit = await windowAfter(page, () =>
      page.getByRole('button', { name: 'Fit', exact: true }).click(),
    );
    expect(fit.end - fit.start).toBeLessThan(10 * DAY);
    // Every event of 4–5 January is in the window.
    const january = timeline.events.filter(
      (e) => e.date.start === '2026-01-04' || e.date.start === '2026-01-05',
    );
    expect(january.length).toBe(40);
    expect(fit.start).toBeLessThan(new Date(2026, 0, 4).getTime());
    expect(fit.end).toBeGreaterThan(new Date(2026, 0, 6).getTime());
    // The events wholly before it, counted from the file, are named at its left edge.
    const firstDay = new Date(fit.start);
    const windowDay = `${firstDay.getFullYear()}-${String(firstDay.getMonth() + 1).padStart(2, '0')}-${String(firstDay.getDate()).padStart(2, '0')}`;
    const before = timeline.events.filter((e) => lastDay(e.date) < windowDay);
    const firstYear = Math.min(...before.map((e) => Number(e.date.start.slice(0, 4))));
    const lastYear = Math.max(...before.map((e) => Number(lastDay(e.date).slice(0, 4))));
    const marker = page.getByRole('button', {
      name: `← ${firstYear}–${lastYear}, ${before.length} events`,
    });
    expect(before.length).toBeGreaterThan(5);
    await expect.poll(() => marker.isVisible()).toBe(true);
    // The overview does not squeeze the shown stretch into a sliver.
    const strip = await page.locator('.overview__strip').boundingBox();
    const shownRect = await page.locator('.overview__window').boundingBox();
    expect((shownRect?.width ?? 0) / (strip?.width ?? 1)).toBeGreaterThan(0.3);
    // The marker moves the window to those events: the 1983 one is drawn.
    const moved = await windowAfter(page, () => marker.click());
    expect(moved.start).toBeLessThanOrEqual(new Date(1983, 0, 1).getTime());
    const oldest = timeline.events.find((e) => e.date.start === '1983');
    await expect
      .poll(() => page.locator(`.event-item[data-event-id="${oldest?.id}"]`).count())
      .toBe(1);
    await expect
      .poll(() => page.getByRole('button', { name: /^2026, \d+ events →$/ }).isVisible())
      .toBe(true);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('opens the list on the stretch the timeline opens on', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url, { viewport });
    /** The first row in sight in the list's box, and whether its event reaches the window. */
    const firstInSight = async (): Promise<{ title: string; inWindow: boolean }> => {
      const shown = await shownWindow(page);
      const title = await page.locator('.event-list__scroll').evaluate((box) => {
        const top = box.scrollTop + (box.querySelector('thead')?.offsetHeight ?? 0) + 1;
        const row = [...box.querySelectorAll<HTMLTableRowElement>('tbody tr')].find(
          (r) => r.offsetTop + r.offsetHeight > top,
        );
        return row?.querySelector('a')?.textContent ?? '';
      });
      const event = timeline.events.find((e) => e.title === title);
      const windowDay = new Date(shown.start);
      const startDay = `${windowDay.getFullYear()}-${String(windowDay.getMonth() + 1).padStart(2, '0')}-${String(windowDay.getDate()).padStart(2, '0')}`;
      return { title, inWindow: event !== undefined && lastDay(event.date) >= startDay };
    };
    // The list turns to the timeline's stretch once the window is settled (a frame or two later
    // on a busy machine): its first row in sight is then an event in the timeline's window.
    await expect.poll(async () => (await firstInSight()).inWindow, { timeout: 5_000 }).toBe(true);
    const { title } = await firstInSight();
    const event = timeline.events.find((e) => e.title === title);
    expect(event, title).toBeDefined();
    expect(event?.date.start.startsWith('1983')).toBe(false);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it.each(['light', 'dark'] as const)(
    'colours items by type and names the types (%s)',
    async (colorScheme) => {
      const { page, pageErrors, close } = await openExplorer(app.browser, app.url, {
        viewport,
        colorScheme,
      });
      const counts = new Map<string, number>();
      for (const e of timeline.events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      // On a phone the legend starts closed, out of the timeline's way; a tap opens it.
      const summary = page.locator('.timeline__legends > summary');
      const legend = page.getByRole('list', { name: 'Colours by event type' });
      expect(await legend.isVisible()).toBe(wide);
      if (!wide) await summary.click();
      const entries = await legend.getByRole('listitem').allTextContents();
      expect(entries.sort()).toEqual(
        [...counts].map(([type, n]) => `${type.replace(/-/g, ' ')} (${n})`).sort(),
      );
      // An item's dot has its type's colour, the colour of its legend entry; types differ.
      const colours = await page.evaluate(() => {
        const byType = new Map<string, string>();
        for (const item of document.querySelectorAll<HTMLElement>(
          '.event-item.timeline-item--point',
        )) {
          const type = [...item.classList].find((c) => c.startsWith('event-type--'));
          const dot = item.querySelector<HTMLElement>('.timeline-item__dot');
          if (type !== undefined && dot !== null)
            byType.set(type, getComputedStyle(dot).borderTopColor);
        }
        const legend = new Map<string, string>();
        for (const entry of document.querySelectorAll<HTMLElement>('.timeline__types li')) {
          const type = [...entry.classList].find((c) => c.startsWith('event-type--'));
          const swatch = entry.querySelector<HTMLElement>('.legend-swatch');
          if (type !== undefined && swatch !== null)
            legend.set(type, getComputedStyle(swatch).backgroundColor);
        }
        return { items: [...byType], legend: Object.fromEntries(legend) };
      });
      expect(colours.items.length).toBeGreaterThanOrEqual(2);
      for (const [type, colour] of colours.items) expect(colours.legend[type], type).toBe(colour);
      expect(new Set(colours.items.map(([, colour]) => colour)).size).toBe(colours.items.length);
      expect(pageErrors).toEqual([]);
      await close();
    },
  );
});
