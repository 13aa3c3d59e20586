/**
 * The order in which Newsline writes a timeline file's members: the small lists first, then the
 * events, then the articles, whose texts are most of the file. A page reading the file as it
 * downloads (domain/streamTimeline) can then draw the first events before the articles arrive.
 * Any order reads the same; this one only makes the first draw of a large file early.
 */
import type { Timeline } from './schema';

export const TIMELINE_FILE_ORDER = [
  'schemaVersion',
  'generatedAt',
  'countries',
  'actors',
  'events',
  'documents',
] as const satisfies readonly (keyof Timeline)[];

/** The timeline with its members in TIMELINE_FILE_ORDER (and any others after them), for JSON. */
export function inFileOrder(timeline: Timeline): Timeline {
  const ordered: Record<string, unknown> = {};
  for (const key of TIMELINE_FILE_ORDER) {
    if (timeline[key] !== undefined) ordered[key] = timeline[key];
  }
  return { ...ordered, ...timeline } as Timeline;
}
