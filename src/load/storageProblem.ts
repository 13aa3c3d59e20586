/**
 * The one way the reader's article storage (myArticles.ts) fails: a StorageProblem, saying in
 * the reader's words what was not done and what they can do about it, with the browser's own
 * error as its `cause`. Every failure of the storage comes out as one of these, so that the page
 * can always tell the reader, and nothing is lost without a word.
 */

export type StorageProblemKind = 'unavailable' | 'quota' | 'blocked' | 'failed';

export class StorageProblem extends Error {
  override readonly name = 'StorageProblem';

  constructor(
    readonly kind: StorageProblemKind,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}

/** What was being done when storage failed, for the message: "the article" could not be "saved". */
export interface Attempt {
  what: string;
  done: string;
}

export const NO_STORAGE =
  'Your browser does not let this site keep data (private browsing often turns this off), so your articles cannot be kept on this machine.';

/**
 * The problem a failed storage step amounts to. A full disk or quota is named as such, whether
 * the browser reports it on the request or as the reason the transaction was aborted; anything
 * else is a failure of that step, with the browser's words for it.
 */
export function storageProblem(error: unknown, attempt: Attempt): StorageProblem {
  if (error instanceof StorageProblem) return error;
  if (isQuotaExceeded(error)) {
    return new StorageProblem(
      'quota',
      `Your browser's storage for this site is full, so ${attempt.what} could not be ${attempt.done}. Remove some of your articles or free space, then try again.`,
      { cause: error },
    );
  }
  const what = attempt.what.charAt(0).toUpperCase() + attempt.what.slice(1);
  return new StorageProblem(
    'failed',
    `${what} could not be ${attempt.done} (the browser said: ${browserWords(error)}). Try again; if it keeps happening, reload the page.`,
    { cause: error },
  );
}

/**
 * A QuotaExceededError, by name: browsers throw it as a DOMException, and newer ones as a
 * subclass of it with the same name.
 */
export function isQuotaExceeded(error: unknown): boolean {
  return error instanceof Error && error.name === 'QuotaExceededError';
}

function browserWords(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message ? `${error.name}, ${error.message}` : error.name;
}
