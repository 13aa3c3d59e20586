/**
 * Honest dates in Chromium, at 1440 and 375 px: the timeline draws a stated day, a day the article
 * does not state, a month, a year and a span of days each in its own way, the legend names the
 * five, and the event panel says how a date was found in a sentence. Events are picked from the
 * served timeline by their dates, so that a new extraction of the seeds keeps the test meaning the
 * same thing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Timeline, TimelineEvent } from '../../src/domain/schema';
import { eventPanel, openExplorer, servedTimeline } from './explorerPage';
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

/** A window from September 2024 to February 2026: every look of the seeds is in it. */
const WINDOW = '?from=2024-09-01T00:00Z&to=2026-02-01T00:00Z';

function first(why: string, test: (event: TimelineEvent) => boolean): TimelineEvent {
  const found = timeline.events.find(test);
  if (found === undefined) throw new Error(`the seeds have no ${why}`);
  return found;
}

const inWindow = (e: TimelineEvent): boolean => e.date.start >= '2024-09';
const isDayOf = (e: TimelineEvent): boolean =>
  e.date.granularity === 'day' && e.date.end === undefined;

/** The computed border of an item's box, or of its dot. */
async function borderOf(page: Page, event: TimelineEvent, part: 'box' | 'dot') {
  const item = page.locator(`.event-item[data-event-id="${event.id}"]`);
  const target = part === 'dot' ? item.locator('.timeline-item__dot') : item;
  await target.waitFor({ state: 'attached' });
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.borderTopStyle, width: style.borderTopWidth };
  });
}

describe.each([
  [1440, 900],
  [375, 800],
])('at %i px', (width, height) => {
  it('draws each precision of date in its own way and names them in the legend', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url, {
      viewport: { width, height },
      query: WINDOW,
    });
    try {
      // On a phone the legend starts closed (the first screen is the timeline's): open it.
      const legends = page.locator('details.timeline__legends');
      if (!(await legends.evaluate((d) => (d as HTMLDetailsElement).open))) {
        await legends.locator('summary').click();
      }
      const legend = page.getByRole('list', { name: 'Legend: how precise a date is' });
      await expect
        .poll(() => legend.getByRole('listitem').allTextContents())
        .toEqual([
          'a day the article states',
          'a day the article does not state',
          'a month',
          'a year',
          'a span of days',
        ]);

      const stated = first('stated day', (e) => isDayOf(e) && e.date.basis !== 'inferred');
      const unstated = first('unstated day', (e) => isDayOf(e) && e.date.basis === 'inferred');
      const month = first('month', (e) => inWindow(e) && e.date.granularity === 'month');
      const year = first('year', (e) => inWindow(e) && e.date.granularity === 'year');
      const span = first('span', (e) => inWindow(e) && e.date.granularity === 'range');

      // A stated day is a filled dot (a 4 px border around nothing); an unstated one a ring.
      expect(await borderOf(page, stated, 'dot')).toEqual({ style: 'solid', width: '4px' });
      expect(await borderOf(page, unstated, 'dot')).toEqual({ style: 'solid', width: '2px' });
      expect((await borderOf(page, month, 'box')).style).toBe('dashed');
      expect((await borderOf(page, year, 'box')).style).toBe('dotted');
      expect((await borderOf(page, span, 'box')).style).toBe('solid');
      // Assistive technology hears the precision with the date.
      expect(
        await page.locator(`.event-item[data-event-id="${unstated.id}"]`).getAttribute('title'),
      ).toMatch(/\(a day the article does not state; [a-z ]+\)$/);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([
    [
      'an event dated by its report',
      (e: TimelineEvent) =>
        isDayOf(e) && e.date.basis === 'inferred' && e.date.from?.words === undefined,
      /^Not stated; reported on Mon 5 Jan 2026$/,
    ],
    [
      'an event dated by words counted from the report',
      (e: TimelineEvent) => e.date.basis === 'relative' && e.date.text === 'last week',
      /^“last week”, counted from the report's date, Mon 5 Jan 2026$/,
    ],
    [
      'an event that takes the date of an earlier sentence',
      (e: TimelineEvent) => e.date.basis === 'inferred' && e.date.from?.words !== undefined,
      /^Not stated here; taken from earlier in the article: “.+”, \w{3} \d+ Jan 2026$/,
    ],
  ])('the panel says how the date of %s was found', async (_why, test, said) => {
    const event = first('such event', test);
    const { page, close } = await openExplorer(app.browser, app.url, {
      viewport: { width, height },
      query: `?event=${event.id}`,
    });
    try {
      const how = eventPanel(page).locator('.event-details__how');
      await expect.poll(() => how.textContent()).toMatch(said);
      await expect.poll(() => how.isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
