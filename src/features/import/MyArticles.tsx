/**
 * "My articles": the articles the reader brought, kept in this browser, each with where it came
 * from, its date and how many events it gave; remove one (its events go with it), read them all
 * again (after the extraction has changed, which the list says), or remove them all. A re-run or
 * a refresh under way is shown with its progress.
 */
import { lazy, Suspense, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useMyArticlesStore } from '../../state/myArticles';

// The list loads with the dialog: a visit that never opens it never fetches it.
const MyArticlesList = lazy(() => import('./MyArticlesList'));

export function MyArticles() {
  const [open, setOpen] = useState(false);
  const articles = useMyArticlesStore((s) => s.articles);
  const job = useMyArticlesStore((s) => s.job);
  const busy = job?.status === 'running';
  const count = articles.length;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        My articles{count > 0 ? ` (${count})` : ''}
      </button>
      {open ? (
        <Dialog title="My articles" onClose={() => setOpen(false)} className="my-articles">
          <Suspense fallback={<p role="status">Opening…</p>}>
            <MyArticlesList busy={busy} />
          </Suspense>
        </Dialog>
      ) : null}
    </>
  );
}
