/**
 * The explorer once a timeline is loaded: filters on the left, the timeline in the middle (with
 * the article reader over it when open), the selected event on the right.
 */
import { ErrorBoundary } from '../components/ErrorBoundary';
import type { TimelineIndex } from '../domain/timelineIndex';
import { EventPanel } from '../features/event-panel/EventPanel';
import { FilterPanel } from '../features/filters/FilterPanel';
import { ArticleReader } from '../features/reader/ArticleReader';
import { TimelineView } from '../features/timeline/TimelineView';

export function Explorer({ index }: { readonly index: TimelineIndex }) {
  return (
    <div className="explorer">
      <div className="explorer__filters">
        <ErrorBoundary what="the filters">
          <FilterPanel index={index} />
        </ErrorBoundary>
      </div>
      <main className="explorer__main">
        <ErrorBoundary what="the timeline">
          <TimelineView index={index} />
        </ErrorBoundary>
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
