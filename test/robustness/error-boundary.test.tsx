// @vitest-environment jsdom
/**
 * A component that throws must not blank the page: its error boundary shows what failed with
 * the error's message and a way to try again, and the rest of the explorer stays usable.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { resetNewslineStore } from '../../src/state/store';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';
import type * as EventPanelModule from '../../src/features/event-panel/EventPanel';
import { smallTimeline } from '../fixtures/smallTimeline';

const failure = vi.hoisted(() => ({ panelThrows: false }));

// The widget needs a real layout engine; here only the page around it is under test.
vi.mock('../../src/features/timeline/timelineAdapter', () => ({
  useTimelineWidget: () => ({ zoomIn: () => {}, zoomOut: () => {}, fitAll: () => {} }),
}));

vi.mock('../../src/features/event-panel/EventPanel', async (importOriginal) => {
  const original = await importOriginal<typeof EventPanelModule>();
  return {
    EventPanel: (props: Parameters<typeof original.EventPanel>[0]) => {
      if (failure.panelThrows) throw new Error('the panel could not read its event');
      return original.EventPanel(props);
    },
  };
});

let broken = true;
function Fragile() {
  if (broken) throw new Error('bad record in view');
  return <p>Recovered view</p>;
}

beforeEach(() => {
  resetNewslineStore();
  broken = true;
  failure.panelThrows = false;
  // React reports caught errors on the console; the boundary's own report is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('ErrorBoundary', () => {
  it('shows what failed and the error message instead of the child', () => {
    render(
      <ErrorBoundary what="the timeline">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong in the timeline: bad record in view',
    );
    expect(screen.queryByText('Recovered view')).toBeNull();
  });

  it('renders the child again when the reader tries again', async () => {
    render(
      <ErrorBoundary what="the timeline">
        <Fragile />
      </ErrorBoundary>,
    );
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Recovered view')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the rest of the explorer alive when one part throws', async () => {
    failure.panelThrows = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify(smallTimeline), {
            headers: { 'content-type': 'application/json' },
          }),
        ),
      ),
    );
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Something went wrong in the event panel: the panel could not read its event',
    );
    // The filters still work beside the broken panel.
    const countries = screen.getByRole('group', { name: 'Countries' });
    const mexico = within(countries).getByRole('checkbox', { name: /Mexico/ });
    await userEvent.click(mexico);
    expect(mexico).toBeChecked();
    expect(screen.getByRole('heading', { level: 1, name: 'Newsline' })).toBeInTheDocument();
  });
});
