/**
 * Date-only events on their own day in any time zone: the page runs in Los Angeles (behind UTC,
 * where "2026-01-04" read as UTC midnight would fall on 3 January) and in Tokyo (ahead of it),
 * and each Maduro-related event of 4 and 5 January 2026 must be drawn inside its day's column of
 * the timeline's axis, with the same day in its tooltip and in the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '../../src/domain/schema';
import { listRowOf, openExplorer, servedTimeline } from './explorerPage';
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

const DAYS = { '2026-01-04': 'Sun 4 Jan 2026', '2026-01-05': 'Mon 5 Jan 2026' } as const;
type Day = keyof typeof DAYS;
const isDay = (value: string): value is Day => value in DAYS;

function maduroEvents(): { event: TimelineEvent; day: Day }[] {
  const maduro = new Set(timeline.actors.filter((a) => /Maduro/.test(a.name)).map((a) => a.id));
  return timeline.events.flatMap((event) => {
    const day = event.date.start;
    const related = /Maduro/.test(event.title) || event.actors.some((id) => maduro.has(id));
    const single = event.date.granularity === 'day' && (event.date.end ?? day) === day;
    return related && single && isDay(day) ? [{ event, day }] : [];
  });
}

describe('time zones', () => {
  it.each(['America/Los_Angeles', 'Asia/Tokyo'])(
    'in %s the Maduro events of 4 and 5 January 2026 are drawn on those days',
    async (timezoneId) => {
      const { page, pageErrors, close } = await openExplorer(app.browser, app.url, { timezoneId });
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
        timezoneId,
      );
      const events = maduroEvents();
      // The seed articles report the operation (4 January) and the answers to it (5 January).
      expect(new Set(events.map((e) => e.day))).toEqual(new Set(Object.keys(DAYS)));

      for (const { event, day } of events) {
        const dayOfMonth = Number(day.slice(8));
        // The axis names each day of the window by its weekday and number ("Sun 4").
        const column = page
          .locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')
          .filter({ hasText: new RegExp(`^${DAYS[day].slice(0, 3)} ${dayOfMonth}$`) });
        await expect.poll(() => column.count(), { message: `axis shows ${day}` }).toBe(1);
        const dot = page.locator(`.timeline-item--point[data-event-id="${event.id}"]`);
        // Drawn once the first draw has placed the rows.
        await expect
          .poll(() => dot.locator('.timeline-item__dot').boundingBox(), {
            message: `${event.id} is drawn`,
          })
          .not.toBeNull();
        const [columnBox, dotBox] = [
          await column.boundingBox(),
          await dot.locator('.timeline-item__dot').boundingBox(),
        ];
        if (columnBox === null || dotBox === null) throw new Error(`${event.id} is not drawn`);
        const centre = dotBox.x + dotBox.width / 2;
        expect(centre, `${event.title} in the ${day} column`).toBeGreaterThan(columnBox.x);
        expect(centre).toBeLessThan(columnBox.x + columnBox.width);

        const label = page.locator(`.event-item[data-event-id="${event.id}"]`);
        expect(await label.getAttribute('title')).toContain(DAYS[day]);
        const row = await listRowOf(page, event.title);
        // A day the article does not state says so under the date.
        expect(await row.locator('td').first().textContent()).toMatch(
          new RegExp(`^${DAYS[day]}(?: not stated)?$`),
        );
      }
      expect(pageErrors).toEqual([]);
      await close();
    },
  );
});
