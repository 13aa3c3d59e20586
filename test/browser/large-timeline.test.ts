/**
 * A timeline large enough to be read by the worker as it downloads (a 10,000-event synthetic
 * corpus, several megabytes), in the production build in Chromium: every event is counted, a
 * filter gives the count that plain counting of the file gives, a selected event shows the exact
 * passage of its article (so the articles arrived whole), and a large file broken at its very end
 * is refused with a message naming it. Served by the benchmark's static server, which announces
 * the file's size as a real server would.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuild, type BenchServer } from '../../bench/server';
import { writeCorpus } from '../../bench/gen';
import { PROGRESS_MIN_BYTES } from '../../src/load/workerProtocol';
import type { Timeline } from '../../src/domain/schema';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { ungroupedSpecs } from '../../src/domain/timelineItems';
import { focusWindow } from '../../src/domain/timelineWindow';
import { launchChromium } from './chromium';
import { clickItem, eventPanel, facetOption, folded, optionCount, passageOf } from './explorerPage';
import { ROOT } from './server';

const EVENTS = 10_000;

let folder: string;
let corpusFile: string;
let timeline: Timeline;
let server: BenchServer;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'newsline-large-'));
  corpusFile = join(folder, 'timeline.json');
  timeline = writeCorpus(EVENTS, 7, corpusFile);
  server = await serveBuild(resolve(ROOT, 'dist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Keeps every loading note the page shows, however briefly (read back as `__loadingNotes`). */
const RECORD_LOADING_NOTES = `(() => {
  const notes = (window.__loadingNotes = []);
  new MutationObserver(() => {
    const text = document.querySelector('.app__loading [role=status]')?.textContent;
    if (text && notes.at(-1) !== text) notes.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

async function open(file: string) {
  server.useCorpus(file);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript({ content: RECORD_LOADING_NOTES });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url);
  return { page, pageErrors };
}

/**
 * How the timeline frames its rows: where the lowest row in sight ends (the rows scroll in a pane
 * of their own under the axis, as tall as the rows up to a share of the screen), where the grid
 * lines and the widget end, how many items lie outside the rows, and how many row labels are not
 * level with their row. Rows far below the pane's view are not drawn: the rows end where the
 * item layer, as tall as every row, ends.
 */
async function framing(page: Page) {
  return page.evaluate(() => {
    const bottom = (selector: string) =>
      Math.max(
        ...[...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect().bottom),
      );
    const rowsEnd = bottom('.timeline-items');
    const lowestRow = Math.min(rowsEnd, bottom('.timeline-rows'));
    const rowBoxes = [...document.querySelectorAll('.timeline-row')].map((row) =>
      row.getBoundingClientRect(),
    );
    const labelBoxes = [...document.querySelectorAll('.timeline-row__label')].map((label) =>
      label.getBoundingClientRect(),
    );
    const misaligned =
      Math.abs(rowBoxes.length - labelBoxes.length) +
      rowBoxes.filter((row, i) => {
        const label = labelBoxes[i];
        return (
          label === undefined ||
          Math.abs(label.top - row.top) > 1 ||
          Math.abs(label.bottom - row.bottom) > 1 ||
          label.right > row.left + 1
        );
      }).length;
    const top = document.querySelector('.vis-timeline')?.getBoundingClientRect().top ?? 0;
    const outside = [...document.querySelectorAll('.timeline-item')].filter((item) => {
      const box = item.getBoundingClientRect();
      return box.bottom > rowsEnd + 1 || box.top < top;
    }).length;
    return {
      lowestRow: Math.round(lowestRow),
      gridEnd: Math.round(bottom('.vis-grid.vis-vertical')),
      widgetEnd: Math.round(bottom('.vis-timeline')),
      outside,
      misaligned,
    };
  });
}

/**
 * The timeline after a change of rows is drawn whole at once: its grid and frame reach its lowest
 * row, no item lies outside the rows, and nothing moves at the widget's next size check.
 */
async function expectFramedAndStill(page: Page): Promise<void> {
  // The widget redraws on the frame after the change.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const drawn = await framing(page);
  expect(drawn.outside).toBe(0);
  expect(drawn.misaligned).toBe(0);
  // The widget's grid lines reach through its bottom border (which clips them).
  expect(Math.abs(drawn.gridEnd - drawn.lowestRow)).toBeLessThanOrEqual(4);
  expect(Math.abs(drawn.widgetEnd - drawn.lowestRow)).toBeLessThanOrEqual(2);
  await page.waitForTimeout(1_500);
  expect(await framing(page)).toEqual(drawn);
}

/**
 * Where each drawn item begins and how wide it is, by event id, to the pixel (its height in the
 * row's stack may differ between two drawings with the same items), and how many pairs of drawn
 * items overlap.
 */
async function itemBoxes(
  page: Page,
): Promise<{ spans: Record<string, number[]>; overlaps: number }> {
  return page.evaluate(() => {
    const spans: Record<string, number[]> = {};
    for (const item of document.querySelectorAll<HTMLElement>('.event-item')) {
      const box = item.getBoundingClientRect();
      spans[item.dataset['eventId'] ?? ''] = [box.left, box.width].map(Math.round);
    }
    const boxes = [...document.querySelectorAll('.timeline-item, .timeline-aggregate')].map(
      (item) => item.getBoundingClientRect(),
    );
    let overlaps = 0;
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.right <= b.left + 1 ||
          b.right <= a.left + 1 ||
          a.bottom <= b.top + 1 ||
          b.bottom <= a.top + 1;
        if (!apart) overlaps += 1;
      }
    });
    return { spans, overlaps };
  });
}

describe('a timeline large enough to be read as it downloads', () => {
  it('is large enough for the page to say how much of it has arrived', () => {
    expect(readFileSync(corpusFile, 'utf8').length).toBeGreaterThan(PROGRESS_MIN_BYTES);
  });

  it('counts every event, filters as plain counting does, and shows exact passages', async () => {
    const { page, pageErrors } = await open(corpusFile);
    await page.locator('.event-item').first().waitFor({ state: 'visible', timeout: 30_000 });
    // While it downloaded, the page said how much of the file had arrived, out of its size.
    const size = (statSync(corpusFile).size / 1_000_000).toFixed(1);
    const notes = await page.evaluate(
      () => (window as unknown as { __loadingNotes: string[] }).__loadingNotes,
    );
    const arrived = notes.filter((note) => note.endsWith(` of ${size} MB`));
    expect(arrived.length).toBeGreaterThan(0);
    // The first events read may be shown while the rest arrives; the whole then replaces them.
    for (const note of notes) {
      const shown = /^Showing the first ([\d,]+) events while the rest/.exec(note)?.[1];
      if (shown !== undefined) expect(Number(shown.replace(/,/g, ''))).toBeLessThan(EVENTS);
    }
    const summary = page.locator('.filters__summary');
    await expect
      .poll(async () => folded(await summary.textContent()), { timeout: 30_000 })
      .toBe(`Showing ${EVENTS} of ${EVENTS} events`);
    expect(await page.getByText(/while the rest of the timeline loads/).count()).toBe(0);

    const country = timeline.countries[0];
    if (country === undefined) throw new Error('the corpus has no countries');
    const expected = timeline.events.filter((e) => e.countries.includes(country.code)).length;
    expect(await optionCount(page, 'Countries', country.name)).toBe(expected);
    const countryBox = facetOption(page, 'Countries', country.name);
    const showing = (count: number) =>
      expect
        .poll(async () => folded(await summary.textContent()))
        .toBe(`Showing ${count} of ${EVENTS} events`);
    await countryBox.click();
    await showing(expected);
    await expectFramedAndStill(page);

    const item = page.locator('.event-item').first();
    const id = await item.getAttribute('data-event-id');
    const event = timeline.events.find((e) => e.id === id);
    if (event === undefined) throw new Error(`drawn item ${id} is not in the corpus`);
    expect(event.countries).toContain(country.code);
    await clickItem(item);
    await expect
      .poll(() => eventPanel(page).locator('#event-details-title').textContent())
      .toBe(event.title);
    const marks = await eventPanel(page).locator('.source__paragraph mark').allTextContents();
    expect(marks.map(folded)).toEqual(event.sources.map((s) => folded(passageOf(timeline, s))));

    // The selection stays marked on the timeline when the filter goes, and goes with Escape.
    const selectedItem = page.locator('.event-item.is-selected');
    await expect.poll(() => selectedItem.getAttribute('data-event-id')).toBe(event.id);
    await countryBox.click();
    await showing(EVENTS);
    await expectFramedAndStill(page);
    await expect.poll(() => selectedItem.getAttribute('data-event-id')).toBe(event.id);
    await page.locator('.timeline-rows').press('Escape');
    await expect.poll(() => selectedItem.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("draws a filter's events in the click's own task, where a timeline drawn anew puts them", async () => {
    const { page, pageErrors } = await open(corpusFile);
    const wholeShown = async (shown: Page, count: number) =>
      expect
        .poll(async () => folded(await shown.locator('.filters__summary').textContent()), {
          timeout: 30_000,
        })
        .toBe(`Showing ${count} of ${EVENTS} events`);
    await wholeShown(page, EVENTS);
    const country = timeline.countries[1];
    if (country === undefined) throw new Error('the corpus has no second country');
    const box = await facetOption(page, 'Countries', country.name).elementHandle();
    // The click, and what is drawn when its task ends; then what changes in the rows over the
    // next two frames (the axis widget redraws its frame on the next one, before it is shown).
    const { drawn, laterChanges } = await page.evaluate(async (checkbox) => {
      (checkbox as HTMLInputElement).click();
      const ids = [...document.querySelectorAll<HTMLElement>('.event-item')].map(
        (item) => item.dataset['eventId'] ?? '',
      );
      let changes = 0;
      const watcher = new MutationObserver((records) => (changes += records.length));
      for (const part of document.querySelectorAll('.timeline-items, .timeline-labels'))
        watcher.observe(part, { subtree: true, childList: true, attributes: true });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      watcher.disconnect();
      return { drawn: ids, laterChanges: changes };
    }, box);
    const byId = new Map(timeline.events.map((event) => [event.id, event]));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((id) => !byId.get(id)?.countries.includes(country.code))).toEqual([]);
    expect(laterChanges).toBe(0);
    // Every item sits where a timeline drawn anew, with that filter, puts it.
    const boxes = await itemBoxes(page);
    expect(boxes.overlaps).toBe(0);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect.poll(() => page.locator('.event-item').count()).toBe(0);
    await page.getByRole('button', { name: 'Both', exact: true }).click();
    await expect.poll(() => page.locator('.event-item').count()).toBe(drawn.length);
    const anew = await itemBoxes(page);
    const moved = Object.entries(boxes.spans)
      .filter(([id, span]) => anew.spans[id]?.join() !== span.join())
      .map(([id, span]) => `${id}: ${span.join()} then ${anew.spans[id]?.join() ?? 'not drawn'}`);
    expect(moved).toEqual([]);
    expect(Object.keys(anew.spans).sort()).toEqual(Object.keys(boxes.spans).sort());
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('pans with a drag, selects on a tap or an arrow key, and draws a small filtered part whole', async () => {
    const { page, pageErrors } = await open(corpusFile);
    await expect
      .poll(async () => folded(await page.locator('.filters__summary').textContent()), {
        timeout: 30_000,
      })
      .toBe(`Showing ${EVENTS} of ${EVENTS} events`);
    const layerItems = page.locator('.timeline-items .event-item');
    expect(await layerItems.count()).toBeGreaterThan(0);

    // A drag on an item pans the timeline with the pointer and selects nothing.
    const area = await page.locator('.vis-panel.vis-center').boundingBox();
    if (area === null) throw new Error('no item area');
    const target = await layerItems.evaluateAll(
      (items, from) =>
        items
          .map((item) => ({
            id: item.getAttribute('data-event-id'),
            box: item.getBoundingClientRect(),
          }))
          .find(({ box }) => box.left > from && box.top > 0 && box.bottom < innerHeight)?.id,
      area.x + 170,
    );
    if (target === undefined) throw new Error('no item well inside the item area');
    const item = page.locator(`.event-item[data-event-id="${target ?? ''}"]`);
    const before = await item.boundingBox();
    if (before === null) throw new Error('no item to drag');
    await page.mouse.move(before.x + 5, before.y + 5);
    await page.mouse.down();
    for (let step = 1; step <= 6; step += 1)
      await page.mouse.move(before.x + 5 - step * 25, before.y + 5);
    const during = await item.boundingBox();
    await page.mouse.up();
    expect(Math.round((during?.x ?? 0) - before.x)).toBe(-150);
    await page.waitForTimeout(300);
    expect(await page.locator('.timeline-item.is-selected').count()).toBe(0);
    expect(await eventPanel(page).locator('#event-details-title').count()).toBe(0);

    // A tap selects.
    const tapped = layerItems.first();
    const id = await tapped.getAttribute('data-event-id');
    await clickItem(tapped);
    const event = timeline.events.find((e) => e.id === id);
    await expect
      .poll(() => eventPanel(page).locator('#event-details-title').textContent())
      .toBe(event?.title);
    const marked = page.locator('.timeline-items .is-selected.event-item');
    expect(await marked.getAttribute('data-event-id')).toBe(id);

    // The arrow keys move the selection, and the layer marks the event the panel shows.
    await page.locator('.timeline-rows').press('ArrowRight');
    await expect.poll(() => marked.getAttribute('data-event-id')).not.toBe(id);
    const nextId = await marked.getAttribute('data-event-id');
    expect(await eventPanel(page).locator('#event-details-title').textContent()).toBe(
      timeline.events.find((e) => e.id === nextId)?.title,
    );
    expect(await marked.count()).toBe(1);

    // A filter that leaves few events draws each of them in the window as an item.
    const counts = new Map<string, number>();
    for (const e of timeline.events)
      for (const code of e.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
    const [fewest, fewestCount] = [...counts].sort((a, b) => a[1] - b[1])[0] ?? ['', 0];
    expect(fewestCount).toBeLessThan(100);
    const name = timeline.countries.find((c) => c.code === fewest)?.name ?? '';
    await page.getByRole('button', { name: /^Show all \d+ countries$/ }).click();
    const box = facetOption(page, 'Countries', name);
    await box.click();
    await expect
      .poll(async () => folded(await page.locator('.filters__summary').textContent()))
      .toBe(`Showing ${fewestCount} of ${EVENTS} events`);
    await page.getByRole('button', { name: 'Fit all', exact: true }).click();
    const itemsHost = page.locator('.timeline-items');
    await expect.poll(() => itemsHost.getAttribute('data-in-window')).toBe(String(fewestCount));
    expect(await page.locator('.timeline-aggregate').count()).toBe(0);
    const drawnFew = await layerItems.evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset['eventId'] ?? ''),
    );
    expect(drawnFew.length).toBeGreaterThan(0);
    const withFewest = new Set(
      timeline.events.filter((e) => e.countries.includes(fewest)).map((e) => e.id),
    );
    expect(drawnFew.filter((drawnId) => !withFewest.has(drawnId))).toEqual([]);
    expect(await page.locator('.timeline-row__label').count()).toBeGreaterThan(0);
    // Few rows leave the widget at its least height, below the rows: only check nothing strays.
    const small = await framing(page);
    expect(small.outside).toBe(0);
    await page.waitForTimeout(1_500);
    expect(await framing(page)).toEqual(small);

    // And the whole comes back, the crowded stretches of its rows counted in aggregates.
    await box.click();
    await expect.poll(() => page.locator('.timeline-aggregate').count()).toBeGreaterThan(0);
    await expectFramedAndStill(page);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('opens the whole on its own first window once it replaces a first part', async () => {
    // Sent slowly, so that the first part is surely drawn before the rest has come.
    server.useCorpus(corpusFile, 3_000_000);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.getByText(/while the rest of the timeline loads/).waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => folded(await page.locator('.filters__summary').textContent()), {
        timeout: 30_000,
      })
      .toBe(`Showing ${EVENTS} of ${EVENTS} events`);
    const first = focusWindow(ungroupedSpecs(indexTimeline(timeline)));
    if (first === undefined) throw new Error('the corpus has no first window');
    // Only the events of that window are drawn.
    const from = first.start.getTime();
    const to = first.end.getTime();
    const byId = new Map(ungroupedSpecs(indexTimeline(timeline)).map((spec) => [spec.id, spec]));
    const drawn = await page
      .locator('.event-item')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['eventId'] ?? ''));
    expect(drawn.length).toBeGreaterThan(0);
    const elsewhere = drawn.filter((id) => {
      const spec = byId.get(id);
      if (spec === undefined) return true;
      return (spec.end ?? spec.start).getTime() < from || spec.start.getTime() > to;
    });
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('refuses a large file broken at its end, naming the file', async () => {
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, `${readFileSync(corpusFile, 'utf8')}]`);
    const { page, pageErrors } = await open(broken);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/seeds\/timeline\.json is not valid JSON/u);
    expect(await page.locator('.event-item').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
