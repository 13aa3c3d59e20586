/**
 * Draws a row layout (domain/rowLayout) as absolutely placed elements, in one pass of writes and
 * no reads, so that a change costs what its elements cost and never a measurement of the page.
 * Items go in one host (the timeline's item area), row labels in another (its label column); both
 * are as tall as the layout, so the page lays them out like any block. Elements are kept per row
 * and per event between draws: an item still shown is moved, not made again. Titles and labels
 * are text nodes, never parsed as HTML.
 * It listens to nothing: the caller asks which event a tap's target shows (`eventAt`), so that
 * taps are told from drags by whoever pans the view.
 */
import type { PlacedItem, RowLayout } from '../../domain/rowLayout';
import type { TimelineItemSpec } from '../../domain/timelineItems';

export interface ItemLayerHosts {
  /** Where the items go: the element whose left edge is x = 0 of the layout. */
  readonly items: HTMLElement;
  /** Where the row labels go, top-aligned with the items' host. */
  readonly labels: HTMLElement;
}

export interface ItemLayerOptions {
  /** Class names of an item's box (its kind and type). */
  readonly className: (spec: TimelineItemSpec) => string;
  /** Text of an item's native tooltip. */
  readonly describe: (spec: TimelineItemSpec) => string;
}

export interface ItemLayer {
  /** Draws `layout`, marking the item of `selectedId`. */
  draw: (layout: RowLayout, selectedId: string | null) => void;
  /** Moves the selection mark, drawing nothing else. */
  select: (selectedId: string | null) => void;
  /**
   * The event whose item holds `target`; null for a target in the layer but on no item (a row's
   * background); undefined for a target outside the layer.
   */
  eventAt: (target: unknown) => string | null | undefined;
  destroy: () => void;
}

/** The item's left padding before its title (app.css). */
const TITLE_PADDING = 5;

const px = (value: number): string => `${Math.round(value * 10) / 10}px`;

interface HeldItem {
  readonly element: HTMLElement;
  readonly spec: TimelineItemSpec;
}

interface HeldRow {
  readonly row: HTMLElement;
  readonly label: HTMLElement;
  readonly text: HTMLElement;
}

/**
 * An item: one box that holds its title as a text node (and a point's dot), few elements being
 * what keeps a filter's new items cheap to lay out and paint.
 */
function itemElement(spec: TimelineItemSpec, options: ItemLayerOptions): HTMLElement {
  const box = document.createElement('div');
  // An item is made again when its spec changes, so its classes are set once, here.
  box.className = `item-layer__item vis-item vis-${spec.kind} event-item ${options.className(spec)}`;
  box.dataset['eventId'] = spec.id;
  box.title = options.describe(spec);
  if (spec.kind === 'point') {
    const dot = document.createElement('span');
    dot.className = 'item-layer__dot';
    box.append(dot);
  }
  box.append(spec.title);
  return box;
}

function rowElements(): HeldRow {
  const row = document.createElement('div');
  row.className = 'item-layer__row';
  const label = document.createElement('div');
  label.className = 'item-layer__label';
  const text = document.createElement('span');
  text.className = 'timeline-group__label';
  label.append(text);
  return { row, label, text };
}

export function createItemLayer(hosts: ItemLayerHosts, options: ItemLayerOptions): ItemLayer {
  const layer = document.createElement('div');
  layer.className = 'item-layer';
  const labels = document.createElement('div');
  labels.className = 'item-layer__labels';
  // Empty until its first draw, and an empty layer takes no room.
  layer.hidden = true;
  labels.hidden = true;
  hosts.items.prepend(layer);
  hosts.labels.prepend(labels);
  const rows = new Map<string, HeldRow>();
  const items = new Map<string, HeldItem>();
  let selected: string | null = null;

  /** Moves the selection mark to `id`'s item (a new item is marked when it is drawn). */
  const markSelected = (id: string | null): void => {
    if (selected !== null) items.get(selected)?.element.classList.remove('vis-selected');
    selected = id;
    if (id !== null) items.get(id)?.element.classList.add('vis-selected');
  };

  const place = (placed: PlacedItem): HTMLElement => {
    let held = items.get(placed.spec.id);
    if (held === undefined || held.spec !== placed.spec) {
      held?.element.remove();
      held = { element: itemElement(placed.spec, options), spec: placed.spec };
      items.set(placed.spec.id, held);
    }
    const { element, spec } = held;
    element.style.left = px(placed.left);
    element.style.top = px(placed.top);
    element.style.width = px(placed.width);
    // A range that began before the item area keeps its title in sight, at the area's edge.
    const inset = spec.kind === 'range' && placed.left < 0 ? px(-placed.left + TITLE_PADDING) : '';
    if (element.style.paddingLeft !== inset) element.style.paddingLeft = inset;
    return element;
  };

  return {
    draw(layout, selectedId) {
      const keptRows = new Set<string>();
      const keptItems = new Set<string>();
      for (const placedRow of layout.rows) {
        const { group } = placedRow;
        keptRows.add(group.id);
        let held = rows.get(group.id);
        if (held === undefined) {
          held = rowElements();
          rows.set(group.id, held);
        }
        if (held.text.textContent !== group.label) held.text.textContent = group.label;
        for (const element of [held.row, held.label]) {
          element.style.top = px(placedRow.top);
          element.style.height = px(placedRow.height);
        }
        for (const placed of placedRow.items) {
          keptItems.add(placed.spec.id);
          const element = place(placed);
          // Putting an element in again would style and lay it out again: only new ones go in.
          if (element.parentNode !== held.row) held.row.append(element);
        }
        if (held.row.parentNode !== layer) layer.append(held.row);
        if (held.label.parentNode !== labels) labels.append(held.label);
      }
      for (const [id, held] of rows)
        if (!keptRows.has(id)) {
          held.row.remove();
          held.label.remove();
          rows.delete(id);
        }
      for (const [id, held] of items)
        if (!keptItems.has(id)) {
          held.element.remove();
          items.delete(id);
        }
      const height = px(layout.height);
      layer.style.height = height;
      labels.style.height = height;
      // An empty layer takes no room: the label column would otherwise keep its width.
      layer.hidden = layout.rows.length === 0;
      labels.hidden = layout.rows.length === 0;
      markSelected(selectedId);
    },
    select: markSelected,
    eventAt(target) {
      if (!(target instanceof Element) || !layer.contains(target)) return undefined;
      return target.closest<HTMLElement>('.item-layer__item')?.dataset['eventId'] ?? null;
    },
    destroy() {
      layer.remove();
      labels.remove();
      rows.clear();
      items.clear();
    },
  };
}
