/**
 * The only module that imports vis-timeline, and it uses only its documented API: a Timeline
 * with an empty item set draws the time axis and the grid, and pans and zooms on drag, wheel and
 * pinch; the app reads and sets its window (getWindow, setWindow, zoomIn/zoomOut), hears it move
 * ('rangechange', 'rangechanged') and be tapped ('click', with its documented pageX/pageY), and
 * sets its height (setOptions). Everything the timeline shows in time is drawn by the app's own
 * item layer, laid over the widget's item area; that layer takes no pointer input, so every drag,
 * wheel and tap reaches the widget.
 *
 * Where the item area lies is read from the rendered page (the element of vis-timeline's
 * documented `.vis-panel.vis-center` class), never from the widget's members.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { WindowRange } from '../../domain/urlState';

const DAY = 24 * 60 * 60 * 1000;

/** The widget's height with no rows, and the fallback axis height before the first measure. */
export const EMPTY_HEIGHT = 160;
const AXIS_GUESS = 46;

const OPTIONS: TimelineOptions = {
  orientation: { axis: 'top', item: 'top' },
  selectable: false,
  showCurrentTime: false,
  zoomMin: DAY / 4,
  zoomMax: 200 * 365 * DAY,
  height: EMPTY_HEIGHT,
};

/** Where the item area lies, in pixels from the widget host's top left, and its width. */
export interface ItemArea {
  readonly left: number;
  readonly top: number;
  /** The width time is scaled to... */
  readonly width: number;
  /** ...and the part of it in sight, inside the widget's frame. */
  readonly visibleWidth: number;
}

export interface AxisEvents {
  /** Each move of the window, as it happens (drag, wheel, a set window). */
  readonly onMove: (window: WindowRange) => void;
  /** The window settled; byUser when the reader moved it. */
  readonly onSettle: (window: WindowRange, byUser: boolean) => void;
  /** A tap (not a drag) at a point of the page, in client coordinates. */
  readonly onTap: (clientX: number, clientY: number) => void;
  /** The widget drew itself again (its size may have changed). */
  readonly onDrawn: () => void;
}

export interface AxisWidget {
  window: () => WindowRange;
  setWindow: (window: WindowRange) => void;
  zoom: (by: 'in' | 'out') => void;
  /** The item area, measured; undefined while the widget is not laid out. */
  itemArea: () => ItemArea | undefined;
  /** Makes the item area `rows` pixels tall (at least the empty height); only taller if `growOnly`. */
  setRowsHeight: (rows: number, growOnly: boolean) => void;
  destroy: () => void;
}

function rangeOf(payload: { start?: unknown; end?: unknown }): WindowRange | undefined {
  const { start, end } = payload;
  return start instanceof Date && end instanceof Date
    ? { start: start.getTime(), end: end.getTime() }
    : undefined;
}

export function createAxisWidget(host: HTMLElement, events: AxisEvents): AxisWidget {
  const timeline = new Timeline(host, new DataSet<DataItem>(), OPTIONS);
  let destroyed = false;
  let height = EMPTY_HEIGHT;
  let axis = AXIS_GUESS;
  // StrictMode mounts twice: an event queued before destroy() must not reach a dead widget.
  timeline.on('rangechange', (payload: { start?: unknown; end?: unknown }) => {
    const range = rangeOf(payload);
    if (!destroyed && range !== undefined) events.onMove(range);
  });
  timeline.on('rangechanged', (payload: { start?: unknown; end?: unknown; byUser?: unknown }) => {
    const range = rangeOf(payload);
    if (!destroyed && range !== undefined) events.onSettle(range, payload.byUser === true);
  });
  timeline.on('click', (payload: { pageX?: unknown; pageY?: unknown }) => {
    if (destroyed || typeof payload.pageX !== 'number' || typeof payload.pageY !== 'number') return;
    events.onTap(payload.pageX - window.scrollX, payload.pageY - window.scrollY);
  });
  timeline.on('changed', () => {
    if (!destroyed) events.onDrawn();
  });

  const itemArea = (): ItemArea | undefined => {
    const center = host.querySelector('.vis-panel.vis-center');
    if (!(center instanceof HTMLElement) || center.clientWidth === 0) return undefined;
    const outer = host.getBoundingClientRect();
    const inner = center.getBoundingClientRect();
    const top = inner.top - outer.top + center.clientTop;
    axis = top;
    // The widget scales time to the panel's whole width (its borders included), from the inner
    // edge of its left border: so do the items, to stay level with the axis.
    return {
      left: inner.left - outer.left + center.clientLeft,
      top,
      width: center.offsetWidth,
      visibleWidth: center.clientWidth,
    };
  };

  return {
    window: () => {
      const shown = timeline.getWindow();
      return { start: shown.start.getTime(), end: shown.end.getTime() };
    },
    setWindow: (range) => timeline.setWindow(range.start, range.end, { animation: false }),
    zoom: (by) => (by === 'in' ? timeline.zoomIn(0.5) : timeline.zoomOut(0.5)),
    itemArea,
    setRowsHeight: (rows, growOnly) => {
      // The axis and the two borders of the widget, over the rows.
      const next = Math.max(EMPTY_HEIGHT, Math.ceil(axis + rows + 2));
      if (next === height || (growOnly && next < height)) return;
      height = next;
      timeline.setOptions({ height: next });
    },
    destroy: () => {
      destroyed = true;
      timeline.destroy();
    },
  };
}
