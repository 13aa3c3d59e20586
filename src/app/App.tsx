/**
 * The page: a header, then the explorer once the timeline has loaded, or a loading note, or a
 * problem that names the file and what is wrong with it.
 */
import '../domain/zodJitless';
import { memo, useEffect, useState } from 'react';
import { Explorer } from './Explorer';
import {
  useTimelineLoad,
  type LoadProgress,
  type TimelineLoadState,
} from '../load/useTimelineLoad';
import { TIMELINE_PATH, timelineUrl } from '../load/startedWorker';
import { SaveTimeline } from '../features/export/SaveTimeline';
import { ImportArticles } from '../features/import/ImportArticles';
import { MyArticles } from '../features/import/MyArticles';
import { OpenTimeline } from '../features/import/OpenTimeline';
import { showServedTimeline, useTimelineSourceStore } from '../state/timelineSource';
import { useWithMyArticles } from './useMyArticles';
import { SkipLinks } from './SkipLinks';
import { useNewslineStore } from '../state/store';

export function App() {
  const source = useTimelineSourceStore((s) => s.source);
  const opened = source.kind === 'file' ? source : undefined;
  const load = useWithMyArticles(
    useTimelineLoad(
      opened === undefined ? timelineUrl() : `opened:${opened.opening}`,
      opened?.name ?? TIMELINE_PATH,
      undefined,
      opened?.blob,
    ),
  );
  const ready = load.status === 'ready' && load.stillLoading === undefined;
  const viewMode = useNewslineStore((s) => s.viewMode);
  const [moreOpen, setMoreOpen] = useState(false);
  // The menu folds again at the next click, on one of its actions or anywhere else, or at Escape.
  useEffect(() => {
    if (!moreOpen) return undefined;
    const fold = (event: Event): void => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event.target instanceof Element && event.target.closest('.app__more-toggle') !== null)
        return;
      setMoreOpen(false);
    };
    document.addEventListener('click', fold);
    document.addEventListener('keydown', fold);
    return () => {
      document.removeEventListener('click', fold);
      document.removeEventListener('keydown', fold);
    };
  }, [moreOpen]);
  return (
    <div className="app">
      <header className="app__header">
        <h1>Newsline</h1>
        {/* The page's first tab stops, past the header's actions and the filters. */}
        {load.status === 'ready' ? <SkipLinks viewMode={viewMode} /> : null}
        <p className="app__tagline">
          Who did or said what, when and where — and the passage that says so.
        </p>
        <nav className="app__actions" aria-label="Your articles and timeline files">
          <ImportArticles waiting={!ready} />
          {/* On a phone the other three fold into a menu, so that the header keeps one line. */}
          <button
            type="button"
            className="app__more-toggle"
            aria-expanded={moreOpen}
            aria-controls="app-more"
            onClick={() => setMoreOpen(!moreOpen)}
          >
            More
          </button>
          <div id="app-more" className={moreOpen ? 'app__more is-open' : 'app__more'}>
            <MyArticles />
            <OpenTimeline />
            <SaveTimeline index={ready ? load.index : undefined} />
          </div>
        </nav>
      </header>
      {opened === undefined ? null : (
        <p className="notice notice--opened" role="note">
          Showing {opened.name}, opened from your computer.{' '}
          <button type="button" className="link-button" onClick={showServedTimeline}>
            Back to the site’s timeline
          </button>
        </p>
      )}
      <LoadedTimeline load={load} />
    </div>
  );
}

export function LoadedTimeline({ load }: { readonly load: TimelineLoadState }) {
  switch (load.status) {
    case 'loading':
      return <LoadingNote progress={load.progress} />;
    case 'error':
      return (
        <div className="problem" role="alert">
          <h2>The timeline could not be shown</h2>
          <p>{load.message}</p>
          {load.retry === undefined ? null : (
            <button type="button" onClick={load.retry}>
              Retry
            </button>
          )}
        </div>
      );
    case 'ready':
      return (
        <>
          {load.stillLoading === undefined ? null : (
            <div className="app__still-loading">
              <LoadingNote progress={load.stillLoading.progress} shown={load.index.events.length} />
            </div>
          )}
          {load.cutOffNotice === undefined ? null : (
            <p className="notice notice--cut-off" role="note">
              {load.cutOffNotice}
            </p>
          )}
          {load.leftOutSummary === undefined ? null : (
            <details className="notice" role="note">
              <summary>{load.leftOutSummary}</summary>
              <ul>
                {load.leftOut.slice(0, 50).map((record) => (
                  <li key={`${record.kind}:${record.index}`}>
                    {record.kind} {record.index + 1}
                    {record.id === undefined ? '' : ` (${record.id})`}: {record.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <ShownExplorer index={load.index} partial={load.stillLoading !== undefined} />
        </>
      );
  }
}

// Made once: toLocaleString with options builds a formatter per call, twice per progress report.
const ONE_DECIMAL = new Intl.NumberFormat('en', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

const megabytes = (bytes: number): string => ONE_DECIMAL.format(bytes / 1_000_000);

/** Memoised: a progress report while a first part is shown re-renders the note, not the explorer. */
const ShownExplorer = memo(Explorer);

/**
 * "Loading", and for a large file how much of it has arrived (with a bar when its size is known);
 * `shown` events when a first part of the file is already on screen.
 */
function LoadingNote({
  progress,
  shown,
}: {
  readonly progress: LoadProgress | undefined;
  readonly shown?: number;
}) {
  const lead =
    shown === undefined
      ? 'Loading the timeline…'
      : `Showing the first ${shown.toLocaleString('en')} events while the rest of the timeline loads…`;
  if (progress === undefined) {
    return (
      <p className="app__loading" role="status">
        {lead}
      </p>
    );
  }
  const { read, total } = progress;
  const known = total !== null && total >= read;
  return (
    <div className="app__loading">
      <p role="status">
        {lead} {megabytes(read)}
        {known ? ` of ${megabytes(total)}` : ''} MB
      </p>
      {known ? (
        <progress className="app__progress" value={read} max={total} aria-label="Timeline file" />
      ) : null}
    </div>
  );
}
