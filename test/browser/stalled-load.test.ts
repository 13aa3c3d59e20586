/**
 * A server that stops answering: in the production app the loading note gives way, after the
 * stall timeout, to a message naming the file, with a Retry button that loads it again.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { smallTimeline } from '../fixtures/smallTimeline';
import { startAppInChromium, type AppInChromium } from './server';

let app: AppInChromium;

beforeAll(async () => {
  app = await startAppInChromium();
});

afterAll(async () => {
  await app?.close();
});

it('says the download stalled after 15 s without an answer, and Retry loads the file', async () => {
  const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let stalling = true;
  await page.route('**/seeds/timeline.json', async (route) => {
    // The first request is never answered, as from a server that hangs.
    if (stalling) return;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(smallTimeline) });
  });
  await page.goto(app.url);
  expect(await page.getByRole('status').textContent()).toMatch(/Loading the timeline/u);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 25_000 });
  expect(await alert.locator('p').textContent()).toBe(
    'Could not load seeds/timeline.json: the server sent nothing for 15 seconds.',
  );
  stalling = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.locator('.event-item').first().waitFor({ timeout: 20_000 });
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
