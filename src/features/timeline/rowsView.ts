/**
 * The state of one timeline on the page (./timelineWidget makes it) and how its rows are laid out
 * and drawn for a window: the layout of every event in the window (./layoutOptions,
 * domain/rowLayout), drawn by the item layer in the rows pane, which is placed over the axis
 * widget's item area, and scrolls when the rows are taller than it.
 */
import type { GroupSpec } from '../../domain/grouping';
import { layoutHit, type LayoutHit } from '../../domain/layoutHit';
import type { RowLayout } from '../../domain/rowLayout';
import type { TimelineItemSpec } from '../../domain/timelineItems';
import type { TimeWindow } from '../../domain/timelineWindow';
import type { WindowRange } from '../../domain/urlState';
import type { AxisWidget, ItemArea } from './axisWidget';
import type { ItemLayer } from './itemLayer';
import { BOX_HEIGHT, layOut } from './layoutOptions';

export interface Widget {
  readonly axis: AxisWidget;
  readonly layer: ItemLayer;
  readonly frame: HTMLElement;
  readonly plot: HTMLElement;
  /** The pane of rows under the axis, which scrolls up and down. */
  readonly rows: HTMLElement;
  readonly rowsContent: HTMLElement;
  readonly itemsHost: HTMLElement;
  readonly labelsHost: HTMLElement;
  readonly textWidth: (text: string) => number;
  items: readonly TimelineItemSpec[];
  groups: readonly GroupSpec[];
  selectedId: string | null;
  /** Rows whose aggregate the reader tapped: each of their events in the window is an item. */
  openRows: Set<string>;
  /** How wide the window was made to show the last tapped aggregate, in milliseconds. */
  openedSpan: number;
  layout: RowLayout;
  area: ItemArea | undefined;
  /** Where the plot begins in the frame (the label column's width), in pixels. */
  plotLeft: number;
  framed: boolean;
  /** The first window the view was opened on (undefined: all items fitted), once opened. */
  openedOn: TimeWindow | undefined;
  /** The next settled window was asked for by the reader (a gesture, an aggregate, a button). */
  readerMove: boolean;
  /** A drag or pinch is under way: the window it leaves is the reader's. */
  gesture: boolean;
  /** The frame that will draw the window's rows (0: none asked for). */
  drawFrame: number;
  scrollFrame: number;
  destroyed: boolean;
}

/** Rows this far above and below the pane's view are drawn too, so a scroll finds them ready. */
const VIEW_MARGIN = 400;

export const emptyLayout: RowLayout = { rows: [], height: 0, inWindow: 0 };

/**
 * Up to this many boxes, every row is drawn, wherever the pane is scrolled. Past it, only the rows
 * near the pane's view: at 10,000 events a filter undone brings back about 400 boxes, and drawing
 * only those in view took its median from 54 to 35 ms (16 toggles of each, alternating builds,
 * 8 December; 400 here before).
 */
const DRAW_ALL_UP_TO = 150;

/** The part of the layout to draw: all of it when it is small, else the pane's view and a margin. */
export function viewOf(widget: Widget): { top: number; bottom: number } {
  let boxes = 0;
  for (const row of widget.layout.rows) boxes += row.items.length + row.aggregates.length;
  if (boxes <= DRAW_ALL_UP_TO) return { top: -Infinity, bottom: Infinity };
  const { scrollTop, clientHeight } = widget.rows;
  return { top: scrollTop - VIEW_MARGIN, bottom: scrollTop + clientHeight + VIEW_MARGIN };
}

/** Lays out the window's rows and draws them. */
export function redraw(widget: Widget, shown: WindowRange = widget.axis.window()): void {
  const { area } = widget;
  widget.layout =
    area === undefined
      ? emptyLayout
      : layOut(
          widget.groups,
          widget.items,
          shown,
          area.width,
          widget.selectedId,
          widget.textWidth,
          widget.openRows,
        );
  widget.rowsContent.style.height = `${widget.layout.height}px`;
  widget.layer.draw(widget.layout, widget.selectedId, viewOf(widget));
  // The window the rows show, for whoever checks that each event in it is shown.
  widget.itemsHost.dataset['windowStart'] = String(shown.start);
  widget.itemsHost.dataset['windowEnd'] = String(shown.end);
}

/** Lays the rows pane and the item host over the widget's item area, as measured now. */
export function placeHosts(widget: Widget): boolean {
  const area = widget.axis.itemArea();
  const was = widget.area;
  const plotLeft = widget.plot.offsetLeft;
  if (
    area === undefined ||
    (was?.left === area.left &&
      was.top === area.top &&
      was.width === area.width &&
      was.visibleWidth === area.visibleWidth &&
      plotLeft === widget.plotLeft)
  )
    return false;
  widget.area = area;
  widget.plotLeft = plotLeft;
  widget.rows.style.top = `${area.top}px`;
  const { style } = widget.itemsHost;
  style.left = `${plotLeft + area.left}px`;
  style.width = `${area.visibleWidth}px`;
  return true;
}

/** What lies under a point of the screen. */
export function hitAt(widget: Widget, clientX: number, clientY: number): LayoutHit {
  const box = widget.itemsHost.getBoundingClientRect();
  return layoutHit(widget.layout, clientX - box.left, clientY - box.top, BOX_HEIGHT);
}
