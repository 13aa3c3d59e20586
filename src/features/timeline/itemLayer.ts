/**
 * Draws a row layout (domain/rowLayout) as absolutely placed elements, in one pass of writes and
 * no reads, so that a change costs what its elements cost and never a measurement of the page.
 * Items and aggregates go in one host (laid over the item area of the axis widget), row labels in
 * another (the label column); both are as tall as the layout. Only the rows near the part of the
 * page in view are given elements, so a far zoom over hundreds of rows costs what a screen of
 * them costs. Elements are kept per row and per event between draws: an item still shown is
 * moved, not made again. Titles and labels are text nodes, never parsed as HTML.
 *
 * It listens to nothing and takes no pointer input (the widget under it pans and zooms): the
 * caller tells it what is hovered, found from the layout (domain/layoutHit).
 */
import { POINT_CHROME } from './layoutOptions';
import type { Aggregate, PlacedItem, PlacedRow, RowLayout } from '../../domain/rowLayout';
import type { TimelineItemSpec } from '../../domain/timelineItems';

export interface ItemLayerHosts {
  /** Where the items go: an element laid over the item area, its left edge at x = 0. */
  readonly items: HTMLElement;
  /** Where the row labels go, top-aligned with the items' host. */
  readonly labels: HTMLElement;
}

export interface ItemLayerOptions {
  /** Class names of an item's box (its kind and type). */
  readonly className: (spec: TimelineItemSpec) => string;
  /** Whether an item is marked ('is-mine': told by the reader's own articles); kept in step as drawn. */
  readonly isMarked?: (spec: TimelineItemSpec) => boolean;
  /** An item's title and date, kept on it as its title (the plot shows it on hover). */
  readonly describe: (spec: TimelineItemSpec) => string;
  /** What an aggregate says to assistive technology (its count and dates). */
  readonly describeAggregate: (aggregate: Aggregate) => string;
}

/** The part of the layout, in pixels from its top, that the page shows (or nearly). */
export interface View {
  readonly top: number;
  readonly bottom: number;
}

export interface ItemLayer {
  /** Draws the rows of `layout` that meet `view`, marking the item of `selectedId`. */
  draw: (layout: RowLayout, selectedId: string | null, view: View) => void;
  /** Moves the selection mark, drawing nothing else. */
  select: (selectedId: string | null) => void;
  /** Marks the item or aggregate under the pointer (its whole title shows), or none. */
  hover: (target: PlacedItem | Aggregate | null) => void;
  destroy: () => void;
}

const px = (value: number): string => `${Math.round(value * 10) / 10}px`;

/** Room left of a range's title inside its box (app.css). */
const TITLE_PADDING = 5;
/** Room in a range's box besides its title (app.css): its edges and padding. */
const RANGE_CHROME = 14;
/**
 * Least room for a title: three letters and an ellipsis. A box narrower than that (a short range at
 * a far zoom) shows no title rather than one cut letter ("T."); its tooltip, its hover and its
 * selection with the timeline focused show the whole title.
 */
export const MIN_TITLE_ROOM = 28;

interface HeldRow {
  readonly row: HTMLElement;
  readonly label: HTMLElement;
  readonly text: HTMLElement;
  /** The row's aggregate elements, reused in order from one draw to the next. */
  readonly aggregates: HTMLElement[];
}

/**
 * Whether an item's element shows `next` as it shows `was`: its title, kind, type and time (its
 * tooltip's date). A list made again with the same events (a filter undone, a new search index)
 * keeps its elements, rather than making every one again.
 */
function looksTheSame(was: TimelineItemSpec, next: TimelineItemSpec): boolean {
  return (
    was === next ||
    (was.title === next.title &&
      was.kind === next.kind &&
      was.eventType === next.eventType &&
      was.start.getTime() === next.start.getTime() &&
      was.end?.getTime() === next.end?.getTime())
  );
}

/** An item: one box holding its title as a text node (and a point's dot). */
function itemElement(spec: TimelineItemSpec, options: ItemLayerOptions): HTMLElement {
  const box = document.createElement('div');
  // An item is made again when its spec changes, so its classes are set once, here.
  box.className = `timeline-item event-item ${options.className(spec)}`;
  box.dataset['eventId'] = spec.id;
  box.title = options.describe(spec);
  if (spec.kind === 'point') {
    const dot = document.createElement('span');
    dot.className = 'timeline-item__dot';
    box.append(dot);
  }
  const title = document.createElement('span');
  title.className = 'timeline-item__title';
  title.textContent = spec.title;
  box.append(title);
  return box;
}

function rowElements(): HeldRow {
  const row = document.createElement('div');
  row.className = 'timeline-row';
  const label = document.createElement('div');
  label.className = 'timeline-row__label';
  const text = document.createElement('span');
  text.className = 'timeline-group__label';
  label.append(text);
  return { row, label, text, aggregates: [] };
}

const COUNT = new Intl.NumberFormat('en');

/**
 * Says what an aggregate counts, only where that changed: a zoom moves every aggregate and
 * changes most counts, and text and labels written again each frame cost more than the move.
 */
/** What each aggregate element says now, kept here: reading it back from the element costs more. */
const described = new WeakMap<HTMLElement, { count: number; start: number; end: number }>();

function describeInto(box: HTMLElement, aggregate: Aggregate, options: ItemLayerOptions): void {
  const { count, start, end } = aggregate;
  const was = described.get(box);
  if (was?.count === count && was.start === start && was.end === end) return;
  described.set(box, { count, start, end });
  const { dataset } = box;
  if (was?.count !== count) {
    dataset['count'] = String(count);
    const text = box.firstChild;
    const words = `${COUNT.format(count)} more`;
    if (text === null) box.append(words);
    else text.nodeValue = words;
  }
  dataset['start'] = String(start);
  dataset['end'] = String(end);
  box.setAttribute('aria-label', options.describeAggregate(aggregate));
}

function aggregateElement(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'timeline-aggregate';
  box.setAttribute('role', 'img');
  return box;
}

function setBox(element: HTMLElement, left: number, top: number, width: number): void {
  element.style.left = px(left);
  element.style.top = px(top);
  element.style.width = px(width);
}

export function createItemLayer(hosts: ItemLayerHosts, options: ItemLayerOptions): ItemLayer {
  const rows = new Map<string, HeldRow>();
  const items = new Map<string, { element: HTMLElement; spec: TimelineItemSpec }>();
  let selected: string | null = null;
  let hovered: HTMLElement | null = null;
  const byTarget = new WeakMap<object, HTMLElement>();

  const markSelected = (id: string | null): void => {
    if (selected !== null) items.get(selected)?.element.classList.remove('is-selected');
    selected = id;
    if (id !== null) items.get(id)?.element.classList.add('is-selected');
  };

  const place = (placed: PlacedItem): HTMLElement => {
    let held = items.get(placed.spec.id);
    if (held === undefined || !looksTheSame(held.spec, placed.spec)) {
      held?.element.remove();
      held = { element: itemElement(placed.spec, options), spec: placed.spec };
      items.set(placed.spec.id, held);
    } else held.spec = placed.spec;
    const { element, spec } = held;
    setBox(element, placed.left, placed.top, placed.width);
    // A range that began before the item area keeps its title in sight, at the area's edge.
    const shift = spec.kind === 'range' && placed.left < 0 ? -placed.left : 0;
    const inset = shift > 0 ? px(shift + TITLE_PADDING) : '';
    if (element.style.paddingLeft !== inset) element.style.paddingLeft = inset;
    const room = placed.width - shift - (spec.kind === 'point' ? POINT_CHROME : RANGE_CHROME);
    const bare = room < MIN_TITLE_ROOM;
    if (element.classList.contains('is-bare') !== bare) element.classList.toggle('is-bare', bare);
    const marked = options.isMarked?.(spec) === true;
    if (element.classList.contains('is-mine') !== marked)
      element.classList.toggle('is-mine', marked);
    byTarget.set(placed, element);
    return element;
  };

  const drawRow = (placedRow: PlacedRow, held: HeldRow, keptItems: Set<string>): void => {
    for (const placed of placedRow.items) {
      keptItems.add(placed.spec.id);
      const element = place(placed);
      // Putting an element in again would style and lay it out again: only new ones go in.
      if (element.parentNode !== held.row) held.row.append(element);
    }
    placedRow.aggregates.forEach((aggregate, k) => {
      let element = held.aggregates[k];
      if (element === undefined) {
        element = aggregateElement();
        held.aggregates.push(element);
        held.row.append(element);
      }
      describeInto(element, aggregate, options);
      setBox(element, aggregate.left, aggregate.top, aggregate.width);
      byTarget.set(aggregate, element);
    });
    for (const element of held.aggregates.splice(placedRow.aggregates.length)) element.remove();
  };

  const dropRow = (id: string, held: HeldRow): void => {
    held.row.remove();
    held.label.remove();
    rows.delete(id);
  };

  return {
    draw(layout, selectedId, view) {
      const keptRows = new Set<string>();
      const keptItems = new Set<string>();
      for (const placedRow of layout.rows) {
        if (placedRow.top + placedRow.height < view.top || placedRow.top > view.bottom) continue;
        const { group } = placedRow;
        keptRows.add(group.id);
        let held = rows.get(group.id);
        if (held === undefined) {
          held = rowElements();
          held.row.dataset['row'] = group.id;
          rows.set(group.id, held);
        }
        if (held.text.textContent !== group.label) held.text.textContent = group.label;
        held.label.title = group.label;
        for (const element of [held.row, held.label]) {
          element.style.top = px(placedRow.top);
          element.style.height = px(placedRow.height);
        }
        drawRow(placedRow, held, keptItems);
        if (held.row.parentNode !== hosts.items) hosts.items.append(held.row);
        if (held.label.parentNode !== hosts.labels) hosts.labels.append(held.label);
      }
      for (const [id, held] of rows) if (!keptRows.has(id)) dropRow(id, held);
      for (const [id, held] of items)
        if (!keptItems.has(id)) {
          held.element.remove();
          items.delete(id);
        }
      // What the layout holds, for whoever checks that every event in the window is shown.
      hosts.items.dataset['inWindow'] = String(layout.inWindow);
      const height = px(layout.height);
      hosts.items.style.height = height;
      hosts.labels.style.height = height;
      markSelected(selectedId);
    },
    select: markSelected,
    hover(target) {
      const element = target === null ? null : (byTarget.get(target) ?? null);
      if (element === hovered) return;
      hovered?.classList.remove('is-hovered');
      hovered = element;
      hovered?.classList.add('is-hovered');
    },
    destroy() {
      for (const [id, held] of rows) dropRow(id, held);
      for (const held of items.values()) held.element.remove();
      items.clear();
    },
  };
}
