/**
 * Seasons as month ranges, for "the spring of 2020", "last summer", "this winter".
 *
 * Meteorological seasons of the northern hemisphere, where most English-language news is
 * written: spring March–May, summer June–August, autumn (fall) September–November, winter
 * December–February. Limits: southern-hemisphere seasons are not distinguished.
 */

export interface Season {
  /** First month, 1–12. */
  firstMonth: number;
  /** Number of months; the range may run into the next year (winter). */
  months: number;
}

export const SEASONS: Readonly<Record<string, Season>> = {
  spring: { firstMonth: 3, months: 3 },
  summer: { firstMonth: 6, months: 3 },
  autumn: { firstMonth: 9, months: 3 },
  fall: { firstMonth: 9, months: 3 },
  winter: { firstMonth: 12, months: 3 },
};
