/**
 * Which timeline the explorer shows: the one the site serves, or a timeline file the reader
 * opened from disk ("Open timeline"), read and checked the same way (load/useTimelineLoad.ts).
 * Each opening is numbered, so that opening the same file again reads it again.
 */
import { create } from 'zustand';

export type TimelineSource =
  | { readonly kind: 'served' }
  | { readonly kind: 'file'; readonly name: string; readonly blob: Blob; readonly opening: number };

export const useTimelineSourceStore = create<{ readonly source: TimelineSource }>()(() => ({
  source: { kind: 'served' },
}));

let openings = 0;

/** Shows the timeline file the reader chose. */
export function openTimelineFile(file: File): void {
  openings += 1;
  useTimelineSourceStore.setState({
    source: { kind: 'file', name: file.name || 'timeline.json', blob: file, opening: openings },
  });
}

/** Back to the timeline the site serves. */
export function showServedTimeline(): void {
  useTimelineSourceStore.setState({ source: { kind: 'served' } });
}
