/**
 * Draws a row layout (domain/rowLayout) as absolutely placed elements, in one pass of writes and
 * no reads, so that a change costs what its elements cost and never a measurement of the page.
 * Elements are kept per row and per event between draws: an item still shown is moved, not made
 * again. Titles and labels are text nodes, never parsed as HTML. A click on an item names its
 * event; a click elsewhere in the layer names none.
 */
import type { PlacedItem, RowLayout } from '../../domain/rowLayout';
import type { TimelineItemSpec } from '../../domain/timelineItems';

export interface ItemLayerOptions {
  /** Class names of an item's box (its kind and type). */
  readonly className: (spec: TimelineItemSpec) => string;
  /** Text of an item's native tooltip. */
  readonly describe: (spec: TimelineItemSpec) => string;
  /** Called with the event whose item was clicked, or null for a click on no item. */
  readonly onSelect: (eventId: string | null) => void;
}

export interface ItemLayer {
  /** Draws `layout`, its items shifted right by `offsetX` pixels. */
  draw: (layout: RowLayout, offsetX: number, selectedId: string | null) => void;
  destroy: () => void;
}

const px = (value: number): string => `${Math.round(value * 10) / 10}px`;

function itemElement(spec: TimelineItemSpec, options: ItemLayerOptions): HTMLElement {
  const box = document.createElement('div');
  const label = document.createElement('span');
  label.className = 'event-item';
  label.dataset['eventId'] = spec.id;
  label.textContent = spec.title;
  label.title = options.describe(spec);
  box.append(label);
  return box;
}

export function createItemLayer(container: HTMLElement, options: ItemLayerOptions): ItemLayer {
  const layer = document.createElement('div');
  layer.className = 'item-layer';
  container.append(layer);
  const rows = new Map<string, { element: HTMLElement; label: HTMLElement }>();
  const items = new Map<string, { element: HTMLElement; spec: TimelineItemSpec }>();

  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const id = target?.closest<HTMLElement>('[data-event-id]')?.dataset['eventId'];
    options.onSelect(id ?? null);
  };
  layer.addEventListener('click', onClick);

  const place = (placed: PlacedItem, offsetX: number, selected: boolean): HTMLElement => {
    let held = items.get(placed.spec.id);
    if (held === undefined || held.spec !== placed.spec) {
      held?.element.remove();
      held = { element: itemElement(placed.spec, options), spec: placed.spec };
      items.set(placed.spec.id, held);
    }
    const { element } = held;
    element.className = `item-layer__item ${options.className(placed.spec)}${selected ? ' is-selected' : ''}`;
    element.style.left = px(offsetX + placed.left);
    element.style.top = px(placed.top);
    element.style.width = px(placed.width);
    return element;
  };

  return {
    draw(layout, offsetX, selectedId) {
      const keptRows = new Set<string>();
      const keptItems = new Set<string>();
      for (const row of layout.rows) {
        keptRows.add(row.group.id);
        let held = rows.get(row.group.id);
        if (held === undefined) {
          const element = document.createElement('div');
          element.className = 'item-layer__row';
          const label = document.createElement('div');
          label.className = 'item-layer__label';
          element.append(label);
          held = { element, label };
          rows.set(row.group.id, held);
        }
        if (held.label.textContent !== row.group.label) held.label.textContent = row.group.label;
        held.element.style.top = px(row.top);
        held.element.style.height = px(row.height);
        for (const placed of row.items) {
          keptItems.add(placed.spec.id);
          const element = place(placed, offsetX, placed.spec.id === selectedId);
          // Putting an element in again would style and lay it out again: only new ones go in.
          if (element.parentNode !== held.element) held.element.append(element);
        }
        if (held.element.parentNode !== layer) layer.append(held.element);
      }
      for (const [id, held] of rows)
        if (!keptRows.has(id)) {
          held.element.remove();
          rows.delete(id);
        }
      for (const [id, held] of items)
        if (!keptItems.has(id)) {
          held.element.remove();
          items.delete(id);
        }
      layer.style.height = px(layout.height);
    },
    destroy() {
      layer.removeEventListener('click', onClick);
      layer.remove();
      rows.clear();
      items.clear();
    },
  };
}
