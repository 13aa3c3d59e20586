/**
 * Accessibility in Chromium on the production build: axe-core, injected into the page, finds no
 * serious or critical violation in the light and the dark theme at 1440 px and at 375 px, with an
 * event selected, with the reading view open too and in its print layout; and every control
 * reached by Tab shows a visible focus ring.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Timeline } from '../../src/domain/schema';
import { eventPanel, openExplorer, servedTimeline } from './explorerPage';
import { startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;
let timeline: Timeline;
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

beforeAll(async () => {
  app = await startAppInChromium();
  timeline = servedTimeline();
});

afterAll(async () => {
  await app?.close();
});

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly targets: string[];
}

/** Serious and critical axe violations on the page as it is now. */
async function axeFindings(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const CASES = [
  { scheme: 'light', width: 1440 },
  { scheme: 'dark', width: 1440 },
  { scheme: 'light', width: 375 },
  { scheme: 'dark', width: 375 },
] as const;

describe('axe-core', () => {
  it.each(CASES)(
    'no serious or critical violations, $scheme theme at $width px',
    async ({ scheme, width }) => {
      const event = timeline.events.find((e) => e.sources.length > 0);
      if (event === undefined) throw new Error('no event with a source');
      const { page, close } = await openExplorer(app.browser, app.url, {
        viewport: { width, height: 900 },
        colorScheme: scheme,
        // axe is injected as a script; the page's CSP rightly allows only its own.
        bypassCSP: true,
        query: `?event=${event.id}`,
      });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        scheme === 'dark',
      );
      await eventPanel(page).locator('mark').first().waitFor();
      // Flags load a moment after the filters.
      await page.waitForTimeout(300);
      expect(await axeFindings(page)).toEqual([]);
      // On paper: the selected event and the whole list (app.css, @media print).
      await page.emulateMedia({ media: 'print' });
      await expect
        .poll(() => page.locator('.event-list__table tbody tr').count())
        .toBe(timeline.events.length);
      expect(await axeFindings(page)).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
      // The reading view over the explorer (on the phone, the whole screen).
      await eventPanel(page).getByRole('button', { name: 'Show in article' }).first().click();
      await page.getByRole('dialog').waitFor();
      expect(await axeFindings(page)).toEqual([]);
      await page.keyboard.press('Escape');
      // The import, with an article to check (its date asked for) and one that cannot be read.
      await page.getByRole('button', { name: 'Add articles' }).click();
      const add = page.getByRole('dialog', { name: 'Add your own articles' });
      await add.getByLabel('Paste an article').fill('A headline\n\nThe council met on Monday.');
      await add.getByRole('button', { name: 'Use this text' }).click();
      await add.getByLabel('Article files').setInputFiles({
        name: 'empty.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(''),
      });
      await add.locator('.found--error').waitFor();
      await add.getByLabel('Title').waitFor();
      expect(await axeFindings(page)).toEqual([]);
      await close();
    },
  );
});

describe('focus', () => {
  it('every control reached by Tab shows a focus ring', async () => {
    const { page, close } = await openExplorer(app.browser, app.url);
    const unringed: string[] = [];
    for (let step = 0; step < 25; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!(element instanceof HTMLElement) || element === document.body) return null;
        const style = getComputedStyle(element);
        const ring =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
          style.boxShadow !== 'none';
        const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
        return { ring, what: `${element.tagName} ${name.trim().slice(0, 40)}` };
      });
      if (focused !== null && !focused.ring) unringed.push(focused.what);
    }
    expect(unringed).toEqual([]);
    await close();
  });
});
