// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';
import { readUrlIntoStore, useUrlSync } from '../../src/state/urlSync';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';

const index = indexTimeline(smallTimeline);

beforeEach(() => {
  resetNewslineStore();
  window.history.replaceState(null, '', '/');
});
afterEach(() => cleanup());

describe('URL sync', () => {
  it('starts the store from a copied link', () => {
    window.history.replaceState(null, '', '/?country=MX&group=country&event=sovereignty');
    readUrlIntoStore();
    renderHook(() => useUrlSync(index));
    const state = useNewslineStore.getState();
    expect(state.filters.country).toEqual(['MX']);
    expect(state.grouping).toBe('country');
    expect(state.selectedEventId).toBe('sovereignty');
  });

  it('drops what the timeline does not know from an old link', () => {
    window.history.replaceState(null, '', '/?country=MX,ZZ&event=gone');
    readUrlIntoStore();
    renderHook(() => useUrlSync(index));
    expect(useNewslineStore.getState().filters.country).toEqual(['MX']);
    expect(useNewslineStore.getState().selectedEventId).toBeNull();
    expect(window.location.search).toBe('?country=MX');
  });

  it('opens the reading view from a link, drops an unknown article, and Back closes it', async () => {
    const article = smallTimeline.documents[0]?.id ?? '';
    window.history.replaceState(null, '', `/?event=sovereignty&read=${article}`);
    readUrlIntoStore();
    renderHook(() => useUrlSync(index));
    expect(useNewslineStore.getState().readerDocumentId).toBe(article);

    act(() => useNewslineStore.getState().closeReader());
    await vi.waitFor(() => expect(window.location.search).toBe('?event=sovereignty'));
    act(() =>
      useNewslineStore.getState().openReader({ documentId: article, eventId: 'sovereignty' }),
    );
    await vi.waitFor(() => expect(window.location.search).toContain('&read='));
    // Back: the browser puts the previous entry's URL in place and says so.
    act(() => {
      window.history.replaceState(null, '', '/?event=sovereignty');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await vi.waitFor(() => expect(useNewslineStore.getState().readerDocumentId).toBeNull());
    expect(useNewslineStore.getState().selectedEventId).toBe('sovereignty');

    cleanup();
    window.history.replaceState(null, '', '/?event=sovereignty&read=no-such-article');
    readUrlIntoStore();
    renderHook(() => useUrlSync(index));
    expect(useNewslineStore.getState().readerDocumentId).toBeNull();
    expect(window.location.search).toBe('?event=sovereignty');
  });

  it('notes an event the link names that the timeline does not hold, and only that', () => {
    window.history.replaceState(null, '', '/?event=gone');
    readUrlIntoStore();
    renderHook(() => useUrlSync(index));
    expect(useNewslineStore.getState().missingEventId).toBe('gone');
    // Selecting an event puts the note away.
    act(() => useNewslineStore.getState().selectEvent('sovereignty'));
    expect(useNewslineStore.getState().missingEventId).toBeNull();

    cleanup();
    resetNewslineStore();
    window.history.replaceState(null, '', '/?event=sovereignty');
    readUrlIntoStore();
    renderHook(() => useUrlSync(index));
    expect(useNewslineStore.getState().missingEventId).toBeNull();
  });

  it('keeps a linked window near the data, and drops one far from it', () => {
    window.history.replaceState(null, '', '/?from=0001-01-01T00:00Z&to=2026-01-10T00:00Z');
    readUrlIntoStore();
    renderHook(() => useUrlSync(index));
    // The small timeline runs from 2006 to 2026: a window from year 1 starts 20 years before.
    const start = new Date(useNewslineStore.getState().timeWindow?.start ?? NaN);
    expect(start.getUTCFullYear()).toBeGreaterThanOrEqual(1985);
    expect(start.getUTCFullYear()).toBeLessThanOrEqual(2006);
    expect(window.location.search).toMatch(
      /^\?from=\d{4}-\d\d-\d\dT\d\d%3A\d\dZ&to=2026-01-10T00%3A00Z$/u,
    );

    cleanup();
    window.history.replaceState(null, '', '/?from=0001-01-01T00:00Z&to=0002-01-01T00:00Z');
    readUrlIntoStore();
    renderHook(() => useUrlSync(index));
    expect(useNewslineStore.getState().timeWindow).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('on Back to a link with values it drops, cuts them in place rather than adding an entry', async () => {
    renderHook(() => useUrlSync(index));
    const length = window.history.length;
    act(() => {
      window.history.replaceState(null, '', `/?country=MX,ZZ&q=${'a'.repeat(300)}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(useNewslineStore.getState().query).toBe('a'.repeat(200));
    await new Promise((done) => setTimeout(done, 50));
    expect(window.location.search).toBe(`?country=MX&q=${'a'.repeat(200)}`);
    expect(window.history.length).toBe(length);
  });

  it('writes each change to the history, after the frame, and back restores the previous view', async () => {
    renderHook(() => useUrlSync(index));
    const length = window.history.length;
    act(() => useNewslineStore.getState().toggleFilter('country', 'VE'));
    // Not on the click's own path: the history is written once the frame is drawn.
    expect(window.location.search).toBe('');
    await vi.waitFor(() => expect(window.location.search).toBe('?country=VE'));
    act(() => useNewslineStore.getState().selectEvent('maduro-detained'));
    await vi.waitFor(() =>
      expect(window.location.search).toBe('?country=VE&event=maduro-detained'),
    );
    expect(window.history.length).toBe(length + 2);

    // What the browser does on Back: the URL changes, then popstate fires.
    act(() => {
      window.history.replaceState(null, '', '/?country=VE');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(useNewslineStore.getState().selectedEventId).toBeNull();
    expect(useNewslineStore.getState().filters.country).toEqual(['VE']);
  });

  it('replaces the entry, rather than adding one, when only the time window moves', async () => {
    renderHook(() => useUrlSync(index));
    act(() => useNewslineStore.getState().toggleFilter('country', 'VE'));
    await vi.waitFor(() => expect(window.location.search).toBe('?country=VE'));
    const length = window.history.length;
    act(() =>
      useNewslineStore
        .getState()
        .setTimeWindow({ start: Date.UTC(2026, 0, 3), end: Date.UTC(2026, 0, 6) }),
    );
    await vi.waitFor(() =>
      expect(window.location.search).toBe(
        '?country=VE&from=2026-01-03T00%3A00Z&to=2026-01-06T00%3A00Z',
      ),
    );
    expect(window.history.length).toBe(length);
  });

  it('makes the writes of one frame in order, and Back drops the ones not yet made', async () => {
    renderHook(() => useUrlSync(index));
    const length = window.history.length;
    act(() => {
      useNewslineStore.getState().toggleFilter('country', 'VE');
      useNewslineStore.getState().selectEvent('maduro-detained');
    });
    await vi.waitFor(() =>
      expect(window.location.search).toBe('?country=VE&event=maduro-detained'),
    );
    expect(window.history.length).toBe(length + 2);

    act(() => useNewslineStore.getState().toggleFilter('country', 'MX'));
    act(() => {
      window.history.replaceState(null, '', '/?country=VE');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await new Promise((done) => setTimeout(done, 50));
    expect(window.location.search).toBe('?country=VE');
    expect(useNewslineStore.getState().filters.country).toEqual(['VE']);
  });
});
