/**
 * Downloads of the filtered events: CSV for spreadsheets, JSON in the timeline.json format.
 * The files are made in the page (a Blob), so nothing leaves the machine.
 */
import { useVisibleEvents } from '../../state/selectors';
import { eventsToCsv, eventsToTimeline } from '../../domain/exportEvents';
import type { TimelineIndex } from '../../domain/timelineIndex';
import { download } from './download';

export function ExportButtons({ index }: { readonly index: TimelineIndex }) {
  const events = useVisibleEvents(index);
  const none = events.length === 0;
  return (
    <div className="export" role="group" aria-label="Export the shown events">
      <button
        type="button"
        disabled={none}
        onClick={() =>
          download('newsline-events.csv', 'text/csv;charset=utf-8', eventsToCsv(index, events))
        }
      >
        Export CSV
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() =>
          download(
            'newsline-events.json',
            'application/json',
            `${JSON.stringify(eventsToTimeline(index, events), null, 2)}\n`,
          )
        }
      >
        Export JSON
      </button>
    </div>
  );
}
