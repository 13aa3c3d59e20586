/**
 * The only module that talks to vis-timeline. It creates the widget once per mount, in one
 * layout effect whose cleanup destroys it, and pushes groups, items and the selection in separate
 * effects as differences (remove what went, add or update what changed), which the widget draws
 * far faster than a new data set or a DataView refresh. It holds only the items near the visible
 * window (see domain/windowing), re-chosen whenever the window settles, so a long timeline costs
 * what its visible stretch costs.
 *
 * Above LAYER_ABOVE events the items are not the widget's: the app's own item layer
 * (./itemLayer, laid out by domain/rowLayout) draws them and their row labels inside the widget's
 * centre and left panels, so the widget's drag and wheel pan and zoom them and its redraw frames
 * them, while the widget draws only the axis and the grid. The layer follows each move of the
 * window at once ('rangechange'); the items it holds are re-chosen when the window settles.
 *
 * Safety: item and row labels are DOM nodes built with textContent, so article words are never
 * parsed as HTML; the widget's own xss filter stays on. Limits: one selected event at a time;
 * items are not editable.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { GroupSpec } from '../../domain/grouping';
import { layoutRows } from '../../domain/rowLayout';
import { sameItem, type TimelineItemSpec } from '../../domain/timelineItems';
import { itemsSpan, type TimeWindow } from '../../domain/timelineWindow';
import type { WindowRange } from '../../domain/urlState';
import { itemsNearWindow } from '../../domain/windowing';
import { createItemLayer, type ItemLayer } from './itemLayer';
import { diffPush, idOfWidgetKey, textElement, widgetKey } from './widgetSync';

export interface TimelineWidgetInput {
  readonly items: readonly TimelineItemSpec[];
  readonly groups: readonly GroupSpec[];
  readonly selectedId: string | null;
  /** Called with the event the reader picked on the timeline, or null for a click on nothing. */
  readonly onSelect: (eventId: string | null) => void;
  /** Where the first view opens when the reader has not chosen a window; undefined fits all. */
  readonly initialWindow: TimeWindow | undefined;
  /** The window the reader chose (from a link, or back/forward), or null. */
  readonly window: WindowRange | null;
  /** Called when the shown window settles; byUser when the reader panned or zoomed it. */
  readonly onWindowChange: (window: WindowRange, byUser: boolean) => void;
  /** Text for the native tooltip of an item (title and date). */
  readonly describeItem: (spec: TimelineItemSpec) => string;
  /** Called with how many items near the window are not drawn at this zoom (0 when none). */
  readonly onLeftOut: (count: number) => void;
}

/** What the surrounding UI may ask of the widget. */
export interface TimelineControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fitAll: () => void;
}

interface WidgetItem extends DataItem {
  id: string;
}

interface WidgetGroup extends DataGroup {
  id: string;
}

interface Widget {
  readonly timeline: Timeline;
  readonly items: DataSet<WidgetItem>;
  readonly groups: DataSet<WidgetGroup>;
  readonly pushedItems: Map<string, TimelineItemSpec>;
  readonly pushedGroups: Map<string, GroupSpec>;
  /** Everything the page wants drawn; the widget holds the part near the window. */
  wantedItems: readonly TimelineItemSpec[];
  wantedGroups: readonly GroupSpec[];
  selectedId: string | null;
  destroyed: boolean;
  framed: boolean;
  /** A first window still to apply after the widget's own first fit (see the 'changed' hook). */
  pendingWindow: TimeWindow | undefined;
  /** The first window the view was opened on (undefined: all items fitted), once opened. */
  openedOn: TimeWindow | undefined;
  /** Draws at once what a push asked the widget to draw (or, with `force`, everything). */
  readonly redrawNow: (force?: boolean) => void;
  /** Asks the widget to redraw on its next frame. */
  readonly redrawSoon: () => void;
  /** The app's own item layer (see LAYER_ABOVE), absent when the widget's panels are not found. */
  readonly layer: ItemLayer | undefined;
  /** True while the layer, not the widget, draws the items. */
  layerMode: boolean;
  /** What the layer draws: the rows and items near the window, by id. */
  layerRows: readonly GroupSpec[];
  layerItems: Map<string, TimelineItemSpec>;
  /** The item area's width and the layout's height the layer last drew with. */
  layerWidth: number;
  layerHeight: number;
}

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
/**
 * Most items the widget holds at once; it measures each one it draws. 60 fill more than a screen
 * of rows (the nearest to the window's centre are kept); at 10,000 events a filter click took
 * 155–190 ms with 150 held and 80–115 ms with 60 (bench/quick.ts, four runs each). A timeline of
 * up to SMALL_TIMELINE events is cheap to draw whole, so its neighbourhood is never cut.
 */
const ITEM_CAP = 60;
const SMALL_TIMELINE = 150;
/**
 * Above this many events the app's own item layer draws the items and the widget only the axis,
 * the grid and the pan and zoom. The widget measures every item it draws and lays out its rows
 * once per data-set change: at 10,000 events a country filter took 47 ms on and 47 ms off, and
 * 26 and 22 ms with the layer (interleaved A/B runs of built apps, 5 each, medians). A small
 * timeline keeps the widget's own items, sized to their text.
 */
const LAYER_ABOVE = SMALL_TIMELINE;
/** The layer's geometry, in pixels; the item and lane heights match the item CSS (app.css). */
const LAYER_LAYOUT = {
  pointWidth: 180,
  minRangeWidth: 24,
  laneHeight: 28,
  gap: 4,
  padding: 2,
} as const;
/** Earlier than any event (the earliest Date): a window there holds no item. */
const FAR_PAST = -8.64e15;

const OPTIONS: TimelineOptions = {
  orientation: { axis: 'top', item: 'top' },
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  groupOrder: 'order',
  zoomMin: DAY / 4,
  zoomMax: 200 * 365 * DAY,
  margin: { item: { horizontal: 4, vertical: 4 }, axis: 8 },
  minHeight: 240,
};

function itemClassName(spec: TimelineItemSpec): string {
  const look = spec.kind === 'point' ? 'timeline-item--point' : 'timeline-item--fuzzy';
  return `timeline-item ${look} event-type--${spec.eventType}`;
}

function toWidgetItem(spec: TimelineItemSpec): WidgetItem {
  const item: WidgetItem = {
    id: widgetKey(spec.id),
    group: widgetKey(spec.group),
    // Plain text; the template below draws it as a text node.
    content: spec.title,
    start: spec.start,
    type: spec.kind,
    className: itemClassName(spec),
  };
  if (spec.end !== undefined) item.end = spec.end;
  return item;
}

/** The part of vis-timeline's Range that its items read to decide whether they are in view. */
interface RangeBounds {
  start: number;
  end: number;
}

/**
 * Runs `push` (changes to the widget's data sets) with every item out of view. The widget draws
 * and measures an item the moment it is added in view, one forced layout per item, and the redraw
 * that follows goes over it again; an item added out of view is drawn only by that redraw. (That
 * redraw still measures each newly shown item with a layout of its own: 20 to 40 small layouts
 * per filter click, measured with a Chrome trace.)
 */
function pushOutOfView(timeline: Timeline, push: () => void): void {
  const range = (timeline as unknown as { range?: RangeBounds }).range;
  if (range === undefined || typeof range.start !== 'number' || typeof range.end !== 'number') {
    push();
    return;
  }
  const { start, end } = range;
  range.start = FAR_PAST;
  range.end = FAR_PAST;
  try {
    push();
  } finally {
    range.start = start;
    range.end = end;
  }
}

/** The parts of the widget its size watcher reads: its root element and the size it last saw. */
interface SizeWatch {
  dom?: { root?: unknown };
  props?: { lastWidth?: unknown; lastHeight?: unknown };
  _onResize?: unknown;
}

/**
 * Called after each redraw. The widget's size watcher (once a second) compares its root's size
 * with the size it last saw and redraws when they differ, and a redraw that adds or drops rows
 * changes the height: left alone, that is one more redraw of every row after a filter click.
 * Rows are laid out by the redraw that changed them, so a new height alone is only noted; a new
 * width (a page scroll bar that came or went) moves every item, so it is redrawn at once.
 */
function settleSize(timeline: Timeline): void {
  const watch = timeline as unknown as SizeWatch;
  const root = watch.dom?.root;
  const props = watch.props;
  if (root instanceof HTMLElement && props !== undefined && root.offsetWidth === props.lastWidth) {
    props.lastHeight = root.offsetHeight;
    return;
  }
  if (typeof watch._onResize === 'function') (watch._onResize as () => void).call(timeline);
}

/** The widget's redraw: the one it runs at once, and the one it puts off to the next frame. */
interface Redraws {
  _origRedraw?: unknown;
  _redraw?: unknown;
}

/**
 * Lets a caller draw at once what the widget would draw on its next frame. The widget answers
 * each change of its data by asking for a redraw on the next animation frame; after a filter that
 * frame came 30 to 60 ms after the click's own task, and its changes showed a frame later still.
 * Its queued redraw is replaced by one that does nothing when a redraw made at once has already
 * drawn everything asked for since.
 */
function drawOnRequest(timeline: Timeline): {
  now: (force?: boolean) => void;
  soon: () => void;
} {
  const core = timeline as unknown as Redraws;
  const draw = core._origRedraw;
  if (typeof draw !== 'function' || typeof core._redraw !== 'function')
    return { now: () => undefined, soon: () => undefined };
  let due = false;
  let scheduled = false;
  core._redraw = () => {
    due = true;
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!due) return;
      due = false;
      draw.call(timeline);
    });
  };
  return {
    now: (force = false) => {
      if (!due && !force) return;
      due = false;
      draw.call(timeline);
    },
    soon: () => (core._redraw as () => void)(),
  };
}

/** The parts of one of the widget's items that drawing it ahead reads. */
interface WidgetItemView {
  displayed?: unknown;
  parent?: { visibleItems?: unknown } | null;
  data?: { start?: unknown; end?: unknown };
  isVisible?: unknown;
  redraw?: unknown;
  hide?: unknown;
}

interface ItemLayerView {
  items?: Record<string, WidgetItemView>;
}

/** The widget's items, where they can be read. */
function widgetItems(timeline: Timeline): WidgetItemView[] {
  const layer = (timeline as unknown as { itemSet?: ItemLayerView }).itemSet;
  return layer?.items === undefined ? [] : Object.values(layer.items);
}

/**
 * Draws the items the next redraw will show and has not drawn yet, all of them with one layout.
 * The widget draws new items a row at a time, each row's measured with a forced layout of its
 * own: after a filter at 10,000 events, 30 to 40 layouts in the click's task (a Chrome trace).
 * Here every new item is first created, then all are put in the page, then all measured, then
 * all sized, the steps the widget's own row redraw takes for a row's items. Only items that
 * redraw will keep are drawn: in view, and for an item without an end (found by its start) with
 * its start within the quarter-window margin the redraw looks through.
 */
function drawNewItemsTogether(timeline: Timeline): void {
  const range = (timeline as unknown as { range?: RangeBounds }).range;
  if (range === undefined) return;
  const margin = (range.end - range.start) / 4;
  const steps: (() => unknown)[][] = [];
  for (const item of widgetItems(timeline)) {
    if (item.displayed !== false || item.parent === null || item.parent === undefined) continue;
    if (typeof item.isVisible !== 'function' || typeof item.redraw !== 'function') continue;
    const start = item.data?.start;
    const foundByStart =
      item.data?.end !== undefined ||
      (start instanceof Date &&
        start.getTime() >= range.start - margin &&
        start.getTime() <= range.end + margin);
    if (!foundByStart || item.isVisible.call(item, range) !== true) continue;
    const queue: unknown = item.redraw.call(item, true);
    if (Array.isArray(queue) && queue.every((step) => typeof step === 'function'))
      steps.push(queue as (() => unknown)[]);
  }
  const length = steps.reduce((most, queue) => Math.max(most, queue.length), 0);
  for (let i = 0; i < length; i += 1) for (const queue of steps) queue[i]?.();
}

/** Takes away any item drawn ahead that the redraw did not keep (none, as a rule). */
function hideUnkeptItems(timeline: Timeline): void {
  for (const item of widgetItems(timeline)) {
    const kept = item.parent?.visibleItems;
    if (item.displayed === true && Array.isArray(kept) && !kept.includes(item))
      if (typeof item.hide === 'function') item.hide.call(item);
  }
}

/** The widget's panels the item layer draws into, and the item area's width it last laid out. */
interface Panels {
  dom?: { center?: unknown; left?: unknown };
  props?: { center?: { width?: unknown } };
}

/** The item area (centre panel content) and the label column (left panel content). */
function layerHosts(timeline: Timeline): { items: HTMLElement; labels: HTMLElement } | undefined {
  const dom = (timeline as unknown as Panels).dom;
  const items = dom?.center;
  const labels = dom?.left;
  return items instanceof HTMLElement && labels instanceof HTMLElement
    ? { items, labels }
    : undefined;
}

/** The item area's width as the widget's last redraw laid it out (0 before the first). */
function itemAreaWidth(timeline: Timeline): number {
  const width = (timeline as unknown as Panels).props?.center?.width;
  return typeof width === 'number' && width > 0 ? width : 0;
}

/**
 * Lays out the layer's rows and items on the current window and draws them, with writes only.
 * Returns true when the layout's height changed: the widget, which reads the height of its
 * panels when it redraws, must then redraw to frame the rows.
 */
function drawLayer(widget: Widget): boolean {
  const { layer } = widget;
  if (layer === undefined) return false;
  const range = (widget.timeline as unknown as { range?: RangeBounds }).range;
  const width = itemAreaWidth(widget.timeline);
  const span = range === undefined ? 0 : range.end - range.start;
  const layout =
    range === undefined || !(span > 0)
      ? { rows: [], height: 0 }
      : layoutRows(widget.layerRows, [...widget.layerItems.values()], {
          ...LAYER_LAYOUT,
          width,
          toX: (time) => ((time - range.start) * width) / span,
        });
  layer.draw(layout, widget.selectedId);
  widget.layerWidth = width;
  const resized = layout.height !== widget.layerHeight;
  widget.layerHeight = layout.height;
  return resized;
}

/**
 * Hands the rows and items near the current window to whichever draws them: the widget's data
 * sets (rows first so items find their row) for a small timeline, the item layer for a large one.
 * What the other one held is taken away.
 */
function syncNearWindow(widget: Widget, report: (leftOut: number) => void): void {
  const shown = widget.timeline.getWindow();
  const layerMode = widget.layer !== undefined && widget.wantedItems.length > LAYER_ABOVE;
  const near = itemsNearWindow(
    widget.wantedItems,
    { start: shown.start.getTime(), end: shown.end.getTime() },
    widget.wantedItems.length <= SMALL_TIMELINE ? SMALL_TIMELINE : ITEM_CAP,
    widget.selectedId,
  );
  const usedRows = new Set(near.items.map((item) => item.group));
  const rows = widget.wantedGroups.filter((group) => usedRows.has(group.id));
  pushOutOfView(widget.timeline, () => {
    diffPush(
      widget.pushedGroups,
      layerMode ? [] : rows,
      (a, b) => a.label === b.label && a.order === b.order,
      (gone, changed) => {
        widget.groups.remove(gone.map(widgetKey));
        widget.groups.update(
          changed.map((spec) => ({
            id: widgetKey(spec.id),
            content: textElement('span', 'timeline-group__label', spec.label),
            order: spec.order,
          })),
        );
      },
    );
    diffPush(widget.pushedItems, layerMode ? [] : near.items, sameItem, (gone, changed) => {
      widget.items.remove(gone.map(widgetKey));
      widget.items.update(changed.map(toWidgetItem));
    });
  });
  const layerWas = widget.layerMode;
  widget.layerMode = layerMode;
  widget.layerRows = layerMode ? rows : [];
  widget.layerItems = new Map(layerMode ? near.items.map((item) => [item.id, item]) : []);
  const resized = (layerMode || layerWas) && drawLayer(widget);
  if (!layerMode) drawNewItemsTogether(widget.timeline);
  widget.redrawNow(resized);
  if (!layerMode) hideUnkeptItems(widget.timeline);
  report(near.leftOut);
}

/** The held item of `id`, from whichever draws the items. */
function heldItem(widget: Widget, id: string): TimelineItemSpec | undefined {
  return widget.layerMode ? widget.layerItems.get(id) : widget.pushedItems.get(id);
}

function sameWindow(a: TimeWindow | undefined, b: TimeWindow | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}

/** The span of every wanted item, padded a little, for "fit all". */
function fullSpan(items: readonly TimelineItemSpec[]): WindowRange | undefined {
  const span = itemsSpan(items);
  if (span === undefined) return undefined;
  const { start, end } = span;
  const pad = Math.max((end - start) * 0.03, DAY);
  return { start: start - pad, end: end + pad };
}

export function useTimelineWidget(
  container: RefObject<HTMLElement | null>,
  input: TimelineWidgetInput,
): TimelineControls {
  const widgetRef = useRef<Widget | null>(null);
  const onSelect = useEffectEvent((id: string | null) => input.onSelect(id));
  const describe = useEffectEvent((spec: TimelineItemSpec) => input.describeItem(spec));
  const onWindowChange = useEffectEvent((range: WindowRange, byUser: boolean) =>
    input.onWindowChange(range, byUser),
  );
  const onLeftOut = useEffectEvent((count: number) => input.onLeftOut(count));

  useLayoutEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    const items = new DataSet<WidgetItem>();
    const groups = new DataSet<WidgetGroup>();
    const pushedItems = new Map<string, TimelineItemSpec>();
    const timeline = new Timeline(element, items, groups, {
      ...OPTIONS,
      template: (item: { id?: unknown } | undefined) => {
        const id = idOfWidgetKey(item?.id);
        const spec = id === undefined ? undefined : pushedItems.get(id);
        // One `.event-item` per drawn event (the widget gives points two elements with the
        // item's className, so the hook lives on the content instead).
        const label = textElement('span', 'event-item', spec?.title ?? '');
        if (spec !== undefined) {
          label.dataset['eventId'] = spec.id;
          label.title = describe(spec);
        }
        return label;
      },
    });
    const hosts = layerHosts(timeline);
    const layer =
      hosts === undefined
        ? undefined
        : createItemLayer(hosts, {
            className: itemClassName,
            describe: (spec) => describe(spec),
          });
    const redraws = drawOnRequest(timeline);
    const widget: Widget = {
      timeline,
      items,
      groups,
      pushedItems,
      pushedGroups: new Map(),
      wantedItems: [],
      wantedGroups: [],
      selectedId: null,
      destroyed: false,
      framed: false,
      pendingWindow: undefined,
      openedOn: undefined,
      redrawNow: redraws.now,
      redrawSoon: redraws.soon,
      layer,
      layerMode: false,
      layerRows: [],
      layerItems: new Map(),
      layerWidth: 0,
      layerHeight: 0,
    };
    // The widget fits all items on its first 'changed' event, which can come after the first
    // items were pushed and so undo the first window; apply it again right after that fit.
    timeline.on('changed', () => {
      if (!widget.destroyed) settleSize(timeline);
      // The item area's width changed (the page or the label column did): lay the layer out
      // again, and frame it again when that changed its height.
      if (
        !widget.destroyed &&
        widget.layerMode &&
        itemAreaWidth(timeline) !== widget.layerWidth &&
        drawLayer(widget)
      )
        widget.redrawSoon();
      const first = widget.pendingWindow;
      if (widget.destroyed || first === undefined) return;
      widget.pendingWindow = undefined;
      timeline.setWindow(first.start, first.end, { animation: false });
    });
    timeline.on('select', (props: { items?: unknown[] }) => {
      // StrictMode mounts twice: an event queued before destroy() must not act on a dead widget.
      if (widget.destroyed || widget.layerMode) return;
      onSelect(idOfWidgetKey(props.items?.[0]) ?? null);
    });
    // A tap (the widget's pointer handling, which tells a tap from a drag) on the layer selects
    // what it hit, or nothing on a row's background. The widget's own 'select' says nothing here:
    // it has no items, and it is silent when its selection stays empty.
    timeline.on('tap', (event: { target?: unknown }) => {
      if (widget.destroyed || !widget.layerMode || widget.layer === undefined) return;
      const id = widget.layer.eventAt(event.target);
      if (id !== undefined) onSelect(id);
    });
    // The widget redraws on the next frame of a pan or zoom; the layer follows it at once, so
    // that redraw frames what the layer drew.
    timeline.on('rangechange', () => {
      if (!widget.destroyed && widget.layerMode && drawLayer(widget)) widget.redrawSoon();
    });
    timeline.on('rangechanged', (props: { start?: Date; end?: Date; byUser?: boolean }) => {
      if (widget.destroyed || props.start === undefined || props.end === undefined) return;
      syncNearWindow(widget, onLeftOut);
      onWindowChange(
        { start: props.start.getTime(), end: props.end.getTime() },
        props.byUser === true,
      );
    });
    widgetRef.current = widget;
    return () => {
      widget.destroyed = true;
      widgetRef.current = null;
      layer?.destroy();
      timeline.destroy();
    };
  }, [container]);

  // Rows and items change together on a filter: one pass over them, not one each. A layout
  // effect: the pass reports how many items it left out, which is state of the page, and React
  // draws an update made here before the frame; from a passive effect it came a task and a frame
  // after the frame that showed the filter.
  useLayoutEffect(() => {
    const widget = widgetRef.current;
    if (widget === null) return;
    widget.wantedGroups = input.groups;
    widget.wantedItems = input.items;
    // The view opens once on the first window; again when the timeline's first window changes (a
    // file's whole, after its first part) while the reader has not chosen a window.
    const reopen =
      widget.framed && input.window === null && !sameWindow(input.initialWindow, widget.openedOn);
    if ((!widget.framed || reopen) && input.items.length > 0) {
      const opening = !widget.framed;
      widget.framed = true;
      widget.openedOn = input.initialWindow;
      const chosen = input.window;
      const first =
        chosen === null
          ? input.initialWindow
          : { start: new Date(chosen.start), end: new Date(chosen.end) };
      const all = fullSpan(input.items);
      const target =
        first ??
        (all === undefined ? undefined : { start: new Date(all.start), end: new Date(all.end) });
      if (target !== undefined) {
        widget.timeline.setWindow(target.start, target.end, { animation: false });
        if (opening) widget.pendingWindow = target;
      }
    }
    syncNearWindow(widget, onLeftOut);
  }, [input.groups, input.items, input.initialWindow, input.window]);

  useEffect(() => {
    const widget = widgetRef.current;
    const chosen = input.window;
    if (widget === null || chosen === null || !widget.framed) return;
    const shown = widget.timeline.getWindow();
    // The store keeps whole minutes; do not answer the reader's own pan with a jump.
    const close =
      Math.abs(shown.start.getTime() - chosen.start) < 2 * MINUTE &&
      Math.abs(shown.end.getTime() - chosen.end) < 2 * MINUTE;
    if (!close) widget.timeline.setWindow(chosen.start, chosen.end, { animation: false });
  }, [input.window]);

  useEffect(() => {
    const widget = widgetRef.current;
    if (widget === null) return;
    const id = input.selectedId;
    widget.selectedId = id;
    // The selected item is always held, even far from the window; one already held (a click on
    // the timeline) needs no new pass over every item.
    const held = id === null || heldItem(widget, id) !== undefined;
    if (widget.framed && !held) syncNearWindow(widget, onLeftOut);
    const spec = id === null ? undefined : heldItem(widget, id);
    // The selection is marked by whichever draws the items; the other one holds none.
    widget.layer?.select(widget.layerMode ? (spec?.id ?? null) : null);
    const wanted = spec === undefined || widget.layerMode ? [] : [widgetKey(spec.id)];
    // Selecting an item redraws and measures it even when it is already selected (a click on the
    // timeline selects it before this runs): only a change goes to the widget.
    const current = widget.timeline.getSelection();
    if (current.length !== wanted.length || current.some((item, i) => item !== wanted[i])) {
      widget.timeline.setSelection(wanted);
    }
    // A selection made elsewhere (keys, list, link) may be off screen: bring it into view.
    if (spec !== undefined) {
      const shown = widget.timeline.getWindow();
      const start = spec.start.getTime();
      const end = (spec.end ?? spec.start).getTime();
      if (end < shown.start.getTime() || start > shown.end.getTime()) {
        widget.timeline.moveTo(spec.start, { animation: false });
      }
    }
  }, [input.selectedId, input.items]);

  return {
    // A reader's own zoom or fit wins over the first window still waiting for the widget's fit.
    zoomIn: () => {
      const widget = widgetRef.current;
      if (widget === null) return;
      widget.pendingWindow = undefined;
      widget.timeline.zoomIn(0.5);
    },
    zoomOut: () => {
      const widget = widgetRef.current;
      if (widget === null) return;
      widget.pendingWindow = undefined;
      widget.timeline.zoomOut(0.5);
    },
    fitAll: () => {
      const widget = widgetRef.current;
      if (widget !== null) widget.pendingWindow = undefined;
      const all = widget === null ? undefined : fullSpan(widget.wantedItems);
      if (widget !== null && all !== undefined) widget.timeline.setWindow(all.start, all.end);
    },
  };
}
