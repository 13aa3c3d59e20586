/**
 * The explorer's questions answered in real Chromium on the production build and the served seed
 * timeline: filters by country and actor change what is drawn and every option's count, a chip
 * filters, search narrows the view, an event shows its marked passage, the reader marks every
 * passage of its article, and the keys walk through the shown events in time order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lowerBound, type Timeline, type TimelineEvent } from '../../src/domain/schema';
import {
  drawnIds,
  eventPanel,
  expectDrawn,
  facetOption,
  folded,
  idsOf,
  openExplorer,
  optionCount,
  passageOf,
  selectDrawnEvent,
  servedTimeline,
} from './explorerPage';
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

const withCountry = (events: readonly TimelineEvent[], code: string) =>
  events.filter((e) => e.countries.includes(code));
const withActor = (events: readonly TimelineEvent[], id: string) =>
  events.filter((e) => e.actors.includes(id));

/** The country with the most events that still leaves some out, so filtering must change things. */
function busiestPartialCountry(): { code: string; name: string } {
  const ranked = timeline.countries
    .map((c) => ({ ...c, n: withCountry(timeline.events, c.code).length }))
    .filter((c) => c.n >= 2 && c.n < timeline.events.length)
    .sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
  const chosen = ranked[0];
  if (chosen === undefined) throw new Error('the seed timeline has no country to filter by');
  return chosen;
}

async function showAllActors(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: /^Show all \d+ actors$/ });
  if ((await more.count()) > 0) await more.click();
}

describe('filters', () => {
  it('by country, then actor: the drawn events and every option count follow', async () => {
    const { page, pageErrors, close } = await openExplorer(app.browser, app.url);
    const all = timeline.events;
    const country = busiestPartialCountry();
    const inCountry = withCountry(all, country.code);
    expect(await optionCount(page, 'Countries', country.name)).toBe(inCountry.length);

    await facetOption(page, 'Countries', country.name).check();
    await expectDrawn(page, idsOf(inCountry));
    await expect
      .poll(() => page.locator('.timeline__count').textContent())
      .toBe(`${inCountry.length} of ${all.length} events`);
    // Actor counts now say what each actor would give within the country; zero means disabled.
    await showAllActors(page);
    for (const actor of timeline.actors) {
      if (withActor(all, actor.id).length === 0) continue;
      const expected = withActor(inCountry, actor.id).length;
      expect(await optionCount(page, 'Actors', actor.name), actor.name).toBe(expected);
      expect(await facetOption(page, 'Actors', actor.name).isDisabled(), actor.name).toBe(
        expected === 0,
      );
    }

    // The actor of the country's events with the most of them that still leaves some out.
    const actor = timeline.actors
      .map((a) => ({ ...a, n: withActor(inCountry, a.id).length }))
      .filter((a) => a.n >= 1 && a.n < inCountry.length)
      .sort((a, b) => b.n - a.n || a.id.localeCompare(b.id))[0];
    if (actor === undefined) throw new Error('no actor narrows the chosen country');
    await facetOption(page, 'Actors', actor.name).check();
    const both = withActor(inCountry, actor.id);
    await expectDrawn(page, idsOf(both));
    // Country counts now follow the actor filter (the country's own facet is left out).
    for (const other of timeline.countries) {
      const expected = withCountry(withActor(all, actor.id), other.code).length;
      expect(await optionCount(page, 'Countries', other.name), other.name).toBe(expected);
    }

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectDrawn(page, idsOf(all));
    expect(await optionCount(page, 'Countries', country.name)).toBe(inCountry.length);
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('an actor chip in the event panel filters by that actor', async () => {
    const { page, close } = await openExplorer(app.browser, app.url);
    // A person, whose chip cannot be mistaken for a country's of the same name.
    const people = new Set(timeline.actors.filter((a) => a.kind === 'person').map((a) => a.id));
    const event = timeline.events.find((e) => {
      const first = e.actors[0];
      return (
        first !== undefined && people.has(first) && withActor(timeline.events, first).length > 1
      );
    });
    const actorId = event?.actors[0];
    const actor = timeline.actors.find((a) => a.id === actorId);
    if (event === undefined || actor === undefined) throw new Error('no event with a shared actor');
    await expectDrawn(page, idsOf(timeline.events));
    await selectDrawnEvent(page, event);
    await eventPanel(page)
      .getByRole('button', { name: new RegExp(`^${actor.name}`) })
      .click();
    await expect.poll(() => facetOption(page, 'Actors', actor.name).isChecked()).toBe(true);
    await expectDrawn(page, idsOf(withActor(timeline.events, actor.id)));
    await close();
  });

  it('search narrows the timeline to events whose title, passages or names hold the word', async () => {
    const { page, close } = await openExplorer(app.browser, app.url);
    // Four letters: matched as a prefix, with no typo allowance, so the expected set is exact.
    const word = /\bcuba/i;
    const actorNames = new Map(timeline.actors.map((a) => [a.id, a.name]));
    const countryNames = new Map(timeline.countries.map((c) => [c.code, c.name]));
    const expected = timeline.events.filter((e) =>
      [
        e.title,
        ...e.sources.map((s) => passageOf(timeline, s)),
        ...e.actors.map((id) => actorNames.get(id) ?? ''),
        ...e.countries.map((code) => countryNames.get(code) ?? ''),
      ].some((text) => word.test(text)),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(timeline.events.length);
    await page.getByRole('searchbox', { name: 'Search' }).fill('cuba');
    await expectDrawn(page, idsOf(expected));
    await expect
      .poll(() => page.locator('.filters__summary').textContent())
      .toBe(`Showing ${expected.length} of ${timeline.events.length} events`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expectDrawn(page, idsOf(timeline.events));
    await close();
  });
});

/**
 * The sources the panel shows: each wording of each article once (a page that prints a paragraph
 * twice reports it once), counted here by plain comparison of the passages' words.
 */
function distinctSources(event: TimelineEvent): TimelineEvent['sources'] {
  const seen = new Set<string>();
  return event.sources.filter((s) => {
    const key = `${s.documentId} ${folded(passageOf(timeline, s))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('passages', () => {
  it('selecting an event shows each of its passages marked in its paragraph', async () => {
    const { page, close } = await openExplorer(app.browser, app.url);
    const event = [...timeline.events].sort((a, b) => b.sources.length - a.sources.length)[0];
    if (event === undefined) throw new Error('no events');
    await expectDrawn(page, idsOf(timeline.events));
    await selectDrawnEvent(page, event);
    const documents = new Set(event.sources.map((s) => s.documentId)).size;
    const heading = `Reported by ${documents} article${documents === 1 ? '' : 's'}`;
    await expect.poll(() => eventPanel(page).locator('h3').first().textContent()).toBe(heading);
    const marks = await eventPanel(page).locator('.source__paragraph mark').allTextContents();
    expect(marks.map(folded)).toEqual(
      distinctSources(event).map((s) => folded(passageOf(timeline, s))),
    );
    await close();
  });

  it('the reader marks every passage of the article, shows the selected one, and a click on another selects its event', async () => {
    const { page, close } = await openExplorer(app.browser, app.url);
    // The event whose passage comes last in its article, so the reader has to scroll to it.
    const [event, source] = timeline.events
      .flatMap((e) => distinctSources(e).map((s) => [e, s] as const))
      .sort((a, b) => b[1].start - a[1].start)[0] ?? [undefined, undefined];
    if (event === undefined || source === undefined) throw new Error('no sources');
    await expectDrawn(page, idsOf(timeline.events));
    await selectDrawnEvent(page, event);
    const position = distinctSources(event).indexOf(source);
    await eventPanel(page).getByRole('button', { name: 'Show in article' }).nth(position).click();
    const reader = page.getByRole('dialog');
    await reader.waitFor();
    const document = timeline.documents.find((d) => d.id === source.documentId);
    if (document === undefined) throw new Error('source without document');
    const text = reader.locator('.reader__text');
    expect(await text.textContent()).toBe(document.text);

    // The marked characters are exactly those of every event passage in this article.
    const marked = await text.evaluate((box) => {
      const offsets: number[] = [];
      let at = 0;
      const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (node.parentElement?.closest('mark') !== null) {
          for (let i = 0; i < length; i += 1) offsets.push(at + i);
        }
        at += length;
      }
      return offsets;
    });
    const expected = new Set<number>();
    for (const e of timeline.events) {
      for (const s of e.sources) {
        if (s.documentId !== document.id) continue;
        for (let i = s.start; i < s.end; i += 1) expected.add(i);
      }
    }
    expect(marked).toEqual([...expected].sort((a, b) => a - b));

    const current = reader.locator('.reader__mark--current').first();
    expect(folded(passageOf(timeline, source))).toContain(folded(await current.textContent()));
    expect(await text.evaluate((box) => box.scrollTop)).toBeGreaterThan(0);
    const [box, mark] = [await text.boundingBox(), await current.boundingBox()];
    if (box === null || mark === null) throw new Error('reader not laid out');
    expect(mark.y).toBeGreaterThanOrEqual(box.y);
    expect(mark.y + mark.height).toBeLessThanOrEqual(box.y + box.height);

    const other = reader
      .locator('.reader__mark:not(.reader__mark--current)')
      .getByRole('button')
      .first();
    const otherTitle = await other.getAttribute('title');
    await other.click();
    await expect
      .poll(() => eventPanel(page).locator('#event-details-title').textContent())
      .toBe(otherTitle);
    // The address follows once the page is idle (urlSync.ts).
    await expect
      .poll(() => page.url())
      .toContain(`event=${timeline.events.find((e) => e.title === otherTitle)?.id}`);
    await close();
  });
});

describe('keyboard', () => {
  it('arrows walk the shown events in time order, Enter opens, Escape lets go', async () => {
    const { page, close } = await openExplorer(app.browser, app.url);
    const country = busiestPartialCountry();
    const shown = withCountry(timeline.events, country.code);
    await facetOption(page, 'Countries', country.name).check();
    await expectDrawn(page, idsOf(shown));
    const canvas = page.getByRole('application');
    await canvas.focus();
    const selected = () => new URL(page.url()).searchParams.get('event');
    const visited: string[] = [];
    for (let step = 0; step < shown.length; step += 1) {
      const before = selected();
      await canvas.press('ArrowRight');
      await expect.poll(selected).not.toBe(before);
      visited.push(selected() ?? '');
    }
    // Every shown event once, none other, in time order; a further step stays on the last.
    expect([...visited].sort()).toEqual(idsOf(shown));
    const starts = visited.map((id) =>
      lowerBound(shown.find((e) => e.id === id)?.date.start ?? ''),
    );
    expect(starts).toEqual([...starts].sort());
    await canvas.press('ArrowRight');
    expect(selected()).toBe(visited.at(-1));
    await canvas.press('ArrowLeft');
    await expect.poll(selected).toBe(visited.at(-2));

    await canvas.press('Enter');
    const heading = eventPanel(page).locator('#event-details-title');
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await heading.textContent()).toBe(shown.find((e) => e.id === visited.at(-2))?.title);

    await canvas.focus();
    await canvas.press('Escape');
    await expect.poll(selected).toBe(null);
    expect(await drawnIds(page)).toEqual(idsOf(shown));
    await close();
  });
});
