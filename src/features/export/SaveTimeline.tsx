/**
 * "Save timeline": the whole timeline shown (the loaded one with the reader's own articles and
 * their events) as a schema v1 timeline.json, with every article's text, which "Open timeline"
 * reads back. Made in the page: nothing leaves the machine.
 */
import { inFileOrder } from '../../domain/timelineFile';
import type { TimelineIndex } from '../../domain/timelineIndex';
import { download } from './download';

export function SaveTimeline({ index }: { readonly index: TimelineIndex | undefined }) {
  return (
    <button
      type="button"
      disabled={index === undefined}
      onClick={() => {
        if (index === undefined) return;
        download(
          'timeline.json',
          'application/json',
          `${JSON.stringify(inFileOrder(index.timeline), null, 2)}\n`,
        );
      }}
    >
      Save timeline
    </button>
  );
}
