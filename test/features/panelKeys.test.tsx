// @vitest-environment jsdom
/**
 * Escape and focus around the event panel: Escape closes the article reader first, then the
 * panel, and focus goes back to what opened each; a text field keeps its own Escape.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventPanel } from '../../src/features/event-panel/EventPanel';
import { EventList } from '../../src/features/list/EventList';
import { ArticleReader } from '../../src/features/reader/ArticleReader';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';
import { smallTimeline } from '../fixtures/smallTimeline';

const index = indexTimeline(smallTimeline);
const TITLE = 'Sheinbaum rejects US military intervention';

function renderExplorerParts(): void {
  render(
    <>
      <label>
        Search <input type="search" />
      </label>
      <EventList index={index} />
      <ArticleReader index={index} />
      <EventPanel index={index} />
    </>,
  );
}

const panelHeading = () => screen.queryByRole('heading', { name: TITLE, level: 2 });

beforeEach(() => resetNewslineStore());
afterEach(() => cleanup());

describe('Escape on the event panel', () => {
  it('closes the panel and gives focus back to the list link that opened it', async () => {
    const user = userEvent.setup();
    renderExplorerParts();
    const link = screen.getByRole('link', { name: TITLE });
    await user.click(link);
    expect(panelHeading()).toBeInTheDocument();
    // Into the panel, as a keyboard reader would go.
    screen.getByRole('button', { name: 'Close event details' }).focus();
    await user.keyboard('{Escape}');
    expect(panelHeading()).toBeNull();
    expect(useNewslineStore.getState().selectedEventId).toBeNull();
    expect(link).toHaveFocus();
  });

  it('gives focus back to the opener when the close button is pressed', async () => {
    const user = userEvent.setup();
    renderExplorerParts();
    const link = screen.getByRole('link', { name: TITLE });
    await user.click(link);
    await user.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(panelHeading()).toBeNull();
    expect(link).toHaveFocus();
  });

  it('closes the article reader first, then the panel, each returning focus', async () => {
    const user = userEvent.setup();
    renderExplorerParts();
    const link = screen.getByRole('link', { name: TITLE });
    await user.click(link);
    const show = screen.getByRole('button', { name: 'Show in article' });
    await user.click(show);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(panelHeading()).toBeInTheDocument();
    expect(show).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(panelHeading()).toBeNull();
    expect(link).toHaveFocus();
  });

  it('leaves Escape in a text field to the field', async () => {
    const user = userEvent.setup();
    renderExplorerParts();
    await user.click(screen.getByRole('link', { name: TITLE }));
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('{Escape}');
    expect(panelHeading()).toBeInTheDocument();
  });
});
