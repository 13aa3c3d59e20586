// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { smallTimeline } from '../fixtures/smallTimeline';

const index = indexTimeline(smallTimeline);

beforeEach(() => resetNewslineStore());
afterEach(() => cleanup());

describe('FilterPanel', () => {
  it('names each option with its count of events', () => {
    render(<FilterPanel index={index} />);
    const countries = screen.getByRole('group', { name: 'Countries' });
    expect(within(countries).getByRole('checkbox', { name: 'Mexico (4)' })).not.toBeChecked();
    expect(within(countries).getByRole('checkbox', { name: 'Greenland (1)' })).toBeInTheDocument();
    const actors = screen.getByRole('group', { name: 'Actors' });
    expect(within(actors).getByRole('checkbox', { name: 'Donald Trump (2)' })).toBeInTheDocument();
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
  });

  it('checking a country filters the store and the visible count', async () => {
    const user = userEvent.setup();
    render(<FilterPanel index={index} />);
    await user.click(screen.getByRole('checkbox', { name: 'Venezuela (1)' }));
    expect(useNewslineStore.getState().filters.country).toEqual(['VE']);
    expect(screen.getByRole('checkbox', { name: 'Venezuela (1)' })).toBeChecked();
    expect(screen.getByText('Showing 1 of 6 events')).toBeInTheDocument();
    // Actor counts now follow the country: only the Venezuela event's actor remains possible.
    expect(screen.getByRole('checkbox', { name: 'US forces (1)' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: 'Claudia Sheinbaum (0)' })).toBeDisabled();
  });

  it('checking an option writes to no checkbox whose state it leaves as it was', async () => {
    const user = userEvent.setup();
    render(<FilterPanel index={index} />);
    const before = new Map(
      screen
        .getAllByRole('checkbox')
        .map((box) => [
          box,
          [(box as HTMLInputElement).checked, (box as HTMLInputElement).disabled],
        ]),
    );
    const written = new Set<Node>();
    const observer = new MutationObserver((records) => {
      for (const record of records) written.add(record.target);
    });
    for (const box of before.keys()) observer.observe(box, { attributes: true });
    await user.click(screen.getByRole('checkbox', { name: 'Venezuela (1)' }));
    for (const record of observer.takeRecords()) written.add(record.target);
    observer.disconnect();
    const unchanged = [...before].filter(
      ([box, [checked, disabled]]) =>
        (box as HTMLInputElement).checked === checked &&
        (box as HTMLInputElement).disabled === disabled,
    );
    // Counts change under a filter; a checkbox whose state does not is left alone (rewriting
    // every one restyled them all at each click).
    expect(unchanged.length).toBeGreaterThan(3);
    expect(
      unchanged
        .filter(([box]) => written.has(box))
        .map(([box]) => box.getAttribute('aria-label') ?? box.parentElement?.textContent),
    ).toEqual([]);
  });

  it('checking two countries shows events in either', async () => {
    const user = userEvent.setup();
    render(<FilterPanel index={index} />);
    await user.click(screen.getByRole('checkbox', { name: 'Venezuela (1)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Greenland (1)' }));
    expect(screen.getByText('Showing 2 of 6 events')).toBeInTheDocument();
  });

  it('"Clear filters" unchecks everything, and is disabled when nothing is checked', async () => {
    const user = userEvent.setup();
    render(<FilterPanel index={index} />);
    const clear = screen.getByRole('button', { name: 'Clear filters' });
    expect(clear).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Mexico (4)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Donald Trump (1)' }));
    expect(screen.getByText('Showing 1 of 6 events')).toBeInTheDocument();
    await user.click(clear);
    expect(useNewslineStore.getState().filters.country).toEqual([]);
    expect(useNewslineStore.getState().filters.actor).toEqual([]);
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
    expect(
      screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked),
    ).toEqual([]);
  });

  it('searching narrows the events and the counts; clearing empties the search too', async () => {
    const user = userEvent.setup();
    render(<FilterPanel index={index} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Sheinbaum');
    expect(screen.getByText('Showing 2 of 6 events')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Mexico (2)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Greenland (0)' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
  });

  it('a date range keeps the events that may have happened in it', async () => {
    const user = userEvent.setup();
    render(<FilterPanel index={index} />);
    const dates = screen.getByRole('group', { name: 'Dates' });
    await user.type(within(dates).getByLabelText('From'), '2026-01-05');
    await user.type(within(dates).getByLabelText('To'), '2026-01-05');
    expect(useNewslineStore.getState().dateRange).toEqual({ from: '2026-01-05', to: '2026-01-05' });
    // Two events of that day, the January 2026 one and the 2006–2026 range.
    expect(screen.getByText('Showing 4 of 6 events')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(useNewslineStore.getState().dateRange).toEqual({ from: null, to: null });
  });

  it('starts each test from a fresh store', () => {
    expect(useNewslineStore.getState().filters.country).toEqual([]);
  });

  it('cuts a pasted search to 200 characters and says so', async () => {
    const user = userEvent.setup();
    render(<FilterPanel index={index} />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await user.click(box);
    await user.paste(`cartels ${'a'.repeat(300)}`);
    expect(box).toHaveValue(`cartels ${'a'.repeat(192)}`);
    expect(useNewslineStore.getState().query).toHaveLength(200);
    expect(box).toHaveAccessibleDescription('Only the first 200 characters are searched.');
  });

  it("shows a link's long search cut, with the note", () => {
    useNewslineStore.getState().setQuery('b'.repeat(100_000));
    render(<FilterPanel index={index} />);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('b'.repeat(200));
    expect(screen.getByText('Only the first 200 characters are searched.')).toBeInTheDocument();
  });
});
