/**
 * One timeline on the page: the axis widget (./axisWidget) above, and below it the rows, a pane
 * of its own that scrolls up and down under the axis (the axis stays in sight), with the row
 * labels on its left and the app's item layer (./itemLayer) over the widget's item area. The
 * frame's height is app.css's (it never follows the rows: a change of height redraws the axis
 * widget, which a filter should not cost); its input (./rowsInput) pans and zooms the one window. Each move of the window lays out the rows of every event in it
 * (./layoutOptions, domain/rowLayout) and draws them, once per frame, after the axis widget has
 * drawn; taps and hovers are told from the layout (domain/layoutHit). A tap on an aggregate
 * zooms to its events.
 */
import { TIMELINE_ROWS_ID } from '../../components/landmarks';
import type { LayoutHit } from '../../domain/layoutHit';
import type { Aggregate } from '../../domain/rowLayout';
import type { TimelineItemSpec } from '../../domain/timelineItems';
import type { WindowRange } from '../../domain/urlState';
import { createAxisWidget } from './axisWidget';
import { createItemLayer } from './itemLayer';
import { listenToRows } from './rowsInput';
import { emptyLayout, hitAt, placeHosts, redraw, viewOf, type Widget } from './rowsView';
import { createTextWidth } from './textWidth';

export { placeHosts, redraw, type Widget } from './rowsView';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

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
  /** Whether an item is marked as told by the reader's own articles. */
  readonly isMarked: (spec: TimelineItemSpec) => boolean;
  readonly describeAggregate: (aggregate: Aggregate) => string;
  /** What the rows pane (the timeline's one tab stop, with its own keys) says it is and does. */
  readonly label: string;
  /** The id of the element that says which event is selected. */
  readonly describedBy: string;
}

/** Makes the timeline in `root`; `destroy` takes it away with everything it listens to. */
export function createTimelineWidget(
  root: HTMLElement,
  events: WidgetEvents,
): { widget: Widget; destroy: () => void } {
  const { onSelect, onWindowChange, describeItem, isMarked, describeAggregate } = events;
  const frame = element('timeline-frame');
  const corner = element('timeline-corner');
  const plot = element('timeline-plot');
  const axisHost = element('timeline-axis');
  const rows = element('timeline-rows');
  const rowsContent = element('timeline-rows__content');
  const labelsHost = element('timeline-labels');
  const itemsHost = element('timeline-items');
  // The pointer's cursor is set on this empty surface over the items, not on the rows: a cursor
  // that changes on an element with descendants (a press, an item under the pointer) makes the
  // page work out the style of every item again, which cost a click about 10 ms at 10,000 events.
  const pointerSurface = element('timeline-rows__pointer');
  plot.append(axisHost);
  rowsContent.append(labelsHost, itemsHost, pointerSurface);
  rows.append(rowsContent);
  // One composite widget with its own keys (the page's handler hears them as they bubble up).
  rows.tabIndex = 0;
  rows.id = TIMELINE_ROWS_ID;
  rows.setAttribute('role', 'application');
  rows.setAttribute('aria-roledescription', 'timeline');
  rows.setAttribute('aria-label', events.label);
  rows.setAttribute('aria-describedby', events.describedBy);
  frame.append(corner, plot, rows);
  root.append(frame);
  let widget: Widget | null = null;
  const axis = createAxisWidget(axisHost, {
    onMove: () => {
      if (widget === null || widget.drawFrame !== 0) return;
      // Drawn once a frame, after the axis widget has drawn this move: its measures of the page
      // then find nothing of the rows to lay out again.
      const drawing = widget;
      drawing.drawFrame = requestAnimationFrame(() => {
        drawing.drawFrame = 0;
        if (!drawing.destroyed) redraw(drawing, drawing.axis.window());
      });
    },
    onSettle: (shown, byUser) => {
      if (widget === null) return;
      // Zoomed back out well past the stretch an aggregate opened, its rows count again.
      if (widget.openRows.size > 0 && shown.end - shown.start > 2 * widget.openedSpan) {
        widget.openRows.clear();
        redraw(widget, shown);
      }
      const reader = byUser || widget.readerMove || widget.gesture;
      if (!widget.gesture) widget.readerMove = false;
      onWindowChange(shown, reader);
    },
    onDrawn: () => {
      if (widget !== null && placeHosts(widget)) redraw(widget);
    },
  });
  const layer = createItemLayer(
    { items: itemsHost, labels: labelsHost },
    {
      className: (spec) =>
        `timeline-item--${spec.kind === 'point' ? 'point' : 'fuzzy'} date--${spec.precision} event-type--${spec.eventType}`,
      isMarked: (spec) => isMarked(spec),
      describe: (spec) => describeItem(spec),
      describeAggregate: (aggregate) => describeAggregate(aggregate),
    },
  );
  const made: Widget = {
    axis,
    layer,
    frame,
    plot,
    rows,
    rowsContent,
    itemsHost,
    labelsHost,
    textWidth: createTextWidth(() => getComputedStyle(itemsHost).font),
    items: [],
    groups: [],
    selectedId: null,
    openRows: new Set(),
    openedSpan: 0,
    layout: emptyLayout,
    area: undefined,
    plotLeft: 0,
    framed: false,
    openedOn: undefined,
    readerMove: false,
    gesture: false,
    drawFrame: 0,
    scrollFrame: 0,
    destroyed: false,
  };
  widget = made;
  const hover = (target: LayoutHit | null): void => {
    const shown =
      target?.kind === 'item'
        ? target.item
        : target?.kind === 'aggregate'
          ? target.aggregate
          : null;
    made.layer.hover(shown);
    pointerSurface.classList.toggle('is-pointing', shown !== null);
    const tip =
      target?.kind === 'item'
        ? describeItem(target.item.spec)
        : target?.kind === 'aggregate'
          ? describeAggregate(target.aggregate)
          : '';
    if (rows.title !== tip) rows.title = tip;
  };
  const stopInput = listenToRows(rows, {
    window: () => made.axis.window(),
    setWindow: (shown) => made.axis.setWindow(shown),
    timeArea: () => {
      const area = made.area;
      if (area === undefined) return undefined;
      return { left: itemsHost.getBoundingClientRect().left, width: area.width };
    },
    onGestureStart: (lasting) => {
      made.readerMove = true;
      if (lasting) made.gesture = true;
      hover(null);
    },
    onGestureEnd: () => {
      made.gesture = false;
      made.readerMove = true;
    },
    onTap: (x, y) => {
      const hit = hitAt(made, x, y);
      if (hit.kind === 'item') onSelect(hit.item.spec.id);
      else if (hit.kind === 'aggregate') {
        // Zoomed in to, the aggregate's events may still crowd its row (ranges that cover the
        // window never part): its row is opened as well, so each of them is drawn.
        made.openRows.add(hit.row.group.id);
        made.readerMove = true;
        const opened = windowOf(hit.aggregate);
        made.openedSpan = opened.end - opened.start;
        made.axis.setWindow(opened);
        redraw(made);
      } else onSelect(null);
    },
    onHover: (x, y) => hover(hitAt(made, x, y)),
  });
  const onPointerLeave = (): void => hover(null);
  // A scroll of the pane draws the rows it brings in, once per frame.
  const onScroll = (): void => {
    if (made.scrollFrame !== 0) return;
    made.scrollFrame = requestAnimationFrame(() => {
      made.scrollFrame = 0;
      if (!made.destroyed) made.layer.draw(made.layout, made.selectedId, viewOf(made));
    });
  };
  rows.addEventListener('pointerleave', onPointerLeave);
  rows.addEventListener('scroll', onScroll, { passive: true });
  placeHosts(made);
  const destroy = (): void => {
    made.destroyed = true;
    widget = null;
    cancelAnimationFrame(made.scrollFrame);
    cancelAnimationFrame(made.drawFrame);
    stopInput();
    rows.removeEventListener('pointerleave', onPointerLeave);
    rows.removeEventListener('scroll', onScroll);
    layer.destroy();
    axis.destroy();
    frame.remove();
  };
  return { widget: made, destroy };
}
