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

  it('says under a date that the article does not state it, and only then', () => {
    render(<EventList index={index} />);
    const cellOf = (title: string) => {
      const row = screen.getAllByRole('row').find((r) => r.textContent?.includes(title));
      return row === undefined ? undefined : within(row).getAllByRole('cell')[0];
    };
    const inferred = index.events.find((e) => e.date.basis === 'inferred');
    const stated = index.events.find((e) => e.date.basis === 'explicit');
    expect(cellOf(inferred?.title ?? '')?.textContent).toMatch(/ not stated$/);
    expect(cellOf(stated?.title ?? '')?.textContent).not.toMatch(/not stated/);
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
    await user.click(screen.getByRole('link', { name: 'Cartels grow' }));
    expect(useNewslineStore.getState().selectedEventId).toBe('cartels-grow');
    act(() => useNewslineStore.getState().selectEvent('sovereignty'));
    expect(
      screen.getByRole('row', { name: /Sheinbaum: sovereignty is not negotiable/ }),
    ).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('row', { name: /Cartels grow/ })).not.toHaveAttribute('aria-current');
  });

  it("links each title to the event's own address in the current view", () => {
    render(<EventList index={index} />);
    expect(screen.getByRole('link', { name: 'Cartels grow' })).toHaveAttribute(
      'href',
      '?event=cartels-grow',
    );
    act(() => {
      useNewslineStore.getState().setQuery('cartel');
      useNewslineStore.getState().setTimeWindow({ start: 0, end: 86_400_000 });
    });
    // The search is kept, the window is not (the event brings itself into view).
    expect(screen.getByRole('link', { name: 'Cartels grow' })).toHaveAttribute(
      'href',
      '?q=cartel&event=cartels-grow',
    );
  });

  it.each([
    ['Ctrl', '{Control>}'],
    ['Meta', '{Meta>}'],
    ['Shift', '{Shift>}'],
  ])('leaves a %s-click to the browser (a new tab or window)', async (_key, hold) => {
    const user = userEvent.setup();
    render(<EventList index={index} />);
    const link = screen.getByRole('link', { name: 'Cartels grow' });
    let defaultPrevented: boolean | undefined;
    link.addEventListener('click', (click) => {
      defaultPrevented = click.defaultPrevented;
      click.preventDefault(); // jsdom would otherwise try to navigate
    });
    await user.keyboard(hold);
    await user.click(link);
    expect(defaultPrevented).toBe(false);
    expect(useNewslineStore.getState().selectedEventId).toBeNull();
  });

  it('selects in place on a plain click, and a second click lets it go', async () => {
    const user = userEvent.setup();
    render(<EventList index={index} />);
    const link = screen.getByRole('link', { name: 'Cartels grow' });
    const before = window.location.href;
    await user.click(link);
    expect(useNewslineStore.getState().selectedEventId).toBe('cartels-grow');
    expect(window.location.href).toBe(before);
    await user.click(link);
    expect(useNewslineStore.getState().selectedEventId).toBeNull();
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
    expect(screen.getByRole('row', { name: /Event 420/ })).toHaveAttribute('aria-current', 'true');
  });

  it('prints every row, without the pager, from beforeprint to afterprint', () => {
    render(<EventList index={many} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByRole('row')).toHaveLength(451);
    expect(screen.queryByRole('navigation', { name: 'Pages of the list' })).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getAllByRole('row')).toHaveLength(51);
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
