// @vitest-environment jsdom
/**
 * My articles and an import's progress, as the reader sees them, driven by the state of the
 * reader's articles (kept in fake-indexeddb): each article with its source, date and events,
 * remove one, remove all after a confirmation, an outdated extraction said; an import's bar per
 * article, its cancel button, and its outcome.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MyArticles } from '../../src/features/import/MyArticles';
import { ImportProgress } from '../../src/features/import/ImportProgress';
import {
  EXTRACTION_VERSION,
  resetMyArticles,
  useMyArticlesStore,
  type MyArticle,
} from '../../src/state/myArticles';

function article(n: number, changes: Partial<MyArticle> = {}): MyArticle {
  return {
    id: `id-${n}`,
    file: `report-${n}.txt`,
    origin: 'file',
    sourceName: `report-${n}.txt`,
    format: 'text',
    text: `Report ${n}\n\nThe ferry to Holm resumed on Monday, the harbour office said.`,
    meta: { title: `Ferry report ${n}`, published: '2025-05-0' + String(n) },
    addedAt: '2026-12-01T10:00:00.000Z',
    extractedWith: EXTRACTION_VERSION,
    report: { events: n, actors: 1, warnings: [] },
    ...changes,
  };
}

beforeEach(() => {
  resetMyArticles();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(cleanup);

async function openMyArticles(): Promise<HTMLElement> {
  render(<MyArticles />);
  await userEvent.click(screen.getByRole('button', { name: /^My articles/u }));
  const dialog = screen.getByRole('dialog', { name: 'My articles' });
  // The list loads with the dialog.
  await within(dialog).findByText(
    /Kept in this browser only|You have not added any articles/u,
    {},
    {
      timeout: 10_000,
    },
  );
  return dialog;
}

describe('My articles', () => {
  it('lists each article with its source, date and events, and removes one', async () => {
    useMyArticlesStore.setState({ ready: true, articles: [article(1), article(2)] });
    const dialog = await openMyArticles();
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Ferry report 1');
    expect(items[0]).toHaveTextContent('File report-1.txt · published Thu 1 May 2025');
    expect(items[0]).toHaveTextContent('1 event');
    expect(items[1]).toHaveTextContent('2 events');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove Ferry report 1' }));
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1));
    expect(useMyArticlesStore.getState().articles.map((a) => a.id)).toEqual(['id-2']);
  });

  it('removes all only once confirmed', async () => {
    useMyArticlesStore.setState({ ready: true, articles: [article(1), article(2)] });
    const dialog = await openMyArticles();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove all…' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep them' }));
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove all…' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove all' }));
    expect(within(dialog).queryAllByRole('listitem')).toHaveLength(0);
    expect(dialog).toHaveTextContent('You have not added any articles.');
  });

  it('says when the extraction has changed since an article was read, and a problem', async () => {
    useMyArticlesStore.setState({
      ready: true,
      articles: [article(1, { extractedWith: 'older' }), article(2)],
      problem: 'Your browser’s storage for this site is full.',
    });
    const dialog = await openMyArticles();
    expect(dialog).toHaveTextContent('The extraction has changed since 1 article was read.');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('storage for this site is full');
  });
});

describe('an import’s progress', () => {
  it('shows a bar per new article and a cancel button while it runs', () => {
    useMyArticlesStore.setState({
      job: {
        kind: 'import',
        status: 'running',
        items: [
          { name: 'kept.txt', isNew: false, stage: 'done' },
          { name: 'a.txt', isNew: true, stage: 'done', events: 3 },
          { name: 'b.html', isNew: true, stage: 'events' },
        ],
      },
    });
    render(<ImportProgress onDone={() => undefined} onMore={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Finding the events of 1 of 2 articles…');
    expect(screen.getByRole('progressbar', { name: 'Articles done' })).toHaveAttribute('max', '2');
    expect(screen.getByRole('progressbar', { name: 'b.html: Finding its events' })).toHaveAttribute(
      'value',
      '2',
    );
    expect(screen.getByText('Compared with your 1 other article.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('names what failed once done, and offers the timeline', () => {
    useMyArticlesStore.setState({
      job: {
        kind: 'import',
        status: 'done',
        summary: 'Added 1 article with 3 events; 1 file could not be read.',
        items: [
          { name: 'a.txt', isNew: true, stage: 'done', events: 3 },
          { name: 'b.txt', isNew: true, stage: 'failed', error: 'the file is empty' },
        ],
      },
    });
    render(<ImportProgress onDone={() => undefined} onMore={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Added 1 article with 3 events');
    expect(screen.getByText('the file is empty')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show the timeline' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
