/**
 * What the explorer's browser tests share: the timeline the production build serves (read from
 * dist/, so expected figures come from the very file the page loads), a page opened on it, and
 * readings of what the page draws. Expected values are computed here by plain counting, not by
 * the app's own filter code, so that a bug there cannot hide itself.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { TimelineSchema, type Timeline, type TimelineEvent } from '../../src/domain/schema';
import { ROOT } from './server';

export function servedTimeline(): Timeline {
  const raw: unknown = JSON.parse(readFileSync(resolve(ROOT, 'dist/seeds/timeline.json'), 'utf8'));
  return TimelineSchema.parse(raw);
}

export interface OpenedPage {
  readonly page: Page;
  readonly pageErrors: string[];
  close: () => Promise<void>;
}

/** A fresh context (own time zone, colour scheme, viewport) with the explorer loaded. */
export async function openExplorer(
  browser: Browser,
  url: string,
  options: BrowserContextOptions & { readonly query?: string } = {},
): Promise<OpenedPage> {
  const { query = '', ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    ...contextOptions,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${url}${query}`);
  await page.locator('.event-item').first().waitFor({ state: 'visible', timeout: 20_000 });
  return { page, pageErrors, close: () => context.close() };
}

/** The ids of the events drawn on the timeline, sorted. */
export async function drawnIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('.event-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id') ?? ''));
  return ids.sort();
}

/** Fits every shown event into view, then waits until the drawn events are exactly `ids`. */
export async function expectDrawn(page: Page, ids: readonly string[]): Promise<void> {
  const wanted = [...ids].sort().join();
  const fit = page.getByRole('button', { name: 'Fit all' });
  // The drawn set follows the window once the widget has settled; on a slow machine a fit
  // pressed while the first items are still being laid out is pressed once more.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await fit.click();
    const drawn = await expect
      .poll(async () => (await drawnIds(page)).join(), { timeout: 1_500 })
      .toBe(wanted)
      .then(
        () => true,
        () => false,
      );
    if (drawn) return;
  }
  expect((await drawnIds(page)).join()).toBe(wanted);
}

export function idsOf(events: readonly TimelineEvent[]): string[] {
  return events.map((event) => event.id).sort();
}

export type FacetLegend = 'Countries' | 'Actors' | 'Event types' | 'Articles';

function optionName(label: string): RegExp {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped} \\(\\d+\\)$`);
}

/** The checkbox of a filter option, by its facet and label text (the name before the count). */
export function facetOption(page: Page, facet: FacetLegend, label: string): Locator {
  return page
    .getByRole('group', { name: facet, exact: true })
    .getByRole('checkbox', { name: optionName(label) });
}

/** The count an option shows, as a number. */
export async function optionCount(page: Page, facet: FacetLegend, label: string): Promise<number> {
  const text = await page
    .getByRole('group', { name: facet, exact: true })
    .locator('label', { has: page.getByRole('checkbox', { name: optionName(label) }) })
    .textContent();
  return Number(/\((\d+)\)\s*$/.exec(text ?? '')?.[1]);
}

export const eventPanel = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Event details' });

/**
 * Clicks a drawn item where a reader would: on its dot (6 px in, app.css) or the start of its box. The item layer
 * lets pointer input through to the axis widget under it (which tells a tap from a drag), so the
 * click goes to the item's place on the screen, not to the item element; a point at the right
 * edge may have a box reaching past the visible area, whose middle would be off the timeline.
 */
export async function clickItem(item: Locator): Promise<void> {
  // As a reader would, once it is on screen (the first draw may still be placing the rows).
  await item.waitFor({ state: 'visible' });
  await item.click({ force: true, position: { x: 6, y: 12 } });
}

export async function selectDrawnEvent(page: Page, event: TimelineEvent): Promise<void> {
  await clickItem(page.locator(`.event-item[data-event-id="${event.id}"]`));
  await expect
    .poll(() => eventPanel(page).locator('#event-details-title').textContent())
    .toBe(event.title);
}

/**
 * The list's row for an event title, on whichever page of the list holds it: the pager is
 * followed from the first page until the row shows.
 */
export async function listRowOf(page: Page, title: string): Promise<Locator> {
  const row = page.locator('.event-list tr', {
    has: page.getByRole('link', { name: title, exact: true }),
  });
  const pager = page.getByRole('navigation', { name: 'Pages of the list' });
  // The list may still be following a change (a search answered, a filter set) and drop its
  // pager meanwhile: a button gone counts as one that cannot be pressed, rather than one to
  // wait for.
  const press = async (button: Locator): Promise<boolean> => {
    if (!(await button.isEnabled({ timeout: 2_000 }).catch(() => false))) return false;
    return button.click({ timeout: 2_000 }).then(
      () => true,
      () => false,
    );
  };
  if ((await pager.count()) > 0) {
    while (await press(pager.getByRole('button', { name: 'Previous' }))) {
      // back to the first page
    }
    const next = pager.getByRole('button', { name: 'Next' });
    while ((await row.count()) === 0 && (await press(next))) {
      // on to the page that holds the row
    }
  }
  return row;
}

export function passageOf(timeline: Timeline, source: TimelineEvent['sources'][number]): string {
  const document = timeline.documents.find((d) => d.id === source.documentId);
  return document?.text.slice(source.start, source.end) ?? '';
}

/** Text a reader sees for a passage: the same words, whitespace folded. */
export function folded(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
