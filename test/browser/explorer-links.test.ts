/**
 * The explorer's view as a link and as files, in Chromium on the production build: a copied URL
 * reopens the same view (filters, grouping, search, selected event, window), back and forward
 * step through the reader's changes, and both exports hold exactly the shown events with their
 * passages (the JSON one valid against the timeline schema).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TimelineSchema, type Timeline, type TimelineEvent } from '../../src/domain/schema';
import {
  drawnIds,
  eventPanel,
  expectDrawn,
  facetOption,
  folded,
  idsOf,
  openExplorer,
  passageOf,
  selectDrawnEvent,
  servedTimeline,
} from './explorerPage';
import { parseCsv } from '../support/csv';
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

/** The country with the most events that still leaves some out. */
function chosenCountry(): { code: string; name: string; events: TimelineEvent[] } {
  const ranked = timeline.countries
    .map((c) => ({ ...c, events: timeline.events.filter((e) => e.countries.includes(c.code)) }))
    .filter((c) => c.events.length >= 2 && c.events.length < timeline.events.length)
    .sort((a, b) => b.events.length - a.events.length || a.code.localeCompare(b.code));
  const chosen = ranked[0];
  if (chosen === undefined) throw new Error('the seed timeline has no country to filter by');
  return chosen;
}

/** What the reader sees of the view: the parts a link must bring back. */
async function viewOf(page: Page) {
  const grouping = page.getByLabel('Group by');
  return {
    checked: await page
      .getByRole('checkbox', { checked: true })
      .evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.textContent ?? '')),
    grouping: await grouping.inputValue(),
    search: await page.getByRole('searchbox', { name: 'Search' }).inputValue(),
    selected: await eventPanel(page).locator('#event-details-title').textContent(),
    drawn: await drawnIds(page),
    days: await page
      .locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')
      .allTextContents(),
    rows: await page.locator('.timeline-row__label').allTextContents(),
  };
}

describe('deep links', () => {
  it('a copied link reopens the same filters, grouping, search, selected event and window', async () => {
    const first = await openExplorer(app.browser, app.url);
    const { page } = first;
    const country = chosenCountry();
    await facetOption(page, 'Countries', country.name).check();
    await page.getByLabel('Group by').selectOption('country');
    // A search word taken from a shown event's title, so the view is not empty.
    const target = country.events[0];
    if (target === undefined) throw new Error('no event');
    const word = target.title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w)) ?? '';
    await page.getByRole('searchbox', { name: 'Search' }).fill(word);
    await expect.poll(() => page.locator(`[data-event-id="${target.id}"]`).count()).toBe(1);
    await selectDrawnEvent(page, target);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(null);
    await page.waitForTimeout(300);
    const link = page.url();
    const before = await viewOf(page);
    expect(before.checked.join()).toContain(country.name);
    expect(before.grouping).toBe('country');
    expect(before.search).toBe(word);
    expect(before.selected).toBe(target.title);
    await first.close();

    const second = await openExplorer(app.browser, '', { query: link });
    // Polled, not read once after a pause: a page busy with other tests settles later.
    await expect.poll(() => viewOf(second.page)).toEqual(before);
    expect(second.page.url()).toBe(link);
    expect(second.pageErrors).toEqual([]);
    await second.close();
  });

  it('back and forward step through filter, selection and grouping changes', async () => {
    const { page, close } = await openExplorer(app.browser, app.url);
    const country = chosenCountry();
    const target = country.events[0];
    if (target === undefined) throw new Error('no event');
    const box = facetOption(page, 'Countries', country.name);
    const grouping = page.getByLabel('Group by');
    const selected = () => new URL(page.url()).searchParams.get('event');

    // Each change is in the history once the address shows it (it is written after the frame
    // that answers the change); a Back pressed before that steps over it.
    const param = (name: string) => () => new URL(page.url()).searchParams.get(name);
    await box.check();
    await expectDrawn(page, idsOf(country.events));
    await expect.poll(param('country')).not.toBe(null);
    await selectDrawnEvent(page, target);
    await expect.poll(selected).toBe(target.id);
    await grouping.selectOption('type');
    await expect.poll(() => grouping.inputValue()).toBe('type');
    await expect.poll(param('group')).toBe('type');

    await page.goBack();
    await expect.poll(() => grouping.inputValue()).toBe('actor');
    expect(selected()).toBe(target.id);
    await page.goBack();
    await expect.poll(selected).toBe(null);
    await expect.poll(() => eventPanel(page).locator('#event-details-title').count()).toBe(0);
    expect(await box.isChecked()).toBe(true);
    // The window the Fit all chose is part of this entry; going back past the filter shows all.
    await page.goBack();
    await expect.poll(() => box.isChecked()).toBe(false);
    await expectDrawn(page, idsOf(timeline.events));

    await page.goForward();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expectDrawn(page, idsOf(country.events));
    await page.goForward();
    await expect.poll(selected).toBe(target.id);
    await page.goForward();
    await expect.poll(() => grouping.inputValue()).toBe('type');
    await close();
  });
});

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return readFile(path, 'utf8');
}

describe('export', () => {
  it('CSV and JSON hold exactly the shown events, each with its passages', async () => {
    const { page, close } = await openExplorer(app.browser, app.url, { acceptDownloads: true });
    const country = chosenCountry();
    await facetOption(page, 'Countries', country.name).check();
    await expectDrawn(page, idsOf(country.events));
    const byId = new Map(country.events.map((e) => [e.id, e]));

    const [header, ...rows] = parseCsv(await download(page, 'Export CSV'));
    const column = (name: string) => header?.indexOf(name) ?? -1;
    expect(column('id')).toBeGreaterThanOrEqual(0);
    expect(rows.map((r) => r[column('id')] ?? '').sort()).toEqual(idsOf(country.events));
    for (const row of rows) {
      const event = byId.get(row[column('id')] ?? '');
      if (event === undefined) throw new Error('row of an event not shown');
      // A leading apostrophe keeps a spreadsheet from running a cell as a formula.
      const plain = (cell: string | undefined) => (cell ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
      expect(plain(row[column('title')])).toBe(event.title);
      expect(row[column('start')]).toBe(event.date.start);
      expect(plain(row[column('passages')])).toBe(
        event.sources.map((s) => passageOf(timeline, s)).join('\n\n'),
      );
    }

    const exported: unknown = JSON.parse(await download(page, 'Export JSON'));
    const parsed = TimelineSchema.safeParse(exported);
    expect(parsed.error?.issues ?? []).toEqual([]);
    if (!parsed.success) return;
    expect(idsOf(parsed.data.events)).toEqual(idsOf(country.events));
    for (const event of parsed.data.events) {
      expect(event).toEqual(byId.get(event.id));
      for (const source of event.sources) {
        expect(folded(passageOf(parsed.data, source))).toBe(folded(passageOf(timeline, source)));
      }
    }
    await close();
  });
});
