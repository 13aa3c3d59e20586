/**
 * The overview strip's scale: where a time goes along the strip (0 to 1) and back. A timeline
 * whose dense stretch is a small part of its span (the seeds: a few days of 2026 in 43 years)
 * gives that stretch most of the strip and squeezes the years around it into short end pieces,
 * marked as breaks, rather than drawing the news as a sliver. An even spread is drawn evenly.
 */
import type { WindowRange } from './urlState';

/** The share of the strip each side piece gets when the dense stretch is given the rest. */
const SIDE_SHARE = 0.15;
/** A dense stretch at least this share of the span is drawn on an even scale. */
const EVEN_ABOVE = 0.4;

export interface OverviewScale {
  /** The whole span drawn, in ms. */
  readonly start: number;
  readonly end: number;
  /** Where the even middle piece begins and ends, in ms and along the strip (0 to 1). */
  readonly pieces: readonly {
    readonly start: number;
    readonly end: number;
    readonly from: number;
    readonly to: number;
  }[];
  readonly toX: (time: number) => number;
  readonly timeAt: (x: number) => number;
}

export function overviewScale(span: WindowRange, dense: WindowRange | undefined): OverviewScale {
  const { start, end } = span;
  const length = Math.max(end - start, 1);
  const middle =
    dense === undefined
      ? undefined
      : { start: Math.max(start, dense.start), end: Math.min(end, dense.end) };
  // A side no longer than the dense stretch is drawn at its rate, as part of it.
  if (middle !== undefined) {
    const width = middle.end - middle.start;
    if (middle.start - start <= width) middle.start = start;
    if (end - middle.end <= width) middle.end = end;
  }
  const pieces: { start: number; end: number; from: number; to: number }[] = [];
  if (
    middle === undefined ||
    middle.end - middle.start >= EVEN_ABOVE * length ||
    middle.end <= middle.start
  ) {
    pieces.push({ start, end: start + length, from: 0, to: 1 });
  } else {
    const before = middle.start > start ? SIDE_SHARE : 0;
    const after = middle.end < end ? SIDE_SHARE : 0;
    if (before > 0) pieces.push({ start, end: middle.start, from: 0, to: before });
    pieces.push({ start: middle.start, end: middle.end, from: before, to: 1 - after });
    if (after > 0) pieces.push({ start: middle.end, end, from: 1 - after, to: 1 });
  }
  const first = pieces[0] ?? { start, end, from: 0, to: 1 };
  const last = pieces[pieces.length - 1] ?? first;
  // A time outside the span (a window reaching past the data) goes on at its end piece's rate.
  const pieceOfTime = (time: number) =>
    time <= first.end ? first : (pieces.find((piece) => time <= piece.end) ?? last);
  const pieceOfX = (x: number) =>
    x <= first.to ? first : (pieces.find((piece) => x <= piece.to) ?? last);
  const toX = (time: number): number => {
    const piece = pieceOfTime(time);
    const rate = (piece.to - piece.from) / Math.max(piece.end - piece.start, 1);
    return piece.from + (time - piece.start) * rate;
  };
  const timeAt = (x: number): number => {
    const piece = pieceOfX(x);
    const rate = Math.max(piece.end - piece.start, 1) / Math.max(piece.to - piece.from, 1e-9);
    return piece.start + (x - piece.from) * rate;
  };
  return { start, end: start + length, pieces, toX, timeAt };
}
