/**
 * The timeline's geometry (matching the item CSS in app.css) and the one call that lays out a
 * window: the selected event is drawn as an item even in a crowded row, but it is given its place
 * ahead of the others only when it would otherwise be counted in an aggregate, so that selecting
 * an item never moves the items around it.
 */
import type { GroupSpec } from '../../domain/grouping';
import { layoutRows, type RowLayout, type RowLayoutOptions } from '../../domain/rowLayout';
import type { TimelineItemSpec } from '../../domain/timelineItems';
import type { WindowRange } from '../../domain/urlState';

/** An item's box height, in pixels; a lane is this and the gap below it. */
export const BOX_HEIGHT = 24;

/** Room in a point's box besides its title: the dot before it, padding after (app.css). */
export const POINT_CHROME = 22;
/** The widest a point's box grows for a long title (its end then shows an ellipsis). */
const POINT_MAX = 320;

const GEOMETRY = {
  laneHeight: 28,
  gap: 4,
  padding: 2,
  pointInset: 6,
  minRangeWidth: 24,
  aggregateWidth: 72,
  // A window with this many events or fewer shows every one as an item, however they stack.
  everyItemUpTo: 150,
  // A row with this many events or fewer in the window shows each, however crowded the rest:
  // zooming in to an aggregate then always ends by drawing its events.
  everyItemInRowUpTo: 4,
  laneBudget: 48,
  maxLanes: 6,
} as const;

export function layOut(
  groups: readonly GroupSpec[],
  items: readonly TimelineItemSpec[],
  window: WindowRange,
  width: number,
  selectedId: string | null,
  textWidth: (text: string) => number,
  openRows: ReadonlySet<string>,
): RowLayout {
  const options: RowLayoutOptions = {
    ...GEOMETRY,
    window,
    width,
    pointWidth: (spec) => Math.min(POINT_MAX, Math.ceil(textWidth(spec.title)) + POINT_CHROME),
    selectedId: null,
    openRows,
  };
  const layout = layoutRows(groups, items, options);
  if (selectedId === null) return layout;
  // Drawn already, or not in the window (which a second layout finds in what the window holds,
  // leaving the layout as it is): no pass over the whole list either way.
  if (layout.rows.some((row) => row.items.some((placed) => placed.spec.id === selectedId)))
    return layout;
  return layoutRows(groups, items, { ...options, selectedId });
}
