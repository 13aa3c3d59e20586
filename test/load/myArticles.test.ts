/**
 * The reader's own articles in IndexedDB (fake-indexeddb, a fresh database per test): what is put
 * is listed back, oldest first, across a close and reopen; a batch is saved whole or not at all;
 * a record that does not fit is named, not fatal; and a full disk, a browser without storage and
 * another tab's newer version each end in a StorageProblem that says so.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { wrap } from 'idb';
import {
  DATABASE_NAME,
  DATABASE_VERSION,
  estimateStorage,
  openMyArticles,
  persistStorage,
  type MyArticlesDb,
} from '../../src/load/myArticles';
import type { MyArticle, StoredAddition } from '../../src/load/myArticleSchema';
import { StorageProblem } from '../../src/load/storageProblem';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function article(n: number, changes: Partial<MyArticle> = {}): MyArticle {
  return {
    id: `id-${n}`,
    file: `article-${n}.txt`,
    origin: 'pasted',
    sourceName: 'Pasted text',
    format: 'text',
    text: `Article ${n}.\n\nThe port closed on Monday.`,
    meta: {},
    addedAt: `2026-12-0${n}T10:00:00.000Z`,
    ...changes,
  };
}

/** Every field filled in. */
const FULL: MyArticle = article(1, {
  origin: 'file',
  sourceName: 'port-strike.html',
  file: 'port-strike.html',
  format: 'html',
  meta: {
    title: 'Port strike ends',
    published: '2026-12-01',
    outlet: 'The Courier',
    url: 'https://example.org/port',
    byline: 'A. Writer',
  },
  extractedWith: 'ingest-7',
  report: { events: 3, actors: 2, warnings: ['no headline found'], error: 'none' },
});

const ADDITION: StoredAddition = {
  key: 'ingest-7:id-1,id-2',
  addition: { events: [{ id: 'e1', sources: [{ start: 0, end: 9 }] }], actors: [] },
};

/** The problem `pending` rejects with; fails the test if it resolves or rejects otherwise. */
async function problemOf(pending: Promise<unknown>): Promise<StorageProblem> {
  const outcome = await pending.then(
    () => 'resolved',
    (error: unknown) => error,
  );
  if (!(outcome instanceof StorageProblem))
    throw new Error(`expected a StorageProblem, got ${String(outcome)}`);
  return outcome;
}

async function fresh(): Promise<{ factory: IDBFactory; db: MyArticlesDb }> {
  const factory = new IDBFactory();
  return { factory, db: await openMyArticles(factory) };
}

const quotaError = (): DOMException =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes the store's put throw `error` (as a browser does) from its `nth` call on. */
function putThrows(nth: number, error: () => DOMException): void {
  const realPut = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    calls += 1;
    if (calls >= nth) throw error();
    return realPut.call(this, value, key);
  });
}

/**
 * Makes the browser abort the transaction of the next puts with QuotaExceededError once the first
 * of them has succeeded, as when the disk fills while a transaction runs or commits: the requests
 * still pending fail with AbortError, and only the transaction's error names the quota.
 */
function quotaOnCommit(): void {
  const realPut = IDBObjectStore.prototype.put;
  let aborting = false;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    const request = realPut.call(this, value, key);
    if (!aborting) {
      aborting = true;
      const tx = this.transaction;
      request.addEventListener('success', () => {
        // Only the browser aborts with a reason of its own; the script's abort() gives none.
        Object.defineProperty(tx, 'error', { get: quotaError });
        tx.abort();
      });
    }
    return request;
  });
}

describe('the reader’s articles', () => {
  it('lists what was put, oldest first, every field as it was', async () => {
    const { db } = await fresh();
    // Added before FULL (id-1), so that the order is not the order of the ids.
    const earlier = article(2, { addedAt: '2026-11-30T23:59:59.500+01:00' });
    await db.put([FULL, earlier]);
    expect(await db.list()).toEqual({ articles: [earlier, FULL], unreadable: [] });
  });

  it('keeps the events of the articles as one record', async () => {
    const { db } = await fresh();
    expect(await db.getAddition()).toBeUndefined();
    await db.putAddition(ADDITION);
    expect(await db.getAddition()).toEqual(ADDITION);
    const replaced = { key: 'ingest-7:id-1', addition: { events: [] } };
    await db.putAddition(replaced);
    expect(await db.getAddition()).toEqual(replaced);
  });

  it('are there again after the page closes and opens them again', async () => {
    const { factory, db } = await fresh();
    await db.put([FULL, article(2)]);
    await db.putAddition(ADDITION);
    await db.close();
    const reopened = await openMyArticles(factory);
    expect((await reopened.list()).articles).toEqual([FULL, article(2)]);
    expect(await reopened.getAddition()).toEqual(ADDITION);
  });

  it('replaces an article put again under its id', async () => {
    const { db } = await fresh();
    await db.put([article(1)]);
    const extracted = article(1, {
      extractedWith: 'ingest-8',
      report: { events: 1, actors: 0, warnings: [] },
    });
    await db.put([extracted]);
    expect((await db.list()).articles).toEqual([extracted]);
  });

  it('removes one article, leaving the others', async () => {
    const { db } = await fresh();
    await db.put([article(1), article(2), article(3)]);
    await db.remove('id-2');
    expect((await db.list()).articles.map((a) => a.id)).toEqual(['id-1', 'id-3']);
  });

  it('closed by the browser (its data cleared), say so', async () => {
    const factory = new IDBFactory();
    const watched = Object.create(factory) as IDBFactory;
    let connection: IDBDatabase | undefined;
    watched.open = (name, version) => {
      const request = factory.open(name, version);
      request.addEventListener('success', () => (connection = request.result));
      return request;
    };
    const db = await openMyArticles(watched);
    if (connection === undefined) throw new Error('the database did not open');
    // fake-indexeddb's declaration asks for the class, where the function takes a connection.
    forceCloseDatabase(connection as unknown as Parameters<typeof forceCloseDatabase>[0]);
    const problem = await problemOf(db.list());
    expect(problem.kind).toBe('unavailable');
    expect(problem.message).toMatch(/closed this site's storage.*Reload/);
  });

  it('once closed, say so rather than fail', async () => {
    const { db } = await fresh();
    await db.close();
    const problem = await problemOf(db.put([article(1)]));
    expect(problem.kind).toBe('failed');
    expect(problem.message).toMatch(/closed on this page/);
  });

  it('clears the articles and their events', async () => {
    const { db } = await fresh();
    await db.put([article(1), article(2)]);
    await db.putAddition(ADDITION);
    await db.clear();
    expect(await db.list()).toEqual({ articles: [], unreadable: [] });
    expect(await db.getAddition()).toBeUndefined();
  });
});

describe('a batch of articles is saved whole or not at all', () => {
  it('saves none when one of them is malformed, and names it', async () => {
    const { db } = await fresh();
    await db.put([article(1)]);
    const bad = { ...article(3), format: 'pdf' } as unknown as MyArticle;
    const problem = await problemOf(db.put([article(1, { text: 'changed' }), article(2), bad]));
    expect(problem.kind).toBe('failed');
    expect(problem.message).toMatch(
      /“article-3\.txt” could not be saved \(format: .*\)\. None of the 3 was saved\./,
    );
    expect((await db.list()).articles).toEqual([article(1)]);
  });

  it.each([
    ['the disk is full', quotaError, 'quota'],
    [
      'a value cannot be stored',
      () => new DOMException('could not be cloned', 'DataCloneError'),
      'failed',
    ],
  ])('saves none when the browser refuses the second because %s', async (_, error, kind) => {
    const { db } = await fresh();
    await db.put([article(1)]);
    putThrows(2, error);
    const problem = await problemOf(
      db.put([article(1, { text: 'changed' }), article(2), article(3)]),
    );
    expect(problem.kind).toBe(kind);
    vi.restoreAllMocks();
    expect(await db.list()).toEqual({ articles: [article(1)], unreadable: [] });
  });
});

describe('a full disk', () => {
  it('is named when the browser aborts the transaction for it, and nothing is half-written', async () => {
    const { db } = await fresh();
    quotaOnCommit();
    const problem = await problemOf(db.put([article(1), article(2), article(3)]));
    expect(problem.kind).toBe('quota');
    expect(problem.message).toBe(
      "Your browser's storage for this site is full, so the 3 articles could not be saved. Remove some of your articles or free space, then try again.",
    );
    expect(problem.cause).toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect((await db.list()).articles).toEqual([]);
  });

  it('keeps the events saved before when the new ones do not fit', async () => {
    const { db } = await fresh();
    await db.putAddition(ADDITION);
    quotaOnCommit();
    const problem = await problemOf(db.putAddition({ key: 'k2', addition: { events: [1, 2] } }));
    expect(problem.kind).toBe('quota');
    expect(problem.message).toMatch(/full, so the events of your articles could not be saved/);
    vi.restoreAllMocks();
    expect(await db.getAddition()).toEqual(ADDITION);
  });
});

describe('records written behind the module’s back', () => {
  it('are named with what is wrong, and the others listed', async () => {
    const { factory, db } = await fresh();
    await db.put([article(1), article(3)]);
    await db.close();
    const raw = await wrap(factory.open(DATABASE_NAME, DATABASE_VERSION));
    if (raw === undefined) throw new Error('the database did not open');
    await raw.put('articles', { ...article(2), text: 42 });
    await raw.put('articles', { id: 'stray' });
    await raw.put('extraction', { addition: [] }, 'addition');
    raw.close();

    const reopened = await openMyArticles(factory);
    const { articles, unreadable } = await reopened.list();
    expect(articles).toEqual([article(1), article(3)]);
    expect(unreadable).toHaveLength(2);
    expect(unreadable).toContainEqual(expect.stringMatching(/^“article-2\.txt”: text: .*number/));
    expect(unreadable).toContainEqual(expect.stringMatching(/^“stray”: file: /));
    // Events that cannot be read are none: the caller makes them again from the articles.
    expect(await reopened.getAddition()).toBeUndefined();
  });
});

describe('a browser that keeps no data', () => {
  it('is named when it has no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const problem = await problemOf(openMyArticles());
    expect(problem.kind).toBe('unavailable');
    expect(problem.message).toMatch(/does not let this site keep data/);
  });

  it('is named when it refuses to open the database', async () => {
    const refusing = Object.create(new IDBFactory()) as IDBFactory;
    refusing.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const problem = await problemOf(openMyArticles(refusing));
    expect(problem.kind).toBe('unavailable');
    expect(problem.cause).toMatchObject({ name: 'SecurityError' });
  });
});

describe('other tabs', () => {
  it('can open a newer version: this page lets go and says to reload', async () => {
    const { factory, db } = await fresh();
    await db.put([article(1)]);
    const newer = await wrap(factory.open(DATABASE_NAME, DATABASE_VERSION + 1));
    newer?.close();
    const problem = await problemOf(db.list());
    expect(problem.kind).toBe('blocked');
    expect(problem.message).toMatch(/updated in another tab.*Reload/);
  });

  it('holding an older version stop the open with a problem rather than a wait', async () => {
    const factory = new IDBFactory();
    const blocked = Object.create(factory) as IDBFactory;
    blocked.open = (name, version) => {
      const request = factory.open(name, version);
      queueMicrotask(() =>
        request.dispatchEvent(
          new IDBVersionChangeEvent('blocked', { oldVersion: 0, newVersion: 1 }),
        ),
      );
      return request;
    };
    const problem = await problemOf(openMyArticles(blocked));
    expect(problem.kind).toBe('blocked');
    expect(problem.message).toMatch(/another tab with an older version/);
    // The connection that came after all is let go: nothing holds the database.
    const holders: string[] = [];
    const deleting = factory.deleteDatabase(DATABASE_NAME);
    deleting.addEventListener('blocked', () => holders.push('blocked'));
    await wrap(deleting);
    expect(holders).toEqual([]);
  });

  it('that last used it with a newer version keep this page out, and it says so', async () => {
    const factory = new IDBFactory();
    (await wrap(factory.open(DATABASE_NAME, DATABASE_VERSION + 1)))?.close();
    const problem = await problemOf(openMyArticles(factory));
    expect(problem.kind).toBe('failed');
    expect(problem.message).toMatch(/newer version of Newsline/);
  });
});

describe('the space the articles take', () => {
  it('is what the browser estimates', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        estimate: () => Promise.resolve({ usage: 1200, quota: 5_000_000 }),
        persist: () => Promise.resolve(true),
      },
    });
    expect(await estimateStorage()).toEqual({ used: 1200, quota: 5_000_000 });
    expect(await persistStorage()).toBe(true);
  });

  it('is unknown, and not kept for good, where the browser has no storage manager', async () => {
    vi.stubGlobal('navigator', {});
    expect(await estimateStorage()).toBeUndefined();
    expect(await persistStorage()).toBe(false);
  });

  it('that cannot be measured is a StorageProblem', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.reject(new TypeError('not allowed')) },
    });
    expect((await problemOf(estimateStorage())).kind).toBe('failed');
  });
});
