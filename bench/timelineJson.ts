/**
 * Writes a timeline as JSON in pieces, so that a 100,000-event corpus never has to exist as one
 * string. The output parses to the same value as JSON.stringify(timeline).
 */
import type { Timeline } from '../src/domain/schema';
import { TIMELINE_FILE_ORDER } from '../src/domain/timelineFile';

const BATCH = 500;

export function* timelineJsonChunks(timeline: Timeline): Generator<string> {
  const { documents, actors, countries, events, ...header } = timeline;
  const arrays = { documents, actors, countries, events };
  const head = JSON.stringify(header);
  yield `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}`;
  // The record arrays in the order Newsline writes them (src/domain/timelineFile.ts).
  const names = TIMELINE_FILE_ORDER.filter((name) => name in arrays) as (keyof typeof arrays)[];
  for (const [i, name] of names.entries()) {
    if (i > 0) yield ',';
    yield* arrayChunks(name, arrays[name]);
  }
  yield '}\n';
}

function* arrayChunks(name: string, items: readonly unknown[]): Generator<string> {
  yield `${JSON.stringify(name)}:[`;
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH).map((item) => JSON.stringify(item));
    yield (i > 0 ? ',' : '') + batch.join(',');
  }
  yield ']';
}
