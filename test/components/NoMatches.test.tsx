// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoMatches } from '../../src/components/NoMatches';
import { MissingEventNotice } from '../../src/app/MissingEventNotice';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';

beforeEach(() => resetNewslineStore());
afterEach(() => cleanup());

describe('NoMatches', () => {
  it('names the search that found nothing and clears it', async () => {
    const user = userEvent.setup();
    act(() => {
      useNewslineStore.getState().setQuery('tidal barrage');
      useNewslineStore.getState().toggleFilter('country', 'MX');
    });
    render(<NoMatches />);
    expect(screen.getByText(/No events match the search/)).toHaveTextContent(
      'No events match the search “tidal barrage”.',
    );
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(useNewslineStore.getState().query).toBe('');
    // Only the search goes: the filters the reader chose stay.
    expect(useNewslineStore.getState().filters.country).toEqual(['MX']);
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
  });
});

describe('MissingEventNotice', () => {
  it('says the linked event is not in the timeline, as text, and is dismissed', async () => {
    const user = userEvent.setup();
    act(() => useNewslineStore.getState().setMissingEvent('<b>gone</b>'));
    const { container } = render(<MissingEventNotice />);
    expect(screen.getByRole('status')).toHaveTextContent(
      /The link names an event, “<b>gone<\/b>”, that is not in this timeline/,
    );
    expect(container.querySelector('b')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(useNewslineStore.getState().missingEventId).toBeNull();
  });

  it('cuts a very long id short', () => {
    act(() => useNewslineStore.getState().setMissingEvent('x'.repeat(5000)));
    render(<MissingEventNotice />);
    expect(screen.getByRole('status').textContent?.length).toBeLessThan(400);
  });
});
