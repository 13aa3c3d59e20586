// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { EventList } from '../../src/features/list/EventList';
import { crowdedTimeline } from '../fixtures/crowdedEvent';
import { smallTimeline } from '../fixtures/smallTimeline';

const index = indexTimeline(smallTimeline);
const titles = (): string[] =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');

beforeEach(() => resetNewslineStore());
afterEach(() => cleanup());

describe('EventList', () => {
  it('lists the visible events in time order with their details', () => {
    render(<EventList index={index} />);
    expect(titles()).toEqual(index.events.map((e) => e.title));
    const row = screen.getByRole('row', { name: /US forces detain Nicolás Maduro/ });
    expect(within(row).getByText('Sun 4 Jan 2026')).toBeInTheDocument();
    expect(within(row).getByText('US forces, Nicolás Maduro')).toBeInTheDocument();
    expect(within(row).getByText('United States, Venezuela')).toBeInTheDocument();
    expect(within(row).getByText('Maduro detained')).toBeInTheDocument();
  });

  it('follows the filters', () => {
    render(<EventList index={index} />);
    act(() => useNewslineStore.getState().toggleFilter('country', 'VE'));
    expect(titles()).toEqual(['US forces detain Nicolás Maduro']);
  });

  it('sorts by title and by date, either way round', async () => {
    const user = userEvent.setup();
    render(<EventList index={index} />);
    await user.click(screen.getByRole('button', { name: /^Event/ }));
    expect(titles()[0]).toBe('Cartels grow');
    expect(screen.getByRole('columnheader', { name: /Event/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: /^Event/ }));
    expect(titles()[0]).toBe('US forces detain Nicolás Maduro');
    await user.click(screen.getByRole('button', { name: /^Date/ }));
    expect(titles()[0]).toBe(index.events[0]?.title);
  });

  it('shares the selection with the rest of the explorer', async () => {
    const user = userEvent.setup();
    render(<EventList index={index} />);
    await user.click(screen.getByRole('button', { name: 'Cartels grow' }));
    expect(useNewslineStore.getState().selectedEventId).toBe('cartels-grow');
    act(() => useNewslineStore.getState().selectEvent('sovereignty'));
    expect(
      screen.getByRole('button', { name: 'Sheinbaum: sovereignty is not negotiable' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Cartels grow' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

describe('EventList beside the timeline', () => {
  it('builds only the date, event and actors columns', () => {
    render(<EventList index={index} brief />);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Date ▲',
      'Event ↕',
      'Actors',
    ]);
    for (const row of screen.getAllByRole('row')) expect(row.children).toHaveLength(3);
  });
});

describe('EventList on a long timeline', () => {
  const many = indexTimeline({
    ...smallTimeline,
    events: Array.from({ length: 450 }, (_, i) => ({
      ...smallTimeline.events[2],
      id: `e${String(i).padStart(3, '0')}`,
      title: `Event ${String(i).padStart(3, '0')}`,
    })) as typeof smallTimeline.events,
  });

  it('shows a page of rows at a time and turns to the page of a selection made elsewhere', async () => {
    const user = userEvent.setup();
    render(<EventList index={many} />);
    expect(screen.getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText(/Rows 1–50 of 450/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/Rows 51–100 of 450/)).toBeInTheDocument();
    act(() => useNewslineStore.getState().selectEvent('e420'));
    expect(screen.getByText(/Rows 401–450 of 450/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Event 420' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('opens on the page of the first event of the window the timeline opens on', () => {
    // 150 events of 1990 and 300 of 5 January 2026: the timeline opens on the 2026 ones, so does
    // the list.
    const split = indexTimeline({
      ...smallTimeline,
      events: Array.from({ length: 450 }, (_, i) => ({
        ...smallTimeline.events[2],
        id: `s${String(i).padStart(3, '0')}`,
        title: `Split ${String(i).padStart(3, '0')}`,
        date: {
          start: i < 150 ? '1990-01-01' : '2026-01-05',
          granularity: 'day',
          basis: 'explicit',
        },
      })) as typeof smallTimeline.events,
    });
    render(<EventList index={split} />);
    expect(screen.getByText(/Rows 151–200 of 450/)).toBeInTheDocument();
    expect(titles()[0]).toBe('Split 150');
  });

  it('opens on a window the reader chose (a link) rather than the first one', () => {
    const split = indexTimeline({
      ...smallTimeline,
      events: Array.from({ length: 120 }, (_, i) => ({
        ...smallTimeline.events[2],
        id: `s${String(i).padStart(3, '0')}`,
        title: `Split ${String(i).padStart(3, '0')}`,
        date: {
          start: `${1900 + i}-06-01`,
          granularity: 'day',
          basis: 'explicit',
        },
      })) as typeof smallTimeline.events,
    });
    useNewslineStore.getState().setTimeWindow({
      start: new Date(1960, 0, 1).getTime(),
      end: new Date(1961, 0, 1).getTime(),
    });
    render(<EventList index={split} />);
    expect(screen.getByText(/Rows 51–100 of 120/)).toBeInTheDocument();
  });

  it('names at most ten actors and countries in a cell, then how many more', () => {
    const crowded = indexTimeline(crowdedTimeline());
    render(<EventList index={crowded} />);
    const title = smallTimeline.events[0]?.title ?? '';
    const row = screen.getByRole('row', { name: new RegExp(title) });
    expect(within(row).getByText(/^W{2000}, Aide 0, .*, Aide 8 and 20 more$/u)).toBeInTheDocument();
    expect(within(row).getByText(/^AA, AB, .*, AJ and 49,990 more$/u)).toBeInTheDocument();
  });
});
