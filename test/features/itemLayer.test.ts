// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
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

/** An item area and a label column; the test reads both through their common parent. */
function setUp(): HTMLElement {
  const container = document.createElement('div');
  const items = document.createElement('div');
  const labels = document.createElement('div');
  container.append(labels, items);
  document.body.append(container);
  layer = createItemLayer(
    { items, labels },
    {
      className: (item) => `timeline-item--${item.kind}`,
      describe: (item) => `${item.title} — 5 Jan 2026`,
    },
  );
  return container;
}

const boxOf = (container: HTMLElement, id: string): HTMLElement | null | undefined =>
  container.querySelector(`[data-event-id="${id}"]`)?.closest<HTMLElement>('.item-layer__item');

describe('createItemLayer', () => {
  it('draws each placed item where the layout puts it, and each row label beside it', () => {
    const container = setUp();
    layer?.draw(
      layoutOf([
        row('a'),
        [
          [spec('x'), 10, 0],
          [spec('y'), 50, 1],
        ],
      ]),
      null,
    );
    const x = boxOf(container, 'x');
    expect(x?.style.left).toBe('10px');
    expect(x?.style.top).toBe('5px');
    expect(x?.style.width).toBe('100px');
    expect(boxOf(container, 'y')?.style.top).toBe('35px');
    const label = container.querySelector<HTMLElement>('.item-layer__label');
    expect(label?.textContent).toBe('Row a');
    expect(label?.style.height).toBe('40px');
    // The label goes in the label column, the items in the item area; both as tall as the rows.
    const [labels, items] = [...container.children] as HTMLElement[];
    expect(labels?.contains(label ?? null)).toBe(true);
    expect(items?.contains(x ?? null)).toBe(true);
    expect(items?.querySelector<HTMLElement>('.item-layer')?.style.height).toBe('40px');
    expect(labels?.querySelector<HTMLElement>('.item-layer__labels')?.style.height).toBe('40px');
  });

  it('gives a point a dot and a range none, with the kind and type classes', () => {
    const container = setUp();
    const range: TimelineItemSpec = {
      ...spec('r'),
      kind: 'range',
      end: new Date(Date.UTC(2026, 1, 1)),
    };
    layer?.draw(
      layoutOf([
        row('a'),
        [
          [spec('p'), 0, 0],
          [range, 200, 0],
        ],
      ]),
      null,
    );
    expect(boxOf(container, 'p')?.className).toBe(
      'item-layer__item vis-item vis-point event-item timeline-item--point',
    );
    expect(boxOf(container, 'p')?.querySelector('.item-layer__dot')).not.toBeNull();
    expect(boxOf(container, 'r')?.className).toBe(
      'item-layer__item vis-item vis-range event-item timeline-item--range',
    );
    expect(boxOf(container, 'r')?.querySelector('.item-layer__dot')).toBeNull();
  });

  it('keeps the title of a range that began before the item area at the area’s edge', () => {
    const container = setUp();
    const range: TimelineItemSpec = {
      ...spec('r'),
      kind: 'range',
      end: new Date(Date.UTC(2026, 1, 1)),
    };
    const content = () => boxOf(container, 'r')?.style.paddingLeft;
    layer?.draw(layoutOf([row('a'), [[range, -60, 0]]]), null);
    // The area's edge, plus the title's own padding.
    expect(content()).toBe('65px');
    layer?.draw(layoutOf([row('a'), [[range, 20, 0]]]), null);
    expect(content()).toBe('');
  });

  it('draws titles as text, never as HTML, with the tooltip', () => {
    const container = setUp();
    layer?.draw(layoutOf([row('a'), [[spec('x', '<img src=x onerror=alert(1)>'), 0, 0]]]), null);
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
      null,
    );
    const before = boxOf(container, 'x');
    layer?.draw(layoutOf([row('a'), [[x, 80, 1]]]), null);
    expect(boxOf(container, 'x')).toBe(before);
    expect(before?.style.left).toBe('80px');
    expect(container.querySelector('[data-event-id="y"]')).toBeNull();
    expect(container.querySelectorAll('.event-item')).toHaveLength(1);
  });

  it('takes away a row no longer laid out, with its label', () => {
    const container = setUp();
    layer?.draw(layoutOf([row('a'), []], [row('b'), []]), null);
    layer?.draw(layoutOf([row('b'), []]), null);
    const labels = [...container.querySelectorAll('.item-layer__label')].map((l) => l.textContent);
    expect(labels).toEqual(['Row b']);
    expect(container.querySelectorAll('.item-layer__row')).toHaveLength(1);
  });

  it('hides its item area and label column until it has rows, and again when it has none', () => {
    const container = setUp();
    const parts = () =>
      [...container.querySelectorAll<HTMLElement>('.item-layer, .item-layer__labels')].map(
        (part) => part.hidden,
      );
    expect(parts()).toEqual([true, true]);
    layer?.draw(layoutOf([row('a'), []]), null);
    expect(parts()).toEqual([false, false]);
    layer?.draw({ rows: [], height: 0 }, null);
    expect(parts()).toEqual([true, true]);
    layer?.draw(layoutOf([row('a'), []]), null);
    expect(parts()).toEqual([false, false]);
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
    const selected = (id: string) => boxOf(container, id)?.classList.contains('vis-selected');
    layer?.draw(layout, 'x');
    expect(selected('x')).toBe(true);
    layer?.draw(layout, 'y');
    expect([selected('x'), selected('y')]).toEqual([false, true]);
    layer?.select('x');
    expect([selected('x'), selected('y')]).toEqual([true, false]);
    layer?.select(null);
    expect([selected('x'), selected('y')]).toEqual([false, false]);
  });

  it('names the event of an item a target is in, none on a row’s background, and says so', () => {
    const container = setUp();
    layer?.draw(layoutOf([row('a'), [[spec('x'), 0, 0]]]), null);
    expect(layer?.eventAt(container.querySelector('.event-item'))).toBe('x');
    expect(layer?.eventAt(container.querySelector('.item-layer__dot'))).toBe('x');
    expect(layer?.eventAt(container.querySelector('.item-layer__row'))).toBeNull();
    // Outside the item area (a row label, the page, no element): not the layer's to answer.
    expect(layer?.eventAt(container.querySelector('.item-layer__label'))).toBeUndefined();
    expect(layer?.eventAt(document.body)).toBeUndefined();
    expect(layer?.eventAt(null)).toBeUndefined();
  });

  it('takes everything it drew away when destroyed', () => {
    const container = setUp();
    layer?.draw(layoutOf([row('a'), [[spec('x'), 0, 0]]]), null);
    layer?.destroy();
    layer = undefined;
    expect(container.querySelectorAll('*')).toHaveLength(2);
  });
});
