/**
 * Holidays that fall on the same day every year and are named that way in English news.
 *
 * Limits: no movable feasts (Easter, Thanksgiving) and no national days, whose date depends on
 * the country ("Independence Day").
 */

export interface FixedHoliday {
  month: number;
  day: number;
}

/** Keys are lower-case, apostrophes as typed ASCII; the parser folds ’ to '. */
export const FIXED_HOLIDAYS: Readonly<Record<string, FixedHoliday>> = {
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  halloween: { month: 10, day: 31 },
  'christmas eve': { month: 12, day: 24 },
  'christmas day': { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  'boxing day': { month: 12, day: 26 },
};
