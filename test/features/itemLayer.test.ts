// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GroupSpec } from '../../src/domain/grouping';
import type { RowLayout } from '../../src/domain/rowLayout';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';
import { createItemLayer, type ItemLayer } from '../../src/features/timeline/itemLayer';

const row = (id: string): GroupSpec => ({ id, label: `Row ${id}`, order: 0 });

function spec(id: string, title = `Event ${id}`): TimelineItemSpec {
  return {
    id,
    group: 'a',
    title,
    eventType: 'statement',
    kind: 'point',
    start: new Date(Date.UTC(2026, 0, 5)),
    end: undefined,
  };
}

function layoutOf(...rows: [GroupSpec, [TimelineItemSpec, number, number][]][]): RowLayout {
  let top = 0;
  const placed = rows.map(([group, items]) => {
    const height = 40;
    const out = {
      group,
      top,
      height,
      items: items.map(([item, left, lane]) => ({
        spec: item,
        left,
        width: 100,
        top: 5 + lane * 30,
      })),
    };
    top += height;
    return out;
  });
  return { rows: placed, height: top };
}

let layer: ItemLayer | undefined;
afterEach(() => {
  layer?.destroy();
  layer = undefined;
  document.body.replaceChildren();
});

function setUp(onSelect = vi.fn()): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  layer = createItemLayer(container, {
    className: (item) => `timeline-item--${item.kind}`,
    describe: (item) => `${item.title} — 5 Jan 2026`,
    onSelect,
  });
  return container;
}

const boxOf = (container: HTMLElement, id: string): HTMLElement | null | undefined =>
  container.querySelector(`[data-event-id="${id}"]`)?.parentElement;

describe('createItemLayer', () => {
  it('draws each placed item where the layout puts it, shifted by the offset', () => {
    const container = setUp();
    layer?.draw(
      layoutOf([
        row('a'),
        [
          [spec('x'), 10, 0],
          [spec('y'), 50, 1],
        ],
      ]),
      120,
      null,
    );
    const x = boxOf(container, 'x');
    expect(x?.style.left).toBe('130px');
    expect(x?.style.top).toBe('5px');
    expect(x?.style.width).toBe('100px');
    expect(boxOf(container, 'y')?.style.top).toBe('35px');
    expect(container.querySelector('.item-layer__label')?.textContent).toBe('Row a');
    expect(container.querySelector<HTMLElement>('.item-layer')?.style.height).toBe('40px');
  });

  it('draws titles as text, never as HTML, with the tooltip', () => {
    const container = setUp();
    layer?.draw(layoutOf([row('a'), [[spec('x', '<img src=x onerror=alert(1)>'), 0, 0]]]), 0, null);
    const label = container.querySelector('.event-item');
    expect(label?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(label?.getAttribute('title')).toBe('<img src=x onerror=alert(1)> — 5 Jan 2026');
  });

  it('moves an item still shown instead of making it again, and takes away those gone', () => {
    const container = setUp();
    const x = spec('x');
    layer?.draw(
      layoutOf([
        row('a'),
        [
          [x, 0, 0],
          [spec('y'), 50, 0],
        ],
      ]),
      0,
      null,
    );
    const before = boxOf(container, 'x');
    layer?.draw(layoutOf([row('a'), [[x, 80, 1]]]), 0, null);
    expect(boxOf(container, 'x')).toBe(before);
    expect(before?.style.left).toBe('80px');
    expect(container.querySelector('[data-event-id="y"]')).toBeNull();
    expect(container.querySelectorAll('.event-item')).toHaveLength(1);
  });

  it('takes away a row no longer laid out', () => {
    const container = setUp();
    layer?.draw(layoutOf([row('a'), []], [row('b'), []]), 0, null);
    layer?.draw(layoutOf([row('b'), []]), 0, null);
    const labels = [...container.querySelectorAll('.item-layer__label')].map((l) => l.textContent);
    expect(labels).toEqual(['Row b']);
  });

  it('marks the selected item, and moves the mark with the selection', () => {
    const container = setUp();
    const layout = layoutOf([
      row('a'),
      [
        [spec('x'), 0, 0],
        [spec('y'), 50, 0],
      ],
    ]);
    layer?.draw(layout, 0, 'x');
    expect(boxOf(container, 'x')?.classList.contains('is-selected')).toBe(true);
    layer?.draw(layout, 0, 'y');
    expect(boxOf(container, 'x')?.classList.contains('is-selected')).toBe(false);
    expect(boxOf(container, 'y')?.classList.contains('is-selected')).toBe(true);
  });

  it('names the clicked item’s event, and none for a click beside the items', () => {
    const onSelect = vi.fn();
    const container = setUp(onSelect);
    layer?.draw(layoutOf([row('a'), [[spec('x'), 0, 0]]]), 0, null);
    container.querySelector<HTMLElement>('.event-item')?.click();
    container.querySelector<HTMLElement>('.item-layer__row')?.click();
    expect(onSelect.mock.calls).toEqual([['x'], [null]]);
  });
});
