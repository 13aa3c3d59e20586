// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupSpec } from '../../src/domain/grouping';
import type { Aggregate, RowLayout } from '../../src/domain/rowLayout';
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
    precision: 'day',
    start: new Date(Date.UTC(2026, 0, 5)),
    end: undefined,
  };
}

type Row = [GroupSpec, [TimelineItemSpec, number, number][], Aggregate[]?];

function layoutOf(...rows: Row[]): RowLayout {
  let top = 0;
  const placed = rows.map(([group, items, aggregates = []]) => {
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
      aggregates,
      inWindow: items.length + aggregates.reduce((n, a) => n + a.count, 0),
    };
    top += height;
    return out;
  });
  return { rows: placed, height: top, inWindow: placed.reduce((n, r) => n + r.inWindow, 0) };
}

/** All of the layout is in view. */
const ALL = { top: -Infinity, bottom: Infinity };

let layer: ItemLayer | undefined;
afterEach(() => {
  layer?.destroy();
  layer = undefined;
  document.body.replaceChildren();
});

/** An item area and a label column; the test reads both through their common parent. */
function setUp(marked: (id: string) => boolean = () => false): HTMLElement {
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
      describeAggregate: (aggregate) => `${aggregate.count} more events`,
      isMarked: (item) => marked(item.id),
    },
  );
  return container;
}

const boxOf = (container: HTMLElement, id: string): HTMLElement | null | undefined =>
  container.querySelector(`[data-event-id="${id}"]`)?.closest<HTMLElement>('.timeline-item');

describe('createItemLayer', () => {
  it('marks the items the reader’s own articles tell, and keeps the mark in step on a kept element', () => {
    const mine = new Set(['x']);
    const container = setUp((id) => mine.has(id));
    const draw = (): void =>
      layer?.draw(
        layoutOf([
          row('a'),
          [
            [spec('x'), 10, 0],
            [spec('y'), 50, 1],
          ],
        ]),
        null,
        ALL,
      );
    draw();
    const x = boxOf(container, 'x');
    expect(x?.classList.contains('is-mine')).toBe(true);
    expect(boxOf(container, 'y')?.classList.contains('is-mine')).toBe(false);
    // The reader's article now also tells y (a report joined to it): the same element, marked.
    mine.add('y');
    const y = boxOf(container, 'y');
    draw();
    expect(boxOf(container, 'y')).toBe(y);
    expect(y?.classList.contains('is-mine')).toBe(true);
    mine.clear();
    draw();
    expect(boxOf(container, 'x')?.classList.contains('is-mine')).toBe(false);
  });

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
      ALL,
    );
    const x = boxOf(container, 'x');
    expect(x?.style.left).toBe('10px');
    expect(x?.style.top).toBe('5px');
    expect(x?.style.width).toBe('100px');
    expect(boxOf(container, 'y')?.style.top).toBe('35px');
    const label = container.querySelector<HTMLElement>('.timeline-row__label');
    expect(label?.textContent).toBe('Row a');
    expect(label?.style.height).toBe('40px');
    // The label goes in the label column, the items in the item area; both as tall as the rows.
    const [labels, items] = [...container.children] as HTMLElement[];
    expect(labels?.contains(label ?? null)).toBe(true);
    expect(items?.contains(x ?? null)).toBe(true);
    expect(items?.style.height).toBe('40px');
    expect(labels?.style.height).toBe('40px');
  });

  it('keeps the element of an item whose list is made again alike, and makes a new one for a new title', () => {
    const container = setUp();
    layer?.draw(layoutOf([row('a'), [[spec('x'), 10, 0]]]), null, ALL);
    const first = boxOf(container, 'x');
    // The same event in a list made again (a filter undone): a copy of its spec.
    layer?.draw(layoutOf([row('a'), [[spec('x'), 20, 0]]]), null, ALL);
    expect(boxOf(container, 'x')).toBe(first);
    expect(first?.style.left).toBe('20px');
    layer?.draw(layoutOf([row('a'), [[spec('x', 'A new title'), 20, 0]]]), null, ALL);
    const renamed = boxOf(container, 'x');
    expect(renamed).not.toBe(first);
    expect(renamed?.textContent).toBe('A new title');
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
      ALL,
    );
    expect(boxOf(container, 'p')?.className).toBe('timeline-item event-item timeline-item--point');
    expect(boxOf(container, 'p')?.querySelector('.timeline-item__dot')).not.toBeNull();
    expect(boxOf(container, 'r')?.className).toBe('timeline-item event-item timeline-item--range');
    expect(boxOf(container, 'r')?.querySelector('.timeline-item__dot')).toBeNull();
  });

  it('keeps the title of a range that began before the item area at the area’s edge', () => {
    const container = setUp();
    const range: TimelineItemSpec = {
      ...spec('r'),
      kind: 'range',
      end: new Date(Date.UTC(2026, 1, 1)),
    };
    const content = () => boxOf(container, 'r')?.style.paddingLeft;
    layer?.draw(layoutOf([row('a'), [[range, -60, 0]]]), null, ALL);
    // The area's edge, plus the title's own padding.
    expect(content()).toBe('65px');
    layer?.draw(layoutOf([row('a'), [[range, 20, 0]]]), null, ALL);
    expect(content()).toBe('');
  });

  it('draws titles as text, never as HTML, with the date in the title', () => {
    const container = setUp();
    layer?.draw(
      layoutOf([row('a'), [[spec('x', '<img src=x onerror=alert(1)>'), 0, 0]]]),
      null,
      ALL,
    );
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
      ALL,
    );
    const before = boxOf(container, 'x');
    layer?.draw(layoutOf([row('a'), [[x, 80, 1]]]), null, ALL);
    expect(boxOf(container, 'x')).toBe(before);
    expect(before?.style.left).toBe('80px');
    expect(container.querySelector('[data-event-id="y"]')).toBeNull();
    expect(container.querySelectorAll('.event-item')).toHaveLength(1);
  });

  it('takes away a row no longer laid out, with its label', () => {
    const container = setUp();
    layer?.draw(layoutOf([row('a'), []], [row('b'), []]), null, ALL);
    layer?.draw(layoutOf([row('b'), []]), null, ALL);
    const labels = [...container.querySelectorAll('.timeline-row__label')].map(
      (l) => l.textContent,
    );
    expect(labels).toEqual(['Row b']);
    expect(container.querySelectorAll('.timeline-row')).toHaveLength(1);
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
    const selected = (id: string) => boxOf(container, id)?.classList.contains('is-selected');
    layer?.draw(layout, 'x', ALL);
    expect(selected('x')).toBe(true);
    layer?.draw(layout, 'y', ALL);
    expect([selected('x'), selected('y')]).toEqual([false, true]);
    layer?.select('x');
    expect([selected('x'), selected('y')]).toEqual([true, false]);
    layer?.select(null);
    expect([selected('x'), selected('y')]).toEqual([false, false]);
  });

  it('counts the events of an aggregate where they are, and says so to assistive technology', () => {
    const container = setUp();
    const aggregate: Aggregate = { left: 300, width: 72, top: 35, count: 1234, start: 0, end: 1 };
    layer?.draw(layoutOf([row('a'), [[spec('x'), 0, 0]], [aggregate]]), null, ALL);
    const drawn = container.querySelector<HTMLElement>('.timeline-aggregate');
    expect(drawn?.textContent).toBe('1,234 more');
    expect(drawn?.dataset['count']).toBe('1234');
    expect(drawn?.getAttribute('aria-label')).toBe('1234 more events');
    expect([drawn?.style.left, drawn?.style.top, drawn?.style.width]).toEqual([
      '300px',
      '35px',
      '72px',
    ]);
  });

  it('draws only the rows that meet the part of the page in view', () => {
    const container = setUp();
    const layout = layoutOf([row('a'), [[spec('x'), 0, 0]]], [row('b'), [[spec('y'), 0, 0]]]);
    layer?.draw(layout, null, { top: 50, bottom: 70 });
    expect([...container.querySelectorAll('.event-item')].map((e) => e.textContent)).toEqual([
      'Event y',
    ]);
    expect(container.querySelectorAll('.timeline-row__label')).toHaveLength(1);
    layer?.draw(layout, null, ALL);
    expect(container.querySelectorAll('.event-item')).toHaveLength(2);
  });

  it('marks the hovered item, one at a time', () => {
    const container = setUp();
    const layout = layoutOf([
      row('a'),
      [
        [spec('x'), 0, 0],
        [spec('y'), 50, 0],
      ],
    ]);
    layer?.draw(layout, null, ALL);
    const [x, y] = layout.rows[0]?.items ?? [];
    const hovered = () => [...container.querySelectorAll('.is-hovered')].map((e) => e.textContent);
    layer?.hover(x ?? null);
    expect(hovered()).toEqual(['Event x']);
    layer?.hover(y ?? null);
    expect(hovered()).toEqual(['Event y']);
    layer?.hover(null);
    expect(hovered()).toEqual([]);
  });

  it('takes everything it drew away when destroyed', () => {
    const container = setUp();
    layer?.draw(layoutOf([row('a'), [[spec('x'), 0, 0]]]), null, ALL);
    layer?.destroy();
    layer = undefined;
    expect(container.querySelectorAll('*')).toHaveLength(2);
  });

  it.each([
    {
      why: 'a range box a few pixels wide shows no cut letter',
      kind: 'range',
      width: 24,
      bare: true,
    },
    {
      why: 'a range box with room for a few letters shows them',
      kind: 'range',
      width: 60,
      bare: false,
    },
    {
      why: 'a point cut at the area edge to its dot shows no letter',
      kind: 'point',
      width: 30,
      bare: true,
    },
    { why: 'a point with room shows its title', kind: 'point', width: 120, bare: false },
  ] as const)('$why (and keeps the whole title as its tooltip)', ({ kind, width, bare }) => {
    const container = setUp();
    const item: TimelineItemSpec = {
      ...spec('x', 'The whole title of the event'),
      kind,
      end: kind === 'range' ? new Date(Date.UTC(2026, 0, 6)) : undefined,
    };
    const layout = layoutOf([row('a'), [[item, 10, 0]]]);
    const placed = layout.rows[0]?.items[0];
    if (placed === undefined) throw new Error('no item');
    const narrow = { ...layout, rows: [{ ...layout.rows[0], items: [{ ...placed, width }] }] };
    layer?.draw(narrow as RowLayout, null, ALL);
    const box = boxOf(container, 'x');
    expect(box?.classList.contains('is-bare')).toBe(bare);
    expect(box?.title).toBe('The whole title of the event — 5 Jan 2026');
    expect(box?.textContent).toBe('The whole title of the event');
  });
});
