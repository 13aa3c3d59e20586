/**
 * "Open timeline": the reader chooses a timeline.json from disk (one Newsline saved, or one the
 * ingest CLI wrote), which the explorer then shows in place of the served one, read and checked
 * exactly like it: a file that is not a timeline is named with what is wrong, and a file with
 * some bad records shows the rest.
 */
import { useRef } from 'react';
import { openTimelineFile } from '../../state/timelineSource';

export function OpenTimeline() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open timeline…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label="Timeline file to open"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) openTimelineFile(file);
        }}
      />
    </>
  );
}
