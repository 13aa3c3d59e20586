/**
 * Nothing is hidden on a timeline of 100,000 events (a synthetic corpus, served by the
 * benchmark's static server to the production build in Chromium): every event whose time touches
 * the shown window is drawn as an item or counted by an aggregate of its row, no event twice, and
 * the counts add up to what the filters leave in the window; a tap on an aggregate zooms to its
 * events and draws them. Rows far below the page's view are drawn as the timeline's pane scrolls
 * to them, so the test scrolls through every row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuild, type BenchServer } from '../../bench/server';
import { writeCorpus } from '../../bench/gen';
import type { Timeline } from '../../src/domain/schema';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { timelineItemSpecs, type TimelineItemSpec } from '../../src/domain/timelineItems';
import { launchChromium } from './chromium';
import { facetOption, folded } from './explorerPage';
import { ROOT } from './server';

const EVENTS = 100_000;

let folder: string;
let timeline: Timeline;
let specs: readonly TimelineItemSpec[];
let server: BenchServer;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'newsline-hidden-'));
  const file = join(folder, 'timeline.json');
  timeline = writeCorpus(EVENTS, 11, file);
  specs = timelineItemSpecs(indexTimeline(timeline).events, 'actor');
  server = await serveBuild(resolve(ROOT, 'dist'));
  server.useCorpus(file);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

interface Shown {
  start: number;
  end: number;
  inWindow: number;
  items: string[];
  counted: number;
  aggregates: { row: string; count: number; start: number; end: number }[];
}

/**
 * Everything the timeline shows, row by row: its pane is scrolled from top to bottom, and each
 * row read once (its items' event ids and its aggregates' counts).
 */
async function shownEverywhere(page: Page): Promise<Shown> {
  return page.evaluate(async () => {
    const host = document.querySelector<HTMLElement>('.timeline-items');
    if (host === null) throw new Error('no item layer');
    let pane: HTMLElement | null = host.parentElement;
    while (
      pane !== null &&
      !(
        pane.scrollHeight > pane.clientHeight + 1 &&
        /auto|scroll/.test(getComputedStyle(pane).overflowY)
      )
    )
      pane = pane.parentElement;
    const scroller = pane ?? document.scrollingElement ?? document.documentElement;
    const frame = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const rows = new Map<
      string,
      { items: string[]; aggregates: { count: number; start: number; end: number }[] }
    >();
    const read = () => {
      for (const row of host.querySelectorAll<HTMLElement>('.timeline-row')) {
        rows.set(row.dataset['row'] ?? '', {
          items: [...row.querySelectorAll<HTMLElement>('.event-item')].map(
            (e) => e.dataset['eventId'] ?? '',
          ),
          aggregates: [...row.querySelectorAll<HTMLElement>('.timeline-aggregate')].map((a) => ({
            count: Number(a.dataset['count']),
            start: Number(a.dataset['start']),
            end: Number(a.dataset['end']),
          })),
        });
      }
    };
    for (let top = 0; ; top += scroller.clientHeight / 2) {
      scroller.scrollTop = top;
      await frame();
      read();
      if (top > scroller.scrollHeight) break;
    }
    scroller.scrollTop = 0;
    await frame();
    const all = [...rows.entries()];
    return {
      start: Number(host.dataset['windowStart']),
      end: Number(host.dataset['windowEnd']),
      inWindow: Number(host.dataset['inWindow']),
      items: all.flatMap(([, row]) => row.items),
      counted: all.flatMap(([, row]) => row.aggregates).reduce((n, a) => n + a.count, 0),
      aggregates: all.flatMap(([id, row]) => row.aggregates.map((a) => ({ ...a, row: id }))),
    };
  });
}

/** The events whose time touches a window, of those `keep` lets through. */
function eventsIn(start: number, end: number, keep: (id: string) => boolean): Set<string> {
  return new Set(
    specs
      .filter(
        (s) => keep(s.id) && (s.end ?? s.start).getTime() >= start && s.start.getTime() <= end,
      )
      .map((s) => s.id),
  );
}

function expectEachShownOnce(shown: Shown, expected: Set<string>): void {
  expect(expected.size).toBeGreaterThan(0);
  expect(new Set(shown.items).size).toBe(shown.items.length);
  expect(shown.items.filter((id) => !expected.has(id))).toEqual([]);
  expect(shown.items.length + shown.counted).toBe(expected.size);
  expect(shown.inWindow).toBe(expected.size);
}

describe('a timeline of 100,000 events', () => {
  it('shows every event in the window as an item or in a counted aggregate, and a tap on one zooms to its events', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    const summary = page.locator('.filters__summary');
    const showing = (count: number) =>
      expect
        .poll(async () => folded(await summary.textContent()), { timeout: 90_000 })
        .toBe(`Showing ${count} of ${EVENTS} events`);
    await showing(EVENTS);

    // The opening window: crowded enough for aggregates.
    const opening = await shownEverywhere(page);
    expect(opening.aggregates.length).toBeGreaterThan(0);
    expectEachShownOnce(
      opening,
      eventsIn(opening.start, opening.end, () => true),
    );

    // With a country filter, the counts add up to what the filter leaves in the window.
    const country = timeline.countries[0];
    if (country === undefined) throw new Error('the corpus has no countries');
    const withCountry = new Set(
      timeline.events.filter((e) => e.countries.includes(country.code)).map((e) => e.id),
    );
    await facetOption(page, 'Countries', country.name).click();
    await showing(withCountry.size);
    const filtered = await shownEverywhere(page);
    expectEachShownOnce(
      filtered,
      eventsIn(filtered.start, filtered.end, (id) => withCountry.has(id)),
    );
    await facetOption(page, 'Countries', country.name).click();
    await showing(EVENTS);

    // A tap on the largest aggregate in sight zooms to its stretch, and draws its events.
    const aggregate = page.locator('.timeline-aggregate').first();
    await aggregate.waitFor();
    const before = {
      row:
        (await aggregate.evaluate(
          (a) => a.closest<HTMLElement>('.timeline-row')?.dataset['row'],
        )) ?? '',
      count: Number(await aggregate.getAttribute('data-count')),
      start: Number(await aggregate.getAttribute('data-start')),
      end: Number(await aggregate.getAttribute('data-end')),
    };
    await aggregate.click({ force: true, position: { x: 8, y: 12 } });
    await expect
      .poll(async () =>
        Number(await page.locator('.timeline-items').getAttribute('data-window-end')),
      )
      .toBeLessThan(opening.end);
    const zoomed = await shownEverywhere(page);
    // The window is the aggregate's stretch (padded)...
    expect(zoomed.start).toBeLessThanOrEqual(before.start);
    expect(zoomed.end).toBeGreaterThanOrEqual(before.end);
    expect(zoomed.end - zoomed.start).toBeLessThan(opening.end - opening.start);
    expectEachShownOnce(
      zoomed,
      eventsIn(zoomed.start, zoomed.end, () => true),
    );
    // ...and every event of its row there is drawn as an item, those it counted among them.
    const rowInWindow = [...eventsIn(zoomed.start, zoomed.end, () => true)].filter(
      (id) => specs.find((s) => s.id === id)?.group === before.row,
    );
    expect(rowInWindow.length).toBeGreaterThanOrEqual(before.count);
    expect(rowInWindow.filter((id) => !zoomed.items.includes(id))).toEqual([]);
    expect(zoomed.aggregates.filter((a) => a.row === before.row)).toEqual([]);

    // Back out to the opening window, the row is crowded again and counts its events again.
    await page.evaluate(
      ({ start, end }) => {
        const url = new URL(location.href);
        url.searchParams.set('from', new Date(start).toISOString().slice(0, 16) + 'Z');
        url.searchParams.set('to', new Date(end).toISOString().slice(0, 16) + 'Z');
        history.pushState(null, '', url);
        dispatchEvent(new PopStateEvent('popstate'));
      },
      { start: opening.start, end: opening.end },
    );
    await expect
      .poll(async () => (await shownEverywhere(page)).aggregates.some((a) => a.row === before.row))
      .toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 240_000);
});
