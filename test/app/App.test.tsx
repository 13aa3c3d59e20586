// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, LoadedTimeline } from '../../src/app/App';
import { resetNewslineStore } from '../../src/state/store';
import { useTimelineLoad } from '../../src/load/useTimelineLoad';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

// The widget needs a real layout engine; here only the page around it is under test.
vi.mock('../../src/features/timeline/timelineAdapter', () => ({
  useTimelineWidget: () => ({ zoomIn: () => {}, zoomOut: () => {}, fitAll: () => {} }),
}));

function answer(body: string, init: ResponseInit = {}): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        new Response(body, { headers: { 'content-type': 'application/json' }, ...init }),
      ),
    ),
  );
}

beforeEach(() => resetNewslineStore());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('App loading the timeline', () => {
  it('says it is loading, then shows the explorer', async () => {
    answer(JSON.stringify(smallTimeline));
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Newsline' })).toBeInTheDocument();
    expect(screen.getByText('Loading the timeline…')).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Mexico (4)' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Event details' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the timeline…')).toBeNull();
  });

  it.each([
    [
      'a missing file',
      '',
      { status: 404, statusText: 'Not Found' },
      /Could not load seeds\/timeline\.json: the server answered 404 Not Found/,
    ],
    [
      'a file that is not JSON',
      '{"schemaVersion": 1, oops}',
      {},
      /seeds\/timeline\.json is not valid JSON/,
    ],
    [
      'another schema version',
      JSON.stringify({ ...smallTimeline, schemaVersion: 9 }),
      {},
      /seeds\/timeline\.json has schemaVersion 9/,
    ],
    [
      'a page instead of the file',
      '<!doctype html>',
      { headers: { 'content-type': 'text/html' } },
      /seeds\/timeline\.json: the file was not found/,
    ],
  ])('names the file and the problem for %s', async (_why, body, init, message) => {
    answer(body, init);
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('says how much of a large file has arrived, with a bar when its size is known', () => {
    const { rerender } = render(
      <LoadedTimeline
        load={{ status: 'loading', progress: { read: 23_400_000, total: 61_250_000 } }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline… 23.4 of 61.3 MB');
    const bar = screen.getByRole('progressbar', { name: 'Timeline file' });
    expect(bar).toHaveAttribute('value', '23400000');
    expect(bar).toHaveAttribute('max', '61250000');
    rerender(
      <LoadedTimeline load={{ status: 'loading', progress: { read: 3_000_000, total: null } }} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline… 3.0 MB');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the first part of a large file while the rest loads, then the whole', () => {
    const whole = indexTimeline(smallTimeline);
    const first = indexTimeline({ ...smallTimeline, events: smallTimeline.events.slice(0, 2) });
    const ready = { status: 'ready', leftOut: [], leftOutSummary: undefined } as const;
    const { rerender } = render(
      <LoadedTimeline
        load={{
          ...ready,
          index: first,
          stillLoading: { progress: { read: 40_000_000, total: 61_250_000 } },
        }}
      />,
    );
    expect(
      screen.getByText(/^Showing the first 2 events while the rest of the timeline loads…/),
    ).toHaveTextContent(
      'Showing the first 2 events while the rest of the timeline loads… 40.0 of 61.3 MB',
    );
    expect(
      screen.getByText(/^Showing the first 2 events while the rest of the timeline loads…/),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByRole('progressbar', { name: 'Timeline file' })).toHaveAttribute(
      'value',
      '40000000',
    );
    // The explorer shows those events, filters and all, and can be used meanwhile.
    expect(screen.getByText('Showing 2 of 2 events')).toBeInTheDocument();
    rerender(<LoadedTimeline load={{ ...ready, index: whole }} />);
    expect(screen.queryByText(/while the rest of the timeline loads/)).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
  });

  it('shows the good events and says how many were left out', async () => {
    const broken = {
      ...smallTimeline,
      events: [...smallTimeline.events, { id: 'bad', title: '' }],
    };
    answer(JSON.stringify(broken));
    render(<App />);
    expect(await screen.findByText(/1 event was left out/)).toBeInTheDocument();
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
  });

  it('says a stalled download stopped, and loads the file again on Retry', async () => {
    const stalled = new Response(
      new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode('{"schemaVersion":1,')),
      }),
      { headers: { 'content-type': 'application/json' } },
    );
    const whole = new Response(JSON.stringify(smallTimeline), {
      headers: { 'content-type': 'application/json' },
    });
    const fetched = vi.fn().mockResolvedValueOnce(stalled).mockResolvedValueOnce(whole);
    vi.stubGlobal('fetch', fetched);
    // The app's own load, told to give up after 50 ms without bytes instead of 15 s.
    function QuickToGiveUp() {
      return (
        <LoadedTimeline load={useTimelineLoad('seeds/timeline.json', 'seeds/timeline.json', 50)} />
      );
    }
    render(<QuickToGiveUp />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /Could not load seeds\/timeline\.json: the server stopped sending the file \(nothing more came for 0\.1 seconds, after 19 bytes\)/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('checkbox', { name: 'Mexico (4)' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fetched).toHaveBeenCalledTimes(2);
  });

  it('offers no Retry for a file that is itself wrong', async () => {
    answer(JSON.stringify({ ...smallTimeline, schemaVersion: 9 }));
    render(<App />);
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('shows the whole events of a file cut off mid-event, saying it is cut off and what is shown', async () => {
    const text = JSON.stringify(smallTimeline);
    answer(text.slice(0, text.indexOf('{"id":"greenland-remarks"') + 30));
    render(<App />);
    expect(await screen.findByText('Showing 3 of 3 events')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'seeds/timeline.json is cut off: the file stops partway through. The 13 whole records before the cut are shown (2 documents, 4 actors, 4 countries and 3 events); the rest of the file is missing.',
    );
  });

  it('says a file cut off before its first whole event is cut off, and offers Retry', async () => {
    answer('{"schemaVersion":1,"documents":[{"id":"a","fi');
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'seeds/timeline.json is cut off: it ends partway through, before its first whole event.',
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
