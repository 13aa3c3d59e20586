/**
 * The explorer once a timeline is loaded: filters on the left, the timeline and the list in the
 * middle (side by side on wide screens, one above the other on narrow ones; the article reader
 * over them when open), the selected event on the right.
 */
import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import type { TimelineIndex } from '../domain/timelineIndex';
import { EventPanel } from '../features/event-panel/EventPanel';
import { ExportButtons } from '../features/export/ExportButtons';
import { FilterPanel } from '../features/filters/FilterPanel';
import { EventList } from '../features/list/EventList';
import { ArticleReader } from '../features/reader/ArticleReader';
import { usePrepareSearch } from './searchIndex';
import { useNewslineStore } from './store';
import { useUrlSync } from './urlSync';
import { ViewModeSwitch } from './ViewModeSwitch';

// The timeline widget is the largest part of the page's code. Its download starts as soon as this
// module runs, alongside the fetch of timeline.json, and stays out of the first bundle.
const timelineModule = import('../features/timeline/TimelineView');
const TimelineView = lazy(() => timelineModule.then((m) => ({ default: m.TimelineView })));

export function Explorer({ index }: { readonly index: TimelineIndex }) {
  const viewMode = useNewslineStore((s) => s.viewMode);
  // On narrow screens the filters live in a drawer; on wide ones this flag has no effect.
  const [filtersOpen, setFiltersOpen] = useState(false);
  useUrlSync(index);
  usePrepareSearch(index);
  return (
    <div className="explorer">
      <div
        id="filters-drawer"
        className={filtersOpen ? 'explorer__filters is-open' : 'explorer__filters'}
      >
        <button
          type="button"
          className="drawer-close icon-button"
          aria-label="Close filters"
          onClick={() => setFiltersOpen(false)}
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
              onClick={() => setFiltersOpen(!filtersOpen)}
            >
              Filters
            </button>
            <ViewModeSwitch />
            <ExportButtons index={index} />
          </div>
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
          {viewMode === 'timeline' ? null : (
            <ErrorBoundary what="the list">
              <EventList index={index} />
            </ErrorBoundary>
          )}
        </div>
        <ErrorBoundary what="the article reader">
          <ArticleReader index={index} />
        </ErrorBoundary>
      </main>
      <div className="explorer__panel">
        <ErrorBoundary what="the event panel">
          <EventPanel index={index} />
        </ErrorBoundary>
      </div>
    </div>
  );
}
