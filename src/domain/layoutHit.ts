/**
 * What a point of the item area shows, found in a row layout (domain/rowLayout) rather than in
 * the page: the timeline's pointer input goes to the widget that pans and zooms it, and the item
 * layer above lets it through, so a tap or a hover is told by where it is.
 */
import type { Aggregate, PlacedItem, PlacedRow, RowLayout } from './rowLayout';

export type LayoutHit =
  | { readonly kind: 'item'; readonly item: PlacedItem }
  | { readonly kind: 'aggregate'; readonly aggregate: Aggregate; readonly row: PlacedRow }
  | { readonly kind: 'row'; readonly row: PlacedRow }
  | { readonly kind: 'none' };

/** The row whose band holds `y` (pixels from the first row's top), by binary search. */
function rowAt(rows: readonly PlacedRow[], y: number): PlacedRow | undefined {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const row = rows[middle];
    if (row === undefined) return undefined;
    if (y < row.top) high = middle - 1;
    else if (y >= row.top + row.height) low = middle + 1;
    else return row;
  }
  return undefined;
}

const within = (x: number, y: number, left: number, width: number, top: number, height: number) =>
  x >= left && x <= left + width && y >= top && y < top + height;

/** What lies at (x, y), pixels from the item area's top left; `boxHeight` is an item's height. */
export function layoutHit(layout: RowLayout, x: number, y: number, boxHeight: number): LayoutHit {
  const row = rowAt(layout.rows, y);
  if (row === undefined) return { kind: 'none' };
  const inRow = y - row.top;
  // Later items are drawn over earlier ones: look from the last.
  for (let i = row.items.length - 1; i >= 0; i -= 1) {
    const item = row.items[i];
    if (item !== undefined && within(x, inRow, item.left, item.width, item.top, boxHeight))
      return { kind: 'item', item };
  }
  for (const aggregate of row.aggregates)
    if (within(x, inRow, aggregate.left, aggregate.width, aggregate.top, boxHeight))
      return { kind: 'aggregate', aggregate, row };
  return { kind: 'row', row };
}
