/**
 * The timeline's one renderer, at every size, as a React hook: the axis widget (./axisWidget,
 * vis-timeline through its documented API) draws the axis and the grid; on each move of its
 * window the rows of every event in the window are laid out (domain/rowLayout) and drawn by the
 * app's own item layer (./itemLayer) in a pane of rows under the axis, which scrolls, pans and
 * zooms (./rowsInput; ./timelineWidget puts them together). Nothing is hidden: an event in the window is an item or
 * counted by an aggregate of its row, and a tap on an aggregate zooms to its events.
 *
 * Created once per mount, in one layout effect whose cleanup destroys it; items, the window and
 * the selection are pushed in effects of their own. Safety: titles and labels are text nodes.
 * Limits: one selected event at a time; items are not editable.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import type { GroupSpec } from '../../domain/grouping';
import type { Aggregate } from '../../domain/rowLayout';
import { fitWindow, windowAround } from '../../domain/eventFrame';
import type { TimelineItemSpec } from '../../domain/timelineItems';
import { itemsSpan, type TimeWindow } from '../../domain/timelineWindow';
import type { WindowRange } from '../../domain/urlState';
import { createTimelineWidget, placeHosts, redraw, type Widget } from './timelineWidget';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

export interface TimelineWidgetInput {
  readonly items: readonly TimelineItemSpec[];
  /**
   * Every event of the timeline, whatever the filters: a view made while nothing matches (a
   * search that finds nothing) opens on these, not on the widget's own default, today's date.
   */
  readonly allItems: readonly TimelineItemSpec[];
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
  /** Whether an item is marked as told by the reader's own articles (read as it is drawn). */
  readonly isMarked?: ((spec: TimelineItemSpec) => boolean) | undefined;
  /** Text of an aggregate for assistive technology and its tooltip. */
  readonly describeAggregate: (aggregate: Aggregate) => string;
  /** What the timeline says it is and how its keys work (it is made once: read once). */
  readonly label: string;
  /** The id of the element that says which event is selected. */
  readonly describedBy: string;
}

/** What the surrounding UI may ask of the timeline. */
export interface TimelineControls {
  zoomIn: () => void;
  zoomOut: () => void;
  /** Frames the dense stretch of the items (domain/eventFrame), leaving far outliers out. */
  fit: () => void;
  /** Shows the whole span of the items. */
  fitAll: () => void;
  /** The window in view now (undefined before the widget is made): what the keys start from. */
  shownWindow: () => WindowRange | undefined;
  /** A window of `span` ms around the centre of the one shown. */
  showSpan: (span: number) => void;
  showWindow: (window: WindowRange) => void;
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

export function useTimelineWidget(
  container: RefObject<HTMLElement | null>,
  input: TimelineWidgetInput,
): TimelineControls {
  const widgetRef = useRef<Widget | null>(null);
  const onSelect = useEffectEvent((id: string | null) => input.onSelect(id));
  const describeItem = useEffectEvent((spec: TimelineItemSpec) => input.describeItem(spec));
  const isMarked = useEffectEvent((spec: TimelineItemSpec) => input.isMarked?.(spec) ?? false);
  const describeAggregate = useEffectEvent((aggregate: Aggregate) =>
    input.describeAggregate(aggregate),
  );
  const onWindowChange = useEffectEvent((range: WindowRange, byUser: boolean) =>
    input.onWindowChange(range, byUser),
  );

  // Read once, when the widget is made: what it says of itself does not change.
  const label = useRef(input.label);
  const describedBy = useRef(input.describedBy);
  useLayoutEffect(() => {
    const root = container.current;
    if (root === null) return undefined;
    const { widget, destroy } = createTimelineWidget(root, {
      onSelect,
      onWindowChange,
      describeItem,
      isMarked,
      describeAggregate,
      label: label.current,
      describedBy: describedBy.current,
    });
    widgetRef.current = widget;
    return () => {
      widgetRef.current = null;
      destroy();
    };
  }, [container]);

  // The window the reader chose, read when the rows are laid out but not a reason to lay them out
  // again: a settled pan or zoom step was drawn as it moved, and the effect below answers a window
  // set from elsewhere (a link, Back).
  const chosenWindow = useEffectEvent(() => input.window);

  // Rows and items change together on a filter: one layout of them, drawn before the frame.
  useLayoutEffect(() => {
    const widget = widgetRef.current;
    if (widget === null) return;
    widget.groups = input.groups;
    if (widget.items !== input.items) widget.openRows.clear();
    widget.items = input.items;
    const chosen = chosenWindow();
    // The view opens once on the first window; again when the timeline's first window changes (a
    // file's whole, after its first part) while the reader has not chosen a window.
    const reopen =
      widget.framed && chosen === null && !sameWindow(input.initialWindow, widget.openedOn);
    if (!widget.framed || reopen) {
      const first =
        chosen ??
        (input.initialWindow === undefined
          ? (fullSpan(input.items) ?? fullSpan(input.allItems))
          : { start: input.initialWindow.start.getTime(), end: input.initialWindow.end.getTime() });
      if (first !== undefined) {
        widget.framed = true;
        widget.openedOn = input.initialWindow;
        widget.axis.setWindow(first);
      }
    }
    // The item area is measured when the axis widget draws (a resize, a first draw); measuring
    // it here, after React's writes of this change, would lay out the whole page in this task.
    if (widget.area === undefined) placeHosts(widget);
    redraw(widget);
  }, [input.groups, input.items, input.allItems, input.initialWindow]);

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
        // A quarter in from the left: its title runs to the right.
        const width = shown.end - shown.start;
        widget.axis.setWindow({ start: start - width / 4, end: start + (3 * width) / 4 });
      }
    }
    // The selected event is drawn as an item even where its row is crowded; one already drawn
    // (a tap on it) only needs its mark, not a layout and a reading of the page.
    const drawn =
      id !== null && widget.layout.rows.some((row) => row.items.some((i) => i.spec.id === id));
    if (drawn || id === null) widget.layer.select(id);
    else redraw(widget);
  }, [input.selectedId]);

  return {
    shownWindow: () => widgetRef.current?.axis.window(),
    zoomIn: () => widgetRef.current?.axis.zoom('in'),
    zoomOut: () => widgetRef.current?.axis.zoom('out'),
    fit: () => {
      const widget = widgetRef.current;
      const framed = widget === null ? undefined : fitWindow(widget.items);
      if (widget !== null && framed !== undefined) widget.axis.setWindow(framed);
    },
    fitAll: () => {
      const widget = widgetRef.current;
      const all = widget === null ? undefined : fullSpan(widget.items);
      if (widget !== null && all !== undefined) widget.axis.setWindow(all);
    },
    showSpan: (span) => {
      const widget = widgetRef.current;
      if (widget !== null) widget.axis.setWindow(windowAround(widget.axis.window(), span));
    },
    showWindow: (shown) => widgetRef.current?.axis.setWindow(shown),
  };
}
