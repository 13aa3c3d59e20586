/**
 * Writes a timeline as JSON in pieces, so that a 100,000-event corpus never has to exist as one
 * string. The output parses to the same value as JSON.stringify(timeline).
 */
import type { Timeline } from '../src/domain/schema';

const BATCH = 500;

export function* timelineJsonChunks(timeline: Timeline): Generator<string> {
  const { documents, actors, countries, events, ...header } = timeline;
  const head = JSON.stringify(header);
  yield `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}`;
  yield* arrayChunks('documents', documents);
  yield ',';
  yield* arrayChunks('actors', actors);
  yield ',';
  yield* arrayChunks('countries', countries);
  yield ',';
  yield* arrayChunks('events', events);
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
