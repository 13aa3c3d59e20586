/**
 * Pointer input on the timeline's rows (the part below the axis): the plain wheel scrolls them
 * (the browser's own scrolling), Ctrl + wheel zooms around the pointer, a sideways wheel or
 * Shift + wheel pans; a drag pans, two fingers pinch to zoom; a press that does not move is a
 * tap; a pointer with no button down hovers. The window moves only through `setWindow`, so that
 * the axis widget and the rows follow one window. Touch keeps vertical scrolling for the browser
 * (touch-action: pan-y in app.css) and gives sideways drags and pinches to this module.
 */
import type { WindowRange } from '../../domain/urlState';
import { ZOOM_MAX, ZOOM_MIN } from './axisWidget';

export interface RowsInputEvents {
  readonly window: () => WindowRange;
  readonly setWindow: (window: WindowRange) => void;
  /** Where time is drawn, in client coordinates: its left edge and width in pixels. */
  readonly timeArea: () => { left: number; width: number } | undefined;
  /** A gesture began to move the window: `lasting` for a drag or pinch (onGestureEnd follows). */
  readonly onGestureStart: (lasting: boolean) => void;
  /** A drag or pinch ended: the window it left is the reader's. */
  readonly onGestureEnd: () => void;
  readonly onTap: (clientX: number, clientY: number) => void;
  /** The pointer is over this point with no button down (null: it left). */
  readonly onHover: (clientX: number, clientY: number) => void;
}

/** A press that moves further than this, in pixels, is a drag, not a tap. */
const TAP_SLOP = 8;
/** How much one pixel of wheel travel zooms: 100 px (a notch) about 20 %. */
const ZOOM_PER_PIXEL = 0.0018;

interface Press {
  readonly x: number;
  readonly y: number;
  readonly window: WindowRange;
  dragging: boolean;
}

interface Pinch {
  readonly distance: number;
  readonly window: WindowRange;
  /** The time under the fingers' midpoint when the pinch began, and where that was (0 to 1). */
  readonly at: number;
  readonly fraction: number;
}

/**
 * The window `span` wide (kept within the zoom limits) that keeps time `at` at `fraction` of the
 * width.
 */
function around(at: number, fraction: number, wanted: number): WindowRange {
  const span = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, wanted));
  const start = at - fraction * span;
  return { start, end: start + span };
}

export function listenToRows(target: HTMLElement, events: RowsInputEvents): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let press: Press | null = null;
  let pinch: Pinch | null = null;

  const fractionAt = (clientX: number): { fraction: number; width: number } | undefined => {
    const area = events.timeArea();
    if (area === undefined || area.width <= 0) return undefined;
    return { fraction: (clientX - area.left) / area.width, width: area.width };
  };

  const startPinch = (): void => {
    const [a, b] = [...pointers.values()];
    if (a === undefined || b === undefined) return;
    const place = fractionAt((a.x + b.x) / 2);
    if (place === undefined) return;
    const shown = events.window();
    pinch = {
      distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
      window: shown,
      at: shown.start + place.fraction * (shown.end - shown.start),
      fraction: place.fraction,
    };
    if (press !== null) press.dragging = true;
    events.onGestureStart(true);
  };

  const onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) {
      press = { x: event.clientX, y: event.clientY, window: events.window(), dragging: false };
    } else if (pointers.size === 2) startPinch();
  };

  const onPointerMove = (event: PointerEvent): void => {
    const pointer = pointers.get(event.pointerId);
    if (pointer === undefined) {
      if (event.buttons === 0) events.onHover(event.clientX, event.clientY);
      return;
    }
    pointer.x = event.clientX;
    pointer.y = event.clientY;
    if (pinch !== null) {
      const [a, b] = [...pointers.values()];
      if (a === undefined || b === undefined) return;
      const distance = Math.max(1, Math.hypot(a.x - b.x, a.y - b.y));
      const span = ((pinch.window.end - pinch.window.start) * pinch.distance) / distance;
      events.setWindow(around(pinch.at, pinch.fraction, span));
      return;
    }
    if (press === null) return;
    const dx = event.clientX - press.x;
    if (!press.dragging) {
      if (Math.hypot(dx, event.clientY - press.y) <= TAP_SLOP) return;
      press.dragging = true;
      target.setPointerCapture(event.pointerId);
      events.onGestureStart(true);
    }
    const place = fractionAt(event.clientX);
    if (place === undefined) return;
    const shift = (-dx / place.width) * (press.window.end - press.window.start);
    events.setWindow({ start: press.window.start + shift, end: press.window.end + shift });
  };

  const onPointerEnd = (event: PointerEvent): void => {
    if (!pointers.delete(event.pointerId)) return;
    const ended = press;
    if (pointers.size > 0) {
      // One finger of a pinch lifted: the other may go on as a drag from here.
      if (pinch !== null && pointers.size === 1) {
        const [rest] = [...pointers.values()];
        pinch = null;
        if (rest !== undefined)
          press = { x: rest.x, y: rest.y, window: events.window(), dragging: true };
      }
      return;
    }
    press = null;
    const moved = pinch !== null || ended?.dragging === true;
    pinch = null;
    if (moved) events.onGestureEnd();
    else if (ended !== null && event.type === 'pointerup')
      events.onTap(event.clientX, event.clientY);
  };

  const onWheel = (event: WheelEvent): void => {
    const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : 1;
    if (event.ctrlKey) {
      // Ctrl + wheel, and a trackpad's pinch (which the browser reports so).
      const place = fractionAt(event.clientX);
      if (place === undefined) return;
      event.preventDefault();
      const shown = events.window();
      const span = shown.end - shown.start;
      const at = shown.start + place.fraction * span;
      events.onGestureStart(false);
      events.setWindow(
        around(at, place.fraction, span * Math.exp(event.deltaY * pixels * ZOOM_PER_PIXEL)),
      );
      return;
    }
    const sideways = event.shiftKey ? event.deltaX || event.deltaY : event.deltaX;
    if (sideways === 0 || Math.abs(sideways) < Math.abs(event.shiftKey ? 0 : event.deltaY)) return;
    const place = fractionAt(event.clientX);
    if (place === undefined) return;
    event.preventDefault();
    const shown = events.window();
    const shift = ((sideways * pixels) / place.width) * (shown.end - shown.start);
    events.onGestureStart(false);
    events.setWindow({ start: shown.start + shift, end: shown.end + shift });
  };

  target.addEventListener('pointerdown', onPointerDown);
  target.addEventListener('pointermove', onPointerMove);
  target.addEventListener('pointerup', onPointerEnd);
  target.addEventListener('pointercancel', onPointerEnd);
  target.addEventListener('wheel', onWheel, { passive: false });
  return () => {
    target.removeEventListener('pointerdown', onPointerDown);
    target.removeEventListener('pointermove', onPointerMove);
    target.removeEventListener('pointerup', onPointerEnd);
    target.removeEventListener('pointercancel', onPointerEnd);
    target.removeEventListener('wheel', onWheel);
  };
}
