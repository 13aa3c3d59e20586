/**
 * One timeline on the page: the axis widget (./axisWidget) with the app's item layer
 * (./itemLayer) laid over its item area and the row labels beside it. On each move of the window
 * the rows of every event in it are laid out (./layoutOptions, domain/rowLayout) and drawn; taps
 * and hovers are told from the layout (domain/layoutHit), since the layer lets all pointer input
 * through to the widget. A tap on an aggregate zooms to its events.
 */
import type { GroupSpec } from '../../domain/grouping';
import { layoutHit, type LayoutHit } from '../../domain/layoutHit';
import type { Aggregate, RowLayout } from '../../domain/rowLayout';
import type { TimelineItemSpec } from '../../domain/timelineItems';
import type { TimeWindow } from '../../domain/timelineWindow';
import type { WindowRange } from '../../domain/urlState';
import { createAxisWidget, type AxisWidget, type ItemArea } from './axisWidget';
import { createItemLayer, type ItemLayer } from './itemLayer';
import { BOX_HEIGHT, layOut } from './layoutOptions';
import { createTextWidth } from './textWidth';

export interface Widget {
  readonly axis: AxisWidget;
  readonly layer: ItemLayer;
  readonly plot: HTMLElement;
  readonly itemsHost: HTMLElement;
  readonly labelsHost: HTMLElement;
  readonly textWidth: (text: string) => number;
  items: readonly TimelineItemSpec[];
  groups: readonly GroupSpec[];
  selectedId: string | null;
  /** Rows whose aggregate the reader tapped: each of their events in the window is an item. */
  openRows: Set<string>;
  layout: RowLayout;
  area: ItemArea | undefined;
  framed: boolean;
  /** The first window the view was opened on (undefined: all items fitted), once opened. */
  openedOn: TimeWindow | undefined;
  /** The next settled window was asked for by the reader (an aggregate, a button). */
  readerMove: boolean;
  /** Where the last press on the timeline began, to tell a tap from the end of a drag. */
  pressedAt: { x: number; y: number } | null;
  scrollFrame: number;
  destroyed: boolean;
}

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
/** A press that moved further than this, in pixels, was a drag, not a tap. */
const TAP_SLOP = 10;
/** Rows this far above and below the page's view are drawn too, so a scroll finds them ready. */
const VIEW_MARGIN = 400;

const emptyLayout: RowLayout = { rows: [], height: 0, inWindow: 0 };

/** Up to this many boxes, every row is drawn, wherever the page is scrolled. */
const DRAW_ALL_UP_TO = 400;

/**
 * The part of the layout to draw: all of it when it is small, else the part the page shows (read
 * from where its host lies on the screen) and a margin.
 */
function viewOf(widget: Widget): { top: number; bottom: number } {
  let boxes = 0;
  for (const row of widget.layout.rows) boxes += row.items.length + row.aggregates.length;
  if (boxes <= DRAW_ALL_UP_TO) return { top: -Infinity, bottom: Infinity };
  const box = widget.itemsHost.getBoundingClientRect();
  return { top: -box.top - VIEW_MARGIN, bottom: window.innerHeight - box.top + VIEW_MARGIN };
}

/**
 * Lays out the window's rows and draws them; the widget grows or shrinks to hold them (while the
 * window moves, it only grows: its frame is redrawn once it settles).
 */
export function redraw(
  widget: Widget,
  shown: WindowRange = widget.axis.window(),
  moving = false,
): void {
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
  widget.layer.draw(widget.layout, widget.selectedId, viewOf(widget));
  // The window the rows show, for whoever checks that each event in it is shown.
  widget.itemsHost.dataset['windowStart'] = String(shown.start);
  widget.itemsHost.dataset['windowEnd'] = String(shown.end);
  widget.axis.setRowsHeight(widget.layout.height, moving);
}

/** Lays the item and label hosts over the widget's item area, as measured now. */
export function placeHosts(widget: Widget): boolean {
  const area = widget.axis.itemArea();
  const was = widget.area;
  if (
    area === undefined ||
    (was?.left === area.left &&
      was.top === area.top &&
      was.width === area.width &&
      was.visibleWidth === area.visibleWidth)
  )
    return false;
  widget.area = area;
  const { style } = widget.itemsHost;
  style.left = `${area.left}px`;
  style.top = `${area.top}px`;
  style.width = `${area.visibleWidth}px`;
  widget.labelsHost.style.marginTop = `${area.top}px`;
  return true;
}

/** What lies under a point of the screen. */
function hitAt(widget: Widget, clientX: number, clientY: number): LayoutHit {
  const box = widget.itemsHost.getBoundingClientRect();
  return layoutHit(widget.layout, clientX - box.left, clientY - box.top, BOX_HEIGHT);
}

/** A window that shows an aggregate's events: their span, padded, at least a quarter day. */
function windowOf(aggregate: Aggregate): WindowRange {
  const pad = Math.max((aggregate.end - aggregate.start) * 0.1, MINUTE * 30);
  const start = aggregate.start - pad;
  const end = aggregate.end + pad;
  const centre = (start + end) / 2;
  return end - start >= DAY / 4
    ? { start, end }
    : { start: centre - DAY / 8, end: centre + DAY / 8 };
}

function element(className: string): HTMLElement {
  const made = document.createElement('div');
  made.className = className;
  return made;
}

/** What the timeline tells the page. */
export interface WidgetEvents {
  readonly onSelect: (eventId: string | null) => void;
  readonly onWindowChange: (window: WindowRange, byUser: boolean) => void;
  readonly describeItem: (spec: TimelineItemSpec) => string;
  readonly describeAggregate: (aggregate: Aggregate) => string;
}

/** Makes the timeline in `root`; `destroy` takes it away with everything it listens to. */
export function createTimelineWidget(
  root: HTMLElement,
  events: WidgetEvents,
): { widget: Widget; destroy: () => void } {
  const { onSelect, onWindowChange, describeItem, describeAggregate } = events;
  const frame = element('timeline-frame');
  const labelsHost = element('timeline-labels');
  const plot = element('timeline-plot');
  const axisHost = element('timeline-axis');
  const itemsHost = element('timeline-items');
  plot.append(axisHost, itemsHost);
  frame.append(labelsHost, plot);
  root.append(frame);
  let widget: Widget | null = null;
  const axis = createAxisWidget(axisHost, {
    onMove: (shown) => {
      if (widget !== null) redraw(widget, shown, true);
    },
    onSettle: (shown, byUser) => {
      if (widget === null) return;
      widget.axis.setRowsHeight(widget.layout.height, false);
      const reader = byUser || widget.readerMove;
      widget.readerMove = false;
      onWindowChange(shown, reader);
    },
    onTap: (x, y) => {
      if (widget === null) return;
      // The widget can report the release of a drag as a tap, where the drag ended.
      const from = widget.pressedAt;
      if (from !== null && Math.hypot(from.x - x, from.y - y) > TAP_SLOP) return;
      const hit = hitAt(widget, x, y);
      if (hit.kind === 'item') onSelect(hit.item.spec.id);
      else if (hit.kind === 'aggregate') {
        // Zoomed in to, the aggregate's events may still crowd its row (ranges that cover the
        // window never part): its row is opened as well, so each of them is drawn.
        widget.openRows.add(hit.row.group.id);
        widget.readerMove = true;
        widget.axis.setWindow(windowOf(hit.aggregate));
        redraw(widget);
      } else onSelect(null);
    },
    onDrawn: () => {
      if (widget !== null && placeHosts(widget)) redraw(widget);
    },
  });
  const layer = createItemLayer(
    { items: itemsHost, labels: labelsHost },
    {
      className: (spec) =>
        `timeline-item--${spec.kind === 'point' ? 'point' : 'fuzzy'} event-type--${spec.eventType}`,
      describe: (spec) => describeItem(spec),
      describeAggregate: (aggregate) => describeAggregate(aggregate),
    },
  );
  const made: Widget = {
    axis,
    layer,
    plot,
    itemsHost,
    labelsHost,
    textWidth: createTextWidth(() => getComputedStyle(itemsHost).font),
    items: [],
    groups: [],
    selectedId: null,
    openRows: new Set(),
    layout: emptyLayout,
    area: undefined,
    framed: false,
    openedOn: undefined,
    readerMove: false,
    pressedAt: null,
    scrollFrame: 0,
    destroyed: false,
  };
  widget = made;
  // A hover shows the item's whole title (and, as a tooltip, its date) or an aggregate's count.
  const onPointerMove = (event: PointerEvent): void => {
    // A drag pans; what it passes over is not hovered (and the layer just moved).
    if (event.buttons !== 0) return;
    const hit = hitAt(made, event.clientX, event.clientY);
    const target = hit.kind === 'item' ? hit.item : hit.kind === 'aggregate' ? hit.aggregate : null;
    made.layer.hover(target);
    plot.classList.toggle('is-pointing', target !== null);
    const tip =
      hit.kind === 'item'
        ? describeItem(hit.item.spec)
        : hit.kind === 'aggregate'
          ? describeAggregate(hit.aggregate)
          : '';
    if (plot.title !== tip) plot.title = tip;
  };
  const onPointerDown = (event: PointerEvent): void => {
    made.pressedAt = { x: event.clientX, y: event.clientY };
  };
  const onPointerLeave = (): void => {
    made.layer.hover(null);
    plot.classList.remove('is-pointing');
  };
  // Rows are drawn near the part of the page in view: a scroll of the page (or of the pane
  // the timeline is in) draws the rows it brings in, once per frame.
  const onScroll = (): void => {
    if (made.scrollFrame !== 0) return;
    made.scrollFrame = requestAnimationFrame(() => {
      made.scrollFrame = 0;
      if (!made.destroyed) made.layer.draw(made.layout, made.selectedId, viewOf(made));
    });
  };
  plot.addEventListener('pointerdown', onPointerDown, { capture: true });
  plot.addEventListener('pointermove', onPointerMove);
  plot.addEventListener('pointerleave', onPointerLeave);
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  placeHosts(made);
  const destroy = (): void => {
    made.destroyed = true;
    widget = null;
    cancelAnimationFrame(made.scrollFrame);
    window.removeEventListener('scroll', onScroll, { capture: true });
    layer.destroy();
    axis.destroy();
    frame.remove();
  };
  return { widget: made, destroy };
}
