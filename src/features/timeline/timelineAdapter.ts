/**
 * The timeline's one renderer, at every size: the axis widget (./axisWidget, vis-timeline
 * through its documented API) draws the axis and the grid and pans and zooms; on each move of its
 * window the rows of every event in the window are laid out (domain/rowLayout) and drawn by the
 * app's own item layer (./itemLayer) over the widget's item area. Nothing is hidden: an event in
 * the window is an item or counted by an aggregate of its row, and a tap on an aggregate zooms to
 * its events. Taps and hovers are told from the layout (domain/layoutHit), since the layer lets
 * all pointer input through to the widget.
 *
 * Created once per mount, in one layout effect whose cleanup destroys it; items, the window and
 * the selection are pushed in effects of their own. Safety: titles and labels are text nodes.
 * Limits: one selected event at a time; items are not editable.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import type { GroupSpec } from '../../domain/grouping';
import { layoutHit, type LayoutHit } from '../../domain/layoutHit';
import type { Aggregate, RowLayout } from '../../domain/rowLayout';
import type { TimelineItemSpec } from '../../domain/timelineItems';
import { itemsSpan, type TimeWindow } from '../../domain/timelineWindow';
import type { WindowRange } from '../../domain/urlState';
import { createAxisWidget, type AxisWidget, type ItemArea } from './axisWidget';
import { createItemLayer, type ItemLayer } from './itemLayer';
import { BOX_HEIGHT, layOut } from './layoutOptions';
import { createTextWidth } from './textWidth';

export interface TimelineWidgetInput {
  readonly items: readonly TimelineItemSpec[];
  readonly groups: readonly GroupSpec[];
  readonly selectedId: string | null;
  /** Called with the event the reader picked on the timeline, or null for a tap on nothing. */
  readonly onSelect: (eventId: string | null) => void;
  /** Where the first view opens when the reader has not chosen a window; undefined fits all. */
  readonly initialWindow: TimeWindow | undefined;
  /** The window the reader chose (from a link, or back/forward), or null. */
  readonly window: WindowRange | null;
  /** Called when the shown window settles; byUser when the reader moved it. */
  readonly onWindowChange: (window: WindowRange, byUser: boolean) => void;
  /** Text of the tooltip of an item (title and date). */
  readonly describeItem: (spec: TimelineItemSpec) => string;
  /** Text of an aggregate for assistive technology and its tooltip. */
  readonly describeAggregate: (aggregate: Aggregate) => string;
}

/** What the surrounding UI may ask of the timeline. */
export interface TimelineControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fitAll: () => void;
}

interface Widget {
  readonly axis: AxisWidget;
  readonly layer: ItemLayer;
  readonly plot: HTMLElement;
  readonly itemsHost: HTMLElement;
  readonly labelsHost: HTMLElement;
  readonly textWidth: (text: string) => number;
  items: readonly TimelineItemSpec[];
  groups: readonly GroupSpec[];
  selectedId: string | null;
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

/** Lays out the window's rows and draws them; the widget grows or shrinks to hold them. */
function redraw(widget: Widget, shown: WindowRange = widget.axis.window()): void {
  const { area } = widget;
  widget.layout =
    area === undefined
      ? emptyLayout
      : layOut(widget.groups, widget.items, shown, area.width, widget.selectedId, widget.textWidth);
  widget.layer.draw(widget.layout, widget.selectedId, viewOf(widget));
  widget.axis.setRowsHeight(widget.layout.height);
}

/** Lays the item and label hosts over the widget's item area, as measured now. */
function placeHosts(widget: Widget): boolean {
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

/** The span of every item, padded a little, for "fit all". */
function fullSpan(items: readonly TimelineItemSpec[]): WindowRange | undefined {
  const span = itemsSpan(items);
  if (span === undefined) return undefined;
  const pad = Math.max((span.end - span.start) * 0.03, DAY);
  return { start: span.start - pad, end: span.end + pad };
}

function sameWindow(a: TimeWindow | undefined, b: TimeWindow | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}

function element(className: string): HTMLElement {
  const made = document.createElement('div');
  made.className = className;
  return made;
}

export function useTimelineWidget(
  container: RefObject<HTMLElement | null>,
  input: TimelineWidgetInput,
): TimelineControls {
  const widgetRef = useRef<Widget | null>(null);
  const onSelect = useEffectEvent((id: string | null) => input.onSelect(id));
  const describeItem = useEffectEvent((spec: TimelineItemSpec) => input.describeItem(spec));
  const describeAggregate = useEffectEvent((aggregate: Aggregate) =>
    input.describeAggregate(aggregate),
  );
  const onWindowChange = useEffectEvent((range: WindowRange, byUser: boolean) =>
    input.onWindowChange(range, byUser),
  );

  useLayoutEffect(() => {
    const root = container.current;
    if (root === null) return undefined;
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
        if (widget !== null) redraw(widget, shown);
      },
      onSettle: (shown, byUser) => {
        if (widget === null) return;
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
          widget.readerMove = true;
          widget.axis.setWindow(windowOf(hit.aggregate));
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
    widgetRef.current = made;
    // A hover shows the item's whole title (and, as a tooltip, its date) or an aggregate's count.
    const onPointerMove = (event: PointerEvent): void => {
      const hit = hitAt(made, event.clientX, event.clientY);
      const target =
        hit.kind === 'item' ? hit.item : hit.kind === 'aggregate' ? hit.aggregate : null;
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
    return () => {
      made.destroyed = true;
      widget = null;
      widgetRef.current = null;
      cancelAnimationFrame(made.scrollFrame);
      window.removeEventListener('scroll', onScroll, { capture: true });
      layer.destroy();
      axis.destroy();
      frame.remove();
    };
  }, [container]);

  // Rows and items change together on a filter: one layout of them, drawn before the frame.
  useLayoutEffect(() => {
    const widget = widgetRef.current;
    if (widget === null) return;
    widget.groups = input.groups;
    widget.items = input.items;
    // The view opens once on the first window; again when the timeline's first window changes (a
    // file's whole, after its first part) while the reader has not chosen a window.
    const reopen =
      widget.framed && input.window === null && !sameWindow(input.initialWindow, widget.openedOn);
    if ((!widget.framed || reopen) && input.items.length > 0) {
      widget.framed = true;
      widget.openedOn = input.initialWindow;
      const chosen = input.window;
      const first =
        chosen ??
        (input.initialWindow === undefined
          ? fullSpan(input.items)
          : { start: input.initialWindow.start.getTime(), end: input.initialWindow.end.getTime() });
      if (first !== undefined) widget.axis.setWindow(first);
    }
    placeHosts(widget);
    redraw(widget);
  }, [input.groups, input.items, input.initialWindow, input.window]);

  useEffect(() => {
    const widget = widgetRef.current;
    const chosen = input.window;
    if (widget === null || chosen === null || !widget.framed) return;
    const shown = widget.axis.window();
    // The store keeps whole minutes; do not answer the reader's own pan with a jump.
    const close =
      Math.abs(shown.start - chosen.start) < 2 * MINUTE &&
      Math.abs(shown.end - chosen.end) < 2 * MINUTE;
    if (!close) widget.axis.setWindow(chosen);
  }, [input.window]);

  useLayoutEffect(() => {
    const widget = widgetRef.current;
    if (widget === null) return;
    const id = input.selectedId;
    if (widget.selectedId === id) return;
    widget.selectedId = id;
    const spec = id === null ? undefined : widget.items.find((item) => item.id === id);
    // A selection made elsewhere (keys, list, link) may be off screen: bring it into view.
    if (spec !== undefined) {
      const shown = widget.axis.window();
      const start = spec.start.getTime();
      const end = (spec.end ?? spec.start).getTime();
      if (end < shown.start || start > shown.end) {
        const half = (shown.end - shown.start) / 2;
        widget.axis.setWindow({ start: start - half, end: start + half });
      }
    }
    // The selected event is drawn as an item even where its row is crowded.
    redraw(widget);
  }, [input.selectedId]);

  return {
    zoomIn: () => widgetRef.current?.axis.zoom('in'),
    zoomOut: () => widgetRef.current?.axis.zoom('out'),
    fitAll: () => {
      const widget = widgetRef.current;
      const all = widget === null ? undefined : fullSpan(widget.items);
      if (widget !== null && all !== undefined) widget.axis.setWindow(all);
    },
  };
}
