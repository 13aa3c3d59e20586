/**
 * Lists of one event (its actors, countries, articles) are shown only in part: a file may give
 * one event 50,000 countries, which drew 50,000 chips in a 3.7 s task. The rest is counted.
 */

/** Most chips or passages of one event the panel shows. */
export const MAX_SHOWN_PER_EVENT = 20;

/** Most names of one event a cell of the list shows. */
export const MAX_NAMES_PER_CELL = 10;

/** The first `max` items, and how many are left out. */
export function firstOf<T>(
  items: readonly T[],
  max: number,
): { readonly shown: readonly T[]; readonly more: number } {
  return items.length <= max
    ? { shown: items, more: 0 }
    : { shown: items.slice(0, max), more: items.length - max };
}

/** "and 1,234 more", for what a list leaves out. */
export function andMore(count: number): string {
  return `and ${count.toLocaleString('en-US')} more`;
}

/** The names of at most `max` items joined with `separator`, then how many more there are. */
export function namesWithMore<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  separator: string,
  max = MAX_NAMES_PER_CELL,
): string {
  const { shown, more } = firstOf(items, max);
  const listed = shown.map(nameOf).join(separator);
  return more === 0 ? listed : `${listed} ${andMore(more)}`;
}
