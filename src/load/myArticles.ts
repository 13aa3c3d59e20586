/**
 * The articles the reader brought (pasted or dropped), kept in their browser's IndexedDB so that
 * they, and the events extracted from them, survive a reload, on this machine only. Two stores in
 * the database `newsline`: `articles`, one record per article by its id, and `extraction`, the
 * events they add to a timeline as one record (it is made from all of them at once).
 *
 * Records are checked when read: one that does not fit is left out and named, never fatal. Each
 * write is one transaction, so a failure (a full disk above all) leaves nothing half-written, and
 * every failure comes out as a StorageProblem the page can show. When another tab needs a newer
 * version of the database this page lets go of it, rather than keep that tab waiting, and says
 * so on its next use.
 *
 * The database is opened through the given IDBFactory (idb's openDB opens the global one only),
 * then used through idb.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { describeIssues } from '../domain/loadTimeline';
import {
  MyArticleSchema,
  StoredAdditionSchema,
  type MyArticle,
  type StoredAddition,
} from './myArticleSchema';
import { NO_STORAGE, StorageProblem, storageProblem, type Attempt } from './storageProblem';

export const DATABASE_NAME = 'newsline';
export const DATABASE_VERSION = 1;

/** The key of the one record of the `extraction` store. */
const ADDITION_KEY = 'addition';

interface MyArticlesSchema extends DBSchema {
  articles: { key: string; value: MyArticle; indexes: { addedAt: string } };
  extraction: { key: string; value: StoredAddition };
}

type Stores = StoreNames<MyArticlesSchema>;
type WriteTransaction = IDBPTransaction<MyArticlesSchema, Stores[], 'readwrite'>;

export interface MyArticlesDb {
  /** The articles, oldest first, and a line for each stored record that could not be read. */
  list(): Promise<{ articles: MyArticle[]; unreadable: string[] }>;
  /** Saves (or replaces, by id) all of `articles`, or none of them. */
  put(articles: readonly MyArticle[]): Promise<void>;
  remove(id: string): Promise<void>;
  /** Removes every article and the events made from them. */
  clear(): Promise<void>;
  /**
   * The stored events of the reader's articles; undefined when there are none, or none readable
   * (they are made again from the articles).
   */
  getAddition(): Promise<StoredAddition | undefined>;
  putAddition(addition: StoredAddition): Promise<void>;
  close(): Promise<void>;
}

const OLDER_TAB =
  'Newsline is open in another tab with an older version, which keeps this page from your saved articles. Close that tab, then reload this page.';
const NEWER_VERSION =
  'Your saved articles were last used by a newer version of Newsline. Reload this page to get it.';
const UPDATED_ELSEWHERE =
  'Newsline was updated in another tab, so this page let go of your saved articles. Reload it to reach them again.';
const CLOSED_BY_BROWSER =
  "Your browser closed this site's storage (its data may have been cleared). Reload the page to reach your saved articles.";
const CLOSED_HERE = 'Your saved articles were closed on this page. Reload it to reach them again.';

/** Opens the reader's articles: through `factory`, or the browser's IndexedDB. */
export async function openMyArticles(factory?: IDBFactory): Promise<MyArticlesDb> {
  const indexedDb = factory ?? browserIndexedDb();
  if (indexedDb === undefined) throw new StorageProblem('unavailable', NO_STORAGE);
  return articlesIn(await openDatabase(indexedDb));
}

function browserIndexedDb(): IDBFactory | undefined {
  try {
    // Missing in some private modes; reading it throws where the browser forbids storage (a
    // sandboxed frame, site data blocked).
    return typeof indexedDB === 'undefined' || indexedDB === null ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DATABASE_NAME, DATABASE_VERSION);
    } catch (error) {
      reject(new StorageProblem('unavailable', NO_STORAGE, { cause: error }));
      return;
    }
    let gaveUp = false;
    request.addEventListener('upgradeneeded', () => {
      const articles = request.result.createObjectStore('articles', { keyPath: 'id' });
      // For reading by time. list() reads the store itself: the index leaves out a record with
      // no valid addedAt, and such a record must be named, not missed.
      articles.createIndex('addedAt', 'addedAt');
      request.result.createObjectStore('extraction');
    });
    // An older version open elsewhere holds the database: the open would wait until that tab
    // closes, so the reader is told now, and a connection that comes later is let go.
    request.addEventListener('blocked', () => {
      gaveUp = true;
      reject(new StorageProblem('blocked', OLDER_TAB));
    });
    request.addEventListener('success', () => {
      if (gaveUp) request.result.close();
      else resolve(request.result);
    });
    request.addEventListener('error', () => reject(openProblem(request.error)));
  });
}

function openProblem(error: DOMException | null): StorageProblem {
  if (error?.name === 'VersionError') {
    return new StorageProblem('failed', NEWER_VERSION, { cause: error });
  }
  if (error?.name === 'QuotaExceededError') {
    return storageProblem(error, { what: 'your saved articles', done: 'opened' });
  }
  // Firefox's private windows and a broken profile refuse the open itself.
  return new StorageProblem('unavailable', NO_STORAGE, { cause: error });
}

function articlesIn(connection: IDBDatabase): MyArticlesDb {
  // The types idb's openDB would give this database (wrap cannot know its stores).
  const db = wrap(connection) as unknown as IDBPDatabase<MyArticlesSchema>;
  let letGo: (() => StorageProblem) | undefined;
  connection.addEventListener('versionchange', () => {
    connection.close();
    letGo = () => new StorageProblem('blocked', UPDATED_ELSEWHERE);
  });
  connection.addEventListener('close', () => {
    letGo = () => new StorageProblem('unavailable', CLOSED_BY_BROWSER);
  });

  /** Runs one storage step, any failure of it as a StorageProblem about `attempt`. */
  async function step<T>(attempt: Attempt, run: () => Promise<T>): Promise<T> {
    if (letGo) throw letGo();
    try {
      return await run();
    } catch (error) {
      throw storageProblem(error, attempt);
    }
  }

  /**
   * One readwrite transaction over `stores`: `start` makes its requests, passing each to
   * `started`. Resolves once it is committed; otherwise it is aborted whole and this rejects with
   * the reason.
   */
  async function write(
    stores: Stores[],
    start: (tx: WriteTransaction, started: (request: Promise<unknown>) => void) => void,
  ): Promise<void> {
    const tx = db.transaction(stores, 'readwrite');
    const requests: Promise<unknown>[] = [];
    try {
      start(tx, (request) => requests.push(request));
      await Promise.all(requests);
      await tx.done;
    } catch (error) {
      // A failed request has aborted the transaction already; one that threw (a value that
      // cannot be stored, a full disk in some browsers) has not, and what came before it would
      // otherwise be committed.
      try {
        tx.abort();
      } catch {
        // Already aborted.
      }
      await Promise.allSettled([...requests, tx.done]);
      // The transaction's error is why it was aborted: a full disk found on commit shows only
      // there (its requests fail with AbortError). It is null when this code aborted it.
      throw tx.error ?? error;
    }
  }

  return {
    list: () =>
      step({ what: 'your saved articles', done: 'read' }, async () => {
        const records: unknown[] = await db.getAll('articles');
        return readArticles(records);
      }),

    put: (articles) => {
      const attempt = {
        what: articles.length === 1 ? 'the article' : `the ${articles.length} articles`,
        done: 'saved',
      };
      return step(attempt, async () => {
        const checked = articles.map((article) => {
          const parsed = MyArticleSchema.safeParse(article);
          if (parsed.success) return parsed.data;
          const none = articles.length === 1 ? '' : ` None of the ${articles.length} was saved.`;
          throw new StorageProblem(
            'failed',
            `The article ${nameOf(article)} could not be saved (${describeIssues(parsed.error.issues)}).${none}`,
          );
        });
        if (checked.length === 0) return;
        await write(['articles'], (tx, started) => {
          const store = tx.objectStore('articles');
          for (const article of checked) started(store.put(article));
        });
      });
    },

    remove: (id) =>
      step({ what: 'the article', done: 'removed' }, () =>
        write(['articles'], (tx, started) => started(tx.objectStore('articles').delete(id))),
      ),

    clear: () =>
      step({ what: 'your articles', done: 'removed' }, () =>
        write(['articles', 'extraction'], (tx, started) => {
          started(tx.objectStore('articles').clear());
          started(tx.objectStore('extraction').clear());
        }),
      ),

    getAddition: () =>
      step({ what: 'the events of your articles', done: 'read' }, async () => {
        const record: unknown = await db.get('extraction', ADDITION_KEY);
        const parsed = StoredAdditionSchema.safeParse(record);
        return parsed.success ? parsed.data : undefined;
      }),

    putAddition: (addition) =>
      step({ what: 'the events of your articles', done: 'saved' }, async () => {
        const parsed = StoredAdditionSchema.safeParse(addition);
        if (!parsed.success) {
          const why = describeIssues(parsed.error.issues);
          throw new StorageProblem(
            'failed',
            `The events of your articles could not be saved (${why}).`,
          );
        }
        await write(['extraction'], (tx, started) =>
          started(tx.objectStore('extraction').put(parsed.data, ADDITION_KEY)),
        );
      }),

    close: () => {
      connection.close();
      letGo ??= () => new StorageProblem('failed', CLOSED_HERE);
      return Promise.resolve();
    },
  };
}

/** The records that are articles, oldest first, and a line naming each other one and why. */
function readArticles(records: readonly unknown[]): {
  articles: MyArticle[];
  unreadable: string[];
} {
  const articles: MyArticle[] = [];
  const unreadable: string[] = [];
  for (const record of records) {
    const parsed = MyArticleSchema.safeParse(record);
    if (parsed.success) articles.push(parsed.data);
    else unreadable.push(`${nameOf(record)}: ${describeIssues(parsed.error.issues)}`);
  }
  articles.sort((a, b) => Date.parse(a.addedAt) - Date.parse(b.addedAt));
  return { articles, unreadable };
}

/** A record as the reader would know it, quoted: its file name, or else its id. */
function nameOf(record: unknown): string {
  const { file, id }: Record<string, unknown> =
    typeof record === 'object' && record !== null ? { ...record } : {};
  if (typeof file === 'string' && file !== '') return `“${file}”`;
  return `“${typeof id === 'string' || typeof id === 'number' ? id : '?'}”`;
}

/** How much of this site's storage is used, and its quota, in bytes, where the browser says. */
export async function estimateStorage(): Promise<{ used: number; quota: number } | undefined> {
  const storage = storageManager();
  if (typeof storage?.estimate !== 'function') return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? undefined : { used: usage, quota };
  } catch (error) {
    throw storageProblem(error, { what: 'the space your articles take', done: 'measured' });
  }
}

/**
 * Asks the browser to keep this site's data until the reader removes it, rather than clear it
 * when space runs low; whether it will.
 */
export async function persistStorage(): Promise<boolean> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return false;
  try {
    return await storage.persist();
  } catch (error) {
    throw storageProblem(error, { what: 'your articles', done: 'kept for good' });
  }
}

/** navigator.storage: missing outside a secure context, and in Node. */
function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage ?? undefined);
}
