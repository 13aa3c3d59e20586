/**
 * Search as a reader meets it, in Chromium on the production build, at 1440 and 375 px: the words
 * found are marked in the list's titles, the event panel's passages and the article reader; a
 * search that finds nothing says so, offers "Clear search", and the timeline keeps its window
 * (it used to jump to today's date); a link to an event the timeline does not hold says so, until
 * dismissed. The word searched for is taken from the served timeline, not written here.
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

/** An event and a long word of its title that its first passage also holds. */
function eventAndWord(): { event: TimelineEvent; word: string } {
  for (const event of timeline.events) {
    const source = event.sources[0];
    const document = timeline.documents.find((d) => d.id === source?.documentId);
    if (source === undefined || document === undefined) continue;
    const passage = document.text.slice(source.start, source.end).toLowerCase();
    const words = (event.title.match(/\p{L}{7,}/gu) ?? []).map((w) => w.toLowerCase());
    const word = words.find((w) => new RegExp(`(^|\\P{L})${w}(\\P{L}|$)`, 'u').test(passage));
    if (word !== undefined) return { event, word };
  }
  throw new Error('no event whose title and passage share a word');
}

/** Where the search box is: in the filters column, or in the drawer on a phone. */
async function search(page: Page, width: number, words: string): Promise<void> {
  const narrow = width < 900;
  if (narrow) await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(words);
  if (narrow) await page.getByRole('button', { name: 'Close filters' }).click();
  // The answer comes from the worker that searches: wait for the views to follow it.
  await page.locator('.timeline__count').filter({ hasText: ' of ' }).waitFor();
}

const axisText = (page: Page) =>
  page
    .locator('.vis-time-axis.vis-foreground')
    .first()
    .innerText()
    .then((text) => text.replace(/\s+/g, ' ').trim());

describe.each([1440, 375])('at %i px', (width) => {
  const open = (query = '') =>
    openExplorer(app.browser, app.url, { viewport: { width, height: 900 }, query });

  it('marks the words found in list titles, the passages and the article', async () => {
    const { event, word } = eventAndWord();
    const { page, pageErrors, close } = await open();
    await search(page, width, word);
    const row = await listRowOf(page, event.title);
    const hits = row.locator('mark.search-hit');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    expect((await hits.allTextContents()).map((t) => t.toLowerCase())).toContain(word);
    // Every hit in the list is the word searched (or a word it begins).
    for (const text of await page.locator('.event-list mark.search-hit').allTextContents())
      expect(text.toLowerCase().startsWith(word.slice(0, 5))).toBe(true);

    await row.getByRole('link').click();
    const passageHits = eventPanel(page).locator('.source__paragraph mark.search-hit');
    await expect.poll(() => passageHits.count()).toBeGreaterThan(0);
    expect((await passageHits.first().textContent())?.toLowerCase()).toBe(word);

    await eventPanel(page).getByRole('button', { name: 'Show in article' }).first().click();
    const readerHits = page.getByRole('dialog').locator('.reader__text mark.search-hit');
    await expect.poll(() => readerHits.count()).toBeGreaterThan(0);
    expect((await readerHits.allTextContents()).map((t) => t.toLowerCase())).toContain(word);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('says when a search finds nothing, clears it, and keeps the window', async () => {
    const { page, pageErrors, close } = await open();
    const shownBefore = await drawnIds(page);
    const axisBefore = await axisText(page);
    await search(page, width, 'qxvzzq');
    const empty = page.locator('.event-list .no-matches--search');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('No events match the search “qxvzzq”.');
    expect(await page.locator('.event-item').count()).toBe(0);
    expect(await axisText(page)).toBe(axisBefore);
    // The timeline made again while nothing matches (the list alone, then both) opened on
    // today's date: it opens where the timeline opens.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('button', { name: 'Both', exact: true }).click();
    await page.locator('.timeline-rows').waitFor();
    await expect.poll(() => axisText(page)).toBe(axisBefore);

    await empty.getByRole('button', { name: 'Clear search' }).click();
    await page.locator('.event-item').first().waitFor();
    await expect.poll(() => drawnIds(page)).toEqual(shownBefore);
    expect(await axisText(page)).toBe(axisBefore);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('says when a link names an event the timeline does not hold, until dismissed', async () => {
    const { page, pageErrors, close } = await open('?event=no-such-event');
    const notice = page.getByRole('status').filter({ hasText: 'The link names an event' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('“no-such-event”, that is not in this timeline');
    const box = await notice.boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
    await close();
  });
});
