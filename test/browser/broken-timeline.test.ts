/**
 * Broken timeline files in the production app: each whole-file problem gets a message that
 * names the file and the problem, never a blank page; a file with some malformed records shows
 * its good events and says how many it left out and why; values the schema allows but a
 * renderer may not expect leave the page alive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithTimeline } from '../fixtures/hostile/pageWatch';
import {
  BROKEN_FILES,
  cutOffTimeline,
  MALFORMED_RECORDS,
  oddButValidTimeline,
  partlyBrokenTimeline,
} from '../fixtures/broken/timelines';
import { smallTimeline } from '../fixtures/smallTimeline';
import { startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

describe('a timeline file that cannot be used at all', () => {
  it.each(BROKEN_FILES.map((file) => [file.name, file] as const))(
    'names the file and the problem when it is %s',
    async (_name, file) => {
      const { page, watch } = await openWithTimeline(app.browser, app.url, file.body, {
        status: file.status,
        contentType: file.contentType,
      });
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.textContent()).toMatch(file.message);
      // The page around the message is alive: header shown, no loading note, nothing drawn.
      expect(await page.getByRole('heading', { level: 1, name: 'Newsline' }).count()).toBe(1);
      expect(await page.getByText('Loading the timeline…').count()).toBe(0);
      expect(await page.locator('.event-item').count()).toBe(0);
      expect(watch.pageErrors).toEqual([]);
      await page.close();
    },
  );
});

describe('a timeline file with some malformed records', () => {
  const leftOutEvents = MALFORMED_RECORDS.filter((r) => r.kind === 'event').length;
  const leftOutActors = MALFORMED_RECORDS.filter((r) => r.kind === 'actor').length;

  // Listed after the articles, events are checked as they come; listed before (as Newsline
  // writes), they are drawn at once and their passages checked once the articles are in.
  const inOrder = (keys: readonly string[]): string => {
    const timeline = partlyBrokenTimeline() as Record<string, unknown>;
    return JSON.stringify(Object.fromEntries(keys.map((key) => [key, timeline[key]])));
  };
  it.each([
    ['articles', inOrder(['schemaVersion', 'documents', 'actors', 'countries', 'events'])],
    ['events', inOrder(['schemaVersion', 'countries', 'actors', 'events', 'documents'])],
  ])(
    'listing %s first, shows the good events and says how many were left out and why',
    async (_first, text) => {
      const { page, watch } = await openWithTimeline(app.browser, app.url, text);
      await page.locator('.event-item').first().waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Fit all' }).click();
      await expect
        .poll(() => page.locator('.event-item').count())
        .toBe(smallTimeline.events.length);

      const note = page.getByRole('note');
      const summary = (await note.locator('summary').textContent()) ?? '';
      expect(summary).toContain(`${leftOutEvents} events and ${leftOutActors} actor`);
      expect(summary).toMatch(/left out because they did not match the timeline format/u);
      await note.locator('summary').click();
      const reasons = await note.locator('li').allTextContents();
      expect(reasons).toHaveLength(MALFORMED_RECORDS.length);
      for (const record of MALFORMED_RECORDS) {
        expect(
          reasons.some((reason) => reason.startsWith(record.kind) && record.reason.test(reason)),
          `${record.name}: ${reasons.join(' | ')}`,
        ).toBe(true);
      }
      expect(watch.pageErrors).toEqual([]);
      await page.close();
    },
  );
});

describe('a timeline file cut off partway through', () => {
  it('shows the whole events before the cut and says the file is cut off', async () => {
    const cut = cutOffTimeline();
    const { page, watch } = await openWithTimeline(app.browser, app.url, cut.body);
    await page.locator('.event-item').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => page.locator('.event-item').count()).toBe(cut.events);
    expect(await page.getByRole('note').textContent()).toBe(cut.notice);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('values the schema allows but a renderer may not expect', () => {
  it('keeps the page alive: year 1, year 9999, a blank title, unknown actors, repeated sources', async () => {
    const timeline = oddButValidTimeline();
    const { page, watch } = await openWithTimeline(app.browser, app.url, JSON.stringify(timeline));
    // The first view may hold no item (these dates span more than the widget zooms out to), so
    // readiness is the event count, and events are opened from the list where there is one.
    await page
      .locator('.timeline__count')
      .filter({ hasText: `${timeline.events.length} events` })
      .waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Fit all' }).click();
    const table = page.getByRole('table');
    const panel = page.getByRole('complementary', { name: 'Event details' });
    if ((await table.count()) > 0) {
      for (const event of timeline.events.filter((e) => e.title.trim() !== '')) {
        await table.getByRole('row').filter({ hasText: event.title }).getByRole('link').click();
        await expect
          .poll(() => panel.locator('#event-details-title').textContent())
          .toBe(event.title);
        await panel.getByRole('button', { name: 'Show in article' }).first().click();
        const reader = page.getByRole('dialog');
        await reader.waitFor();
        await reader.getByRole('button', { name: 'Close article' }).click();
        await reader.waitFor({ state: 'detached' });
      }
    }
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});
