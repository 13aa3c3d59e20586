/**
 * The only module that imports vis-timeline, and it uses only its documented API: a Timeline
 * with an empty item set draws the time axis and the grid, as tall as its host (height '100%'),
 * and pans on a drag of its axis and zooms on Ctrl + wheel or a pinch there (zoomKey); the app
 * reads and sets its window (getWindow, setWindow, zoomIn/zoomOut) and hears it move
 * ('rangechange', 'rangechanged'). Everything the timeline shows in time is drawn by the app's
 * own rows (./timelineWidget), laid over the widget below its axis, which take their own pointer
 * input (./rowsInput) and move the window through setWindow.
 *
 * The widget does not watch its own size (autoResize: false, whose check forced a layout of the
 * page every second); a ResizeObserver on its host calls its documented redraw() instead. Where
 * the item area lies is read from the rendered page (the element of vis-timeline's documented
 * `.vis-panel.vis-center` class), never from the widget's members.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { WindowRange } from '../../domain/urlState';

const DAY = 24 * 60 * 60 * 1000;

/** The narrowest and widest windows, in milliseconds. */
export const ZOOM_MIN = DAY / 4;
export const ZOOM_MAX = 200 * 365 * DAY;

const OPTIONS: TimelineOptions = {
  orientation: { axis: 'top', item: 'top' },
  selectable: false,
  showCurrentTime: false,
  zoomMin: ZOOM_MIN,
  zoomMax: ZOOM_MAX,
  // The plain wheel scrolls the page and the rows; Ctrl + wheel zooms, as on a map.
  zoomKey: 'ctrlKey',
  height: '100%',
  autoResize: false,
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
  /** Each move of the window, as it happens (a gesture, a set window). */
  readonly onMove: (window: WindowRange) => void;
  /** The window settled; byUser when the reader moved it. */
  readonly onSettle: (window: WindowRange, byUser: boolean) => void;
  /** The widget drew itself again (its size may have changed). */
  readonly onDrawn: () => void;
}

export interface AxisWidget {
  window: () => WindowRange;
  setWindow: (window: WindowRange) => void;
  zoom: (by: 'in' | 'out') => void;
  /** The item area, measured; undefined while the widget is not laid out. */
  itemArea: () => ItemArea | undefined;
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
  // Told after layout, before paint: the widget fits its new size in the same frame.
  const resized = new ResizeObserver(() => {
    if (!destroyed) timeline.redraw();
  });
  resized.observe(host);
  // StrictMode mounts twice: an event queued before destroy() must not reach a dead widget.
  timeline.on('rangechange', (payload: { start?: unknown; end?: unknown }) => {
    const range = rangeOf(payload);
    if (!destroyed && range !== undefined) events.onMove(range);
  });
  timeline.on('rangechanged', (payload: { start?: unknown; end?: unknown; byUser?: unknown }) => {
    const range = rangeOf(payload);
    if (!destroyed && range !== undefined) events.onSettle(range, payload.byUser === true);
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
    destroy: () => {
      destroyed = true;
      resized.disconnect();
      timeline.destroy();
    },
  };
}
