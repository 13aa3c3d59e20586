/**
 * Calendar periods named relative to the publication date: "last week", "this month",
 * "earlier this year", "next year", "the past two years", "over the weekend".
 *
 * Each entry says how far the period lies from the one that holds the publication day. Weeks
 * start on Monday. Limits: English only; "this weekend" means the weekend of the publication
 * week, which a Monday article may use for the weekend just gone.
 */

/** Steps from the publication's own period: −1 the one before, 0 the same, +1 the next. */
export const PERIOD_SHIFT_WORDS: Readonly<Record<string, number>> = {
  this: 0,
  current: 0,
  last: -1,
  next: 1,
  coming: 1,
};

/** "earlier this month", "later this year": the same period, whichever side of the day. */
export const PERIOD_SIDE_WORDS = ['earlier', 'later'] as const;

/** "the past two years", "the last 10 days": the span that ends on the publication day. */
export const SPAN_WORDS = ['past', 'last'] as const;

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
