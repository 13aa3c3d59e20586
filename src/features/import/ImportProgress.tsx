/**
 * An import under way, then its outcome: a progress bar per article being imported (and one line
 * for the reader's other articles, read again with them), a cancel button while it runs, and what
 * was added, or why an article could not be, once it has ended.
 */
import {
  cancelImport,
  dismissImport,
  showImported,
  useMyArticlesStore,
  type ImportItem,
} from '../../state/myArticles';

const STEP: Record<ImportItem['stage'], number> = {
  waiting: 0,
  reading: 1,
  events: 2,
  done: 3,
  failed: 3,
};

const STAGE_NAME: Record<ImportItem['stage'], string> = {
  waiting: 'Waiting',
  reading: 'Reading the article',
  events: 'Finding its events',
  done: 'Done',
  failed: 'Could not be imported',
};

function stageText(item: ImportItem): string {
  if (item.stage === 'done' && item.events !== undefined)
    return `${item.events.toLocaleString('en')} ${item.events === 1 ? 'event' : 'events'}`;
  if (item.stage === 'failed' && item.error !== undefined) return item.error;
  return STAGE_NAME[item.stage];
}

export function ImportProgress({
  onDone,
  onMore,
  showProblem = true,
}: {
  readonly onDone: () => void;
  readonly onMore: () => void;
  /** Whether to show a storage problem here (not where the page already shows it). */
  readonly showProblem?: boolean;
}) {
  const job = useMyArticlesStore((s) => s.job);
  const problem = useMyArticlesStore((s) => s.problem);
  if (job === undefined) return null;
  const fresh = job.items.filter((i) => i.isNew);
  const others = job.items.filter((i) => !i.isNew);
  const shown = fresh.length > 0 ? fresh : others;
  const finished = shown.filter((i) => i.stage === 'done' || i.stage === 'failed').length;
  const running = job.status === 'running';
  return (
    <div className="import-progress">
      <p role="status" className="import-progress__lead">
        {running
          ? `Finding the events of ${finished} of ${shown.length} articles…`
          : (job.summary ?? '')}
      </p>
      {problem === undefined || running || !showProblem ? null : (
        <p className="notice notice--problem" role="alert">
          {problem}
        </p>
      )}
      <progress
        className="import-progress__all"
        value={finished}
        max={shown.length}
        aria-label="Articles done"
      />
      {fresh.length > 0 && others.length > 0 ? (
        <p className="import-progress__others">
          Compared with your {others.length} other {others.length === 1 ? 'article' : 'articles'}.
        </p>
      ) : null}
      <ul className="import-progress__list">
        {shown.map((item, k) => (
          <li key={`${item.name}-${k}`} className={`import-item import-item--${item.stage}`}>
            <span className="import-item__name">{item.name}</span>
            <progress
              value={STEP[item.stage]}
              max={3}
              aria-label={`${item.name}: ${STAGE_NAME[item.stage]}`}
            />
            <span className="import-item__stage">{stageText(item)}</span>
          </li>
        ))}
      </ul>
      <div className="import-progress__actions">
        {running ? (
          <button type="button" onClick={cancelImport}>
            Cancel
          </button>
        ) : job.status === 'done' ? (
          <>
            <button
              type="button"
              className="button--primary"
              onClick={() => {
                showImported();
                onDone();
              }}
            >
              Show the timeline
            </button>
            <button type="button" onClick={onMore}>
              Add more articles
            </button>
          </>
        ) : (
          <button type="button" className="button--primary" onClick={dismissImport}>
            Back to the articles
          </button>
        )}
      </div>
    </div>
  );
}
