// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { EventPanel } from '../../src/features/event-panel/EventPanel';
import { ArticleReader } from '../../src/features/reader/ArticleReader';
import { crowdedTimeline } from '../fixtures/crowdedEvent';
import { SHEINBAUM_PASSAGE, smallTimeline } from '../fixtures/smallTimeline';

const index = indexTimeline(smallTimeline);

function renderWithSelection(eventId: string | null): HTMLElement {
  useNewslineStore.getState().selectEvent(eventId);
  render(
    <>
      <EventPanel index={index} />
      <ArticleReader index={index} />
    </>,
  );
  return screen.getByRole('complementary', { name: 'Event details' });
}

beforeEach(() => resetNewslineStore());
afterEach(() => cleanup());

describe('EventPanel', () => {
  it('invites a selection when none is made', () => {
    const panel = renderWithSelection(null);
    expect(within(panel).getByText(/Select an event/)).toBeInTheDocument();
    expect(within(panel).queryByRole('heading')).toBeNull();
  });

  it('shows the title, date, basis, actors with roles, countries and the article title', () => {
    const panel = renderWithSelection('sheinbaum-rejects');
    expect(
      within(panel).getByRole('heading', { name: 'Sheinbaum rejects US military intervention' }),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Mon 5 Jan 2026', { selector: 'time' })).toBeInTheDocument();
    expect(within(panel).getByText(/a day the article states/)).toBeInTheDocument();
    expect(within(panel).getByText('Stated: “January 5, 2026”')).toBeInTheDocument();
    expect(within(panel).getByText('Claudia Sheinbaum')).toBeInTheDocument();
    expect(within(panel).getByText('(President of Mexico)')).toBeInTheDocument();
    expect(within(panel).getByText('United States')).toBeInTheDocument();
    expect(
      within(panel).getByText('Mexico rejects intervention', { selector: 'cite' }),
    ).toBeInTheDocument();
  });

  it('says what a relative date was counted from: here the publication date of its article', () => {
    const panel = renderWithSelection('trump-act-together');
    expect(
      within(panel).getByText(/counted from the report's date, Mon 5 Jan 2026/),
    ).toBeInTheDocument();
  });

  it('marks the passage inside its paragraph', () => {
    const panel = renderWithSelection('sheinbaum-rejects');
    const mark = panel.querySelector('mark');
    expect(mark?.textContent).toBe(SHEINBAUM_PASSAGE);
    // The paragraph around it is there too, and nothing from the next line.
    const quote = mark?.closest('blockquote');
    expect(quote?.textContent).toContain('Mexico City, January 5, 2026 – ');
    expect(quote?.textContent).toContain('"Sovereignty is not negotiable," she said.');
    expect(quote?.textContent).not.toContain('On Sunday');
  });

  it('shows markup in article text as literal text, never as elements', () => {
    const panel = renderWithSelection('greenland-remarks');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(
      'Trump speaks about Greenland <script>alert(1)</script>',
    );
    const mark = panel.querySelector('mark');
    expect(mark?.textContent).toContain('<script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(panel.querySelector('script, img')).toBeNull();
  });

  it('closes with its close control', async () => {
    const user = userEvent.setup();
    const panel = renderWithSelection('sheinbaum-rejects');
    await user.click(within(panel).getByRole('button', { name: 'Close event details' }));
    expect(useNewslineStore.getState().selectedEventId).toBeNull();
    expect(within(panel).getByText(/Select an event/)).toBeInTheDocument();
  });

  it('filters by an actor or a country when its chip is pressed', async () => {
    const user = userEvent.setup();
    const panel = renderWithSelection('sheinbaum-rejects');
    const mexico = within(panel).getByRole('button', { name: 'Mexico' });
    expect(mexico).toHaveAttribute('aria-pressed', 'false');
    await user.click(mexico);
    expect(useNewslineStore.getState().filters.country).toEqual(['MX']);
    expect(mexico).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(panel).getByRole('button', { name: /Claudia Sheinbaum/ }));
    expect(useNewslineStore.getState().filters.actor).toEqual(['claudia-sheinbaum']);
  });
});

describe('the article reader', () => {
  it('"Show in article" opens the whole article with the passage marked as current', async () => {
    const user = userEvent.setup();
    const panel = renderWithSelection('sovereignty');
    await user.click(within(panel).getByRole('button', { name: 'Show in article' }));
    const reader = screen.getByRole('dialog', { name: 'Mexico rejects intervention' });
    const text = reader.querySelector('.reader__text');
    expect(text?.textContent).toBe(smallTimeline.documents[0]?.text);
    const current = reader.querySelector('mark.reader__mark--current');
    expect(current?.textContent).toBe('"Sovereignty is not negotiable," she said.');
    // The other passages of the same article are marked too.
    expect(reader.querySelectorAll('mark').length).toBeGreaterThan(1);
  });

  it('scrolls the passage into view when the article opens', async () => {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      const user = userEvent.setup();
      const panel = renderWithSelection('cartels-grow');
      await user.click(within(panel).getByRole('button', { name: 'Show in article' }));
      expect(scrolled.map((element) => element.textContent)).toEqual([
        'The cartels have grown since 2006.',
      ]);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('opens another event from its marked passage in the article', async () => {
    const user = userEvent.setup();
    const panel = renderWithSelection('sovereignty');
    await user.click(within(panel).getByRole('button', { name: 'Show in article' }));
    const reader = screen.getByRole('dialog', { name: 'Mexico rejects intervention' });
    await user.click(
      within(reader).getByRole('button', { name: 'The cartels have grown since 2006.' }),
    );
    expect(useNewslineStore.getState().selectedEventId).toBe('cartels-grow');
    const current = screen.getByRole('dialog').querySelector('mark.reader__mark--current');
    expect(current?.textContent).toBe('The cartels have grown since 2006.');
  });

  it('shows markup in the article as text', async () => {
    const user = userEvent.setup();
    const panel = renderWithSelection('maduro-detained');
    await user.click(within(panel).getByRole('button', { name: 'Show in article' }));
    const reader = screen.getByRole('dialog', { name: 'Maduro detained' });
    expect(reader.textContent).toContain('<img src=x onerror="alert(2)">');
    expect(reader.querySelector('script, img')).toBeNull();
  });

  it('closes with Escape and with its close button', async () => {
    const user = userEvent.setup();
    const panel = renderWithSelection('maduro-detained');
    await user.click(within(panel).getByRole('button', { name: 'Show in article' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Show in article' }));
    await user.click(screen.getByRole('button', { name: 'Close article' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows 20 chips and passages of a crowded event, and counts the rest', () => {
    const crowded = indexTimeline(crowdedTimeline());
    useNewslineStore.getState().selectEvent(smallTimeline.events[0]?.id ?? null);
    render(<EventPanel index={crowded} />);
    const panel = screen.getByRole('complementary', { name: 'Event details' });
    const countries = within(panel).getByText('and 49,980 more').closest('ul');
    expect(countries).not.toBeNull();
    expect(within(countries ?? panel).getAllByRole('button')).toHaveLength(20);
    expect(within(panel).getByText('and 10 more')).toBeInTheDocument();
    // 22 distinct wordings among its 25 sources: 20 shown.
    expect(within(panel).getByText('and 2 more passages')).toBeInTheDocument();
    expect(panel.querySelectorAll('blockquote')).toHaveLength(20);
    expect(within(panel).getAllByRole('button', { pressed: false }).length).toBeLessThan(100);
  });
});
