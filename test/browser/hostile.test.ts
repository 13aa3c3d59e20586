/**
 * No script from content: the production build in Chromium, fed timelines whose every shown
 * field carries a script payload — one made by ingest from hostile articles, one written by
 * hand — and driven through each view (items, tooltips, event panel, article reader, filters,
 * grouping). No payload may run (flag, dialog, CSP report) or become markup; each must read as
 * the literal text it is. Also checks the page's Content-Security-Policy itself.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Timeline } from '../../src/domain/schema';
import { ingestArticles } from '../../src/ingest';
import { hostileArticles } from '../fixtures/hostile/articles';
import {
  CLEAN,
  foreignElementsInItems,
  openWithTimeline,
  scriptTraces,
  type PageWatch,
} from '../fixtures/hostile/pageWatch';
import { PAYLOADS } from '../fixtures/hostile/payloads';
import {
  hostileActorName,
  hostileCountryName,
  hostileDocumentTitle,
  hostileTimeline,
} from '../fixtures/hostile/timeline';
import { clickItem } from './explorerPage';
import { ROOT, startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

async function openHostile(timeline: Timeline): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openWithTimeline(app.browser, app.url, JSON.stringify(timeline));
  await opened.page.locator('.event-item').first().waitFor({ state: 'visible', timeout: 20_000 });
  // Every event in one view, so that every item is drawn.
  await opened.page.getByRole('button', { name: 'Fit all' }).click();
  await expect
    .poll(() => opened.page.locator('.event-item').count(), { timeout: 10_000 })
    .toBe(timeline.events.length);
  return opened;
}

async function expectNoScriptRan(page: Page, watch: PageWatch): Promise<void> {
  // Handlers such as onerror and onfocus fire a moment after insertion.
  await page.waitForTimeout(200);
  expect(await scriptTraces(page, watch)).toEqual(CLEAN);
  expect(await foreignElementsInItems(page)).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

async function selectEvent(page: Page, eventId: string, title: string): Promise<void> {
  await clickItem(page.locator(`.event-item[data-event-id="${eventId}"]`));
  await expect.poll(() => panel(page).locator('#event-details-title').textContent()).toBe(title);
}

/** Opens the reader from the panel's source at `position` and returns the article text it shows. */
async function readArticle(page: Page, position: number): Promise<string> {
  await panel(page).getByRole('button', { name: 'Show in article' }).nth(position).click();
  const reader = page.getByRole('dialog');
  await reader.waitFor();
  const text = (await reader.locator('.reader__text').textContent()) ?? '';
  await reader.getByRole('button', { name: 'Close article' }).click();
  await reader.waitFor({ state: 'detached' });
  return text;
}

/** Runs through every grouping the page offers, checking after each redraw. */
async function everyGrouping(page: Page, watch: PageWatch): Promise<string[]> {
  const select = page.getByLabel('Group by');
  if ((await select.count()) === 0) return [];
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const labels: string[] = [];
  for (const value of values) {
    await select.selectOption(value);
    await page.locator('.event-item').first().waitFor();
    labels.push(...(await page.locator('.timeline-row__label').allTextContents()));
    await expectNoScriptRan(page, watch);
  }
  await select.selectOption(values[0] ?? 'actor');
  return labels;
}

describe('hostile articles, ingested and shown', () => {
  const { timeline, reports } = ingestArticles(hostileArticles());

  it('reads every article that carries a payload', () => {
    expect(reports.filter((r) => !r.ok)).toEqual([]);
    expect(timeline.documents).toHaveLength(PAYLOADS.length);
  });

  it('runs no payload and shows each as text in items, panel and reader', async () => {
    const { page, watch } = await openHostile(timeline);
    await expectNoScriptRan(page, watch);

    const readDocuments = new Set<string>();
    for (const event of timeline.events) {
      const item = page.locator(`.event-item[data-event-id="${event.id}"]`);
      expect(await item.textContent()).toBe(event.title);
      await selectEvent(page, event.id, event.title);
      for (const [position, source] of event.sources.entries()) {
        const document = timeline.documents.find((d) => d.id === source.documentId);
        // The passage shows, marked, exactly as the article has it.
        const passage = document?.text.slice(source.start, source.end);
        expect(await panel(page).locator('mark').nth(position).textContent()).toBe(passage);
        if (readDocuments.has(source.documentId)) continue;
        readDocuments.add(source.documentId);
        // The whole article, payloads included, is the reader's text character for character.
        expect(await readArticle(page, position)).toBe(document?.text);
      }
    }
    // Every article that gave an event was opened in the reader.
    const cited = new Set(timeline.events.flatMap((e) => e.sources.map((s) => s.documentId)));
    expect([...readDocuments].sort()).toEqual([...cited].sort());
    await expectNoScriptRan(page, watch);

    await everyGrouping(page, watch);
    await expectNoScriptRan(page, watch);
    await page.close();
  }, 240_000);
});

describe('a hand-made hostile timeline.json', () => {
  const timeline = hostileTimeline();

  it('runs no payload and shows every field as literal text', async () => {
    const { page, watch } = await openHostile(timeline);
    expect(await page.getByRole('note').count()).toBe(0); // nothing was left out
    await expectNoScriptRan(page, watch);

    for (const [index, event] of timeline.events.entries()) {
      const payload = PAYLOADS[index]?.text ?? '';
      const item = page.locator(`.event-item[data-event-id="${event.id}"]`);
      expect(await item.textContent()).toBe(event.title);
      // The native tooltip is an attribute value, never parsed: the item's, and the one the
      // timeline shows for the item under the pointer (the item grows to its whole title).
      await item.hover({ force: true, position: { x: 8, y: 12 } });
      expect(await item.getAttribute('title')).toContain(event.title);
      await expect
        .poll(() => page.locator('.timeline-rows').getAttribute('title'))
        .toContain(event.title);

      await selectEvent(page, event.id, event.title);
      const details = panel(page);
      const facts = (await details.locator('.event-details__facts').textContent()) ?? '';
      // The date's words, quoted in the sentence that says how the date was found.
      expect(facts).toContain(`“${payload.trim()}”`);
      expect(facts).toContain(hostileActorName(PAYLOADS[index] ?? { kind: '', text: '' }));
      expect(facts).toContain(`(${payload})`);
      expect(facts).toContain(hostileCountryName(PAYLOADS[index] ?? { kind: '', text: '' }));
      const caption = (await details.locator('figcaption').first().textContent()) ?? '';
      expect(caption).toContain(
        hostileDocumentTitle(PAYLOADS[index] ?? { kind: '', text: '' }, index),
      );
      expect(caption).toContain(payload); // the outlet

      const document = timeline.documents[index];
      await panel(page).getByRole('button', { name: 'Show in article' }).first().click();
      const reader = page.getByRole('dialog');
      expect(await reader.locator('h2').textContent()).toBe(document?.title);
      expect(await reader.locator('.reader__meta').textContent()).toContain(payload);
      expect(await reader.locator('.reader__text').textContent()).toBe(document?.text);
      await reader.getByRole('button', { name: 'Close article' }).click();
      await reader.waitFor({ state: 'detached' });
    }
    await expectNoScriptRan(page, watch);

    // Filters list every hostile actor and country name as a label.
    const showAll = page.getByRole('button', { name: /^Show all/ });
    while ((await showAll.count()) > 0) await showAll.first().click();
    const labels = await page.locator('.facet__label').allTextContents();
    for (const payload of PAYLOADS) {
      expect(labels).toContain(hostileActorName(payload));
      expect(labels).toContain(hostileCountryName(payload));
    }
    const first = PAYLOADS[0] ?? { kind: '', text: '' };
    const country = page.getByRole('checkbox', {
      name: `${hostileCountryName(first)} (1)`,
      exact: true,
    });
    await country.check();
    await expect.poll(() => page.locator('.event-item').count()).toBe(1);
    await country.uncheck();
    await expect.poll(() => page.locator('.event-item').count()).toBe(timeline.events.length);
    await expectNoScriptRan(page, watch);

    const groupLabels = await everyGrouping(page, watch);
    if (groupLabels.length > 0) {
      expect(groupLabels).toContain(hostileActorName(first));
      expect(groupLabels).toContain(hostileCountryName(first));
      expect(groupLabels).toContain(hostileDocumentTitle(first, 0));
    }
    // The document url is a javascript: URL; nothing may link to it.
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    await expectNoScriptRan(page, watch);
    await page.close();
  }, 240_000);
});

describe('the Content-Security-Policy of the production page', () => {
  const html = readFileSync(resolve(ROOT, 'dist/index.html'), 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/u
    .exec(html)?.[1]
    ?.replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');
  const directives = new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/u);
      return [name, values] as const;
    }),
  );

  it('is in the built index.html, before any script', () => {
    expect(policy).toBeDefined();
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('allows scripts from the page itself only, and names no foreign host', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    const sources = [...directives.values()].flat();
    expect(
      sources.filter((s) => s.includes('.') || s.includes('*') || /^https?:/u.test(s)),
    ).toEqual([]);
  });

  it('blocks inline script and inline handlers in Chromium', async () => {
    const { page, watch } = await openWithTimeline(
      app.browser,
      app.url,
      JSON.stringify(hostileTimeline()),
    );
    await page.locator('.event-item').first().waitFor({ timeout: 20_000 });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__newslinePwned = "inline script"';
      document.head.append(script);
      const image = document.createElement('img');
      image.setAttribute('src', 'data:,');
      image.setAttribute('onerror', 'window.__newslinePwned = "inline handler"');
      image.setAttribute('onload', 'window.__newslinePwned = "inline handler"');
      document.body.append(image);
    });
    await page.waitForTimeout(300);
    const traces = await scriptTraces(page, watch);
    expect(traces.flag).toBeUndefined();
    // The policy, not luck, stopped both: Chromium reported each attempt.
    expect(
      traces.cspViolations.filter((v) => v.startsWith('script-src')).length,
    ).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('would catch a payload turned into markup inside an item (the audit can fail)', async () => {
    const { page, watch } = await openWithTimeline(
      app.browser,
      app.url,
      JSON.stringify(hostileTimeline()),
    );
    const content = page.locator('.timeline-item__title').first();
    await content.waitFor({ timeout: 20_000 });
    await content.evaluate(
      (element, html) => {
        // What a renderer that passed titles as HTML would do.
        element.insertAdjacentHTML('beforeend', html);
      },
      PAYLOADS.find((p) => p.kind === 'img onerror')?.text ?? '',
    );
    await page.waitForTimeout(300);
    expect(await foreignElementsInItems(page)).toEqual(['img']);
    const traces = await scriptTraces(page, watch);
    expect(traces.suspiciousNodes).toHaveLength(1);
    // One attempt, reported once by each policy in force: the page's own and, where the server
    // sends it too (vite preview), the same policy as a header.
    expect(traces.cspViolations.length).toBeGreaterThanOrEqual(1);
    expect(new Set(traces.cspViolations).size).toBe(1);
    expect(traces.flag).toBeUndefined();
    await page.close();
  });
});
