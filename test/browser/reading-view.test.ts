/**
 * The reading view and the sources of an event, in Chromium on the production build, at 1440 px
 * and at 375 px, on a timeline written for the tests (an article with page furniture, a long
 * passage and a paragraph printed twice; a second outlet; an address that is not a web address)
 * and on the seeds: passages marked inline in the running text, the selected one strong and in
 * view, each other one selecting its event by click or key; furniture dimmed and never marked;
 * on a phone, the whole screen with its title and close button in view and Back closing it; in
 * the panel, outlet, byline and a safe link for each passage, who reported it, and one passage
 * for a repeated paragraph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Timeline } from '../../src/domain/schema';
import { eventPanel, folded, servedTimeline } from './explorerPage';
import { startAppInChromium, type AppInChromium } from './server';
import {
  LEAD_PASSAGE,
  MAYOR_PASSAGE,
  PROTEST_PASSAGE,
  readerTimeline,
} from '../fixtures/readerTimeline';

let app: AppInChromium;

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

const WIDTHS = [1440, 375] as const;

/** The explorer on `timeline` (served in place of the seeds' file), at `width`, opened on `query`. */
async function openOn(
  timeline: Timeline | null,
  width: number,
  query: string,
): Promise<{ page: Page; pageErrors: string[]; close: () => Promise<void> }> {
  const context = await app.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (timeline !== null) {
    await page.route('**/seeds/timeline.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(timeline) }),
    );
  }
  await page.goto(`${app.url}${query}`);
  await page.locator('.event-item').first().waitFor({ state: 'attached', timeout: 20_000 });
  return { page, pageErrors, close: () => context.close() };
}

/** Whether the element is what a reader sees at the middle of its first line box (nothing over it). */
async function onTop(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const rect = element.getClientRects()[0];
    if (rect === undefined) return false;
    const x = Math.min(rect.left + 4, rect.right - 1);
    const y = rect.top + rect.height / 2;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === element || element.contains(hit));
  });
}

/** Whether the element's box lies within the window. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (box === null || size === null) return false;
  return (
    box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width
  );
}

async function openReaderFromPanel(page: Page): Promise<Locator> {
  await eventPanel(page).getByRole('button', { name: 'Show in article' }).first().click();
  const reader = page.getByRole('dialog', { name: 'Harbour Council Approves Night Ferry' });
  await reader.waitFor();
  return reader;
}

describe.each(WIDTHS)('the reading view at %i px', (width) => {
  it('marks passages inline, the selected one strong and in view, furniture dimmed and unmarked', async () => {
    const { page, pageErrors, close } = await openOn(
      readerTimeline,
      width,
      '?event=first-crossing',
    );
    const reader = await openReaderFromPanel(page);
    const current = reader.locator('mark.reader__mark--current');
    expect(folded(await current.textContent())).toBe(MAYOR_PASSAGE);

    // The title and the close button at the top of the screen, the passage in view, nothing over them.
    const close_ = reader.getByRole('button', { name: 'Close article' });
    await expect.poll(() => inViewport(page, reader.locator('h2'))).toBe(true);
    expect(await inViewport(page, close_)).toBe(true);
    expect(await onTop(close_)).toBe(true);
    expect(await close_.evaluate((b) => b === document.activeElement)).toBe(true);
    await expect.poll(() => inViewport(page, current)).toBe(true);
    expect(await onTop(current.getByRole('button'))).toBe(true);

    // The long passage of another event runs on from the dateline on the same line, and every
    // line of it is tinted (an inline box: one rectangle a line, each with the mark's colour).
    const lead = reader.locator('mark.reader__mark').filter({ hasText: LEAD_PASSAGE }).first();
    const layout = await lead.evaluate((mark) => {
      const rects = [...mark.getClientRects()];
      const before = document.createRange();
      const previous = mark.previousSibling;
      if (previous === null) return null;
      before.selectNodeContents(previous);
      const lastBefore = [...before.getClientRects()].at(-1);
      return {
        lines: rects.length,
        firstTop: rects[0]?.top ?? NaN,
        beforeTop: lastBefore?.top ?? NaN,
        display: getComputedStyle(mark.querySelector('[role="button"]') ?? mark).display,
        background: getComputedStyle(mark).backgroundColor,
      };
    });
    expect(layout).not.toBeNull();
    expect(layout?.lines).toBeGreaterThan(1);
    expect(Math.abs((layout?.firstTop ?? 0) - (layout?.beforeTop ?? 99))).toBeLessThan(4);
    expect(layout?.display).toBe('inline');
    expect(layout?.background).not.toBe('rgba(0, 0, 0, 0)');
    // Strong against light.
    const currentBackground = await current.evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(currentBackground).not.toBe(layout?.background);

    // Furniture: there, in a quieter colour, outside every mark.
    const furniture = reader.locator('.reader__furniture');
    expect(await furniture.allTextContents()).toEqual([
      'Home > Regions > Coast',
      'Photo by: Harbour Office',
      'Share it!',
      'By Ana Lindqvist | Staff Writer - Mon, 03/02/2026 - 09:15',
      '(Word count: 140)',
    ]);
    const colours = await reader.evaluate((box) => ({
      furniture: getComputedStyle(box.querySelector('.reader__furniture') ?? box).color,
      text: getComputedStyle(box.querySelector('.reader__text') ?? box).color,
      markedFurniture: box.querySelectorAll('.reader__furniture mark, mark .reader__furniture')
        .length,
    }));
    expect(colours.furniture).not.toBe(colours.text);
    expect(colours.markedFurniture).toBe(0);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('selects another event from its passage by click and by keyboard, and scrolls it into view', async () => {
    const { page, close } = await openOn(readerTimeline, width, '?event=first-crossing');
    const reader = await openReaderFromPanel(page);
    const selected = () => new URL(page.url()).searchParams.get('event');

    await reader.getByRole('button', { name: PROTEST_PASSAGE }).click();
    await expect.poll(selected).toBe('fishermen-protest');
    const current = reader.locator('mark.reader__mark--current');
    expect(folded(await current.textContent())).toBe(PROTEST_PASSAGE);
    await expect.poll(() => inViewport(page, current)).toBe(true);
    if (width === 1440) {
      await expect
        .poll(() => eventPanel(page).locator('#event-details-title').textContent())
        .toBe('Fishermen protest against the timetable');
    }

    // From the close button, Tab reaches the first passage; Enter selects its event.
    await reader.getByRole('button', { name: 'Close article' }).focus();
    await page.keyboard.press('Tab');
    const first = reader.getByRole('button', { name: LEAD_PASSAGE }).first();
    expect(await first.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(selected).toBe('ferry-approved');
    expect(await first.getAttribute('aria-current')).toBe('true');
    // The ring shows where the keyboard is.
    const ring = await first.evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(ring).not.toBe('none');

    // Tab stays in the view on a phone, where it hides the page; on a laptop it goes on to the
    // page around it. The view's first control is the link to the original, its last the last
    // passage.
    const original = reader.getByRole('link', { name: /^Original at/ });
    await original.focus();
    await page.keyboard.press('Shift+Tab');
    const where = await page.evaluate(() => ({
      inReader: document.activeElement?.closest('[role="dialog"]') !== null,
      text: document.activeElement?.textContent ?? '',
    }));
    if (width === 375) {
      expect(where).toEqual({ inReader: true, text: PROTEST_PASSAGE });
      await page.keyboard.press('Tab');
      expect(await original.evaluate((e) => e === document.activeElement)).toBe(true);
    } else {
      expect(where.inReader).toBe(false);
    }
    await close();
  });

  it('Back closes it, as the close button and Escape do, and a link reopens it', async () => {
    const { page, close } = await openOn(readerTimeline, width, '?event=first-crossing');
    let reader = await openReaderFromPanel(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('read')).toBe('harbour');
    const link = page.url();
    await page.goBack();
    await reader.waitFor({ state: 'detached' });
    // The event is still selected, its panel (the sheet, on a phone) in view again.
    expect(new URL(page.url()).searchParams.get('event')).toBe('first-crossing');
    const show = eventPanel(page).getByRole('button', { name: 'Show in article' }).first();
    await show.scrollIntoViewIfNeeded();
    expect(await inViewport(page, show)).toBe(true);

    reader = await openReaderFromPanel(page);
    await reader.getByRole('button', { name: 'Close article' }).click();
    await reader.waitFor({ state: 'detached' });
    // Focus goes back to where the reader was.
    expect(await show.evaluate((e) => e === document.activeElement)).toBe(true);
    reader = await openReaderFromPanel(page);
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });

    await page.goto(link);
    await page.getByRole('dialog', { name: 'Harbour Council Approves Night Ferry' }).waitFor();
    await expect
      .poll(() => inViewport(page, page.locator('mark.reader__mark--current')))
      .toBe(true);
    await close();
  });
});

describe.each(WIDTHS)('the sources in the event panel at %i px', (width) => {
  it('give outlet, byline, a safe link to the original, who reported it, and a repeated paragraph once', async () => {
    const { page, close } = await openOn(readerTimeline, width, '?event=ferry-approved');
    const panel = eventPanel(page);
    await expect
      .poll(() => panel.locator('h3').first().textContent())
      .toBe('Reported by 2 outlets');
    expect(await panel.locator('.event-details__reporters').textContent()).toBe(
      'Harbour Gazette · Coast Post',
    );
    // Three sources, two of them the paragraph the Gazette prints twice: two passages.
    expect((await panel.locator('.source__paragraph mark').allTextContents()).map(folded)).toEqual([
      LEAD_PASSAGE,
      LEAD_PASSAGE,
    ]);
    expect(await panel.locator('.source__meta').allTextContents()).toEqual([
      'Harbour Gazette · Ana Lindqvist · Mon 2 Mar 2026',
      'Coast Post · Jon Berg · Tue 3 Mar 2026',
    ]);
    const links = panel.getByRole('link', { name: /^Original at / });
    expect(await links.count()).toBe(2);
    for (const link of await links.all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
      await link.scrollIntoViewIfNeeded();
      expect(await inViewport(page, link)).toBe(true);
    }

    // An address that is not a web address gives no link, and is not printed.
    await page.goto(`${app.url}?event=timetable-published`);
    await expect
      .poll(() => panel.locator('#event-details-title').textContent())
      .toBe('Ferry company publishes its timetable');
    expect(await panel.getByRole('link').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await panel.textContent()).not.toContain('javascript:');
    await close();
  });

  it('on the seeds, shows a paragraph an article prints twice once, and names the article', async () => {
    const seeds = servedTimeline();
    // An event whose sources in one article are the same words twice (a repeated paragraph).
    const repeated = seeds.events.find((event) => {
      const seen = new Set<string>();
      return event.sources.some((s) => {
        const text = seeds.documents.find((d) => d.id === s.documentId)?.text ?? '';
        const key = `${s.documentId} ${folded(text.slice(s.start, s.end))}`;
        if (seen.has(key)) return true;
        seen.add(key);
        return false;
      });
    });
    if (repeated === undefined) throw new Error('the seeds have no repeated paragraph');
    const { page, close } = await openOn(null, width, `?event=${repeated.id}`);
    const panel = eventPanel(page);
    await panel.locator('.source__paragraph mark').first().waitFor();
    const marks = (await panel.locator('.source__paragraph mark').allTextContents()).map(folded);
    // Each wording of each article once.
    const shown = new Set<string>();
    for (const s of repeated.sources) {
      const text = seeds.documents.find((d) => d.id === s.documentId)?.text ?? '';
      shown.add(`${s.documentId} ${folded(text.slice(s.start, s.end))}`);
    }
    expect(marks).toHaveLength(shown.size);
    expect(marks.length).toBeLessThan(repeated.sources.length);
    const documents = new Set(repeated.sources.map((s) => s.documentId));
    const heading = `Reported by ${documents.size} article${documents.size === 1 ? '' : 's'}`;
    expect(await panel.locator('h3').first().textContent()).toBe(heading);
    const titles = [...documents].map((id) => seeds.documents.find((d) => d.id === id)?.title);
    expect(await panel.locator('.event-details__reporters').textContent()).toBe(titles.join(' · '));

    // Each article's furniture, as the ingest recorded it, is dimmed in the reading view and
    // carries no mark; the text is the article's, character for character.
    for (const id of documents) {
      const document = seeds.documents.find((d) => d.id === id);
      const spans = document?.furniture ?? [];
      expect(spans.length).toBeGreaterThan(0);
      await panel
        .locator('figure', { has: page.locator('cite', { hasText: document?.title ?? '' }) })
        .first()
        .getByRole('button', { name: 'Show in article' })
        .click();
      const reader = page.getByRole('dialog');
      expect(await reader.locator('.reader__text').textContent()).toBe(document?.text);
      expect(await reader.locator('.reader__furniture').allTextContents()).toEqual(
        spans.map((f) => document?.text.slice(f.start, f.end)),
      );
      expect(await reader.locator('mark .reader__furniture, .reader__furniture mark').count()).toBe(
        0,
      );
      await reader.getByRole('button', { name: 'Close article' }).click();
      await reader.waitFor({ state: 'detached' });
    }
    await close();
  });
});
