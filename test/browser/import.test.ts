/**
 * The reader's own articles, in Chromium on the production build: paste an article and see its
 * events and passages; drop a saved web page and see only its article in the reading view; reload
 * and both are kept; remove one and its events go; save the timeline, remove all, open the saved
 * file and see the same events. Hostile pages run nothing; a file that is not text, an empty one
 * and one too large are each named with the reason; fifty files import in one drop with a
 * progress bar. Articles are written for the tests (test/fixtures/myArticles.ts).
 */
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { TimelineSchema } from '../../src/domain/schema';
import { ROOT, startAppInChromium, type AppInChromium } from './server';
import { eventPanel, servedTimeline } from './explorerPage';
import {
  HOSTILE_PAGE,
  longArticle,
  manyArticles,
  PAGE_FURNITURE,
  PAGE_PARAGRAPHS,
  PASTED_ARTICLE,
  PASTED_WORD,
  SAVED_PAGE,
} from '../fixtures/myArticles';

let app: AppInChromium;

const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly pageErrors: string[];
}

async function open(width = 1440): Promise<Opened> {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${app.url}?view=list`);
  await page.locator('.event-list__link').first().waitFor({ timeout: 20_000 });
  return { context, page, pageErrors };
}

const dialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Add your own articles' });

/** The titles the list shows, page after page, sorted. */
async function listedTitles(page: Page): Promise<string[]> {
  const pager = page.getByRole('navigation', { name: 'Pages of the list' });
  const titles = (): Promise<string[]> => page.locator('.event-list__link').allTextContents();
  if ((await pager.count()) === 0) return (await titles()).sort();
  const previous = pager.getByRole('button', { name: 'Previous' });
  const next = pager.getByRole('button', { name: 'Next' });
  const rows = pager.locator('span');
  while (await previous.isEnabled()) {
    const shown = await rows.textContent();
    await previous.click();
    await expect.poll(() => rows.textContent()).not.toBe(shown);
  }
  const all = await titles();
  while (await next.isEnabled()) {
    const shown = await rows.textContent();
    await next.click();
    await expect.poll(() => rows.textContent()).not.toBe(shown);
    all.push(...(await titles()));
  }
  return all.sort();
}

/** Drops files on the page (anywhere: the page opens the import dialog with them). */
async function dropFiles(
  page: Page,
  files: readonly { name: string; text?: string; bytes?: number[]; type?: string }[],
): Promise<void> {
  // The page takes dropped files once the timeline is ready for them.
  await expect
    .poll(() => page.getByRole('button', { name: 'Add articles' }).isEnabled())
    .toBe(true);
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) {
      const body = f.bytes === undefined ? (f.text ?? '') : new Uint8Array(f.bytes);
      data.items.add(new File([body], f.name, { type: f.type ?? 'text/plain' }));
    }
    return data;
  }, files);
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

async function importChecked(page: Page): Promise<void> {
  await dialog(page)
    .getByRole('button', { name: /^Import / })
    .click();
  await expect
    .poll(() => dialog(page).getByRole('status').first().textContent(), { timeout: 60_000 })
    .toMatch(/^Added /u);
}

describe('importing the reader’s own articles', () => {
  it('pastes an article and shows its events with their passages, marked as the reader’s', async () => {
    const { context, page, pageErrors } = await open();
    const before = await listedTitles(page);
    await page.getByRole('button', { name: 'Add articles' }).click();
    await dialog(page).getByLabel('Paste an article').fill(PASTED_ARTICLE);
    await dialog(page).getByRole('button', { name: 'Use this text' }).click();
    // What was found, for the reader to check: the headline and the dateline's date.
    // The first file read starts the worker, which loads the extraction's language model.
    await expect
      .poll(() => dialog(page).getByLabel('Title').inputValue(), { timeout: 30_000 })
      .toContain('Harbour pilots end strike');
    expect(await dialog(page).getByLabel('Published').inputValue()).toBe('2025-03-04');
    await importChecked(page);
    await dialog(page).getByRole('button', { name: 'Show the timeline' }).click();
    const after = await listedTitles(page);
    const added = after.filter((t) => !before.includes(t));
    expect(added.length).toBeGreaterThan(0);
    // Every seed event is still there.
    for (const title of before) expect(after).toContain(title);
    await page.getByRole('searchbox', { name: 'Search' }).fill(PASTED_WORD);
    const row = page.locator('tr', { has: page.locator('.mine-badge') }).first();
    await row.locator('.event-list__link').click();
    const panel = eventPanel(page);
    await expect.poll(() => panel.textContent()).toContain(PASTED_WORD);
    await expect.poll(() => panel.locator('.mine-badge').count()).toBe(1);
    // Its passage is a sentence of the pasted text.
    const passage = (await panel.locator('blockquote').first().textContent()) ?? '';
    expect(PASTED_ARTICLE.replace(/\s+/gu, ' ')).toContain(passage.trim().slice(0, 40));
    // On the timeline (which "Show the timeline" moved to them), they are marked too.
    await page.getByRole('button', { name: 'Both', exact: true }).click();
    await expect
      .poll(() => page.locator('.timeline-item.is-mine').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await page.locator('.timeline-item.is-mine').first().getAttribute('title')).toMatch(
      /your article\)$/u,
    );
    expect(await page.getByText('told by your articles').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('keeps the reader’s articles across a reload, removes one, and saves and opens the timeline', async () => {
    const { context, page, pageErrors } = await open();
    const seeds = await listedTitles(page);
    // Paste one, drop a saved web page.
    await page.getByRole('button', { name: 'Add articles' }).click();
    await dialog(page).getByLabel('Paste an article').fill(PASTED_ARTICLE);
    await dialog(page).getByRole('button', { name: 'Use this text' }).click();
    await dropFiles(page, [{ name: 'valdora-dam.html', text: SAVED_PAGE, type: 'text/html' }]);
    const found = dialog(page).locator('.found');
    await expect.poll(() => found.count(), { timeout: 30_000 }).toBe(2);
    const pageCard = found.filter({ hasText: 'valdora-dam.html' });
    expect(await pageCard.getByLabel('Title').inputValue()).toBe(
      'Valdora dam opens floodgates after record rain',
    );
    expect(await pageCard.getByLabel('Published').inputValue()).toBe('2025-10-13');
    expect(await pageCard.getByLabel('Outlet').inputValue()).toBe('The Vellmark Courier');
    // The README's picture of the import: what was found in each, for the reader to check.
    await page.screenshot({ path: resolve(SCREENSHOTS, 'import-1440.png') });
    await importChecked(page);
    await dialog(page).getByRole('button', { name: 'Show the timeline' }).click();
    const withBoth = await listedTitles(page);
    expect(withBoth.length).toBeGreaterThan(seeds.length + 1);

    // The reading view of the page's article holds its paragraphs and nothing around them.
    await page.getByRole('searchbox', { name: 'Search' }).fill('Valdora');
    await page.locator('.event-list__link').first().click();
    await eventPanel(page)
      .getByRole('button', { name: /Show in article/u })
      .first()
      .click();
    const reader = page.locator('.reader');
    await reader.waitFor();
    const text = (await reader.locator('.reader__text').textContent()) ?? '';
    for (const paragraph of PAGE_PARAGRAPHS) expect(text).toContain(paragraph);
    for (const furniture of PAGE_FURNITURE) expect(text).not.toContain(furniture);
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    // The address follows the search a moment later: reload once it no longer holds it.
    await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);

    // Reload: both are still there.
    await page.reload();
    await page.locator('.event-list__link').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => listedTitles(page), { timeout: 20_000 }).toEqual(withBoth);
    await expect.poll(() => page.getByRole('button', { name: 'My articles (2)' }).count()).toBe(1);

    // Remove the pasted one: its events go, the page's stay.
    await page.getByRole('button', { name: 'My articles (2)' }).click();
    const mine = page.getByRole('dialog', { name: 'My articles' });
    await mine.getByRole('button', { name: /^Remove Harbour pilots/u }).click();
    await expect.poll(() => mine.locator('.my-article').count()).toBe(1);
    await mine.getByRole('button', { name: 'Close' }).click();
    const withPage = await listedTitles(page);
    expect(withPage.some((t) => t.includes(PASTED_WORD))).toBe(false);
    expect(withPage.length).toBeLessThan(withBoth.length);
    expect(withPage.length).toBeGreaterThan(seeds.length);

    // Save the timeline, remove all, open the saved file: the same events.
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save timeline' }).click();
    const saved = await saving;
    const path = await saved.path();
    const savedText = readFileSync(path, 'utf8');
    const savedTimeline = TimelineSchema.parse(JSON.parse(savedText));
    expect(savedTimeline.documents.length).toBe(servedTimeline().documents.length + 1);
    await page.getByRole('button', { name: 'My articles (1)' }).click();
    await mine.getByRole('button', { name: 'Remove all…' }).click();
    await mine.getByRole('button', { name: 'Remove all', exact: true }).click();
    await mine.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(seeds);
    await page.getByLabel('Timeline file to open').setInputFiles({
      name: 'timeline.json',
      mimeType: 'application/json',
      buffer: Buffer.from(savedText),
    });
    await expect.poll(() => listedTitles(page), { timeout: 20_000 }).toEqual(withPage);
    await expect
      .poll(() => page.getByRole('note').filter({ hasText: 'opened from your computer' }).count())
      .toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  it('fits the import and the reader’s list of articles in 375 px', async () => {
    const { context, page, pageErrors } = await open(375);
    await page.getByRole('button', { name: 'Add articles' }).click();
    await dialog(page).getByLabel('Paste an article').fill(PASTED_ARTICLE);
    await dialog(page).getByRole('button', { name: 'Use this text' }).click();
    await expect
      .poll(() => dialog(page).getByLabel('Title').inputValue(), { timeout: 30_000 })
      .toContain('Harbour pilots');
    const overflow = (): Promise<number> =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const box = await dialog(page).boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(375);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'import-375.png') });
    await importChecked(page);
    await dialog(page).getByRole('button', { name: 'Show the timeline' }).click();
    // On a phone the header keeps one line: My articles is in its menu.
    const header = await page.locator('.app__header').boundingBox();
    expect(header?.height ?? Infinity).toBeLessThan(60);
    expect(await page.getByRole('button', { name: 'My articles (1)' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('button', { name: 'My articles (1)' }).click();
    const mine = page.getByRole('dialog', { name: 'My articles' });
    await mine.locator('.my-article').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'my-articles-375.png') });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('what the import refuses, and hostile pages', () => {
  it('shows a hostile page as text and runs none of it', async () => {
    const { context, page, pageErrors } = await open();
    await page.evaluate(() => {
      delete (window as unknown as { __pwned?: string }).__pwned;
    });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await dropFiles(page, [{ name: 'bridge.html', text: HOSTILE_PAGE, type: 'text/html' }]);
    const card = dialog(page).locator('.found', { hasText: 'bridge.html' });
    await card.waitFor();
    await importChecked(page);
    await dialog(page).getByRole('button', { name: 'Show the timeline' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Merrow');
    await page.locator('.event-list__link').first().click();
    await eventPanel(page)
      .getByRole('button', { name: /Show in article/u })
      .first()
      .click();
    const reader = page.locator('.reader');
    await reader.waitFor();
    const text = (await reader.textContent()) ?? '';
    // The escaped tag is text, as the page printed it; the real ones are gone.
    expect(text).toContain('<script>alert(1)</script> is how');
    expect(text).not.toContain('__pwned');
    expect(await reader.locator('script, iframe, img, svg, a[href^="javascript"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('names a file that is not text, an empty one and one too large, and reads the others', async () => {
    const { context, page } = await open();
    const png = [
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ];
    await dropFiles(page, [
      { name: 'photo.txt', bytes: png },
      { name: 'empty.md', text: '' },
      { name: 'scan.pdf', text: '%PDF-1.7 fake' },
      { name: 'fine.txt', text: PASTED_ARTICLE },
    ]);
    // 50 MB, through the file chooser.
    // A file on disk: a 50 MB buffer would be built inside the page by the driver, for half a minute.
    const huge = join(tmpdir(), `newsline-huge-${process.pid}`, 'huge.txt');
    mkdirSync(dirname(huge), { recursive: true });
    writeFileSync(huge, Buffer.alloc(50_000_000, 'a'));
    try {
      await dialog(page).getByLabel('Article files').setInputFiles(huge);
    } finally {
      rmSync(dirname(huge), { recursive: true, force: true });
    }
    const errors = dialog(page).locator('.found--error');
    await expect.poll(() => errors.count(), { timeout: 30_000 }).toBe(4);
    const said = (await errors.allTextContents()).join('\n');
    expect(said).toMatch(/photo\.txt cannot be imported: .*binary/u);
    expect(said).toMatch(/empty\.md cannot be imported: the file is empty/u);
    expect(said).toMatch(/scan\.pdf cannot be imported: the file is not of a kind Newsline reads/u);
    expect(said).toMatch(/huge\.txt cannot be imported: it is 50\.0 MB/u);
    // The readable one can still be imported.
    await importChecked(page);
    await context.close();
  });

  it('cancels an import under way: nothing is added', async () => {
    const { context, page, pageErrors } = await open();
    const before = await listedTitles(page);
    const path = join(tmpdir(), `newsline-long-article-${process.pid}.txt`);
    writeFileSync(path, longArticle(3_000_000));
    try {
      await page.getByRole('button', { name: 'Add articles' }).click();
      await dialog(page).getByLabel('Article files').setInputFiles(path);
      await dialog(page)
        .getByRole('button', { name: 'Import the article' })
        .click({ timeout: 30_000 });
      await dialog(page).getByRole('progressbar', { name: 'Articles done' }).waitFor();
      await dialog(page).getByRole('button', { name: 'Cancel' }).click();
      await expect
        .poll(() => dialog(page).getByRole('status').first().textContent())
        .toBe('Cancelled: nothing was added.');
      await dialog(page).getByRole('button', { name: 'Close' }).click();
      expect(await page.getByRole('button', { name: 'My articles' }).textContent()).toBe(
        'My articles',
      );
      expect(await listedTitles(page)).toEqual(before);
      expect(pageErrors).toEqual([]);
    } finally {
      unlinkSync(path);
      await context.close();
    }
  });

  it('imports fifty articles dropped at once, with a progress bar', async () => {
    const { context, page, pageErrors } = await open();
    const files = manyArticles(50);
    await dropFiles(page, files);
    await expect.poll(() => dialog(page).locator('.found').count(), { timeout: 60_000 }).toBe(50);
    await dialog(page).getByRole('button', { name: 'Import 50 articles' }).click();
    const bar = dialog(page).getByRole('progressbar', { name: 'Articles done' });
    await bar.waitFor();
    expect(await bar.getAttribute('max')).toBe('50');
    await expect
      .poll(() => dialog(page).getByRole('status').first().textContent(), { timeout: 120_000 })
      .toMatch(/^Added 50 articles with \d+ events/u);
    expect(await dialog(page).locator('.import-item').count()).toBe(50);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
