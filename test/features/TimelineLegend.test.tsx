// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EdgeMarker } from '../../src/features/timeline/EdgeMarker';
import { TimelineLegend } from '../../src/features/timeline/TimelineLegend';

afterEach(() => cleanup());

describe('TimelineLegend', () => {
  it('names each event type with its count, so that colour is not the only sign', () => {
    render(
      <TimelineLegend
        types={[
          { type: 'statement', count: 28 },
          { type: 'military-operation', count: 2 },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: 'Colours by event type' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'statement (28)',
      'military operation (2)',
    ]);
    // Each entry carries its type's colour class, the one the items carry.
    expect(items[1]).toHaveClass('event-type--military-operation');
  });

  it('has no type list for a timeline without events', () => {
    render(<TimelineLegend types={[]} />);
    expect(screen.queryByRole('list', { name: 'Colours by event type' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Legend: how precise a date is' })).toBeInTheDocument();
  });

  it('names the five looks of a date, from a stated day to a span', () => {
    render(<TimelineLegend types={[]} />);
    const list = screen.getByRole('list', { name: 'Legend: how precise a date is' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'a day the article states',
      'a day the article does not state',
      'a month',
      'a year',
      'a span of days',
    ]);
  });
});

describe('EdgeMarker', () => {
  it('says where the events outside the window are and shows them on a click', async () => {
    const onShow = vi.fn();
    const group = { count: 5, first: Date.UTC(1983, 5, 1), last: Date.UTC(2008, 5, 1) };
    render(<EdgeMarker group={group} side="before" onShow={onShow} />);
    await userEvent.setup().click(screen.getByRole('button', { name: '← 1983–2008, 5 events' }));
    expect(onShow).toHaveBeenCalledWith(group, 'before');
  });

  it('is a disclosure the reader can close and open again', async () => {
    const user = userEvent.setup();
    render(<TimelineLegend types={[{ type: 'statement', count: 1 }]} />);
    const summary = screen.getByText('Legend: shapes and colours of 1 event type');
    const details = summary.closest('details');
    expect(details?.open).toBe(true);
    await user.click(summary);
    expect(details?.open).toBe(false);
  });
});
