/**
 * Where everything the timeline shows in a window goes, worked out without the page: one row per
 * group that has events in the window, each row a few lanes of items and, when they do not all
 * fit, one lane of aggregates that count the rest where they are ("37 more"). Every event whose
 * time touches the window is either an item or counted by exactly one aggregate of its row.
 *
 * Points come first: they get their own lanes, and ranges the lanes below them, so a range that
 * covers the window never takes a point's place. Each item's box holds its whole title or the
 * part that fits before an ellipsis; boxes in a lane never overlap, so neither do titles. The
 * selected event is placed before any other in its row, so it is never inside an aggregate.
 *
 * Nothing is measured here: a point's box is as wide as the caller says its title needs (asked
 * only of items that are placed), a range as wide as its span (at least `minRangeWidth`).
 * A window with few events gives each row every lane it needs; above that, rows share a lane
 * budget, so a far zoom over 100,000 events stays a few lanes per row.
 */
import type { GroupSpec } from './grouping';
import { forEachInWindow, itemTimes, rowPositions } from './itemTimes';
import type { TimelineItemSpec } from './timelineItems';
import type { WindowRange } from './urlState';

export interface RowLayoutOptions {
  /** The shown stretch of time, in ms, and the item area's width, in pixels. */
  readonly window: WindowRange;
  readonly width: number;
  readonly laneHeight: number;
  /** Least room between two boxes in a lane. */
  readonly gap: number;
  /** Room above the first lane of a row and below its last. */
  readonly padding: number;
  /** How far left of its time a point's box begins (its dot is centred on the time). */
  readonly pointInset: number;
  /** Width of a point's box with its whole title; asked only of points that are placed. */
  readonly pointWidth: (spec: TimelineItemSpec) => number;
  /** Narrowest box of a range, however short its span. */
  readonly minRangeWidth: number;
  /** Narrowest aggregate: room for its count. */
  readonly aggregateWidth: number;
  /** A window holding this many events or fewer gives every row all the lanes it needs... */
  readonly everyItemUpTo: number;
  /** ...and so does any row holding this many or fewer in the window, or opened by the reader. */
  readonly everyItemInRowUpTo: number;
  readonly openRows?: ReadonlySet<string>;
  /** Otherwise the rows in the window share this many item lanes... */
  readonly laneBudget: number;
  /** ...and none has more than this many (nor fewer than one for points, one for ranges). */
  readonly maxLanes: number;
  readonly selectedId: string | null;
}

export interface PlacedItem {
  readonly spec: TimelineItemSpec;
  /** Pixels from the item area's left edge (a range that began before it starts at -1). */
  readonly left: number;
  readonly width: number;
  /** Pixels from the row's top. */
  readonly top: number;
}

/** Events of a row not drawn as items, counted where they are. */
export interface Aggregate {
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly count: number;
  /**
   * Where its events begin in the window (a range that began before it, at its start), the
   * earliest and the latest, in ms: where to zoom in to see them.
   */
  readonly start: number;
  readonly end: number;
}

export interface PlacedRow {
  readonly group: GroupSpec;
  /** Pixels from the top of the first row. */
  readonly top: number;
  readonly height: number;
  readonly items: readonly PlacedItem[];
  readonly aggregates: readonly Aggregate[];
  /** Events of this row whose time touches the window: its items and its aggregates' counts. */
  readonly inWindow: number;
}

export interface RowLayout {
  readonly rows: readonly PlacedRow[];
  readonly height: number;
  readonly inWindow: number;
}

/** Most lanes a row is given when the window has few events. */
const EVERY_LANE = 200;
/** Lanes are kept as cells of this many pixels, taken or free. */
const CELL = 4;

/** A stride through 0..n-1 that visits each once and scatters neighbours far apart. */
function strideOf(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let step = Math.max(1, Math.round(n * 0.618));
  while (n > 1 && gcd(step, n) !== 1) step += 1;
  return step;
}

/** The x with (step × x) mod n = 1, for a step with no factor in common with n. */
function inverseOf(step: number, n: number): number {
  if (n <= 1) return 0;
  let [r0, r1] = [n, step % n];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return ((t0 % n) + n) % n;
}

/**
 * The positions of a stride's visit (0, step, 2·step, … mod n) that are among `positions`, in
 * the order the stride visits them. A few positions are put in order by their turns (position ×
 * step⁻¹ mod n, exact: the products stay below 2⁵³), so that a zoomed-in window costs what it
 * holds, not n; many are picked out of one walk of the stride, a typed-array read a step.
 */
export function inStrideOrder(positions: readonly number[], n: number, step: number): Uint32Array {
  const out = new Uint32Array(positions.length);
  if (positions.length * 32 < n) {
    const inverse = inverseOf(step, n);
    for (let k = 0; k < positions.length; k += 1) out[k] = ((positions[k] ?? 0) * inverse) % n;
    out.sort();
    for (let k = 0; k < out.length; k += 1) out[k] = ((out[k] ?? 0) * step) % n;
    return out;
  }
  const wanted = new Uint8Array(n);
  for (const position of positions) wanted[position] = 1;
  let found = 0;
  for (let k = 0, i = 0; k < n && found < out.length; k += 1, i = (i + step) % n) {
    if (wanted[i] === 1) {
      out[found] = i;
      found += 1;
    }
  }
  return out;
}

/**
 * Cells of the item area, fixed in time rather than to the window's left edge, so that a pan
 * (which moves every box by the same amount) never moves a box across a cell's edge alone.
 */
interface Grid {
  readonly cells: number;
  /** The cell of an x (pixels from the item area's left edge), within the grid. */
  readonly cellOf: (x: number) => number;
  /** The x of a cell's left edge. */
  readonly xOf: (cell: number) => number;
}

function gridOf(window: WindowRange, width: number): Grid {
  const scale = width / (window.end - window.start);
  const phase = (((window.start * scale) % CELL) + CELL) % CELL;
  const cells = Math.ceil((width + 2 + CELL) / CELL) + 1;
  return {
    cells,
    cellOf: (x) => Math.min(cells - 1, Math.max(0, Math.floor((x + phase + CELL) / CELL))),
    xOf: (cell) => cell * CELL - phase - CELL,
  };
}

/**
 * One kind of item's lanes in one row, as cells taken or free. An item goes in the first lane
 * where its box and the gap after it are free, wherever the boxes already placed lie.
 */
class Lanes {
  readonly taken: Uint8Array[] = [];

  constructor(
    private readonly cap: number,
    private readonly grid: Grid,
  ) {}

  private span(left: number, right: number): [number, number] {
    const from = this.grid.cellOf(left);
    return [from, Math.max(from, this.grid.cellOf(right))];
  }

  private free(lane: Uint8Array, from: number, to: number): boolean {
    for (let cell = from; cell <= to; cell += 1) if (lane[cell] === 1) return false;
    return true;
  }

  /** The lane of a box from `left` to `right()` and the gap, or -1 when none has room. */
  place(left: number, right: () => number, gap: number): number {
    const { taken } = this;
    const first = this.span(left, left)[0];
    // A box whose first cell is taken in every lane needs no width: it does not fit.
    if (taken.length >= this.cap && taken.every((lane) => lane[first] === 1)) return -1;
    const [from, to] = this.span(left, right() + gap);
    let lane = taken.findIndex((cells) => cells[first] !== 1 && this.free(cells, from, to));
    if (lane === -1) {
      if (taken.length >= this.cap) return -1;
      lane = taken.push(new Uint8Array(this.grid.cells)) - 1;
    }
    taken[lane]?.fill(1, from, to + 1);
    return lane;
  }
}

/** What a row gathers while events are placed. */
interface RowWork {
  readonly points: Lanes;
  ranges: Lanes | undefined;
  readonly placed: {
    position: number;
    left: number;
    right: number;
    lane: number;
    point: boolean;
  }[];
  /** Events left out, by the cell of their box's start: how many, and their earliest and latest times. */
  counts: Int32Array | undefined;
  firsts: Float64Array | undefined;
  lasts: Float64Array | undefined;
  count: number;
  /** Most lanes for its points (and its ranges with them). */
  cap: number;
}

function leaveOut(work: RowWork, grid: Grid, left: number, start: number, end: number): void {
  if (work.counts === undefined || work.firsts === undefined || work.lasts === undefined) {
    work.counts = new Int32Array(grid.cells);
    work.firsts = new Float64Array(grid.cells).fill(Infinity);
    work.lasts = new Float64Array(grid.cells).fill(-Infinity);
  }
  const cell = grid.cellOf(left);
  work.counts[cell] = (work.counts[cell] ?? 0) + 1;
  work.firsts[cell] = Math.min(work.firsts[cell] ?? Infinity, start);
  work.lasts[cell] = Math.max(work.lasts[cell] ?? -Infinity, end);
}

/**
 * Gathers the events left out of a row's lanes into aggregates, left to right: one begins at
 * the first such event's place and takes in every one that begins before it ends (plus the
 * gap), growing to reach the last one; the next begins after it, so none overlap.
 */
function aggregatesOf(
  work: RowWork,
  grid: Grid,
  top: number,
  options: RowLayoutOptions,
): Aggregate[] {
  const { counts, firsts, lasts } = work;
  if (counts === undefined || firsts === undefined || lasts === undefined) return [];
  const { width, gap, aggregateWidth, pointInset } = options;
  const found: Aggregate[] = [];
  let current: { left: number; right: number; count: number; start: number; end: number } | null =
    null;
  const close = (): void => {
    if (current === null) return;
    const { left, right, count, start, end } = current;
    found.push({ left, width: right - left, top, count, start, end });
  };
  counts.forEach((count, cell) => {
    if (count === 0) return;
    const at = grid.xOf(cell);
    const left = Math.min(Math.max(at, 0), Math.max(0, width - aggregateWidth));
    const start = firsts[cell] ?? 0;
    const end = lasts[cell] ?? start;
    if (current !== null && left < current.right + gap) {
      current.count += count;
      current.right = Math.max(current.right, Math.min(at + 2 * pointInset, width));
      current.start = Math.min(current.start, start);
      current.end = Math.max(current.end, end);
      return;
    }
    close();
    current = { left, right: left + aggregateWidth, count, start, end };
  });
  close();
  return found;
}

/** Lays out the rows of `groups` (in order) that have events in the window. */
export function layoutRows(
  groups: readonly GroupSpec[],
  items: readonly TimelineItemSpec[],
  options: RowLayoutOptions,
): RowLayout {
  const { window, width, gap, pointInset, minRangeWidth } = options;
  if (!(window.end > window.start) || !(width > 0)) return { rows: [], height: 0, inWindow: 0 };
  const times = itemTimes(items);
  const rowOf = rowPositions(items, groups);
  const counted = new Int32Array(groups.length);
  let rowsInWindow = 0;
  /** The events in the window, by list position. */
  const shown: number[] = [];
  forEachInWindow(times, window, (i) => {
    const row = rowOf[i] ?? -1;
    if (row < 0) return;
    shown.push(i);
    if (counted[row] === 0) rowsInWindow += 1;
    counted[row] = (counted[row] ?? 0) + 1;
  });
  const inWindow = shown.length;
  const cap =
    inWindow <= options.everyItemUpTo
      ? EVERY_LANE
      : Math.min(options.maxLanes, Math.max(1, Math.floor(options.laneBudget / rowsInWindow)));
  const grid = gridOf(window, width);
  const everyLane = (row: number): boolean =>
    (counted[row] ?? 0) <= options.everyItemInRowUpTo ||
    options.openRows?.has(groups[row]?.id ?? '') === true;
  const work: (RowWork | undefined)[] = groups.map((_, row) =>
    counted[row] === 0
      ? undefined
      : {
          points: new Lanes(everyLane(row) ? EVERY_LANE : cap, grid),
          ranges: undefined,
          placed: [],
          counts: undefined,
          firsts: undefined,
          lasts: undefined,
          count: counted[row] ?? 0,
          cap: everyLane(row) ? EVERY_LANE : cap,
        },
  );
  const scale = width / (window.end - window.start);
  const toX = (time: number): number => (time - window.start) * scale;
  const placePoint = (i: number, row: RowWork): void => {
    const start = times.starts[i] ?? 0;
    const left = toX(start) - pointInset;
    let right = left;
    const lane = row.points.place(
      left,
      () => {
        const room = Math.max(2 * pointInset, width - left);
        right = left + Math.min(options.pointWidth(items[i] as TimelineItemSpec), room);
        return right;
      },
      gap,
    );
    if (lane === -1) leaveOut(row, grid, left, start, start);
    else row.placed.push({ position: i, left, right, lane, point: true });
  };
  const placeRange = (i: number, row: RowWork): void => {
    const start = toX(times.starts[i] ?? 0);
    const left = Math.max(start, -1);
    const end = Math.max(toX(times.ends[i] ?? 0), start + minRangeWidth);
    const right = Math.max(Math.min(end, width + 1), left + minRangeWidth);
    const rowCap = row.cap;
    row.ranges ??= new Lanes(Math.max(1, rowCap - row.points.taken.length), grid);
    const lane = row.ranges.place(left, () => right, gap);
    // Counted where it begins in the window: a tap on its aggregate zooms in to there.
    const from = Math.max(times.starts[i] ?? 0, window.start);
    if (lane === -1) leaveOut(row, grid, left, from, from);
    else row.placed.push({ position: i, left, right, lane, point: false });
  };
  // The selected event first; then every point, then every range, each kind in an order that
  // depends on the list alone (a stride through it), never on where the window begins: a pan
  // moves the items with the axis, and changes only where events come into or leave the window.
  // Only the events in the window are put in that order, and the selected one is looked for
  // among them (one outside it is not placed), so a pan over 100,000 costs what the window holds.
  const { selectedId } = options;
  const selected =
    selectedId === null ? -1 : (shown.find((i) => items[i]?.id === selectedId) ?? -1);
  // A window of few events, each of them drawn, stacks them in time order, the tidiest; a
  // crowded one needs the stride, so that a pan does not reshuffle its lanes.
  const step = inWindow <= options.everyItemUpTo ? 1 : strideOf(items.length);
  const order = inStrideOrder(shown, items.length, step);
  for (const pointsNow of [true, false]) {
    const kind = pointsNow ? 1 : 0;
    if (selected !== -1 && (items[selected]?.kind === 'point') === pointsNow) {
      const row = work[rowOf[selected] ?? -1];
      if (row !== undefined) (pointsNow ? placePoint : placeRange)(selected, row);
    }
    for (const i of order) {
      if (i === selected || times.points[i] !== kind) continue;
      const row = work[rowOf[i] ?? -1];
      if (row !== undefined) (pointsNow ? placePoint : placeRange)(i, row);
    }
  }
  const { laneHeight, padding } = options;
  const rows: PlacedRow[] = [];
  let top = 0;
  groups.forEach((group, position) => {
    const row = work[position];
    if (row === undefined) return;
    const pointLanes = row.points.taken.length;
    const itemLanes = pointLanes + (row.ranges?.taken.length ?? 0);
    const aggregates = aggregatesOf(row, grid, padding + itemLanes * laneHeight, options);
    const lanes = itemLanes + (aggregates.length > 0 ? 1 : 0);
    const height = 2 * padding + Math.max(1, lanes) * laneHeight;
    rows.push({
      group,
      top,
      height,
      items: row.placed
        .sort((a, b) => a.left - b.left || a.lane - b.lane)
        .map(({ position: i, left, right, lane, point }) => ({
          spec: items[i] as TimelineItemSpec,
          left,
          width: right - left,
          top: padding + (point ? lane : pointLanes + lane) * laneHeight,
        })),
      aggregates,
      inWindow: row.count,
    });
    top += height;
  });
  return { rows, height: top, inWindow };
}
