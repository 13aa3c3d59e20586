// @vitest-environment jsdom
/**
 * The timeline adapter reaches into vis-timeline for speed (src/features/timeline/
 * timelineAdapter.ts): each use falls back to the widget's own behaviour when the part it reads is
 * missing, so a vis-timeline release without one would still draw right, only slower, and no
 * drawing test would notice. This test names each part, on a widget with a row and two items.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';

let timeline: Timeline | undefined;
afterEach(() => {
  timeline?.destroy();
  timeline = undefined;
});

function build(): Record<string, unknown> {
  const container = document.createElement('div');
  document.body.append(container);
  const items = new DataSet([
    { id: 'a', group: 'g', content: 'A', start: new Date(2020, 0, 1) },
    { id: 'b', group: 'g', content: 'B', start: new Date(2020, 0, 2), end: new Date(2020, 0, 9) },
  ]);
  const groups = new DataSet([{ id: 'g', content: 'G' }]);
  timeline = new Timeline(container, items, groups, {});
  return timeline as unknown as Record<string, unknown>;
}

describe('the vis-timeline internals the adapter relies on', () => {
  it('has the queued and the immediate redraw', () => {
    const core = build();
    expect(typeof core['_redraw']).toBe('function');
    expect(typeof core['_origRedraw']).toBe('function');
    expect(typeof core['_onResize']).toBe('function');
    expect(core['props']).toHaveProperty('lastWidth');
  });

  it('has the panels the item layer draws into, and the item area width it laid out', () => {
    const core = build();
    const dom = core['dom'] as Record<string, unknown>;
    // The layer's items go in the centre panel's content, its labels in the left one's.
    expect(dom['center']).toBeInstanceOf(HTMLElement);
    expect(dom['left']).toBeInstanceOf(HTMLElement);
    expect((dom['centerContainer'] as HTMLElement).contains(dom['center'] as HTMLElement)).toBe(
      true,
    );
    expect((dom['leftContainer'] as HTMLElement).contains(dom['left'] as HTMLElement)).toBe(true);
    // jsdom lays nothing out, so the widget's redraw stops at a root 0 px wide; give it a width.
    const width = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(800);
    (core['_origRedraw'] as () => void).call(core);
    width.mockRestore();
    const props = core['props'] as Record<string, Record<string, unknown>>;
    // The root's width less the side panels' (here none, counted as -1 px of border each).
    expect(props['center']?.['width']).toBe(802);
  });

  it('has a range with numeric bounds', () => {
    const range = build()['range'] as Record<string, unknown>;
    expect(typeof range['start']).toBe('number');
    expect(typeof range['end']).toBe('number');
  });

  it('has an item layer whose items draw in steps, test their visibility and hide', () => {
    const layer = build()['itemSet'] as Record<string, unknown>;
    const items = layer['items'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(items).sort()).toEqual(['a', 'b']);
    for (const item of Object.values(items)) {
      expect(typeof item['redraw']).toBe('function');
      expect(typeof item['isVisible']).toBe('function');
      expect(typeof item['hide']).toBe('function');
      expect(item).toHaveProperty('displayed');
      const steps: unknown = (item['redraw'] as (queue: boolean) => unknown).call(item, true);
      expect(Array.isArray(steps) && steps.every((step) => typeof step === 'function')).toBe(true);
      const parent = item['parent'] as Record<string, unknown>;
      expect(Array.isArray(parent['visibleItems'])).toBe(true);
    }
  });
});
