// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';
import { indexTimeline } from '../../src/domain/timelineIndex';
import type { TimelineWidgetInput } from '../../src/features/timeline/timelineAdapter';
import { TimelineView } from '../../src/features/timeline/TimelineView';
import { smallTimeline } from '../fixtures/smallTimeline';

// The widget needs a real layout engine (the browser test drives it); here we record what the
// view hands it.
const pushed: TimelineWidgetInput[] = [];
/** The window the mocked widget says is in view; none before a test sets one. */
let inView: { start: number; end: number } | undefined;
const asked: { fit: number; spans: number[] } = { fit: 0, spans: [] };
vi.mock('../../src/features/timeline/timelineAdapter', () => ({
  useTimelineWidget: (_container: unknown, input: TimelineWidgetInput) => {
    pushed.push(input);
    return {
      zoomIn: () => {},
      zoomOut: () => {},
      fit: () => {
        asked.fit += 1;
      },
      fitAll: () => {},
      showSpan: (span: number) => asked.spans.push(span),
      showWindow: () => {},
      shownWindow: () => inView,
    };
  },
}));

const index = indexTimeline(smallTimeline);
const lastInput = (): TimelineWidgetInput | undefined => pushed[pushed.length - 1];

beforeEach(() => {
  resetNewslineStore();
  pushed.length = 0;
  inView = undefined;
  asked.fit = 0;
  asked.spans = [];
});
afterEach(() => cleanup());

describe('TimelineView', () => {
  it('hands the widget one item per visible event, grouped by first actor', () => {
    render(<TimelineView index={index} />);
    expect(lastInput()?.items).toHaveLength(6);
    expect(lastInput()?.groups.map((g) => g.label)).toEqual([
      'Claudia Sheinbaum',
      'Donald Trump',
      'US forces',
      'Unattributed',
    ]);
  });

  it('follows the filters at once', () => {
    render(<TimelineView index={index} />);
    act(() => useNewslineStore.getState().toggleFilter('country', 'GL'));
    expect(lastInput()?.items.map((i) => i.id)).toEqual(['greenland-remarks']);
    expect(lastInput()?.groups.map((g) => g.label)).toEqual(['Donald Trump']);
    expect(screen.getByText('1 of 6 events')).toBeInTheDocument();
  });

  it('regroups rows when the reader picks another grouping', async () => {
    const user = userEvent.setup();
    render(<TimelineView index={index} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Country');
    expect(useNewslineStore.getState().grouping).toBe('country');
    expect(lastInput()?.groups.map((g) => g.label)).toContain('Mexico');
  });

  it('moves the selection through events in time order with the arrow keys', async () => {
    const user = userEvent.setup();
    const { container } = render(<TimelineView index={index} />);
    // The widget's rows pane (mocked away here) is the focused element the keys bubble up from.
    const pane = document.createElement('div');
    pane.tabIndex = 0;
    container.querySelector('.timeline__canvas')?.append(pane);
    pane.focus();
    expect(lastInput()?.label).toMatch(/arrow keys move between events/);
    await user.keyboard('{ArrowRight}');
    expect(useNewslineStore.getState().selectedEventId).toBe(index.events[0]?.id);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(useNewslineStore.getState().selectedEventId).toBe(index.events[2]?.id);
    await user.keyboard('{ArrowLeft}');
    expect(useNewslineStore.getState().selectedEventId).toBe(index.events[1]?.id);
    expect(lastInput()?.selectedId).toBe(index.events[1]?.id);
    await user.keyboard('{Escape}');
    expect(useNewslineStore.getState().selectedEventId).toBeNull();
  });

  it('starts the arrow keys from the first event in the window in view', async () => {
    const user = userEvent.setup();
    const { container } = render(<TimelineView index={index} />);
    const pane = document.createElement('div');
    pane.tabIndex = 0;
    container.querySelector('.timeline__canvas')?.append(pane);
    pane.focus();
    // 5 January 2026: the range from 2006 to 2026 and the month of January are not over yet,
    // so the first event in view is the earliest that reaches into it.
    inView = {
      start: new Date(2026, 0, 5, 0, 0).getTime(),
      end: new Date(2026, 0, 5, 23, 59).getTime(),
    };
    await user.keyboard('{ArrowRight}');
    expect(useNewslineStore.getState().selectedEventId).toBe('cartels-grow');
    act(() => useNewslineStore.getState().selectEvent(null));
    // From February 2026, past every event: the last one.
    inView = { start: new Date(2026, 1, 1).getTime(), end: new Date(2026, 1, 8).getTime() };
    await user.keyboard('{ArrowLeft}');
    expect(useNewslineStore.getState().selectedEventId).toBe(index.events.at(-1)?.id);
    act(() => useNewslineStore.getState().selectEvent(null));
    // Back from 4 January: the last event that has begun by its end.
    inView = {
      start: new Date(2026, 0, 4, 0, 0).getTime(),
      end: new Date(2026, 0, 4, 23, 59).getTime(),
    };
    await user.keyboard('{ArrowLeft}');
    expect(useNewslineStore.getState().selectedEventId).toBe('maduro-detained');
  });

  it('selects what the reader clicks on the widget', () => {
    render(<TimelineView index={index} />);
    act(() => lastInput()?.onSelect('maduro-detained'));
    expect(useNewslineStore.getState().selectedEventId).toBe('maduro-detained');
  });

  it('offers day, week, month and year windows around the centre, and Fit', async () => {
    const user = userEvent.setup();
    render(<TimelineView index={index} />);
    const steps = screen.getByRole('group', { name: 'Show a stretch of' });
    for (const name of ['Day', 'Week', 'Month', 'Year'])
      await user.click(within(steps).getByRole('button', { name }));
    const day = 24 * 60 * 60 * 1000;
    expect(asked.spans.map((span) => Math.round(span / day))).toEqual([1, 7, 31, 365]);
    await user.click(screen.getByRole('button', { name: 'Fit' }));
    expect(asked.fit).toBe(1);
  });

  it('names the event type in each item tooltip, not in colour alone', () => {
    render(<TimelineView index={index} />);
    const spec = lastInput()?.items.find((item) => item.id === 'maduro-detained');
    expect(spec === undefined ? '' : lastInput()?.describeItem(spec)).toMatch(
      /; military operation\)$/,
    );
  });
});
