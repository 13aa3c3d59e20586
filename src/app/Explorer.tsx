/**
 * The explorer once a timeline is loaded: filters on the left (a drawer on a phone, a column the
 * reader may fold away elsewhere), the timeline and the list in the middle (one above the other on
 * narrow screens; the article reader over them when open), the selected event on the right.
 *
 * Where the timeline and the list stand side by side (both views on a wide screen), the selected
 * event opens at the top of the list's column and the list keeps the rest, so that choosing an
 * event moves and narrows nothing: the timeline keeps its width and the list stays in reach for the
 * next event, and the article reader opens over the timeline only. Elsewhere the event is a column
 * of its own (a sheet on a phone), there only while an event is selected (app.css).
 */
import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import type { TimelineIndex } from '../domain/timelineIndex';
import { EventPanel } from '../features/event-panel/EventPanel';
import { ExportButtons } from '../features/export/ExportButtons';
import { FilterPanel } from '../features/filters/FilterPanel';
import { EventList } from '../features/list/EventList';
import { ArticleReader } from '../features/reader/ArticleReader';
import { usePrepareSearch } from '../state/searchIndex';
import { useNewslineStore } from '../state/store';
import { useMediaQuery } from './useMediaQuery';
import { useUrlSync } from '../state/urlSync';
import { MissingEventNotice } from './MissingEventNotice';
import { ViewModeSwitch } from './ViewModeSwitch';

// The timeline widget is the largest part of the page's code. Its download starts as soon as this
// module runs, alongside the fetch of timeline.json, and stays out of the first bundle.
const timelineModule = import('../features/timeline/TimelineView');
const LazyTimelineView = lazy(() => timelineModule.then((m) => ({ default: m.TimelineView })));
type TimelineViewComponent = Awaited<typeof timelineModule>['TimelineView'];
/** The widget's component once its code has arrived (before the timeline file, as a rule). */
let arrivedTimelineView: TimelineViewComponent | undefined;
void timelineModule.then(
  (m) => {
    arrivedTimelineView = m.TimelineView;
  },
  () => undefined,
);

interface ExplorerProps {
  readonly index: TimelineIndex;
  /** The index holds only the first part of a file still loading. */
  readonly partial?: boolean;
}

export function Explorer({ index, partial = false }: ExplorerProps) {
  const viewMode = useNewslineStore((s) => s.viewMode);
  // Wide enough for the timeline and the list side by side (app.css, same query).
  const wide = useMediaQuery('(min-width: 1200px)');
  // On narrow screens the filters live in a drawer (open or not); on wider ones they are a column
  // the reader may fold away, to give the timeline the width.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [filtersFolded, setFiltersFolded] = useState(false);
  // Code already here is drawn at once: the lazy component would first suspend for a retry,
  // which a page still busy reading the rest of a large file can put off by a second. Chosen
  // once, so that the widget is never mounted twice.
  const [TimelineView] = useState(() => arrivedTimelineView ?? LazyTimelineView);
  const besideTimeline = viewMode === 'both' && wide;
  const panel = (
    <ErrorBoundary what="the event panel">
      <EventPanel index={index} />
    </ErrorBoundary>
  );
  useUrlSync(index);
  usePrepareSearch(index, partial);
  return (
    <div className={filtersFolded ? 'explorer explorer--filters-folded' : 'explorer'}>
      <div
        id="filters-drawer"
        className={filtersOpen ? 'explorer__filters is-open' : 'explorer__filters'}
      >
        <button
          type="button"
          className="drawer-close icon-button"
          aria-label="Close filters"
          onClick={() => {
            setFiltersOpen(false);
            setFiltersFolded(true);
          }}
        >
          ×
        </button>
        <ErrorBoundary what="the filters">
          <FilterPanel index={index} />
        </ErrorBoundary>
      </div>
      <main className="explorer__main">
        <div
          className={
            viewMode === 'both' ? 'explorer__views explorer__views--both' : 'explorer__views'
          }
        >
          <div className="explorer__bar">
            <button
              type="button"
              className="drawer-open"
              aria-expanded={filtersOpen}
              aria-controls="filters-drawer"
              onClick={() => {
                setFiltersOpen(!filtersOpen);
                setFiltersFolded(false);
              }}
            >
              Filters
            </button>
            <ViewModeSwitch />
            <ExportButtons index={index} />
          </div>
          <MissingEventNotice />
          {viewMode === 'list' ? null : (
            <ErrorBoundary what="the timeline">
              <Suspense
                fallback={
                  <p className="app__loading" role="status">
                    Preparing the timeline view…
                  </p>
                }
              >
                <TimelineView index={index} />
              </Suspense>
            </ErrorBoundary>
          )}
          {besideTimeline ? (
            <div className="explorer__side">
              {panel}
              <ErrorBoundary what="the list">
                <EventList index={index} brief />
              </ErrorBoundary>
            </div>
          ) : viewMode === 'timeline' ? null : (
            <ErrorBoundary what="the list">
              <EventList index={index} />
            </ErrorBoundary>
          )}
        </div>
        <ErrorBoundary what="the article reader">
          <ArticleReader index={index} />
        </ErrorBoundary>
      </main>
      {besideTimeline ? null : <div className="explorer__panel">{panel}</div>}
    </div>
  );
}
