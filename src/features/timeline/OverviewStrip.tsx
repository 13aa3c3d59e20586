/**
 * The whole timeline at a glance: a density histogram of every event, with the main timeline's
 * visible window drawn on it. Dragging the window (or clicking elsewhere on the strip) moves the
 * timeline; as a slider it also moves with the arrow, Page and Home/End keys. Its scale is the
 * density's (domain/overviewScale): a dense stretch gets most of the strip, and the years around
 * it short end pieces marked as breaks.
 */
import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Density } from '../../domain/density';

import type { WindowRange } from '../../domain/urlState';

interface OverviewStripProps {
  readonly density: Density;
  /** What the timeline shows now, or null before it has drawn. */
  readonly shown: WindowRange | null;
  readonly onMove: (window: WindowRange) => void;
}

/** Share of the strip's width at each end kept for that end's year label. */
const END_ROOM = 0.1;
const WIDTH = 1000;
const HEIGHT = 36;
/** The window stays grabbable however narrow it is against decades of background. */
const MIN_WINDOW = 10;

const dayText = (ms: number): string =>
  new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

const monthText = (ms: number): string =>
  new Date(ms).toLocaleDateString('en-GB', { month: 'short', year: 'numeric' });

/** Memoised: a selection or a filter re-renders the timeline, not its 160 bars. */
export const OverviewStrip = memo(function OverviewStrip({
  density,
  shown,
  onMove,
}: OverviewStripProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const grab = useRef<number | null>(null);
  const { scale } = density;
  const peak = density.counts.reduce((most, n) => Math.max(most, n), 1);
  const barWidth = WIDTH / density.counts.length;
  const toX = (t: number): number => scale.toX(t) * WIDTH;

  /** Where along the strip (0 to 1) a pointer is. */
  const shareAt = (clientX: number): number => {
    const box = svgRef.current?.getBoundingClientRect();
    if (box === undefined || box.width === 0) return 0;
    return (clientX - box.left) / box.width;
  };
  const centreOn = (t: number): void => {
    if (shown === null) return;
    const half = (shown.end - shown.start) / 2;
    onMove({ start: t - half, end: t + half });
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>): void => {
    if (shown === null) return;
    // Held as a share of the strip, not a time: the scale is not even across its pieces.
    const x = shareAt(event.clientX);
    const centre = scale.toX((shown.start + shown.end) / 2);
    const inside = x >= scale.toX(shown.start) && x <= scale.toX(shown.end);
    grab.current = inside ? x - centre : 0;
    if (!inside) centreOn(scale.timeAt(x));
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>): void => {
    if (grab.current === null) return;
    centreOn(scale.timeAt(shareAt(event.clientX) - grab.current));
  };
  const onPointerUp = (): void => {
    grab.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<SVGRectElement>): void => {
    if (shown === null) return;
    const width = shown.end - shown.start;
    const centre = (shown.start + shown.end) / 2;
    const steps: Record<string, number> = {
      ArrowLeft: -width / 4,
      ArrowRight: width / 4,
      PageUp: -width,
      PageDown: width,
    };
    const step = steps[event.key];
    if (step !== undefined) centreOn(centre + step);
    else if (event.key === 'Home') centreOn(density.start + width / 2);
    else if (event.key === 'End') centreOn(density.end - width / 2);
    else return;
    event.preventDefault();
  };

  let windowRect: { x: number; width: number } | undefined;
  if (shown !== null) {
    const x1 = toX(shown.start);
    const x2 = toX(shown.end);
    const width = Math.max(x2 - x1, MIN_WINDOW);
    windowRect = { x: (x1 + x2) / 2 - width / 2, width };
  }
  const centrePercent =
    shown === null ? 50 : Math.round(scale.toX((shown.start + shown.end) / 2) * 100);
  // Breaks between the pieces of an uneven scale, and the times the pieces meet at.
  const breaks = scale.pieces.slice(1).map((piece) => ({ x: piece.from, time: piece.start }));

  return (
    <div className="overview">
      <svg
        ref={svgRef}
        className="overview__strip"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <title>Events over the whole timeline</title>
        {density.counts.map((count, bucket) =>
          count === 0 ? null : (
            <rect
              key={bucket}
              className="overview__bar"
              x={bucket * barWidth}
              width={Math.max(barWidth - 0.5, 0.5)}
              // Square-root heights keep a lone event visible next to a burst of news.
              y={HEIGHT - Math.max(2, Math.sqrt(count / peak) * (HEIGHT - 2))}
              height={Math.max(2, Math.sqrt(count / peak) * (HEIGHT - 2))}
            />
          ),
        )}
        {breaks.map(({ x }) => (
          <line
            key={x}
            className="overview__break"
            x1={x * WIDTH}
            x2={x * WIDTH}
            y1={0}
            y2={HEIGHT}
          />
        ))}
        {windowRect === undefined || shown === null ? null : (
          <rect
            className="overview__window"
            x={windowRect.x}
            y={0.5}
            width={windowRect.width}
            height={HEIGHT - 1}
            role="slider"
            tabIndex={0}
            aria-label="Visible stretch of the timeline"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.min(100, Math.max(0, centrePercent))}
            aria-valuetext={`${dayText(shown.start)} to ${dayText(shown.end)}`}
            onKeyDown={onKeyDown}
          />
        )}
      </svg>
      <div className="overview__ends" aria-hidden="true">
        <span>{new Date(density.start).getFullYear()}</span>
        {breaks
          // A break near an end would print over that end's year ("Dec 1962025"): only the end.
          .filter(({ x }) => x > END_ROOM && x < 1 - END_ROOM)
          .map(({ x, time }) => (
            <span
              key={x}
              className={
                x > 0.5
                  ? 'overview__break-label overview__break-label--left'
                  : 'overview__break-label'
              }
              style={{ left: `${x * 100}%` }}
            >
              {monthText(time)}
            </span>
          ))}
        <span>{new Date(density.end).getFullYear()}</span>
      </div>
    </div>
  );
});
