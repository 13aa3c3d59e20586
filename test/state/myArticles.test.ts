/**
 * The reader's own articles end to end below the page: import (extraction on the page, since
 * Node has no Worker; the same code the worker runs), keep (fake-indexeddb), reload, remove,
 * clear, and a new loaded timeline. Articles written for the tests.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { withAddition } from '../../src/domain/addition';
import { TimelineSchema, type Timeline } from '../../src/domain/schema';
import { ingestArticles } from '../../src/ingest';
import {
  clearMyArticles,
  EXTRACTION_VERSION,
  importArticles,
  loadMyArticles,
  removeArticle,
  resetMyArticles,
  setBaseTimeline,
  useMyArticlesStore,
  type NewArticle,
} from '../../src/state/myArticles';

const BASE_ARTICLE = `Rail workers strike across Norland

OSTRA, June 2, 2025 — Rail workers across Norland walked out on Monday in a dispute over pay, the drivers' union said.

Transport minister Alva Berg said on Monday that the government would not reopen the pay agreement.
`;

const SAME_STORY = `Norland trains stand still as rail staff strike

OSTRA, June 2, 2025 — Transport minister Alva Berg said on Monday that the government would not reopen the pay agreement, as rail workers across Norland walked out.

Commuters crowded onto buses in the capital, the city's transport office said.
`;

const OTHER_STORY = `Kessel zoo welcomes twin pandas

KESSEL, June 3, 2025 — The Kessel zoo said on Tuesday that its giant panda Mei had given birth to twins, the first born in the country.
`;

function base(): Timeline {
  return ingestArticles([
    { file: 'rail.txt', text: BASE_ARTICLE, meta: { outlet: 'Norland Post' } },
  ]).timeline;
}

const article = (text: string, sourceName: string): NewArticle => ({
  origin: 'file',
  sourceName,
  format: 'text',
  text,
  meta: {},
});

const state = () => useMyArticlesStore.getState();

/** What the explorer shows: the loaded timeline with the reader's events joined. */
function shown(timeline: Timeline): Timeline {
  const { addition } = state();
  return addition === undefined ? timeline : withAddition(timeline, addition).timeline;
}

/** A page load: fresh state, the same browser storage. */
async function reload(timeline: Timeline): Promise<void> {
  resetMyArticles();
  setBaseTimeline(timeline);
  await loadMyArticles();
}

beforeEach(() => {
  resetMyArticles();
  globalThis.indexedDB = new IDBFactory();
});

describe('the reader’s own articles', () => {
  it('joins an article’s events to the loaded timeline, the same event as one, and keeps them', async () => {
    const timeline = base();
    setBaseTimeline(timeline);
    await loadMyArticles();
    await importArticles([article(SAME_STORY, 'trains.txt'), article(OTHER_STORY, 'zoo.txt')]);
    expect(state().job?.status).toBe('done');
    expect(state().job?.summary).toMatch(/^Added 2 articles with \d+ events\.$/u);
    expect(state().articles.map((a) => a.sourceName)).toEqual(['trains.txt', 'zoo.txt']);
    expect(state().articles.every((a) => a.extractedWith === EXTRACTION_VERSION)).toBe(true);
    const joined = shown(timeline);
    expect(TimelineSchema.safeParse(joined).success).toBe(true);
    // The minister's statement, told by both, is one event with both articles as its sources.
    const statement = joined.events.filter((e) => e.title.includes('Berg'));
    expect(statement).toHaveLength(1);
    expect(new Set(statement[0]?.sources.map((s) => s.documentId))).toEqual(
      new Set(['rail', 'trains']),
    );
    expect(joined.events.some((e) => e.title.includes('panda') || e.title.includes('zoo'))).toBe(
      true,
    );
    // The loaded timeline itself is untouched.
    expect(timeline).toEqual(base());

    await reload(timeline);
    expect(state().articles).toHaveLength(2);
    expect(
      shown(timeline)
        .events.map((e) => e.id)
        .sort(),
    ).toEqual(joined.events.map((e) => e.id).sort());
  });

  it('removes one article and the events only it told, then all of them, across reloads', async () => {
    const timeline = base();
    setBaseTimeline(timeline);
    await loadMyArticles();
    await importArticles([article(SAME_STORY, 'trains.txt'), article(OTHER_STORY, 'zoo.txt')]);
    const zoo = state().articles.find((a) => a.sourceName === 'zoo.txt');
    expect(zoo).toBeDefined();
    await removeArticle(zoo?.id ?? '');
    const without = shown(timeline);
    expect(without.events.some((e) => e.title.includes('panda') || e.title.includes('zoo'))).toBe(
      false,
    );
    expect(without.documents.map((d) => d.id)).toEqual(['rail', 'trains']);
    await reload(timeline);
    expect(state().articles.map((a) => a.sourceName)).toEqual(['trains.txt']);
    expect(shown(timeline).documents.map((d) => d.id)).toEqual(['rail', 'trains']);

    await clearMyArticles();
    expect(shown(timeline)).toEqual(timeline);
    await reload(timeline);
    expect(state().articles).toEqual([]);
    expect(state().addition).toBeUndefined();
  });

  it('does not keep a file that cannot be read, and says why', async () => {
    setBaseTimeline(base());
    await loadMyArticles();
    await importArticles([
      article(OTHER_STORY, 'zoo.txt'),
      { ...article('\u0000\u0001', 'noise.txt'), meta: { published: '2025-06-03' } },
    ]);
    const job = state().job;
    expect(job?.status).toBe('done');
    const failed = job?.items.find((i) => i.name === 'noise.txt');
    expect(failed?.stage).toBe('failed');
    expect(failed?.error).toBeTruthy();
    expect(job?.summary).toMatch(/1 file could not be read/u);
    expect(state().articles.map((a) => a.sourceName)).toEqual(['zoo.txt']);
  });

  it('makes the events again against another loaded timeline, with the same article once', async () => {
    const first = base();
    setBaseTimeline(first);
    await loadMyArticles();
    await importArticles([article(OTHER_STORY, 'zoo.txt')]);
    // The reader opens a timeline that already holds their article (one they saved).
    const saved = shown(first);
    await reload(saved);
    await expect.poll(() => state().job?.status).toBe('done');
    const again = shown(saved);
    expect(again.documents.map((d) => d.id).sort()).toEqual(
      saved.documents.map((d) => d.id).sort(),
    );
    expect(again.events).toHaveLength(saved.events.length);
  });
});
