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
import { forEachInWindow, itemTimes, rowPositions, type ItemTimes } from './itemTimes';
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
  /** Narrowest box of a range, however short its span, and of a point cut at the right edge. */
  readonly minRangeWidth: number;
  /** Narrowest aggregate: room for its count. */
  readonly aggregateWidth: number;
  /** A window holding this many events or fewer gives every row all the lanes it needs. */
  readonly everyItemUpTo: number;
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
  /** The earliest start and the latest end of its events, in ms: where to zoom to see them. */
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

interface Box {
  readonly position: number;
  readonly left: number;
  readonly right: number;
}

/** One kind of item's lanes in a row: the right edge of each lane's last box. */
class Lanes {
  readonly rights: number[] = [];
  /** A box placed ahead of the others (the selection), in lane 0. */
  private held: Box | undefined;

  constructor(
    private readonly cap: number,
    private readonly gap: number,
  ) {}

  hold(box: Box): void {
    this.held = box;
    if (this.rights.length === 0) this.rights.push(-Infinity);
  }

  /** The lane `box` goes in, or -1 when every lane the cap allows is taken there. */
  place(left: number, right: () => number): number {
    const { rights, gap, held } = this;
    for (let lane = 0; lane < rights.length; lane += 1) {
      const last = rights[lane] ?? Infinity;
      if (last + gap > left) continue;
      if (lane === 0 && held !== undefined && left < held.right + gap) {
        const end = right();
        if (end + gap > held.left) continue;
        rights[lane] = end;
        return lane;
      }
      rights[lane] = right();
      return lane;
    }
    if (rights.length >= this.cap) return -1;
    rights.push(right());
    return rights.length - 1;
  }
}

interface RowWork {
  readonly positions: number[];
}

/** The x of a time. */
function scale(options: RowLayoutOptions): (time: number) => number {
  const { window, width } = options;
  const span = window.end - window.start;
  return (time) => ((time - window.start) * width) / span;
}

/** Lays out the rows of one row's events; `cap` is its most lanes for points (and ranges). */
function layOutRow(
  group: GroupSpec,
  top: number,
  positions: readonly number[],
  items: readonly TimelineItemSpec[],
  times: ItemTimes,
  cap: number,
  options: RowLayoutOptions,
): PlacedRow {
  const toX = scale(options);
  const { gap, width, pointInset, minRangeWidth } = options;
  const pointBox = (i: number): Box => {
    const left = toX(times.starts[i] ?? 0) - pointInset;
    const spec = items[i] as TimelineItemSpec;
    const room = Math.max(minRangeWidth, width - left);
    return { position: i, left, right: left + Math.min(options.pointWidth(spec), room) };
  };
  const rangeBox = (i: number): Box => {
    const start = toX(times.starts[i] ?? 0);
    const left = Math.max(start, -1);
    const end = Math.max(toX(times.ends[i] ?? 0), start + minRangeWidth);
    return { position: i, left, right: Math.max(Math.min(end, width + 1), left + minRangeWidth) };
  };
  const isPoint = (i: number): boolean => items[i]?.kind === 'point';
  const points = new Lanes(cap, gap);
  const selected = positions.find((i) => items[i]?.id === options.selectedId);
  const placed: { box: Box; lane: number; point: boolean }[] = [];
  const overflow: { point: Box[]; range: Box[] } = { point: [], range: [] };
  const selectedIsPoint = selected !== undefined && isPoint(selected);
  if (selected !== undefined && selectedIsPoint) {
    const box = pointBox(selected);
    points.hold(box);
    placed.push({ box, lane: 0, point: true });
  }
  for (const i of positions) {
    if (i === selected || !isPoint(i)) continue;
    const left = toX(times.starts[i] ?? 0) - pointInset;
    let box: Box | undefined;
    const lane = points.place(left, () => (box = pointBox(i)).right);
    if (lane === -1 || box === undefined) overflow.point.push({ position: i, left, right: left });
    else placed.push({ box, lane, point: true });
  }
  const ranges = new Lanes(Math.max(1, cap - points.rights.length), gap);
  if (selected !== undefined && !selectedIsPoint) {
    const box = rangeBox(selected);
    ranges.hold(box);
    placed.push({ box, lane: 0, point: false });
  }
  for (const i of positions) {
    if (i === selected || isPoint(i)) continue;
    const box = rangeBox(i);
    const lane = ranges.place(box.left, () => box.right);
    if (lane === -1) overflow.range.push(box);
    else placed.push({ box, lane, point: false });
  }
  const { laneHeight, padding } = options;
  const pointLanes = points.rights.length;
  const itemLanes = pointLanes + ranges.rights.length;
  const aggregates = aggregate(mergeByStart(overflow.point, overflow.range, times), times, {
    ...options,
    top: padding + itemLanes * laneHeight,
  });
  const lanes = itemLanes + (aggregates.length > 0 ? 1 : 0);
  return {
    group,
    top,
    height: 2 * padding + Math.max(1, lanes) * laneHeight,
    items: placed.map(({ box, lane, point }) => ({
      spec: items[box.position] as TimelineItemSpec,
      left: box.left,
      width: box.right - box.left,
      top: padding + (point ? lane : pointLanes + lane) * laneHeight,
    })),
    aggregates,
    inWindow: positions.length,
  };
}

/** Two lists of boxes, each in start order, as one in start order. */
function mergeByStart(a: readonly Box[], b: readonly Box[], times: ItemTimes): Box[] {
  const merged: Box[] = [];
  let j = 0;
  for (const box of a) {
    while (
      j < b.length &&
      (times.starts[b[j]?.position ?? 0] ?? 0) < (times.starts[box.position] ?? 0)
    )
      merged.push(b[j++] as Box);
    merged.push(box);
  }
  while (j < b.length) merged.push(b[j++] as Box);
  return merged;
}

/**
 * Gathers boxes left out of the lanes (in start order, so left to right) into aggregates: one
 * begins at the first box's place and takes in every box that begins before it ends (plus the
 * gap), growing to reach the last one; the next begins after it, so none overlap.
 */
function aggregate(
  boxes: readonly Box[],
  times: ItemTimes,
  options: RowLayoutOptions & { readonly top: number },
): Aggregate[] {
  const { width, gap, aggregateWidth, pointInset, top } = options;
  const found: Aggregate[] = [];
  let current: { left: number; right: number; count: number; start: number; end: number } | null =
    null;
  for (const box of boxes) {
    const start = times.starts[box.position] ?? 0;
    const end = times.ends[box.position] ?? start;
    const left = Math.min(Math.max(box.left, 0), Math.max(0, width - aggregateWidth));
    if (current !== null && left < current.right + gap) {
      current.count += 1;
      current.right = Math.max(current.right, Math.min(box.left + 2 * pointInset, width));
      current.start = Math.min(current.start, start);
      current.end = Math.max(current.end, end);
      continue;
    }
    if (current !== null) found.push({ ...current, width: current.right - current.left, top });
    current = { left, right: left + aggregateWidth, count: 1, start, end };
  }
  if (current !== null) found.push({ ...current, width: current.right - current.left, top });
  return found.map(({ left, width: w, top: t, count, start, end }) => ({
    left,
    width: w,
    top: t,
    count,
    start,
    end,
  }));
}

/** Lays out the rows of `groups` (in order) that have events in the window. */
export function layoutRows(
  groups: readonly GroupSpec[],
  items: readonly TimelineItemSpec[],
  options: RowLayoutOptions,
): RowLayout {
  if (!(options.window.end > options.window.start) || !(options.width > 0))
    return { rows: [], height: 0, inWindow: 0 };
  const times = itemTimes(items);
  const rowOf = rowPositions(items, groups);
  const work: (RowWork | undefined)[] = new Array<RowWork | undefined>(groups.length);
  let inWindow = 0;
  let rowsInWindow = 0;
  forEachInWindow(times, options.window, (i) => {
    const row = rowOf[i] ?? -1;
    if (row < 0) return;
    inWindow += 1;
    const known = work[row];
    if (known !== undefined) known.positions.push(i);
    else {
      work[row] = { positions: [i] };
      rowsInWindow += 1;
    }
  });
  const cap =
    inWindow <= options.everyItemUpTo
      ? EVERY_LANE
      : Math.min(options.maxLanes, Math.max(1, Math.floor(options.laneBudget / rowsInWindow)));
  const rows: PlacedRow[] = [];
  let top = 0;
  groups.forEach((group, row) => {
    const positions = work[row]?.positions;
    if (positions === undefined) return;
    const placed = layOutRow(group, top, positions, items, times, cap, options);
    rows.push(placed);
    top += placed.height;
  });
  return { rows, height: top, inWindow };
}
