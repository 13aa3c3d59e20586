/**
 * The body of My articles: each article the reader brought with its source, date and events,
 * remove one, read all again, remove all. Loaded with the dialog.
 */
import { useState } from 'react';
import { formatPartialDate } from '../../domain/dates';
import {
  clearMyArticles,
  dismissProblem,
  EXTRACTION_VERSION,
  removeArticle,
  rerunAll,
  useMyArticlesStore,
  type MyArticle,
} from '../../state/myArticles';
import { ImportProgress } from './ImportProgress';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

function addedOn(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : DAY.format(time);
}

export default function MyArticlesBody({ busy }: { readonly busy: boolean }) {
  const articles = useMyArticlesStore((s) => s.articles);
  const kept = useMyArticlesStore((s) => s.kept);
  const compared = useMyArticlesStore((s) => s.compared);
  const problem = useMyArticlesStore((s) => s.problem);
  const job = useMyArticlesStore((s) => s.job);
  const [confirming, setConfirming] = useState(false);
  const outdated = articles.filter((a) => a.extractedWith !== EXTRACTION_VERSION).length;
  return (
    <div className="my-articles__body">
      {problem === undefined ? null : (
        <div className="notice notice--problem" role="alert">
          <p>{problem}</p>
          <button type="button" className="link-button" onClick={dismissProblem}>
            Dismiss
          </button>
        </div>
      )}
      {kept ? null : (
        <p className="notice" role="note">
          This browser does not keep data for this page (a private window, or storage turned off):
          your articles are shown until the page is closed.
        </p>
      )}
      {job !== undefined && job.kind !== 'import' ? (
        <ImportProgress onDone={() => undefined} onMore={() => undefined} showProblem={false} />
      ) : null}
      {articles.length === 0 ? (
        <p>
          You have not added any articles. Use “Add articles” to paste one or drop files: they are
          read in this browser and kept here, nowhere else.
        </p>
      ) : (
        <>
          <p className="my-articles__lead">
            Kept in this browser only. Their events are on the timeline, marked “Your article”.
          </p>
          {compared ? null : (
            <p className="notice" role="note">
              The loaded timeline is too large to compare your articles with: an event they share
              with it is shown twice.
            </p>
          )}
          {outdated === 0 ? null : (
            <p className="notice" role="note">
              The extraction has changed since {outdated === articles.length ? 'your' : outdated}{' '}
              {outdated === 1 ? 'article was' : 'articles were'} read. Read them again to get its
              current events.
            </p>
          )}
          <ul className="my-articles__list">
            {articles.map((a) => (
              <ArticleRow key={a.id} article={a} busy={busy} />
            ))}
          </ul>
          <div className="my-articles__actions">
            <button type="button" disabled={busy} onClick={() => void rerunAll()}>
              Read all again
            </button>
            {confirming ? (
              <span className="my-articles__confirm" role="group" aria-label="Remove all">
                Remove all {articles.length} articles and their events?{' '}
                <button
                  type="button"
                  className="button--danger"
                  onClick={() => {
                    setConfirming(false);
                    void clearMyArticles();
                  }}
                >
                  Remove all
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep them
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                Remove all…
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function ArticleRow({ article, busy }: { readonly article: MyArticle; readonly busy: boolean }) {
  const { meta, report } = article;
  const title = meta.title ?? article.sourceName;
  const source = article.origin === 'pasted' ? 'Pasted text' : `File ${article.sourceName}`;
  const facts = [
    meta.published === undefined ? undefined : `published ${formatPartialDate(meta.published)}`,
    meta.outlet,
    `added ${addedOn(article.addedAt)}`,
  ].filter((x): x is string => x !== undefined && x !== '');
  return (
    <li className="my-article">
      <div className="my-article__text">
        <p className="my-article__title">{title}</p>
        <p className="my-article__facts">
          {source} · {facts.join(' · ')}
        </p>
        <p className="my-article__events">
          {report === undefined
            ? 'Not read yet'
            : report.error !== undefined
              ? `Could not be read: ${report.error}`
              : `${report.events.toLocaleString('en')} ${report.events === 1 ? 'event' : 'events'}`}
        </p>
      </div>
      <button
        type="button"
        disabled={busy}
        aria-label={`Remove ${title}`}
        onClick={() => void removeArticle(article.id)}
      >
        Remove
      </button>
    </li>
  );
}
