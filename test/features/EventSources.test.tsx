// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { EventPanel } from '../../src/features/event-panel/EventPanel';
import { LEAD_PASSAGE, readerTimeline } from '../fixtures/readerTimeline';

const index = indexTimeline(readerTimeline);

function panelFor(eventId: string): HTMLElement {
  useNewslineStore.getState().selectEvent(eventId);
  render(<EventPanel index={index} />);
  return screen.getByRole('complementary', { name: 'Event details' });
}

beforeEach(() => resetNewslineStore());
afterEach(() => cleanup());

describe('the sources of an event', () => {
  it('shows a paragraph its article prints twice once, and says so', () => {
    const panel = panelFor('ferry-approved');
    const quotes = [...panel.querySelectorAll('blockquote mark')].map((m) => m.textContent);
    // Once from the Gazette (which prints it twice), once from the Post.
    expect(quotes).toEqual([LEAD_PASSAGE, LEAD_PASSAGE]);
    expect(within(panel).getByText('The article prints this passage 2 times.')).toBeInTheDocument();
  });

  it('names who reported it: two outlets, each once', () => {
    const panel = panelFor('ferry-approved');
    expect(within(panel).getByRole('heading', { name: 'Reported by 2 outlets' })).toBeVisible();
    expect(within(panel).getByText('Harbour Gazette · Coast Post')).toBeInTheDocument();
  });

  it('gives each passage its outlet, byline and date, and a link to the original', () => {
    const panel = panelFor('ferry-approved');
    const [gazette, post] = panel.querySelectorAll('figure');
    expect(gazette?.querySelector('.source__meta')?.textContent).toBe(
      'Harbour Gazette · Ana Lindqvist · Mon 2 Mar 2026',
    );
    expect(post?.querySelector('.source__meta')?.textContent).toBe(
      'Coast Post · Jon Berg · Tue 3 Mar 2026',
    );
    const links = within(panel).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://gazette.example/harbour/ferry',
      'http://coast.example/ferry',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAccessibleName(/^Original at .+ \(opens in a new tab\)$/);
    }
  });

  it('offers no link for an address that is not http or https, and does not print it', () => {
    const panel = panelFor('timetable-published');
    expect(within(panel).queryByRole('link')).toBeNull();
    expect(panel.textContent).not.toContain('javascript:');
    // An article with no outlet is named by its title.
    expect(within(panel).getByRole('heading', { name: 'Reported by 1 article' })).toBeVisible();
    expect(panel.querySelector('.event-details__reporters')?.textContent).toBe('Ferry timetable');
  });
});
