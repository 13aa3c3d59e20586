/**
 * Reading a timeline file's whole text, as every load does (on the page, in the worker, whether
 * fetched or handed over): parseTimelineText, except that a file that ends partway through (a
 * download cut short, a copy that stopped) keeps the whole records before the cut rather than
 * none of them, marked as cut off so that the reader is told; cut before its first whole event,
 * it is a 'cut-off' problem, there being nothing to show. A file broken in any other way is the
 * problem parseTimelineText names.
 */
import { parseTimelineText, type TimelineLoad } from './loadTimeline';
import { TimelineStreamReader } from './streamTimeline';

export function readTimelineText(file: string, text: string): TimelineLoad {
  const load = parseTimelineText(file, text);
  if (load.ok || load.problem.kind !== 'not-json') return load;
  const reader = new TimelineStreamReader(() => undefined);
  reader.feed(text);
  const kept = reader.finishCutOff(file);
  if (kept === undefined) return load;
  if (kept.timeline.events.length === 0) return { ok: false, problem: { kind: 'cut-off', file } };
  return kept;
}
